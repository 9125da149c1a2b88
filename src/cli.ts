// The local command: the action's engine with flags instead of inputs.
// Exit codes: 0 every platform passed, 1 something is missing, 2 bad input or a fault.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { Input } from './constants.js'
import { cleanupRun, messageOf, newRunId, runVerification, type EngineLog } from './engine.js'
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
      --warn-only           exit 0 even when something is missing
Output:
      --json                print the JSON report instead of the table
      --summary FILE        write the markdown job summary to FILE
      --report FILE         write the JSON report to FILE
  -v, --verbose             print each phase's docker output
  -h, --help                this text

Exit codes: 0 passed, 1 missing libraries, 2 bad input or a fault.`

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
      'warn-only': { type: 'boolean' },
      json: { type: 'boolean' },
      summary: { type: 'string' },
      report: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' }
    }
  }).values
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
    [Input.checkInterpreter]: flags['no-check-interpreter'] ? 'false' : 'true'
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
    const report = await runVerification(inputs, log, { runId, signal: controller.signal })
    if (flags.summary) writeFileSync(flags.summary, renderSummary(report))
    if (flags.report) writeFileSync(flags.report, renderJsonReport(report))
    process.stdout.write(flags.json ? renderJsonReport(report) : renderTextReport(report))
    if (!process.stdout.write('\n'))
      await new Promise(resolve => process.stdout.once('drain', resolve))
    return report.passed || flags['warn-only'] ? 0 : 1
  } catch (error: unknown) {
    const prefix = error instanceof InputError ? 'bad input' : 'error'
    process.stderr.write(`distroless-verify: ${prefix}: ${messageOf(error)}\n`)
    await cleanupRun(runId)
    return 2
  } finally {
    process.removeListener('SIGINT', stop)
    process.removeListener('SIGTERM', stop)
  }
}
