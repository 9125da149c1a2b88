// The action: inputs -> engine -> report, summary, outputs, annotations, exit status.
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { Output, State } from './constants.js'
import { cleanupRun, messageOf, newRunId, runVerification, type EngineLog } from './engine.js'
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
  const target =
    inputs.stages.find(stage => (stage.name ?? null) === inputs.target) ?? inputs.stages.at(-1)
  const missing = missingEntries(report)
  const byPlatform = new Map<string, number>()
  for (const entry of missing)
    byPlatform.set(entry.platform, (byPlatform.get(entry.platform) ?? 0) + 1)
  const counts = [...byPlatform].map(([platform, count]) => `${count} on ${platform}`).join(', ')
  const message =
    `The final stage lacks files its programs need (${counts}): ` +
    [...new Set(missing.map(entry => entry.path))].slice(0, 10).join(', ') +
    '. The job summary lists the COPY lines that fix it.'
  const properties = {
    title: 'distroless-verify',
    file: workspaceRelative(inputs.file),
    startLine: target?.fromLine
  }
  if (fail) core.error(message, properties)
  else core.warning(message, properties)
}

function writeReportFile(report: Report, runId: string): string {
  const folder = process.env.RUNNER_TEMP || os.tmpdir()
  const file = path.join(folder, `distroless-verify-${runId}.json`)
  writeFileSync(file, renderJsonReport(report))
  return file
}

async function writeSummary(report: Report): Promise<void> {
  try {
    await core.summary.addRaw(renderSummary(report), true).write()
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

  const report = await runVerification(inputs, actionLog, { runId, signal: controller.signal })

  const missing = missingEntries(report)
  core.setOutput(Output.result, report.passed ? 'passed' : 'failed')
  core.setOutput(Output.missingCount, String(missing.length))
  core.setOutput(Output.missing, JSON.stringify(missing))
  core.setOutput(Output.report, writeReportFile(report, runId))
  if (inputs.summary) await writeSummary(report)

  if (report.passed) {
    core.info(
      `All ${report.platforms.length} platform(s) passed: every library is in "${inputs.targetLabel}".`
    )
    return undefined
  }
  annotate(inputs, report, inputs.failOnMissing)
  const verdict = `${missing.length} required file(s) missing from "${inputs.targetLabel}"; see the job summary.`
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
