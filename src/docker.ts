// The docker edge: one wrapper for child processes and pure builders of their argv.
import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'
import { RUN_LABEL } from './constants.js'

export interface CommandResult {
  exitCode: number
  stdout: string
  stderr: string
  /** True when the time limit ended the process. */
  timedOut: boolean
}

export interface CommandOptions {
  /** Kill the process after this many milliseconds. */
  timeoutMs?: number
  /** Called when the time limit is reached, before the process is killed (e.g. `docker rm -f`). */
  onTimeout?: () => Promise<void>
  /** Lets a caller stop the process (cancellation). */
  signal?: AbortSignal
}

/** Keep only the end of long output: the part that says what went wrong. */
const STDERR_KEEP = 256 * 1024
const STDOUT_KEEP = 32 * 1024 * 1024

/** A docker command that could not start or that failed; `message` is meant for the user. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly argv: string[],
    readonly result?: CommandResult
  ) {
    super(message)
    this.name = 'CommandError'
  }
}

function dockerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, DOCKER_BUILDKIT: '1' }
}

class TailBuffer {
  private chunks: Buffer[] = []
  private length = 0
  constructor(private readonly keep: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk)
    this.length += chunk.length
    while (this.length - (this.chunks[0]?.length ?? 0) >= this.keep && this.chunks.length > 1) {
      this.length -= this.chunks.shift()?.length ?? 0
    }
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8')
  }
}

export function describeCommand(argv: string[]): string {
  return ['docker', ...argv]
    .map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)))
    .join(' ')
}

function spawnDocker(
  argv: string[],
  options: CommandOptions,
  onStdout: (stdout: Readable) => void
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    // A phase that starts after cancellation must not start a process nobody will stop.
    if (options.signal?.aborted) {
      resolve({ exitCode: 130, stdout: '', stderr: 'cancelled before it started', timedOut: false })
      return
    }
    const child = spawn('docker', argv, {
      env: dockerEnv(),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const stderr = new TailBuffer(STDERR_KEEP)
    let timedOut = false
    let timer: NodeJS.Timeout | undefined
    const kill = (): void => {
      child.kill('SIGKILL')
    }
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true
        const before = options.onTimeout ? options.onTimeout() : Promise.resolve()
        void before.catch(() => undefined).finally(kill)
      }, options.timeoutMs)
    }
    const onAbort = (): void => kill()
    options.signal?.addEventListener('abort', onAbort, { once: true })
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    onStdout(child.stdout)
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      const message =
        error.code === 'ENOENT'
          ? 'docker was not found on PATH: install the Docker client and engine ' +
            '(on GitHub-hosted runners it is there; elsewhere see https://docs.docker.com/engine/install/)'
          : `could not start docker: ${error.message}`
      reject(new CommandError(message, argv))
    })
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: '',
        stderr: stderr.text(),
        timedOut
      })
    })
  })
}

/** Runs `docker <argv>` and collects its output. Never throws for a non-zero exit code. */
export async function runDocker(
  argv: string[],
  options: CommandOptions = {}
): Promise<CommandResult> {
  const stdout = new TailBuffer(STDOUT_KEEP)
  const result = await spawnDocker(argv, options, out => {
    out.on('data', (chunk: Buffer) => stdout.push(chunk))
  })
  return { ...result, stdout: stdout.text() }
}

/**
 * Runs `docker <argv>` and hands its stdout, as it streams, to `consume`. The result waits for
 * both the process and the consumer. When the consumer fails, the process is stopped.
 */
export async function streamDocker<T>(
  argv: string[],
  consume: (stdout: Readable) => Promise<T>,
  options: CommandOptions = {}
): Promise<{ value: T | undefined; consumeError?: unknown; result: CommandResult }> {
  let consumed: Promise<T> | undefined
  const controller = new AbortController()
  const forward = (): void => controller.abort()
  options.signal?.addEventListener('abort', forward, { once: true })
  const running = spawnDocker(argv, { ...options, signal: controller.signal }, out => {
    consumed = consume(out)
    // Stop docker when the consumer gives up, so it does not block on a full pipe.
    consumed.catch(() => {
      out.resume()
      controller.abort()
    })
  })
  const result = await running
  options.signal?.removeEventListener('abort', forward)
  try {
    const value = await (consumed as Promise<T>)
    return { value, result }
  } catch (error: unknown) {
    return { value: undefined, consumeError: error, result }
  }
}

// ---- argv builders (pure) ----

/** Flags every build of a run shares (docker/build-push-action's names). */
export interface BuildFlags {
  buildContexts: readonly string[]
  /** Secret files, written by the caller; a secret's value never reaches a command line. */
  secretFiles: readonly { id: string; file: string }[]
  cacheFrom: readonly string[]
  cacheTo: readonly string[]
  noCache: boolean
  pull: boolean
}

export interface BuildOptions {
  context: string
  file: string
  /** Stage to build; null builds the last stage. */
  target: string | null
  /** One platform, or several comma-separated for a builder that takes them in one call. */
  platform: string
  buildArgs: readonly string[]
  builder?: string
  flags?: BuildFlags
  /**
   * load/push: into the engine or a registry under `tags`, with `labels`;
   * tar: the stage's filesystem as a tar on stdout.
   */
  output:
    { type: 'load' | 'push'; tags: readonly string[]; labels: readonly string[] } | { type: 'tar' }
  /** buildx writes the digests of what it built here. */
  metadataFile?: string
}

export function buildxBuildArgs(options: BuildOptions): string[] {
  const argv = ['buildx', 'build']
  if (options.builder) argv.push('--builder', options.builder)
  argv.push('--platform', options.platform, '--file', options.file)
  if (options.target !== null) argv.push('--target', options.target)
  for (const buildArg of options.buildArgs) argv.push('--build-arg', buildArg)
  const flags = options.flags
  if (flags) {
    for (const context of flags.buildContexts) argv.push('--build-context', context)
    for (const secret of flags.secretFiles)
      argv.push('--secret', `id=${secret.id},src=${secret.file}`)
    for (const cache of flags.cacheFrom) argv.push('--cache-from', cache)
    for (const cache of flags.cacheTo) argv.push('--cache-to', cache)
    if (flags.noCache) argv.push('--no-cache')
    if (flags.pull) argv.push('--pull')
  }
  argv.push('--progress', 'plain')
  if (options.metadataFile) argv.push('--metadata-file', options.metadataFile)
  if (options.output.type === 'tar') {
    argv.push('--output', 'type=tar,dest=-')
  } else {
    for (const label of options.output.labels) argv.push('--label', label)
    for (const tag of options.output.tags) argv.push('--tag', tag)
    argv.push(options.output.type === 'load' ? '--load' : '--push')
  }
  argv.push(options.context)
  return argv
}

export interface LddContainerOptions {
  image: string
  platform: string
  files: string[]
  name: string
  runId: string
}

/**
 * `docker run` of one program of the builder image, contained: no network, no capabilities, a
 * read-only root, memory and process limits. ldd can execute code of the file it inspects.
 */
export function sandboxRunArgs(
  options: Omit<LddContainerOptions, 'files'> & { entrypoint: string; args: string[] }
): string[] {
  return [
    'run',
    '--rm',
    '--name',
    options.name,
    '--label',
    `${RUN_LABEL}=${options.runId}`,
    '--platform',
    options.platform,
    '--network',
    'none',
    '--cap-drop',
    'ALL',
    '--security-opt',
    'no-new-privileges',
    '--read-only',
    '--tmpfs',
    '/tmp:rw,noexec,nosuid,size=16m',
    '--memory',
    '512m',
    '--pids-limit',
    '256',
    '--entrypoint',
    options.entrypoint,
    options.image,
    ...options.args
  ]
}

/** ldd for every file; each is an absolute path (inputs ensure it), so none passes for an option. */
export function lddRunArgs(options: LddContainerOptions): string[] {
  const { files, ...rest } = options
  return sandboxRunArgs({ ...rest, entrypoint: 'ldd', args: files })
}

/** The ID of an image in the engine, or '' when there is none by that name. */
export async function imageIdOf(reference: string): Promise<string> {
  const inspect = await runDocker(['image', 'inspect', '--format', '{{.Id}}', reference])
  return inspect.exitCode === 0 ? inspect.stdout.trim() : ''
}

export function removeImagesArgs(ids: string[]): string[] {
  return ['image', 'rm', '--force', ...ids]
}

export function listByLabelArgs(kind: 'image' | 'container', runId: string): string[] {
  const filter = ['--filter', `label=${RUN_LABEL}=${runId}`]
  return kind === 'image'
    ? ['image', 'ls', '--quiet', '--no-trunc', ...filter]
    : ['container', 'ls', '--all', '--quiet', '--no-trunc', ...filter]
}
