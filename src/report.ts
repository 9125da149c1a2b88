// Pure renderers of a Report: the job summary (markdown), the JSON report, a terminal report,
// and the Dockerfile lines that fix what is missing. The edges write what these return.
import { Buffer } from 'node:buffer'
import {
  clip,
  codeFence,
  dockerfileCopyArguments,
  markdownCode,
  markdownText,
  markdownWithCode,
  showInvisible
} from './escape.js'
import type {
  Check,
  ExecutableResult,
  MissingEntry,
  PlatformResult,
  Report,
  Resolution
} from './types.js'

export const REPORT_SCHEMA_VERSION = 1
export const DEFAULT_MAX_ROWS_PER_PLATFORM = 200
/** GitHub refuses a step summary over 1 MiB (1,048,576 bytes); stay clear of it. */
export const SUMMARY_BYTE_BUDGET = 1_000_000
/** Stage the all-platforms fix asks the target stage to be renamed to. */
export const FIX_BASE_STAGE = 'dv-base'
/** Prefix of the per-architecture stages of the all-platforms fix. */
export const FIX_STAGE_PREFIX = 'dv-libs-'

/** Longest path or name shown in the summary; the JSON report keeps every character. */
const MAX_SHOWN_CHARS = 512
const MAX_NEEDED_BY_SHOWN = 3

const FIX_ORDER: Record<Check['kind'], number> = { interpreter: 0, library: 1, executable: 2 }

// Code-unit order, not localeCompare: the same output on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Missing checks in fix order: the interpreter, then libraries by path, then executables. */
function missingChecks(checks: Check[]): Check[] {
  return checks
    .filter(check => !check.present)
    .sort((a, b) => FIX_ORDER[a.kind] - FIX_ORDER[b.kind] || compareText(a.path, b.path))
}

/** A reason as words and paths, so each renderer can set paths apart in its own way. */
type Phrase = (string | { path: string })[]

function failurePhrase(resolution: Resolution): Phrase {
  const failure = resolution.failure
  switch (failure?.kind) {
    case undefined:
    case 'absent':
      return ['absent from the final image']
    case 'dangling': {
      const last = resolution.chain.at(-1)
      if (last === undefined) return [{ path: failure.at }, ' is a link to nothing']
      if (last.target === '') return [{ path: last.link }, ' is an empty symbolic link']
      const phrase: Phrase = [{ path: last.link }, ' points to ', { path: last.target }]
      // A relative target reads better with the absolute path it names.
      if (failure.at !== last.target && failure.at !== last.link) {
        phrase.push(' (', { path: failure.at }, ')')
      }
      phrase.push(', which is absent')
      resolution.chain.slice(0, -1).forEach((step, index) => {
        phrase.push(index === 0 ? ', via ' : ', ', { path: step.link }, ' → ', {
          path: step.target
        })
      })
      return phrase
    }
    case 'loop':
      return ['symbolic links loop at ', { path: failure.at }]
    case 'not-a-file':
      return [{ path: failure.at }, ' is not a regular file']
    case 'not-a-directory':
      return [{ path: failure.at }, ' is a file, not a folder']
  }
}

/** One sentence on why a path is missing; paths are written between backticks. */
export function describeFailure(resolution: Resolution): string {
  return failurePhrase(resolution)
    .map(part => (typeof part === 'string' ? part : `\`${part.path}\``))
    .join('')
}

function reasonOf(check: Check): string {
  return check.reason ?? describeFailure(check.resolution)
}

/** The reason as a table cell: paths of our own phrases always in code, whatever they hold. */
function reasonCell(check: Check): string {
  if (check.reason !== undefined) {
    return markdownWithCode(clip(check.reason, 2 * MAX_SHOWN_CHARS), { inTable: true })
  }
  return failurePhrase(check.resolution)
    .map(part => (typeof part === 'string' ? markdownText(part) : cellCode(part.path)))
    .join('')
}

/** One entry per platform and missing path, in fix order within each platform. */
export function missingEntries(report: Report): MissingEntry[] {
  return report.platforms.flatMap(platform =>
    missingChecks(platform.checks).map(check => ({
      platform: platform.platform,
      path: check.path,
      soname: check.soname,
      neededBy: [...check.neededBy],
      reason: reasonOf(check)
    }))
  )
}

/**
 * `COPY --from=<builderTarget>` lines that, appended to the target stage, put every missing path
 * in place: one line per path, copied to the same path. COPY follows a link given as source,
 * so the soname path receives the library itself; the versioned file it names is copied to its
 * own path too, so a link already in the image (perhaps dangling) leads to a file whichever way
 * BuildKit treats it. Paths come in fix order, each once.
 */
export function renderCopyInstructions(checks: Check[], builderTarget: string): string[] {
  const paths = new Set<string>()
  for (const check of missingChecks(checks)) {
    const sources =
      check.copyFrom !== undefined && check.copyFrom.length > 0 ? check.copyFrom : [check.path]
    for (const source of sources) paths.add(source)
  }
  return [...paths].map(
    path => `COPY --from=${builderTarget} ${dockerfileCopyArguments([path], path)}`
  )
}

interface ArchStage {
  name: string
  lines: string[]
}

/**
 * One stage per architecture. TARGETARCH is the second part of the platform (`linux/arm/v7`:
 * `arm`); when two platforms share it, TARGETVARIANT tells them apart (`armv7`).
 */
function archStages(perPlatform: { platform: string; lines: string[] }[]): {
  stages: ArchStage[]
  selector: string
} {
  const parts = perPlatform.map(({ platform, lines }) => {
    const [, arch = '', variant = ''] = platform.toLowerCase().split('/')
    return { arch, variant, lines }
  })
  const byVariant = parts.some(a => parts.some(b => a.arch === b.arch && a.variant !== b.variant))
  const stages = new Map<string, Set<string>>()
  for (const { arch, variant, lines } of parts) {
    // Stage names allow only a few characters; platform names are input.
    const key = (byVariant ? arch + variant : arch).replace(/[^a-z0-9]/g, '') || 'unknown'
    const union = stages.get(key) ?? new Set<string>()
    for (const line of lines) union.add(line)
    stages.set(key, union)
  }
  return {
    stages: [...stages].map(([key, lines]) => ({
      name: FIX_STAGE_PREFIX + key,
      lines: [...lines]
    })),
    selector: byVariant ? '${TARGETARCH}${TARGETVARIANT}' : '${TARGETARCH}'
  }
}

/**
 * The fix for every platform of one multi-platform build, when the files differ per platform:
 * the target stage is renamed to `dv-base`, one stage per architecture adds that architecture's
 * files on top of it, and a stage under the target's name is chosen by TARGETARCH (BuildKit
 * expands the platform ARGs in FROM without a declaration). Files are copied one by one into
 * the stage that has the image's own folders: copying a whole tree with `COPY --from=stage / /`
 * fails where the image has `/lib -> usr/lib` ("cannot copy to non-directory").
 */
export function renderAllPlatformsFix(
  perPlatform: { platform: string; lines: string[] }[],
  builderTarget: string,
  targetStage: string
): string {
  const target = showInvisible(targetStage)
  const { stages, selector } = archStages(perPlatform)
  const out = [
    `# 1. Rename the target stage: \`FROM … AS ${target}\` becomes \`FROM … AS ${FIX_BASE_STAGE}\`.`,
    `# 2. Add these stages at the end of the Dockerfile (after \`${showInvisible(builderTarget)}\`).`
  ]
  for (const stage of stages) {
    out.push('', `FROM ${FIX_BASE_STAGE} AS ${stage.name}`, ...stage.lines)
  }
  out.push('', `FROM ${FIX_STAGE_PREFIX}${selector} AS ${target}`)
  return out.join('\n')
}

/** `version` first so a reader can decide how to read the rest. */
export function renderJsonReport(report: Report): string {
  return JSON.stringify(
    { version: REPORT_SCHEMA_VERSION, ...report, missing: missingEntries(report) },
    null,
    2
  )
}

function missingCounts(report: Report): { platform: string; count: number }[] {
  return report.platforms
    .map(platform => ({
      platform: platform.platform,
      count: platform.checks.filter(check => !check.present).length
    }))
    .filter(({ count }) => count > 0)
}

/** `passed`, `2 missing on linux/amd64, 1 missing on linux/arm64`, or `failed`. */
function verdictWords(report: Report, showPlatform: (platform: string) => string): string {
  const counts = missingCounts(report)
  if (counts.length > 0) {
    return counts
      .map(({ platform, count }) => `${count} missing on ${showPlatform(platform)}`)
      .join(', ')
  }
  return report.passed ? 'passed' : 'failed'
}

/** Same fix on every platform: one block serves them all. */
function fixesDiffer(fixes: { lines: string[] }[]): boolean {
  const first = fixes[0]?.lines.join('\n')
  return fixes.some(fix => fix.lines.join('\n') !== first)
}

function capLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines
  return [...lines.slice(0, max), `# … and ${lines.length - max} more lines: see the JSON report`]
}

function fencedBlock(language: string, body: string): string {
  const fence = codeFence(body)
  return `${fence}${language}\n${body}\n${fence}`
}

function cellCode(text: string): string {
  return markdownCode(clip(text, MAX_SHOWN_CHARS), { inTable: true })
}

function neededByCell(neededBy: string[]): string {
  const shown = neededBy.slice(0, MAX_NEEDED_BY_SHOWN).map(cellCode).join(', ')
  const more = neededBy.length - MAX_NEEDED_BY_SHOWN
  return more > 0 ? `${shown} and ${more} more` : shown
}

function libraryCell(kind: Check['kind'], soname: string | null): string {
  if (soname === null) return markdownText(kind)
  return kind === 'library' ? cellCode(soname) : `${cellCode(soname)} (${markdownText(kind)})`
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

function missingTable(missing: Check[], maxRows: number): string[] {
  // The builder's package manager names the package to install or copy from, when it could.
  const withPackage = missing.some(check => check.package !== undefined)
  const rows = missing
    .slice(0, maxRows)
    .map(check =>
      tableRow([
        libraryCell(check.kind, check.soname),
        cellCode(check.path),
        neededByCell(check.neededBy),
        reasonCell(check),
        ...(withPackage ? [check.package ? cellCode(check.package) : ''] : [])
      ])
    )
  const header = ['library', 'path in the builder', 'needed by', 'why']
  if (withPackage) header.push('package in the builder')
  const out = [tableRow(header), tableRow(header.map(() => '---')), ...rows]
  const more = missing.length - rows.length
  if (more > 0) out.push('', `… and ${more} more missing: see the JSON report.`)
  return out
}

/** Where a path led in the final image: `path → resolved path`, or why it led nowhere. */
function finalImageCell(check: Check): string {
  if (!check.present) return reasonCell(check)
  const { path, resolvedPath } = check.resolution
  if (resolvedPath === undefined || resolvedPath === path) return cellCode(path)
  return cellCode(`${clip(path, MAX_SHOWN_CHARS)} → ${clip(resolvedPath, MAX_SHOWN_CHARS)}`)
}

function checkRow(check: Check | undefined, library: string, builderPath: string): string {
  if (check === undefined) {
    return tableRow(['➖', library, cellCode(builderPath), markdownText('not checked')])
  }
  return tableRow([
    check.present ? '✅' : '❌',
    library,
    cellCode(builderPath),
    finalImageCell(check)
  ])
}

/** The rows of one executable: itself, its interpreter, then each library ldd listed. */
function executableRows(executable: ExecutableResult, checksByPath: Map<string, Check>): string[] {
  const rows = [
    checkRow(checksByPath.get(executable.path), markdownText('executable'), executable.path)
  ]
  if (executable.interpreter !== null) {
    const check = checksByPath.get(executable.interpreter)
    rows.push(
      checkRow(check, libraryCell('interpreter', check?.soname ?? null), executable.interpreter)
    )
  }
  for (const library of executable.libraries) {
    if (library.path === executable.interpreter) continue
    if (library.path === null) {
      rows.push(
        tableRow([
          '⚠️',
          cellCode(library.soname),
          markdownText('not found by ldd'),
          markdownText('not checked')
        ])
      )
      continue
    }
    rows.push(checkRow(checksByPath.get(library.path), cellCode(library.soname), library.path))
  }
  return rows
}

function checkedSection(platform: PlatformResult, maxRows: number): string[] {
  const checksByPath = new Map(platform.checks.map(check => [check.path, check]))
  const out = ['', `#### ${markdownCode(clip(platform.platform, MAX_SHOWN_CHARS))}`]
  let budget = maxRows
  let hidden = 0
  for (const executable of platform.executables) {
    const rows = executableRows(executable, checksByPath)
    if (budget <= 0) {
      hidden += rows.length
      continue
    }
    const linkage = executable.linkage === 'static' ? ' (statically linked)' : ''
    out.push(
      '',
      `##### ${markdownCode(clip(executable.path, MAX_SHOWN_CHARS))}${linkage}`,
      '',
      tableRow(['', 'library', 'path in the builder', 'in the final image']),
      tableRow(['---', '---', '---', '---']),
      ...rows.slice(0, budget)
    )
    hidden += Math.max(0, rows.length - budget)
    budget -= rows.length
  }
  if (hidden > 0) out.push('', `… and ${hidden} more rows: see the JSON report.`)
  return out
}

function summaryMarkdown(report: Report, maxRows: number): string {
  const code = (text: string): string => markdownCode(clip(text, MAX_SHOWN_CHARS))
  const icon = report.passed ? '✅' : '❌'
  const verdict = verdictWords(report, platform => markdownText(clip(platform, MAX_SHOWN_CHARS)))
  const out = [
    `## ${icon} distroless-verify: ${verdict}`,
    '',
    `Dockerfile ${code(report.dockerfile)}, builder stage ${code(report.builderTarget)}, ` +
      `target stage ${code(report.target)}, platforms ${report.platforms.map(p => code(p.platform)).join(', ')}.`
  ]

  const fixes = report.platforms.map(platform => ({
    platform: platform.platform,
    lines: capLines(renderCopyInstructions(platform.checks, report.builderTarget), 2 * maxRows)
  }))
  report.platforms.forEach((platform, index) => {
    const missing = missingChecks(platform.checks)
    if (missing.length === 0) {
      out.push('', `### ✅ ${code(platform.platform)}: all ${platform.checks.length} paths present`)
      return
    }
    out.push('', `### ❌ ${code(platform.platform)}: ${missing.length} missing`, '')
    out.push(...missingTable(missing, maxRows))
    out.push(
      '',
      `Append to the end of the ${code(report.target)} stage:`,
      '',
      fencedBlock('dockerfile', (fixes[index]?.lines ?? []).join('\n'))
    )
  })

  if (report.platforms.length > 1 && fixesDiffer(fixes)) {
    out.push(
      '',
      '### All platforms in one Dockerfile',
      '',
      'The files differ per platform. In one multi-platform build, this form gives each platform ' +
        'its own files, chosen by `TARGETARCH`:',
      '',
      fencedBlock('dockerfile', renderAllPlatformsFix(fixes, report.builderTarget, report.target))
    )
  }

  const libraryCount = report.platforms
    .flatMap(platform => platform.checks)
    .filter(check => check.kind !== 'executable').length
  out.push('', `<details><summary>Libraries checked (${libraryCount})</summary>`)
  for (const platform of report.platforms) out.push(...checkedSection(platform, maxRows))
  out.push('', '</details>', '')
  return out.join('\n')
}

/**
 * The job summary: the verdict, then per platform what is missing and the COPY lines that fix
 * it, the all-platforms form when those differ, and every check in a collapsed section. Every
 * text from images and inputs is escaped. Tables stop at `maxRowsPerPlatform` rows; a summary
 * still over GitHub's limit is rendered again with fewer rows.
 */
export function renderSummary(
  report: Report,
  options: { maxRowsPerPlatform?: number } = {}
): string {
  let maxRows = Math.max(0, Math.floor(options.maxRowsPerPlatform ?? DEFAULT_MAX_ROWS_PER_PLATFORM))
  for (;;) {
    const markdown = summaryMarkdown(report, maxRows)
    if (maxRows === 0 || Buffer.byteLength(markdown, 'utf8') <= SUMMARY_BYTE_BUDGET) return markdown
    maxRows = Math.floor(maxRows / 2)
  }
}

/** Columns padded to their widest cell, two spaces apart. */
function textTable(header: string[], rows: string[][]): string[] {
  const width = (text: string): number => [...text].length
  const widths = header.map((title, column) =>
    Math.max(width(title), ...rows.map(row => width(row[column] ?? '')))
  )
  return [header, ...rows].map(row =>
    row
      .map((cell, column) => cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd()
  )
}

/**
 * The report for a terminal: plain text, no markdown and no escape sequences (control
 * characters from image paths are shown escaped, so a path cannot drive the terminal).
 */
export function renderTextReport(report: Report): string {
  const show = showInvisible
  const out = [
    `distroless-verify: ${report.passed ? '' : 'FAILED, '}${verdictWords(report, show)}`,
    `Dockerfile: ${show(report.dockerfile)}  builder stage: ${show(report.builderTarget)}  ` +
      `target stage: ${show(report.target)}`,
    `Platforms: ${report.platforms.map(platform => show(platform.platform)).join(', ')}`
  ]
  const fixes = report.platforms.map(platform => ({
    platform: platform.platform,
    lines: renderCopyInstructions(platform.checks, report.builderTarget)
  }))
  report.platforms.forEach((platform, index) => {
    const missing = missingChecks(platform.checks)
    if (missing.length === 0) {
      out.push('', `${show(platform.platform)}: all ${platform.checks.length} paths present`)
      return
    }
    out.push('', `${show(platform.platform)}: ${missing.length} missing`)
    const rows = missing.map(check => [
      show(check.soname ?? check.kind),
      show(check.path),
      check.neededBy.map(show).join(', '),
      show(reasonOf(check))
    ])
    out.push(
      ...textTable(['LIBRARY', 'PATH IN THE BUILDER', 'NEEDED BY', 'WHY'], rows).map(l => `  ${l}`)
    )
    out.push('', `  Append to the end of the ${show(report.target)} stage:`)
    out.push(...(fixes[index]?.lines ?? []).map(line => `    ${show(line)}`))
  })
  if (report.platforms.length > 1 && fixesDiffer(fixes)) {
    out.push('', 'All platforms in one Dockerfile (the files differ per platform):')
    const fix = renderAllPlatformsFix(fixes, report.builderTarget, report.target)
    out.push(...fix.split('\n').map(line => (line === '' ? '' : `    ${show(line)}`)))
  }
  return out.join('\n') + '\n'
}
