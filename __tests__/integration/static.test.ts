// Static ELF analysis against ldd: with arm64 emulation switched off, `analysis: static` must
// find on both platforms exactly what ldd finds with emulation on, for every fixture stage.
import { writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dockerInventory, runAction, type ActionRun } from './harness.js'

const STAGES = [
  'complete',
  'complete-merged',
  'missing-lib',
  'dangling-soname',
  'missing-transitive',
  'missing-interpreter',
  'missing-executable'
]
const BINFMT = '/proc/sys/fs/binfmt_misc/qemu-aarch64'

interface Outcome {
  exitCode: number
  missing: unknown
  checked: string[][]
  copy: string | undefined
}

function outcomeOf(run: ActionRun): Outcome {
  const report = JSON.parse(run.outputs.reportContent ?? '{}') as {
    platforms: { checks: { path: string; kind: string; neededBy: string[] }[] }[]
  }
  return {
    exitCode: run.exitCode,
    missing: JSON.parse(run.outputs.missing ?? 'null'),
    checked: report.platforms.map(p =>
      p.checks.map(c => `${c.kind} ${c.path} ${c.neededBy.join(',')}`).sort()
    ),
    copy: run.outputs['copy-instructions']
  }
}

async function verify(target: string, analysis: string): Promise<ActionRun> {
  const before = dockerInventory()
  const run = await runAction({
    executables: '/usr/bin/jq\n/usr/bin/zstd\n/bin/busybox',
    context: '__tests__/fixtures',
    target,
    analysis
  })
  expect(dockerInventory()).toEqual(before)
  return run
}

describe('static analysis finds what ldd finds', () => {
  const fromLdd = new Map<string, Outcome>()
  const fromStatic = new Map<string, Outcome>()

  beforeAll(async () => {
    for (const stage of STAGES) fromLdd.set(stage, outcomeOf(await verify(stage, 'ldd')))
    writeFileSync(BINFMT, '0')
    try {
      for (const stage of STAGES) fromStatic.set(stage, outcomeOf(await verify(stage, 'static')))
    } finally {
      writeFileSync(BINFMT, '1')
    }
  })
  afterAll(() => writeFileSync(BINFMT, '1'))

  it.each(STAGES)(
    '%s: the same verdict, missing paths, checked paths and fix on amd64 and arm64',
    stage => {
      const ldd = fromLdd.get(stage)
      expect(ldd?.checked).toHaveLength(2)
      expect(fromStatic.get(stage)).toEqual(ldd)
    }
  )

  it('ldd mode really needed the emulation that static mode did without', async () => {
    writeFileSync(BINFMT, '0')
    try {
      const run = await verify('complete', 'ldd')
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain('docker/setup-qemu-action')
    } finally {
      writeFileSync(BINFMT, '1')
    }
  })
})

describe('both analyses at once', () => {
  it('compares them and finds no disagreement on the fixtures', async () => {
    const run = await verify('missing-transitive', 'both')
    expect(run.exitCode).toBe(1)
    const report = JSON.parse(run.outputs.reportContent ?? '{}') as {
      platforms: { analysis: string; disagreements: string[] }[]
    }
    expect(report.platforms.map(p => [p.analysis, p.disagreements])).toEqual([
      ['both', []],
      ['both', []]
    ])
    expect(run.stdout).not.toContain('disagree')
  })
})
