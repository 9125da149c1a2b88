// The check itself, shared by the action and the local command: builds, ldd, index, verify.
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import type { Readable } from 'node:stream'
import path from 'node:path'
import { explainDockerFailure, summarizeBuildFailure } from './build-log.js'
import { TEMP_REPOSITORY } from './constants.js'
import {
  buildxBuildArgs,
  CommandError,
  describeCommand,
  imageIdOf,
  listByLabelArgs,
  lddRunArgs,
  sandboxRunArgs,
  removeImagesArgs,
  runDocker,
  streamDocker,
  type BuildOptions,
  type CommandResult
} from './docker.js'
import { indexTarStream, type ImageIndex } from './image-index.js'
import type { Inputs } from './inputs.js'
import { lddProblems, parseLddOutput, unexaminedFiles, type LddParseResult } from './ldd.js'
import { lddCacheKey, type LddCache } from './ldd-cache.js'
import { checkFinalLoader } from './final-loader.js'
import { analyzeStatically, compareAnalyses } from './static-analysis.js'
import { expandPattern, isIgnored } from './patterns.js'
import { OWNER_QUERIES, parseOwners } from './owners.js'
import type { Check, PlatformResult, Report } from './types.js'
import { publish } from './publish.js'
import { addCopySources, executablesOf, requirementsOf, verify } from './verify.js'

export interface EngineLog {
  info(message: string): void
  warning(message: string): void
  /** A finished phase: a title and what it printed, shown collapsed. */
  group(title: string, body: string): void
}

/** A fault of the environment or the builder that stops the check; the message is for the user. */
export class CheckError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CheckError'
  }
}

/**
 * ldd under emulation is slow, but a hang must not hold the job: 10 minutes, or
 * DISTROLESS_VERIFY_LDD_TIMEOUT seconds.
 */
function lddTimeoutMs(): number {
  const seconds = Number(process.env.DISTROLESS_VERIFY_LDD_TIMEOUT)
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 10 * 60 * 1000
}

export function newRunId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
}

function archOf(platform: string): string {
  return platform.split('/').slice(1).join('-')
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 10) / 100
}

export function failureMessage(what: string, argv: string[], result: CommandResult): string {
  const hint = explainDockerFailure(result.stderr)
  const detail = summarizeBuildFailure(result.stderr)
  return [
    `${what} failed (exit code ${result.exitCode}).`,
    hint,
    detail ? `What docker said:\n${detail}` : '',
    `Command: ${describeCommand(argv)}`
  ]
    .filter(Boolean)
    .join('\n')
}

/** Checks once that docker, the daemon, buildx and the named builder are there. */
export async function preflight(builder: string | undefined): Promise<void> {
  const engine = await runDocker(['version', '--format', '{{.Server.Version}}'])
  if (engine.exitCode !== 0) {
    throw new CheckError(
      'Cannot reach the Docker daemon: ' +
        `${engine.stderr.trim().split('\n').pop() ?? 'no answer'}. Start Docker (or check ` +
        'DOCKER_HOST) before this step.'
    )
  }
  const buildx = await runDocker(['buildx', 'version'])
  if (buildx.exitCode !== 0) {
    throw new CheckError(
      'docker buildx is not installed. Add the step "uses: docker/setup-buildx-action@v3" ' +
        'before this one, or install the buildx CLI plugin.'
    )
  }
  if (builder) {
    const inspect = await runDocker(['buildx', 'inspect', builder])
    if (inspect.exitCode !== 0) {
      const known = await runDocker(['buildx', 'ls', '--format', '{{.Name}}'])
      const names = known.exitCode === 0 ? known.stdout.trim().split(/\s+/).filter(Boolean) : []
      throw new CheckError(
        `builder: buildx does not know a builder named "${builder}". ` +
          (names.length > 0 ? `Known builders: ${[...new Set(names)].join(', ')}. ` : '') +
          'Create it first (docker/setup-buildx-action outputs its name) or leave "builder" empty.'
      )
    }
  }
}

/** Removes every image and container this run created. Never throws. */
export async function cleanupRun(runId: string): Promise<string[]> {
  const problems: string[] = []
  const containers = await runDocker(listByLabelArgs('container', runId)).catch(() => undefined)
  const containerIds = containers?.stdout.split('\n').filter(Boolean) ?? []
  if (containerIds.length > 0) {
    const removed = await runDocker(['container', 'rm', '--force', ...containerIds]).catch(
      () => undefined
    )
    if (removed?.exitCode !== 0)
      problems.push(`could not remove containers ${containerIds.join(' ')}`)
  }
  const images = await runDocker(listByLabelArgs('image', runId)).catch(() => undefined)
  const imageIds = [...new Set(images?.stdout.split('\n').filter(Boolean) ?? [])]
  const tags = await runDocker(['image', 'ls', '--quiet', `${TEMP_REPOSITORY}:${runId}-*`]).catch(
    () => undefined
  )
  for (const id of tags?.stdout.split('\n').filter(Boolean) ?? []) {
    if (!imageIds.some(known => known.endsWith(id))) imageIds.push(id)
  }
  if (imageIds.length > 0) {
    const removed = await runDocker(removeImagesArgs(imageIds)).catch(() => undefined)
    if (removed?.exitCode !== 0) problems.push(`could not remove images ${imageIds.join(' ')}`)
  }
  return problems
}

interface PlatformContext {
  inputs: Inputs
  platform: string
  runId: string
  log: EngineLog
  signal?: AbortSignal
  secretFiles: { id: string; file: string }[]
  cache?: LddCache
}

async function exportAndIndex(
  ctx: PlatformContext,
  target: string | null,
  label: string,
  keepElfBodies = false
): Promise<ImageIndex> {
  const base = buildBase(ctx)
  // The target's build holds every stage it copies from: the one to export cache from.
  const isTarget = target === ctx.inputs.target
  const flags =
    base.flags && isTarget ? { ...base.flags, cacheTo: ctx.inputs.build.cacheTo } : base.flags
  const argv = buildxBuildArgs({ ...base, flags, target, output: { type: 'tar' } })
  const started = performance.now()
  const index = (stdout: Readable) => indexTarStream(stdout, { keepElfBodies })
  const { value, consumeError, result } = await streamDocker(argv, index, {
    signal: ctx.signal
  })
  ctx.log.group(
    `${ctx.platform} · export and index ${label} (${seconds(started)} s)`,
    summarizeBuildFailure(result.stderr, 40)
  )
  if (result.exitCode !== 0)
    throw new CheckError(failureMessage(`Building ${label} for ${ctx.platform}`, argv, result))
  if (consumeError !== undefined || value === undefined) {
    const reason = consumeError instanceof Error ? consumeError.message : String(consumeError)
    throw new CheckError(`Reading the exported ${label} for ${ctx.platform} failed: ${reason}`)
  }
  return value
}

function buildBase(ctx: PlatformContext): Omit<BuildOptions, 'target' | 'output'> {
  return { ...runBuildBase(ctx.inputs, ctx.secretFiles), platform: ctx.platform }
}

/** What every build of a run shares; `platform`, `target` and `output` differ per call. */
export function runBuildBase(
  inputs: Inputs,
  secretFiles: { id: string; file: string }[]
): Omit<BuildOptions, 'target' | 'output' | 'platform'> {
  const { build } = inputs
  return {
    context: inputs.context,
    file: inputs.file,
    buildArgs: inputs.buildArgs,
    builder: inputs.builder,
    flags: {
      buildContexts: build.buildContexts,
      secretFiles,
      cacheFrom: build.cacheFrom,
      cacheTo: [],
      noCache: build.noCache,
      pull: build.pull
    }
  }
}

/** Secrets go to files only this user can read, removed when the run ends. */
export function writeSecretFiles(inputs: Inputs): {
  folder: string
  files: { id: string; file: string }[]
} {
  if (inputs.build.secrets.length === 0) return { folder: '', files: [] }
  const folder = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'dv-secrets-'))
  chmodSync(folder, 0o700)
  const files = inputs.build.secrets.map(({ id, value }, index) => {
    const file = path.join(folder, `secret-${index}`)
    writeFileSync(file, value, { mode: 0o600 })
    return { id, file }
  })
  return { folder, files }
}

/** Runs a named container of ours; past the time limit the container itself is removed too. */
function runContainer(ctx: PlatformContext, argv: string[], name: string, timeoutMs: number) {
  return runDocker(argv, {
    timeoutMs,
    signal: ctx.signal,
    onTimeout: async () => {
      await runDocker(['container', 'rm', '--force', name])
    }
  })
}

async function lddContainer(ctx: PlatformContext, image: string, files: string[], suffix: string) {
  const name = `distroless-verify-${ctx.runId}-${archOf(ctx.platform)}${suffix}`
  const argv = lddRunArgs({ image, platform: ctx.platform, files, name, runId: ctx.runId })
  const started = performance.now()
  const result = await runContainer(ctx, argv, name, lddTimeoutMs())
  ctx.log.group(
    `${ctx.platform} · ldd in ${ctx.inputs.builderTarget} (${seconds(started)} s)`,
    [`$ ${describeCommand(argv)}`, result.stdout, result.stderr].filter(Boolean).join('\n')
  )
  if (result.timedOut) {
    throw new CheckError(
      `ldd in the builder stage did not finish within ${lddTimeoutMs() / 1000} s on ` +
        `${ctx.platform}; the container was stopped. An executable may hang its loader.`
    )
  }
  const hint = explainDockerFailure(result.stderr)
  if (hint && result.stdout.trim() === '') {
    throw new CheckError(
      `Running ldd in ${ctx.inputs.builderTarget} on ${ctx.platform} failed. ${hint}\n${result.stderr.trim()}`
    )
  }
  return parseLddOutput({
    files,
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode
  })
}

/** ldd for every executable in one container; musl's ldd takes one file a call, so the rest follow. */
async function runLdd(
  ctx: PlatformContext,
  image: string,
  files: string[]
): Promise<LddParseResult> {
  const parsed = await lddContainer(ctx, image, files, '')
  const skipped = unexaminedFiles(parsed)
  for (const [i, file] of skipped.entries()) {
    const alone = await lddContainer(ctx, image, [file], `-${i + 1}`)
    const index = parsed.sections.findIndex(section => section.file === file)
    const section = alone.sections[0]
    if (index >= 0 && section) parsed.sections[index] = section
    parsed.unattributed.push(...alone.unattributed)
    parsed.notes.push(...alone.notes)
    if (alone.exitCode !== 0) parsed.exitCode = alone.exitCode
  }
  return soundBuilder(ctx, parsed)
}

/** What ldd (or static analysis) said, unless it shows the builder itself is broken. */
function soundBuilder(ctx: PlatformContext, parsed: LddParseResult): LddParseResult {
  const problems = lddProblems(parsed)
  if (problems.length > 0) {
    throw new CheckError(
      `The builder stage "${ctx.inputs.builderTarget}" on ${ctx.platform} has problems of its own:\n` +
        problems.map(problem => `- ${problem}`).join('\n')
    )
  }
  return parsed
}

/** ldd from the cache when the builder image is unchanged, else from one container. */
async function lddResults(ctx: PlatformContext, tag: string, files: string[]) {
  const id = ctx.cache ? await imageIdOf(tag) : ''
  const key = id ? lddCacheKey(id, ctx.platform, files) : undefined
  if (ctx.cache && key) {
    const cached = await ctx.cache.get(key)
    if (cached && lddProblems(cached).length === 0) {
      ctx.log.group(`${ctx.platform} · ldd results from ${ctx.cache.description} (${key})`, '')
      return { ldd: cached, cache: 'hit' as const }
    }
  }
  const ldd = await runLdd(ctx, tag, files)
  if (ctx.cache && key) await ctx.cache.set(key, ldd)
  return { ldd, cache: ctx.cache && key ? ('miss' as const) : ('off' as const) }
}

/** extra-libraries, expanded in the builder; a pattern that names nothing is a mistake. */
function expandExtraLibraries(ctx: PlatformContext, builderImage: ImageIndex): string[] {
  const files: string[] = []
  for (const pattern of ctx.inputs.extraLibraries) {
    const matches = expandPattern(builderImage, pattern)
    if (matches.length === 0) {
      throw new CheckError(
        `extra-libraries: "${pattern}" names no file in the builder stage "${ctx.inputs.builderTarget}" ` +
          `on ${ctx.platform}. Check the path (the multiarch folder differs per platform: use * ` +
          'for it, e.g. /usr/lib/*/libnss_dns.so.2).'
      )
    }
    for (const match of matches) if (!files.includes(match)) files.push(match)
  }
  return files
}

/** Builds a stage into the engine under a temporary tag: the builder for containers, any for its config. */
async function loadStage(
  ctx: PlatformContext,
  stage: string | null,
  tag: string,
  timings: Record<string, number>,
  label: string
) {
  const buildArgv = buildxBuildArgs({
    ...buildBase(ctx),
    target: stage,
    // No run label: the image's ID keys the ldd cache, so it must not change from run to run.
    // Cleanup finds it by its tag.
    output: { type: 'load', tags: [tag], labels: [] }
  })
  const started = performance.now()
  const build = await runDocker(buildArgv, { signal: ctx.signal })
  timings[`load ${label}`] = seconds(started)
  ctx.log.group(`${ctx.platform} · build ${label} (${seconds(started)} s)`, build.stderr)
  if (build.exitCode !== 0) {
    throw new CheckError(
      failureMessage(`Building stage "${label}" for ${ctx.platform}`, buildArgv, build)
    )
  }
}

function loadBuilder(ctx: PlatformContext, tag: string, timings: Record<string, number>) {
  return loadStage(ctx, ctx.inputs.builderTarget, tag, timings, ctx.inputs.builderTarget)
}

/** LD_LIBRARY_PATH from a loaded image's configuration (its base images' ENV included). */
async function libraryPathOf(tag: string): Promise<string | undefined> {
  const inspect = await runDocker(['image', 'inspect', '--format', '{{json .Config.Env}}', tag])
  if (inspect.exitCode !== 0) return undefined
  try {
    const env = JSON.parse(inspect.stdout) as string[] | null
    return env
      ?.find(entry => entry.startsWith('LD_LIBRARY_PATH='))
      ?.slice('LD_LIBRARY_PATH='.length)
  } catch {
    return undefined
  }
}

/**
 * Names the builder's package that owns each missing file, with whichever of dpkg, rpm and apk
 * the builder has, in one contained container. Best effort: a builder without a package
 * manager, or one that cannot run here, only loses the hint.
 */
async function addPackages(
  ctx: PlatformContext,
  tag: string,
  checks: Check[],
  builderImage: ImageIndex
): Promise<Check[]> {
  const namesOf = (check: Check): string[] => {
    const paths = check.copyFrom ?? [check.path]
    // dpkg knows a file by one of its merged-/usr names only: ask with both.
    const resolved = paths.map(p => builderImage.resolve(p).resolvedPath)
    return [...new Set([...paths, ...resolved].filter((p): p is string => p !== undefined))]
  }
  const missing = checks.filter(check => !check.present)
  const asked = [...new Set(missing.flatMap(namesOf))].filter(p => builderImage.resolve(p).found)
  if (asked.length === 0) return checks
  for (const [i, query] of OWNER_QUERIES.entries()) {
    const name = `distroless-verify-${ctx.runId}-${archOf(ctx.platform)}-owner-${i}`
    const argv = sandboxRunArgs({
      image: tag,
      platform: ctx.platform,
      name,
      runId: ctx.runId,
      entrypoint: query.entrypoint,
      args: [...query.args, ...asked]
    })
    const result = await runContainer(ctx, argv, name, 120_000)
    if (/executable file not found|no such file or directory: unknown/i.test(result.stderr))
      continue
    ctx.log.group(
      `${ctx.platform} · ${query.entrypoint}: who owns the missing files`,
      [`$ ${describeCommand(argv)}`, result.stdout, result.stderr].filter(Boolean).join('\n')
    )
    const owners = parseOwners(query.tool, asked, result.stdout)
    if (owners.size === 0 && result.exitCode !== 0 && explainDockerFailure(result.stderr)) {
      ctx.log.warning(
        `${ctx.platform}: could not ask ${query.entrypoint} which package owns the missing files: ${explainDockerFailure(result.stderr)}`
      )
    }
    return checks.map(check => {
      if (check.present) return check
      const owner = namesOf(check)
        .map(p => owners.get(p))
        .find(Boolean)
      return owner ? { ...check, package: owner } : check
    })
  }
  return checks
}

/** The builder's dependencies read from its ELF files: no container, no emulation. */
function staticResults(
  ctx: PlatformContext,
  builderImage: ImageIndex,
  files: string[],
  ldLibraryPath: string | undefined
): LddParseResult {
  const parsed = analyzeStatically(builderImage, files, { ldLibraryPath })
  return soundBuilder(ctx, parsed)
}

async function verifyPlatform(ctx: PlatformContext): Promise<PlatformResult> {
  const timings: Record<string, number> = {}
  const tag = `${TEMP_REPOSITORY}:${ctx.runId}-${archOf(ctx.platform)}`
  const { analysis } = ctx.inputs
  const usesLdd = analysis !== 'static'
  const staticMode = analysis !== 'ldd'
  // Static analysis needs the images' LD_LIBRARY_PATH, which only their configuration holds.
  const finalTag = `${tag}-final`
  const [, finalLoaded] = await Promise.all([
    usesLdd || staticMode ? loadBuilder(ctx, tag, timings) : undefined,
    staticMode
      ? loadStage(ctx, ctx.inputs.target, finalTag, timings, ctx.inputs.targetLabel).then(
          () => true
        )
      : false
  ])
  const [builderLibraryPath, finalLibraryPath] = staticMode
    ? await Promise.all([libraryPathOf(tag), finalLoaded ? libraryPathOf(finalTag) : undefined])
    : [undefined, undefined]

  const started = performance.now()
  const builderLabel = `stage "${ctx.inputs.builderTarget}"`
  const finalImage = exportAndIndex(
    ctx,
    ctx.inputs.target,
    `stage "${ctx.inputs.targetLabel}"`,
    staticMode
  )
  // Static analysis reads the builder's ELF files; dlopen patterns are expanded in it too.
  let builderImage: ImageIndex | undefined
  if (analysis !== 'ldd' || ctx.inputs.extraLibraries.length > 0) {
    builderImage = await exportAndIndex(
      ctx,
      ctx.inputs.builderTarget,
      builderLabel,
      analysis !== 'ldd'
    )
  }
  const extraFiles = builderImage ? expandExtraLibraries(ctx, builderImage) : []
  const files = [
    ...ctx.inputs.executables,
    ...extraFiles.filter(f => !ctx.inputs.executables.includes(f))
  ]
  const [fromLdd, finalIndex] = await Promise.all([
    usesLdd ? lddResults(ctx, tag, files) : undefined,
    finalImage
  ])
  const fromStatic =
    builderImage && analysis !== 'ldd'
      ? staticResults(ctx, builderImage, files, builderLibraryPath)
      : undefined
  const dependencies = fromLdd?.ldd ?? fromStatic
  if (!dependencies) throw new CheckError(`No analysis ran for ${ctx.platform}.`)
  const disagreements = fromLdd && fromStatic ? compareAnalyses(fromLdd.ldd, fromStatic) : []
  for (const difference of disagreements) {
    ctx.log.warning(`${ctx.platform}: ldd and static analysis disagree: ${difference}`)
  }
  timings.analysisAndIndex = seconds(started)

  const executables = executablesOf(dependencies.sections)
  const all = requirementsOf(executables, ctx.inputs).map(requirement =>
    extraFiles.includes(requirement.path) && requirement.kind === 'executable'
      ? { ...requirement, kind: 'library' as const, soname: path.posix.basename(requirement.path) }
      : requirement
  )
  const ignored = all.filter(requirement => isIgnored(requirement, ctx.inputs.ignore))
  let checks = verify(
    all.filter(requirement => !ignored.includes(requirement)),
    finalIndex
  )
  if (checks.some(check => !check.present)) {
    // Only a failing check pays for reading the builder: it names the files to copy.
    const copyStarted = performance.now()
    builderImage ??= await exportAndIndex(ctx, ctx.inputs.builderTarget, builderLabel)
    checks = addCopySources(checks, builderImage)
    // Asking the package manager runs a program of the builder: not in static mode, which
    // promises that nothing of the image runs.
    if (usesLdd) checks = await addPackages(ctx, tag, checks, builderImage)
    timings.indexBuilder = seconds(copyStarted)
  }
  // The final image's own loader: a library in a folder it does not search, symbol versions
  // its C library lacks, and programs nobody declared. Paths already missing are not repeated.
  const missingSonames = new Set(checks.filter(check => !check.present).map(check => check.soname))
  const loaderFindings = staticMode
    ? checkFinalLoader(finalIndex, ctx.inputs.executables, {
        wholeImage: true,
        ldLibraryPath: finalLibraryPath
      }).filter(
        finding =>
          !(finding.declared && finding.kind === 'missing' && missingSonames.has(finding.soname))
      )
    : undefined
  for (const finding of loaderFindings ?? []) {
    if (!finding.declared && !ctx.inputs.strict) {
      ctx.log.warning(`${ctx.platform}: ${finding.program} (not declared): ${finding.detail}`)
    }
  }
  return {
    platform: ctx.platform,
    analysis,
    ...(loaderFindings ? { loaderFindings } : {}),
    executables,
    checks,
    ignored,
    lddCache: fromLdd?.cache ?? 'off',
    ...(analysis === 'both' ? { disagreements } : {}),
    timings
  }
}

/**
 * Verifies every platform, all at once, and always removes what it created. A fault on one
 * platform fails the run with every platform's fault named.
 */
export async function runVerification(
  inputs: Inputs,
  log: EngineLog,
  options: { runId?: string; signal?: AbortSignal; cache?: LddCache } = {}
): Promise<Report> {
  const runId = options.runId ?? newRunId()
  const secrets = writeSecretFiles(inputs)
  try {
    await preflight(inputs.builder)
    const settled = await Promise.allSettled(
      inputs.platforms.map(platform =>
        verifyPlatform({
          inputs,
          platform,
          runId,
          log,
          signal: options.signal,
          secretFiles: secrets.files,
          cache: options.cache
        })
      )
    )
    if (options.signal?.aborted) {
      throw new CheckError(
        'The run was cancelled; its builds were stopped and its temporary images and containers removed.'
      )
    }
    const faults = settled.flatMap((outcome, i) =>
      outcome.status === 'rejected' ? [`${inputs.platforms[i]}: ${messageOf(outcome.reason)}`] : []
    )
    if (faults.length > 0) throw new CheckError(faults.join('\n\n'))
    const platforms = settled.flatMap(outcome =>
      outcome.status === 'fulfilled' ? [outcome.value] : []
    )
    return {
      passed: platforms.every(
        result =>
          result.checks.every(check => check.present) &&
          !(result.loaderFindings ?? []).some(finding => finding.declared || inputs.strict)
      ),
      builderTarget: inputs.builderTarget,
      target: inputs.targetLabel,
      dockerfile: inputs.fileLabel,
      platforms
    }
  } finally {
    if (secrets.folder) rmSync(secrets.folder, { recursive: true, force: true })
    for (const problem of await cleanupRun(runId)) log.warning(`Cleanup: ${problem}`)
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof CheckError || error instanceof CommandError) return error.message
  if (error instanceof Error) return error.message
  return String(error)
}

/** Publish after verify, with the run's build options; removes what it needed only for itself. */
export async function publishVerified(inputs: Inputs, log: EngineLog, runId: string) {
  const secrets = writeSecretFiles(inputs)
  try {
    const base = runBuildBase(inputs, secrets.files)
    const flags = base.flags ? { ...base.flags, cacheTo: inputs.build.cacheTo } : undefined
    return await publish(inputs, log, runId, { ...base, flags })
  } finally {
    if (secrets.folder) rmSync(secrets.folder, { recursive: true, force: true })
    for (const problem of await cleanupRun(runId)) log.warning(`Cleanup: ${problem}`)
  }
}
