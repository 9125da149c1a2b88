// Cancellation, a killed run, two runs at once, Node 20, and the local command: real engine.
import { spawnSync, type ChildProcess } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { RUN_LABEL } from '../../src/constants.js'
import { dockerInventory, node24, runAction, runCli } from './harness.js'

const fixture = {
  executables: '/usr/bin/jq\n/usr/bin/zstd\n/bin/busybox',
  context: '__tests__/fixtures',
  target: 'complete'
}

/** Resolves once a container of ours is running, then sends the signal to the action. */
function signalWhenLddRuns(signal: NodeJS.Signals) {
  return (child: ChildProcess): void => {
    const poll = setInterval(() => {
      const ps = spawnSync('docker', ['ps', '--quiet', '--filter', `label=${RUN_LABEL}`], {
        encoding: 'utf8'
      })
      if (ps.stdout.trim()) {
        clearInterval(poll)
        child.kill(signal)
      }
    }, 200)
    child.on('close', () => clearInterval(poll))
  }
}

const hanging = {
  ...fixture,
  file: '__tests__/fixtures/faults.Dockerfile',
  'builder-target': 'hanging-ldd',
  target: 'final',
  executables: '/usr/bin/jq'
}

describe('cancellation and cleanup', () => {
  it('on SIGTERM stops, says it was cancelled, and leaves no image or container', async () => {
    const before = dockerInventory()
    const started = Date.now()
    // Both platforms: one may finish its build just as the signal comes, and must not go on.
    const run = await runAction(hanging, {
      onStarted: signalWhenLddRuns('SIGTERM'),
      env: { DISTROLESS_VERIFY_LDD_TIMEOUT: '300' }
    })
    expect(Date.now() - started).toBeLessThan(120_000)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('Received SIGTERM')
    expect(run.stdout).toMatch(/::error::The run was cancelled/)
    expect(dockerInventory()).toEqual(before)
  })

  it('after SIGKILL, when the step had no chance to clean up, the post step removes what it left', async () => {
    const before = dockerInventory()
    let leftBehind = 0
    const run = await runAction(hanging, {
      onStarted: child => {
        signalWhenLddRuns('SIGKILL')(child)
        child.on('close', () => {
          const ours = spawnSync(
            'docker',
            ['ps', '--all', '--quiet', '--filter', `label=${RUN_LABEL}`],
            { encoding: 'utf8' }
          )
          leftBehind = ours.stdout.split('\n').filter(Boolean).length
        })
      }
    })
    expect(run.signal).toBe('SIGKILL')
    // The kill really left a container behind, and the post step removed it.
    expect(leftBehind).toBeGreaterThan(0)
    expect(dockerInventory()).toEqual(before)
  })

  it('two runs at once on one engine do not collide', async () => {
    const before = dockerInventory()
    const [first, second] = await Promise.all([runAction(fixture), runAction(fixture)])
    expect([first.exitCode, second.exitCode]).toEqual([0, 0])
    expect([first.outputs.result, second.outputs.result]).toEqual(['passed', 'passed'])
    expect(dockerInventory()).toEqual(before)
  })
})

describe('runtimes', () => {
  it('the harness runs the action under Node 24, as GitHub does', () => {
    const version = spawnSync(node24(), ['--version'], { encoding: 'utf8' }).stdout.trim()
    expect(version).toMatch(/^v24\./)
  })

  it('the bundle also runs under Node 20', async () => {
    const run = await runAction(
      { ...fixture, target: 'missing-lib', platforms: 'linux/amd64' },
      { node: process.execPath }
    )
    expect(process.version).toMatch(/^v20\./)
    expect(run.exitCode).toBe(1)
    expect(run.outputs['missing-count']).toBe('1')
  })
})

describe('the local command', () => {
  const args = [
    '--context',
    '__tests__/fixtures',
    '-e',
    '/usr/bin/jq',
    '-e',
    '/usr/bin/zstd,/bin/busybox'
  ]

  it('prints the JSON report and exits 1 when something is missing', async () => {
    const run = await runCli([
      ...args,
      '--target',
      'missing-transitive',
      '--platforms',
      'linux/arm64',
      '--json'
    ])
    expect(run.exitCode).toBe(1)
    const report = JSON.parse(run.stdout) as {
      passed: boolean
      missing: { platform: string; path: string }[]
    }
    expect(report.passed).toBe(false)
    expect(report.missing.map(m => [m.platform, m.path])).toEqual([
      ['linux/arm64', '/lib/aarch64-linux-gnu/libonig.so.5']
    ])
  })

  it('prints a table and exits 0 when everything is there', async () => {
    const run = await runCli([...args, '--target', 'complete-merged'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^distroless-verify: passed/)
    expect(run.stdout).toContain('linux/arm64: all')
  })

  it('exits 1 with the reason on bad input, as the action, and 2 on an unreadable command line', async () => {
    const bad = await runCli(['--no-such-flag'])
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toMatch(/Unknown option '--no-such-flag'[\s\S]*Usage: distroless-verify/)
    const run = await runCli([...args, '--target', 'nope'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(/bad input: target: "nope" is not a named stage/)
  })
})
