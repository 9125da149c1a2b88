// The only place that reads the action's inputs: typed, validated once, clear errors.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_PLATFORMS, Input } from './constants.js'
import { describeStages, findStage, readStages, type Stage } from './dockerfile.js'

export interface Inputs {
  executables: string[]
  context: string
  /** Absolute path of the Dockerfile. */
  file: string
  /** The Dockerfile as the report names it: relative to the workspace when inside it. */
  fileLabel: string
  /** The Dockerfile's stages, for stage lookups and annotations. */
  stages: Stage[]
  /** The Dockerfile's lines, for annotations. */
  dockerfileLines: string[]
  builderTarget: string
  /** Stage name to pass to --target; null builds the last, unnamed stage. */
  target: string | null
  /** How the report names the target stage. */
  targetLabel: string
  platforms: string[]
  buildArgs: string[]
  builder: string | undefined
  checkInterpreter: boolean
  failOnMissing: boolean
  summary: boolean
  reportFormats: ReportFormat[]
  /** ldd in a container of the builder, static ELF analysis (no emulation), or both compared. */
  analysis: 'ldd' | 'static' | 'both'
  /** Findings of the whole-image check on programs nobody declared fail the step too. */
  strict: boolean
  /** Reuse ldd results of an unchanged builder image. */
  cache: boolean
  /** Builder paths or glob patterns of libraries loaded with dlopen, required like the rest. */
  extraLibraries: string[]
  /** Sonames or paths (glob patterns) never to require. */
  ignore: string[]
  build: BuildSettings
  publish: PublishSettings
}

export type ReportFormat = 'json' | 'junit'

/** Options passed to every build, as docker/build-push-action names them. */
export interface BuildSettings {
  buildContexts: string[]
  /** `id` and value; values go to files, never onto a command line. */
  secrets: { id: string; value: string }[]
  cacheFrom: string[]
  cacheTo: string[]
  labels: string[]
  noCache: boolean
  pull: boolean
}

/** What to do with the target image once every platform passed. */
export interface PublishSettings {
  push: boolean
  load: boolean
  tags: string[]
}

/** Bad input: the message says what, where and how to fix it. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

const KNOWN_ARCHES: Record<string, string[]> = {
  amd64: ['v1', 'v2', 'v3', 'v4'],
  arm64: ['v8'],
  arm: ['v5', 'v6', 'v7'],
  '386': [],
  ppc64le: [],
  s390x: [],
  riscv64: [],
  mips64le: [],
  loong64: []
}

const BOOLEANS: Record<string, boolean> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length > 0)
}

/**
 * One path per line, or several on a line separated by commas. A comma is a separator only
 * when every part of the line is an absolute path, so `/opt/a,b` stays one path.
 */
export function parseExecutables(value: string): string[] {
  const paths: string[] = []
  for (const line of lines(value)) {
    const parts = line.split(',').map(part => part.trim())
    const separated = parts.length > 1 && parts.every(part => part.startsWith('/'))
    for (const candidate of separated ? parts : [line]) {
      if (!candidate.startsWith('/')) {
        throw new InputError(
          `executables: "${candidate}" is not an absolute path. Give each program's full path ` +
            `inside the builder stage, e.g. /usr/bin/${path.posix.basename(candidate) || 'myapp'}.`
        )
      }
      if (candidate.includes('\0')) {
        throw new InputError('executables: a path contains a NUL character; remove it.')
      }
      if (!paths.includes(candidate)) paths.push(candidate)
    }
  }
  if (paths.length === 0) {
    throw new InputError(
      'executables is empty: list the absolute paths, inside the builder stage, of the programs ' +
        'the final image runs (one per line), e.g. "executables: /usr/bin/myapp".'
    )
  }
  return paths
}

export function parsePlatforms(value: string): string[] {
  const given = lines(value.replace(/,/g, '\n'))
  if (given.length === 0) return [...DEFAULT_PLATFORMS]
  const platforms: string[] = []
  for (const platform of given) {
    const [os, arch, variant, ...rest] = platform.split('/')
    const variants = arch === undefined ? undefined : KNOWN_ARCHES[arch]
    const known =
      os === 'linux' &&
      variants !== undefined &&
      rest.length === 0 &&
      (variant === undefined || variants.includes(variant))
    if (!known) {
      throw new InputError(
        `platforms: "${platform}" is not a platform this action can verify. Use os/arch[/variant] ` +
          `with os "linux" and one of the architectures ${Object.keys(KNOWN_ARCHES).join(', ')}, ` +
          'e.g. "linux/amd64,linux/arm64".'
      )
    }
    if (!platforms.includes(platform)) platforms.push(platform)
  }
  return platforms
}

export function parseBuildArgs(value: string): string[] {
  return lines(value).map((line, index) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)
    if (!match) {
      throw new InputError(
        `build-args, line ${index + 1}: "${line}" is not KEY=VALUE. Write one argument per line, ` +
          'e.g. "VERSION=1.2.3"; the key takes letters, digits and underscores.'
      )
    }
    return line
  })
}

function keyValueLines(name: string, value: string, example: string): string[] {
  return lines(value).map((line, index) => {
    if (!/^[^=\s]+=/.test(line)) {
      throw new InputError(
        `${name}, line ${index + 1}: "${line}" is not NAME=VALUE; e.g. "${example}".`
      )
    }
    return line
  })
}

export function parseSecrets(value: string): { id: string; value: string }[] {
  return lines(value).map((line, index) => {
    const match = /^([A-Za-z0-9_.-]+)=(.*)$/.exec(line)
    if (!match) {
      // The line may hold a secret: say where, never what.
      throw new InputError(
        `secrets, line ${index + 1} is not ID=VALUE (the id takes letters, digits, '_', '.' and '-'), ` +
          'e.g. "GIT_AUTH_TOKEN=${{ secrets.TOKEN }}".'
      )
    }
    return { id: match[1] ?? '', value: match[2] ?? '' }
  })
}

export function parseAnalysis(value: string): 'ldd' | 'static' | 'both' {
  const analysis = value.trim() || 'ldd'
  if (analysis !== 'ldd' && analysis !== 'static' && analysis !== 'both') {
    throw new InputError(
      `analysis: "${value}" is not a mode; use ldd (run ldd in the builder), static (read the ` +
        'ELF files, no emulation, nothing of the image runs) or both (compare the two).'
    )
  }
  return analysis
}

export function parseReportFormats(value: string): ReportFormat[] {
  const formats = lines(value.replace(/,/g, '\n'))
  const result: ReportFormat[] = ['json']
  for (const format of formats) {
    if (format !== 'json' && format !== 'junit') {
      throw new InputError(
        `report-format: "${format}" is not a format; use json, junit or "json,junit".`
      )
    }
    if (!result.includes(format)) result.push(format)
  }
  return result
}

/** Glob patterns of libraries: absolute, no empty parts. */
export function parsePatterns(name: string, value: string, mustBeAbsolute: boolean): string[] {
  const patterns = lines(value.replace(/,/g, '\n'))
  for (const pattern of patterns) {
    if (mustBeAbsolute && !pattern.startsWith('/')) {
      throw new InputError(
        `${name}: "${pattern}" is not an absolute path or pattern in the builder, ` +
          'e.g. /usr/lib/x86_64-linux-gnu/libnss_dns.so.2 or /usr/lib/*/gconv/UTF-*.so.'
      )
    }
  }
  return patterns
}

export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value.trim() === '') return fallback
  const parsed = BOOLEANS[value.trim()]
  if (parsed === undefined) {
    throw new InputError(`${name}: "${value}" is not a boolean; use true or false.`)
  }
  return parsed
}

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory()
  } catch {
    return false
  }
}

function readDockerfile(file: string, inputName: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a folder'
          : `cannot be read (${code})`
    throw new InputError(
      `${inputName}: the Dockerfile ${file} ${why}. Set "file" to the Dockerfile's path, ` +
        'relative to the workspace, or put a Dockerfile in the build context.'
    )
  }
}

/** `getInput` returns '' for an input that was not given, as @actions/core does. */
export function readInputs(getInput: (name: string) => string, cwd: string): Inputs {
  const executables = parseExecutables(getInput(Input.executables))

  const contextInput = getInput(Input.context).trim() || '.'
  const context = path.resolve(cwd, contextInput)
  if (!isDirectory(context)) {
    throw new InputError(
      `context: the build context "${contextInput}" (${context}) is not an existing folder. ` +
        'Set "context" to the folder the Dockerfile builds from, relative to the workspace.'
    )
  }
  const fileInput = getInput(Input.file).trim()
  const file = fileInput ? path.resolve(cwd, fileInput) : path.join(context, 'Dockerfile')
  const dockerfileText = readDockerfile(file, fileInput ? Input.file : Input.context)
  const stages = readStages(dockerfileText)
  if (stages.length < 2) {
    throw new InputError(
      `file: ${file} has ${stages.length === 0 ? 'no stage' : 'one stage'}; this action needs a ` +
        'multi-stage Dockerfile: a builder stage with the full distribution and a final stage.'
    )
  }

  const builderTarget = getInput(Input.builderTarget).trim() || 'builder'
  const builderStage = findStage(stages, builderTarget)
  if (!builderStage?.name) {
    throw new InputError(
      `builder-target: "${builderTarget}" is not a named stage of ${file}. Its stages are: ` +
        `${describeStages(stages)}. Name the stage where ldd can run with "FROM ... AS <name>" ` +
        'and pass that name.'
    )
  }
  const targetInput = getInput(Input.target).trim()
  const targetStage = targetInput ? findStage(stages, targetInput) : stages[stages.length - 1]
  if (!targetStage || (targetInput && !targetStage.name)) {
    throw new InputError(
      `target: "${targetInput}" is not a named stage of ${file}. Its stages are: ` +
        `${describeStages(stages)}.`
    )
  }
  if (targetStage === builderStage) {
    throw new InputError(
      `target and builder-target both name the stage "${builderTarget}". Set "target" to the ` +
        'distroless stage to verify (by default the last stage of the Dockerfile).'
    )
  }

  const publish: PublishSettings = {
    push: parseBoolean(Input.push, getInput(Input.push), false),
    load: parseBoolean(Input.load, getInput(Input.load), false),
    tags: lines(getInput(Input.tags).replace(/,/g, '\n'))
  }
  if ((publish.push || publish.load) && publish.tags.length === 0) {
    throw new InputError(
      `${publish.push ? 'push' : 'load'} is true but tags is empty: name the image, ` +
        'e.g. "tags: team/app:1.2.3" (one per line).'
    )
  }
  if (publish.push && publish.load) {
    throw new InputError(
      'push and load are both true: choose one (load keeps the image in the local engine).'
    )
  }
  for (const tag of publish.tags) {
    if (/\s/.test(tag) || tag.startsWith('-')) {
      throw new InputError(
        `tags: "${tag}" is not an image reference; write name[:tag], one per line.`
      )
    }
  }

  return {
    executables,
    context,
    file,
    fileLabel: path.relative(cwd, file).startsWith('..') ? file : path.relative(cwd, file),
    stages,
    dockerfileLines: dockerfileText.split(/\r?\n/),
    builderTarget: builderStage.name,
    target: targetStage.name,
    targetLabel: targetStage.name ?? `the last stage (line ${targetStage.fromLine})`,
    platforms: parsePlatforms(getInput(Input.platforms)),
    buildArgs: parseBuildArgs(getInput(Input.buildArgs)),
    builder: getInput(Input.builder).trim() || undefined,
    checkInterpreter: parseBoolean(Input.checkInterpreter, getInput(Input.checkInterpreter), true),
    failOnMissing: parseBoolean(Input.failOnMissing, getInput(Input.failOnMissing), true),
    summary: parseBoolean(Input.summary, getInput(Input.summary), true),
    reportFormats: parseReportFormats(getInput(Input.reportFormat)),
    analysis: parseAnalysis(getInput(Input.analysis)),
    strict: parseBoolean(Input.strict, getInput(Input.strict), false),
    cache: parseBoolean(Input.cache, getInput(Input.cache), true),
    extraLibraries: parsePatterns(Input.extraLibraries, getInput(Input.extraLibraries), true),
    ignore: parsePatterns(Input.ignore, getInput(Input.ignore), false),
    build: {
      buildContexts: keyValueLines(
        Input.buildContexts,
        getInput(Input.buildContexts),
        'deps=../deps'
      ),
      secrets: parseSecrets(getInput(Input.secrets)),
      cacheFrom: lines(getInput(Input.cacheFrom)),
      cacheTo: lines(getInput(Input.cacheTo)),
      labels: keyValueLines(
        Input.labels,
        getInput(Input.labels),
        'org.opencontainers.image.source=...'
      ),
      noCache: parseBoolean(Input.noCache, getInput(Input.noCache), false),
      pull: parseBoolean(Input.pull, getInput(Input.pull), false)
    },
    publish
  }
}
