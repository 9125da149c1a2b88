// Runs the bundled action the way the GitHub runner does, and reads back what it wrote.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const fixturesDir = path.join(repoRoot, '__tests__', 'fixtures')
export const distEntry = path.join(repoRoot, 'dist', 'index.js')

/** The Node 24 binary that GitHub runs `runs.using: node24` actions with (scripts/node24.mjs). */
export function node24(): string {
  return path.join(repoRoot, '.fixtures-cache', 'node24', 'package', 'bin', 'node')
}

export interface ActionRun {
  exitCode: number
  /** The signal that ended the main step, if one did. */
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The `post` step's stdout, when it ran. */
  postStdout: string
}

/** Parses the runner's file-command format: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const end = lines.indexOf(delimiter ?? '', i + 1)
      result[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return result
}

function envFor(
  inputs: Record<string, string>,
  files: Record<string, string>,
  state: Record<string, string>
) {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('INPUT_') && !key.startsWith('STATE_') && !key.startsWith('GITHUB_'))
      env[key] = value
  }
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value
  return { ...env, ...files, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repoRoot }
}

interface NodeRun {
  child: ChildProcess
  done: Promise<{ exitCode: number; signal: NodeJS.Signals | null; stdout: string; stderr: string }>
}

function startNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  node: string,
  wrap: string[] = []
): NodeRun {
  const [command = node, ...prefix] = [...wrap, node]
  const child = spawn(command, [...prefix, ...args], {
    env,
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const done = new Promise<{
    exitCode: number
    signal: NodeJS.Signals | null
    stdout: string
    stderr: string
  }>(resolve => {
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? 128, signal, stdout, stderr })
    })
  })
  return { child, done }
}

export interface RunOptions {
  /** Extra environment for the action, e.g. DOCKER_HOST. */
  env?: Record<string, string>
  timeoutMs?: number
  /** Node binary; Node 24 (GitHub's) unless said otherwise. */
  node?: string
  /** A command line the main step runs under, e.g. `unshare --mount ...`. */
  wrap?: string[]
  /** Called once the main step has started, with its process: for signals. */
  onStarted?: (child: ChildProcess) => void
}

/** Runs `dist/index.js` (main, then post) as the runner does, with the given inputs. */
export async function runAction(
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'dv-action-'))
  const files = {
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
    GITHUB_STATE: path.join(temp, 'state'),
    GITHUB_ENV: path.join(temp, 'env'),
    GITHUB_PATH: path.join(temp, 'path'),
    RUNNER_TEMP: temp
  }
  for (const file of Object.values(files).slice(0, 5)) writeFileSync(file, '')
  const node = options.node ?? node24()
  try {
    const env = { ...envFor(inputs, files, {}), ...options.env }
    const main = startNode([distEntry], env, options.timeoutMs ?? 900_000, node, options.wrap)
    options.onStarted?.(main.child)
    const mainResult = await main.done
    const state = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'))
    const post = await startNode(
      [distEntry],
      { ...envFor(inputs, files, state), ...options.env },
      120_000,
      node
    ).done
    const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
    // The report file lives in RUNNER_TEMP; keep its content before the folder goes.
    const reportFile = outputs.report
    if (reportFile) outputs.reportContent = readFileSync(reportFile, 'utf8')
    const junitFile = outputs['junit-report']
    if (junitFile) outputs.junitReportContent = readFileSync(junitFile, 'utf8')
    return {
      exitCode: mainResult.exitCode,
      signal: mainResult.signal,
      stdout: mainResult.stdout,
      stderr: mainResult.stderr,
      outputs,
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      postStdout: post.stdout
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/** Runs the local command (`dist/cli/index.js`) under Node 24. */
export async function runCli(args: string[], options: RunOptions = {}) {
  const env = { ...process.env, ...options.env }
  const run = startNode(
    [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args],
    env,
    options.timeoutMs ?? 900_000,
    options.node ?? node24()
  )
  options.onStarted?.(run.child)
  return run.done
}

export function dockerLines(args: string[]): string[] {
  const result = spawnSync('docker', args, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`docker ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout.split('\n').filter(Boolean).sort()
}

/** Every image and container on the engine, to prove a run leaves none behind. */
export function dockerInventory(): { images: string[]; containers: string[] } {
  return {
    images: dockerLines(['image', 'ls', '--all', '--quiet', '--no-trunc']),
    containers: dockerLines(['container', 'ls', '--all', '--quiet', '--no-trunc'])
  }
}
