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

describe('static mode runs nothing of the image', () => {
  it('starts no container, not even the package manager for the fix', async () => {
    const run = await verify('missing-transitive', 'static')
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('libonig.so.5')
    expect(run.stdout).not.toMatch(/\$ docker run /)
    expect(run.summary).not.toContain('package in the builder')
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

describe("the final image's own loader (static analysis)", () => {
  const programs = '/usr/bin/jq\n/usr/bin/zstd\n/bin/busybox'
  const run = (inputs: Record<string, string>) =>
    runAction({ executables: programs, context: '__tests__/fixtures', ...inputs })

  it('finds a library present at the builder path in a folder the final loader does not search', async () => {
    const stage = { 'builder-target': 'builder-optlib', target: 'optlib-uncached' }
    const before = dockerInventory()
    // ldd in the builder and the path check cannot see it: the file is where the builder found it.
    const ldd = await run({ ...stage, analysis: 'ldd' })
    expect(ldd.exitCode).toBe(0)
    const statics = await run({ ...stage, analysis: 'static' })
    expect(dockerInventory()).toEqual(before)
    expect(statics.exitCode).toBe(1)
    const report = JSON.parse(statics.outputs.reportContent ?? '{}') as {
      platforms: {
        platform: string
        loaderFindings: { program: string; declared: boolean; kind: string; soname: string }[]
      }[]
    }
    for (const platform of report.platforms) {
      expect(platform.loaderFindings.map(f => [f.program, f.declared, f.kind, f.soname])).toEqual([
        ['/usr/bin/jq', true, 'missing', 'libonig.so.5']
      ])
    }
    expect(statics.summary).toContain("### The final image's own loader")
    expect(statics.stdout).toMatch(
      /::error::The final image's loader would fail: \/usr\/bin\/jq: the final image's loader does not find libonig\.so\.5/
    )
  })

  it("follows LD_LIBRARY_PATH from the final image's configuration", async () => {
    const before = dockerInventory()
    const statics = await run({
      'builder-target': 'builder-optlib',
      target: 'optlib-env',
      analysis: 'static'
    })
    expect(dockerInventory()).toEqual(before)
    expect(statics.exitCode).toBe(0)
    const report = JSON.parse(statics.outputs.reportContent ?? '{}') as {
      platforms: { loaderFindings: unknown[] }[]
    }
    expect(report.platforms.map(p => p.loaderFindings)).toEqual([[], []])
  })

  it('warns about an undeclared program that would not load, and fails with strict', async () => {
    const before = dockerInventory()
    const lenient = await run({
      target: 'undeclared-program',
      analysis: 'static',
      platforms: 'linux/arm64'
    })
    expect(lenient.exitCode).toBe(0)
    expect(lenient.stdout).toMatch(
      /::warning::linux\/arm64: \/usr\/bin\/openssl \(not declared\): the final image's loader does not find libssl\.so\.3/
    )
    const strict = await run({
      target: 'undeclared-program',
      analysis: 'static',
      platforms: 'linux/arm64',
      strict: 'true'
    })
    expect(strict.exitCode).toBe(1)
    expect(dockerInventory()).toEqual(before)
  })

  it('reports the symbol versions a final base with an older C library lacks (Debian 11 under Debian 12 programs)', async () => {
    const before = dockerInventory()
    // Every file is where the builder has it: ldd and the path check cannot tell.
    const ldd = await run({ target: 'old-libc', analysis: 'ldd' })
    expect(ldd.exitCode).toBe(0)
    const statics = await run({ target: 'old-libc', analysis: 'static' })
    expect(dockerInventory()).toEqual(before)
    expect(statics.exitCode).toBe(1)
    const report = JSON.parse(statics.outputs.reportContent ?? '{}') as {
      platforms: {
        loaderFindings: {
          program: string
          declared: boolean
          kind: string
          soname: string
          version?: string
        }[]
      }[]
    }
    for (const platform of report.platforms) {
      const versions = platform.loaderFindings.filter(f => f.kind === 'version')
      expect(new Set(versions.map(f => f.program))).toEqual(
        new Set(['/usr/bin/jq', '/usr/bin/zstd'])
      )
      expect(versions.every(f => f.declared && ['libc.so.6', 'libm.so.6'].includes(f.soname))).toBe(
        true
      )
      expect(versions.map(f => f.version)).toContain('GLIBC_2.34')
    }
    expect(statics.stdout).toMatch(/needs version GLIBC_2\.34 of libc\.so\.6/)
  })
})
