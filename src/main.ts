// The action: inputs -> engine -> report, summary, outputs, annotations, exit status.
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { Output, State } from './constants.js'
import { actionsCache } from './actions-cache.js'
import {
  cleanupRun,
  messageOf,
  newRunId,
  publishVerified,
  runVerification,
  type EngineLog
} from './engine.js'
import { annotationsFor, copyInstructionsOutput } from './fixit.js'
import { renderJunitReport } from './junit.js'
import { renderLoaderFindings } from './loader-report.js'
import { readInputs, type Inputs } from './inputs.js'
import { missingEntries, renderJsonReport, renderSummary } from './report.js'
import type { Report } from './types.js'

const actionLog: EngineLog = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  // Phases of several platforms finish in any order: each group is written whole.
  group: (title, body) => {
    core.startGroup(title)
    if (body.trim()) core.info(body.trimEnd())
    core.endGroup()
  }
}

function workspaceRelative(file: string): string {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  const relative = path.relative(workspace, file)
  return relative.startsWith('..') ? file : relative
}

function annotate(inputs: Inputs, report: Report, fail: boolean): void {
  const lines = inputs.dockerfileLines
  const file = workspaceRelative(inputs.file)
  const level = fail ? 'error' : 'warning'
  for (const annotation of annotationsFor(
    report,
    inputs.stages,
    inputs.target,
    n => lines[n - 1] ?? '',
    level
  )) {
    const properties = { title: annotation.title, file, startLine: annotation.line }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else core.warning(annotation.message, properties)
  }
}

function writeReportFile(text: string, runId: string, extension: string): string {
  const folder = process.env.RUNNER_TEMP || os.tmpdir()
  const file = path.join(folder, `distroless-verify-${runId}.${extension}`)
  try {
    writeFileSync(file, text)
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOSPC' ? 'the disk is full (no space left on device)' : messageOf(error)
    throw new Error(
      `Could not write the report ${file}: ${why}. Free space in RUNNER_TEMP (${folder}) and run again.`
    )
  }
  return file
}

async function writeSummary(report: Report): Promise<void> {
  try {
    const loader = renderLoaderFindings(report)
    await core.summary.addRaw(renderSummary(report) + (loader ? `\n${loader}` : ''), true).write()
  } catch (error: unknown) {
    core.warning(`Could not write the job summary: ${messageOf(error)}`)
  }
}

async function post(): Promise<void> {
  // Runs after the main step, also when the job was cancelled: remove what a killed run left.
  const runId = core.getState(State.runId)
  if (!runId) return
  for (const problem of await cleanupRun(runId)) core.warning(`Cleanup: ${problem}`)
}

function onSignals(controller: AbortController): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      core.warning(`Received ${signal}: stopping builds and removing temporary images.`)
      controller.abort()
    })
  }
}

/** The main step; returns why the step fails, or undefined when it passes. */
async function verifyStep(): Promise<string | undefined> {
  core.saveState(State.isPost, 'true')
  const inputs = readInputs(
    name => core.getInput(name),
    process.env.GITHUB_WORKSPACE ?? process.cwd()
  )
  const runId = newRunId()
  core.saveState(State.runId, runId)
  const controller = new AbortController()
  onSignals(controller)
  for (const secret of inputs.build.secrets) core.setSecret(secret.value)

  const cache = inputs.cache ? actionsCache() : undefined
  const report = await runVerification(inputs, actionLog, {
    runId,
    signal: controller.signal,
    cache
  })

  const missing = missingEntries(report)
  core.setOutput(Output.result, report.passed ? 'passed' : 'failed')
  core.setOutput(Output.missingCount, String(missing.length))
  core.setOutput(Output.missing, JSON.stringify(missing))
  core.setOutput(Output.copyInstructions, copyInstructionsOutput(report))
  core.setOutput(Output.report, writeReportFile(renderJsonReport(report), runId, 'json'))
  if (inputs.reportFormats.includes('junit')) {
    core.setOutput(Output.junitReport, writeReportFile(renderJunitReport(report), runId, 'xml'))
  }
  if (inputs.summary) await writeSummary(report)

  const publishing = inputs.publish.push || inputs.publish.load
  if (report.passed) {
    core.info(
      `All ${report.platforms.length} platform(s) passed: every library is in "${inputs.targetLabel}".`
    )
    if (publishing) {
      const published = await publishVerified(inputs, actionLog, runId)
      core.setOutput(Output.digest, published.digest)
      core.setOutput(Output.imageid, published.imageid)
    }
    return undefined
  }
  if (publishing) {
    core.warning(`Nothing was ${inputs.publish.push ? 'pushed' : 'loaded'}: the check failed.`)
  }
  annotate(inputs, report, inputs.failOnMissing)
  const loaderProblems = report.platforms
    .flatMap(p => p.loaderFindings ?? [])
    .filter(f => f.declared || inputs.strict)
  const verdict =
    missing.length > 0
      ? `${missing.length} required file(s) missing from "${inputs.targetLabel}"; see the job summary.`
      : `The final image's loader would fail: ${loaderProblems.map(f => `${f.program}: ${f.detail}`).join('; ')}`
  if (inputs.failOnMissing) return verdict
  core.warning(verdict)
  return undefined
}

export async function run(): Promise<void> {
  let failure: string | undefined
  try {
    if (core.getState(State.isPost) === 'true') return await post()
    failure = await verifyStep()
  } catch (error: unknown) {
    failure = messageOf(error)
  }
  if (failure) core.setFailed(failure)
}
