// The local command: the action's engine with flags instead of inputs.
// Exit codes as the action's step: 0 passed, 1 failed (something missing, bad input or a fault);
// 2 only for a command line it cannot read.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { Input } from './constants.js'
import os from 'node:os'
import path from 'node:path'
import {
  cleanupRun,
  messageOf,
  newRunId,
  publishVerified,
  runVerification,
  type EngineLog
} from './engine.js'
import { renderJunitReport } from './junit.js'
import { renderLoaderFindings, renderLoaderFindingsText } from './loader-report.js'
import { FolderCache } from './ldd-cache.js'
import { InputError, readInputs } from './inputs.js'
import { renderJsonReport, renderSummary, renderTextReport } from './report.js'

const USAGE = `Usage: distroless-verify --executables PATH[,PATH...] [options]

Builds the Dockerfile's builder and target stages for each platform, runs ldd in the
builder, and checks that the target stage holds every library the programs need.

Options (the action's inputs):
  -e, --executables PATH    absolute path of a program in the builder (repeat or comma-separate)
      --context DIR         build context (default .)
  -f, --file FILE           Dockerfile (default DIR/Dockerfile)
      --builder-target NAME stage where ldd runs (default builder)
  -t, --target NAME         stage to verify (default the last stage)
  -p, --platforms LIST      platforms (default linux/amd64,linux/arm64)
      --build-arg KEY=VALUE build argument (repeat)
      --builder NAME        buildx builder (default the current one)
      --no-check-interpreter  do not require the program interpreter
      --analysis MODE       ldd (default), static (no emulation, nothing of the image runs), both
      --strict              findings on undeclared programs fail too (static, both)
      --extra-library PATTERN  a library loaded with dlopen, required too (repeat)
      --ignore PATTERN      a soname or path never to require (repeat)
      --build-context NAME=PATH, --secret ID=VALUE, --cache-from X, --cache-to X,
      --label K=V, --no-cache, --pull   build options (as docker/build-push-action)
      --push, --load, --tag REF   publish after every platform passed
      --cache-dir DIR       reuse ldd results of unchanged builder images from DIR
                            (default $XDG_CACHE_HOME/distroless-verify or ~/.cache/...)
      --no-ldd-cache        always run ldd
      --warn-only           exit 0 even when something is missing
Output:
      --json                print the JSON report instead of the table
      --summary FILE        write the markdown job summary to FILE
      --report FILE         write the JSON report to FILE
      --junit FILE          write a JUnit XML report to FILE
  -v, --verbose             print each phase's docker output
  -h, --help                this text

Exit codes, as the action's step: 0 passed (or --warn-only), 1 failed: something is missing,
bad input, or a fault (the message says which). 2: the command line could not be read.`

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      executables: { type: 'string', short: 'e', multiple: true },
      context: { type: 'string' },
      file: { type: 'string', short: 'f' },
      'builder-target': { type: 'string' },
      target: { type: 'string', short: 't' },
      platforms: { type: 'string', short: 'p' },
      'build-arg': { type: 'string', multiple: true },
      builder: { type: 'string' },
      'no-check-interpreter': { type: 'boolean' },
      analysis: { type: 'string' },
      strict: { type: 'boolean' },
      'extra-library': { type: 'string', multiple: true },
      ignore: { type: 'string', multiple: true },
      'build-context': { type: 'string', multiple: true },
      secret: { type: 'string', multiple: true },
      'cache-from': { type: 'string', multiple: true },
      'cache-to': { type: 'string', multiple: true },
      label: { type: 'string', multiple: true },
      'no-cache': { type: 'boolean' },
      pull: { type: 'boolean' },
      push: { type: 'boolean' },
      load: { type: 'boolean' },
      tag: { type: 'string', multiple: true },
      'cache-dir': { type: 'string' },
      'no-ldd-cache': { type: 'boolean' },
      junit: { type: 'string' },
      'warn-only': { type: 'boolean' },
      json: { type: 'boolean' },
      summary: { type: 'string' },
      report: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' }
    }
  }).values
}

function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
  return path.join(base, 'distroless-verify')
}

export async function main(argv: string[]): Promise<number> {
  let flags: ReturnType<typeof parse>
  try {
    flags = parse(argv)
  } catch (error: unknown) {
    process.stderr.write(`distroless-verify: ${messageOf(error)}\n\n${USAGE}\n`)
    return 2
  }
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const values: Record<string, string> = {
    [Input.executables]: (flags.executables ?? []).join('\n'),
    [Input.context]: flags.context ?? '',
    [Input.file]: flags.file ?? '',
    [Input.builderTarget]: flags['builder-target'] ?? '',
    [Input.target]: flags.target ?? '',
    [Input.platforms]: flags.platforms ?? '',
    [Input.buildArgs]: (flags['build-arg'] ?? []).join('\n'),
    [Input.builder]: flags.builder ?? '',
    [Input.checkInterpreter]: flags['no-check-interpreter'] ? 'false' : 'true',
    [Input.analysis]: flags.analysis ?? '',
    [Input.strict]: flags.strict ? 'true' : 'false',
    [Input.extraLibraries]: (flags['extra-library'] ?? []).join('\n'),
    [Input.ignore]: (flags.ignore ?? []).join('\n'),
    [Input.buildContexts]: (flags['build-context'] ?? []).join('\n'),
    [Input.secrets]: (flags.secret ?? []).join('\n'),
    [Input.cacheFrom]: (flags['cache-from'] ?? []).join('\n'),
    [Input.cacheTo]: (flags['cache-to'] ?? []).join('\n'),
    [Input.labels]: (flags.label ?? []).join('\n'),
    [Input.noCache]: flags['no-cache'] ? 'true' : 'false',
    [Input.pull]: flags.pull ? 'true' : 'false',
    [Input.push]: flags.push ? 'true' : 'false',
    [Input.load]: flags.load ? 'true' : 'false',
    [Input.tags]: (flags.tag ?? []).join('\n')
  }
  const log: EngineLog = {
    info: message => process.stderr.write(`${message}\n`),
    warning: message => process.stderr.write(`warning: ${message}\n`),
    group: (title, body) => {
      process.stderr.write(`• ${title}\n`)
      if (flags.verbose && body.trim()) process.stderr.write(`${body.trimEnd()}\n`)
    }
  }
  const runId = newRunId()
  const controller = new AbortController()
  const stop = (): void => controller.abort()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    const inputs = readInputs(name => values[name] ?? '', process.cwd())
    const cache = flags['no-ldd-cache']
      ? undefined
      : new FolderCache(flags['cache-dir'] ?? defaultCacheDir())
    const report = await runVerification(inputs, log, { runId, signal: controller.signal, cache })
    if (flags.summary)
      writeFileSync(flags.summary, `${renderSummary(report)}\n${renderLoaderFindings(report)}`)
    if (flags.report) writeFileSync(flags.report, renderJsonReport(report))
    if (flags.junit) writeFileSync(flags.junit, renderJunitReport(report))
    process.stdout.write(
      flags.json
        ? renderJsonReport(report)
        : renderTextReport(report) + renderLoaderFindingsText(report)
    )
    if (report.passed && (inputs.publish.push || inputs.publish.load)) {
      const published = await publishVerified(inputs, log, runId)
      log.info(`published: digest ${published.digest || '-'} image ${published.imageid || '-'}`)
    }
    if (!process.stdout.write('\n'))
      await new Promise(resolve => process.stdout.once('drain', resolve))
    return report.passed || flags['warn-only'] ? 0 : 1
  } catch (error: unknown) {
    const prefix = error instanceof InputError ? 'bad input' : 'error'
    process.stderr.write(`distroless-verify: ${prefix}: ${messageOf(error)}\n`)
    await cleanupRun(runId)
    return 1
  } finally {
    process.removeListener('SIGINT', stop)
    process.removeListener('SIGTERM', stop)
  }
}
