// The bundled action under Node 24, against a real engine, real buildx builds and real ldd,
// for linux/amd64 and linux/arm64 (QEMU), on fixtures complete and broken in the ways real
// images break. Expected findings: __tests__/fixtures/README.md.
import { describe, expect, it } from 'vitest'
import { dockerInventory, runAction, type ActionRun } from './harness.js'

const PROGRAMS = '/usr/bin/jq\n/usr/bin/zstd\n/bin/busybox'
const TRIPLET: Record<string, string> = {
  'linux/amd64': 'x86_64-linux-gnu',
  'linux/arm64': 'aarch64-linux-gnu'
}
const INTERPRETER: Record<string, string> = {
  'linux/amd64': '/lib64/ld-linux-x86-64.so.2',
  'linux/arm64': '/lib/ld-linux-aarch64.so.1'
}
const PLATFORMS = ['linux/amd64', 'linux/arm64']

interface Missing {
  platform: string
  path: string
  soname: string | null
  neededBy: string[]
  reason: string
}

async function verifyStage(target: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  const before = dockerInventory()
  const run = await runAction({
    executables: PROGRAMS,
    context: '__tests__/fixtures',
    target,
    platforms: PLATFORMS.join(','),
    ...extra
  })
  // No temporary image or container survives a run, whatever its verdict.
  expect(dockerInventory()).toEqual(before)
  return run
}

function missingOf(run: ActionRun): Missing[] {
  return JSON.parse(run.outputs.missing ?? 'null') as Missing[]
}

function expectMissing(
  run: ActionRun,
  expected: (platform: string) => Omit<Missing, 'platform' | 'reason'>[]
) {
  const wanted = PLATFORMS.flatMap(platform =>
    expected(platform).map(entry => ({ platform, ...entry }))
  )
  const got = missingOf(run).map(({ reason: _reason, ...entry }) => entry)
  expect(got).toEqual(wanted)
  expect(run.outputs['missing-count']).toBe(String(wanted.length))
  expect(run.outputs.result).toBe('failed')
  expect(run.exitCode).toBe(1)
  expect(run.stdout).toContain('::error')
}

describe('a final stage that holds everything', () => {
  it.each(['complete', 'complete-merged'])(
    '%s passes on amd64 and arm64 with no false alarm',
    async target => {
      const run = await verifyStage(target)
      expect(run.stderr).toBe('')
      expect(run.exitCode).toBe(0)
      expect(run.outputs.result).toBe('passed')
      expect(run.outputs['missing-count']).toBe('0')
      expect(missingOf(run)).toEqual([])
      expect(run.summary).toMatch(/passed/)
      // The report lists every platform, executable and library that was checked.
      const report = JSON.parse(run.outputs.reportContent ?? '{}') as {
        platforms: {
          platform: string
          executables: { path: string; linkage: string }[]
          checks: { path: string; present: boolean }[]
        }[]
      }
      expect(report.platforms.map(p => p.platform)).toEqual(PLATFORMS)
      for (const platform of report.platforms) {
        const t = TRIPLET[platform.platform]
        expect(platform.executables.map(e => [e.path, e.linkage])).toEqual([
          ['/usr/bin/jq', 'dynamic'],
          ['/usr/bin/zstd', 'dynamic'],
          ['/bin/busybox', 'static']
        ])
        const paths = platform.checks.map(c => c.path).sort()
        expect(paths).toEqual(
          [
            '/bin/busybox',
            '/usr/bin/jq',
            '/usr/bin/zstd',
            INTERPRETER[platform.platform],
            ...[
              'libc.so.6',
              'libjq.so.1',
              'liblz4.so.1',
              'liblzma.so.5',
              'libm.so.6',
              'libonig.so.5',
              'libz.so.1'
            ].map(soname => `/lib/${t}/${soname}`)
          ].sort()
        )
        expect(platform.checks.every(c => c.present)).toBe(true)
      }
    }
  )
})

describe('a final stage that lacks something', () => {
  it('reports the absent library with its platform, soname and the program that needs it', async () => {
    const run = await verifyStage('missing-lib')
    expectMissing(run, p => [
      { path: `/lib/${TRIPLET[p]}/liblz4.so.1`, soname: 'liblz4.so.1', neededBy: ['/usr/bin/zstd'] }
    ])
    expect(missingOf(run)[0]?.reason).toMatch(/absent/)
    for (const platform of PLATFORMS) {
      expect(run.summary).toContain(`COPY --from=builder /lib/${TRIPLET[platform]}/liblz4.so.1`)
    }
  })

  it('reports a soname link whose versioned file was not copied, with the chain', async () => {
    const run = await verifyStage('dangling-soname')
    expectMissing(run, p => [
      { path: `/lib/${TRIPLET[p]}/libjq.so.1`, soname: 'libjq.so.1', neededBy: ['/usr/bin/jq'] }
    ])
    expect(missingOf(run)[0]?.reason).toContain('libjq.so.1.0.4')
    // The fix copies the versioned file the link points to.
    expect(run.summary).toContain(`/lib/${TRIPLET['linux/arm64']}/libjq.so.1.0.4`)
  })

  it('reports a library needed only by another library, and the builder package that has it', async () => {
    const run = await verifyStage('missing-transitive')
    // dpkg-query in the builder names the package to install or copy from.
    expect(run.summary).toContain('| package in the builder |')
    expect(run.summary).toMatch(
      /\| `\/lib\/aarch64-linux-gnu\/libonig\.so\.5` \| .* \| `libonig5` \|/
    )
    expectMissing(run, p => [
      { path: `/lib/${TRIPLET[p]}/libonig.so.5`, soname: 'libonig.so.5', neededBy: ['/usr/bin/jq'] }
    ])
  })

  it('reports the missing program interpreter, each platform its own', async () => {
    const run = await verifyStage('missing-interpreter')
    expectMissing(run, p => [
      {
        path: INTERPRETER[p] ?? '',
        soname: (INTERPRETER[p] ?? '').split('/').pop() ?? '',
        neededBy: ['/usr/bin/jq', '/usr/bin/zstd']
      }
    ])
  })

  it('passes the same stage when check-interpreter is off', async () => {
    const run = await verifyStage('missing-interpreter', { 'check-interpreter': 'false' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('passed')
  })

  it('reports a declared program that the final stage lacks', async () => {
    const run = await verifyStage('missing-executable')
    expectMissing(run, () => [{ path: '/usr/bin/zstd', soname: null, neededBy: ['/usr/bin/zstd'] }])
  })

  it('only warns when fail-on-missing is false, with the same outputs', async () => {
    const run = await verifyStage('missing-transitive', {
      'fail-on-missing': 'false',
      platforms: 'linux/arm64',
      summary: 'false'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('failed')
    expect(run.outputs['missing-count']).toBe('1')
    expect(run.stdout).toContain('::warning')
    expect(run.summary).toBe('')
  })
})
