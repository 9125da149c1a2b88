// What people meet on GitHub: annotations, the fix that really fixes, JUnit, the ldd cache,
// build options, extra and ignored libraries, and publish-after-verify to a registry on loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dockerInventory, fixturesDir, runAction, runCli, type ActionRun } from './harness.js'

const PROGRAMS = '/usr/bin/jq\n/usr/bin/zstd\n/bin/busybox'
const DOCKERFILE = readFileSync(path.join(fixturesDir, 'Dockerfile'), 'utf8')
const temp = mkdtempSync(path.join(os.tmpdir(), 'dv-native-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function stageRange(text: string, stage: string): { from: number; end: number } {
  const lines = text.split('\n')
  const from = lines.findIndex(line => new RegExp(`^FROM .* AS ${stage}$`).test(line))
  const next = lines.findIndex((line, i) => i > from && line.startsWith('FROM '))
  return { from, end: next < 0 ? lines.length : next }
}

/** The fixture Dockerfile with `lines` appended at the end of the stage `stage`. */
function withLinesInStage(stage: string, lines: string[]): string {
  const all = DOCKERFILE.split('\n')
  const { end } = stageRange(DOCKERFILE, stage)
  all.splice(end, 0, ...lines)
  const file = path.join(temp, `Dockerfile-${stage}-${Math.random().toString(36).slice(2)}`)
  writeFileSync(file, all.join('\n'))
  return file
}

async function verify(inputs: Record<string, string>): Promise<ActionRun> {
  const before = dockerInventory()
  const run = await runAction({ executables: PROGRAMS, context: '__tests__/fixtures', ...inputs })
  expect(dockerInventory()).toEqual(before)
  return run
}

describe('annotations', () => {
  it('marks the target stage FROM line and the COPY --from=builder line to extend', async () => {
    const run = await verify({ target: 'missing-transitive', platforms: 'linux/amd64' })
    const { from } = stageRange(DOCKERFILE, 'missing-transitive')
    const annotations = run.stdout.split('\n').filter(line => line.startsWith('::error '))
    expect(annotations[0]).toMatch(
      new RegExp(
        `^::error title=distroless-verify%3A files missing from this stage,file=__tests__/fixtures/Dockerfile,line=${from + 1}::`
      )
    )
    expect(annotations[0]).toContain('/lib/x86_64-linux-gnu/libonig.so.5')
    const copyLine = DOCKERFILE.split('\n').findIndex(
      (l, i) => i > from && l.startsWith('COPY --from=builder /lib/')
    )
    expect(annotations[1]).toMatch(
      new RegExp(`file=__tests__/fixtures/Dockerfile,line=${copyLine + 1}::`)
    )
    expect(annotations[1]).toContain('COPY --from=builder /lib/x86_64-linux-gnu/libonig.so.5')
  })
})

describe('the fix is one paste away', () => {
  it.each([
    ['missing-transitive', 'linux/amd64'],
    ['missing-transitive', 'linux/arm64'],
    ['dangling-soname', 'linux/amd64'],
    ['dangling-soname', 'linux/arm64']
  ])(
    'copy-instructions of %s on %s, appended to the stage, make the next run pass',
    async (stage, platform) => {
      const failing = await verify({ target: stage, platforms: platform })
      expect(failing.outputs.result).toBe('failed')
      const fix = (failing.outputs['copy-instructions'] ?? '').trim().split('\n')
      expect(fix.length).toBeGreaterThan(0)
      expect(fix.every(line => line.startsWith('COPY --from=builder /'))).toBe(true)
      const fixed = await verify({
        target: stage,
        platforms: platform,
        file: withLinesInStage(stage, fix)
      })
      expect(fixed.outputs.result).toBe('passed')
      expect(fixed.exitCode).toBe(0)
    }
  )

  it('gives one block per platform where the paths differ, and the all-platforms form makes both pass', async () => {
    const failing = await verify({ target: 'missing-transitive' })
    const output = failing.outputs['copy-instructions'] ?? ''
    expect(output).toMatch(
      /^# linux\/amd64\nCOPY --from=builder \/lib\/x86_64-linux-gnu\/libonig\.so\.5 /
    )
    expect(output).toContain(
      '# linux/arm64\nCOPY --from=builder /lib/aarch64-linux-gnu/libonig.so.5 '
    )
    const block = /### All platforms in one Dockerfile[\s\S]*?```dockerfile\n([\s\S]*?)\n```/.exec(
      failing.summary
    )?.[1]
    expect(block).toBeDefined()
    // As a user would: rename the target stage as the comment says, append the stages.
    const renamed = DOCKERFILE.replace(/^(FROM .*) AS missing-transitive$/m, '$1 AS dv-base')
    const file = path.join(temp, 'Dockerfile-all-platforms')
    writeFileSync(file, `${renamed}\n${block ?? ''}\n`)
    const fixed = await verify({ target: 'missing-transitive', file })
    expect(fixed.outputs.result).toBe('passed')
  })
})

describe('reports', () => {
  it('writes a JUnit XML report beside the JSON one, one failing case per missing path', async () => {
    let junit = ''
    const before = dockerInventory()
    const run = await runAction({
      executables: PROGRAMS,
      context: '__tests__/fixtures',
      target: 'missing-lib',
      'report-format': 'json,junit'
    }).then(result => {
      junit = result.outputs.junitReportContent ?? ''
      return result
    })
    expect(dockerInventory()).toEqual(before)
    expect(run.outputs['junit-report']).toMatch(/distroless-verify-.*\.xml$/)
    expect(junit).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="distroless-verify" tests="22" failures="2" errors="0">/
    )
    expect(junit.match(/<failure /g)).toHaveLength(2)
    expect(junit).toContain('name="library /lib/aarch64-linux-gnu/liblz4.so.1 (liblz4.so.1)"')
  })
})

describe('the ldd cache', () => {
  it('skips the ldd container on a second run with an unchanged builder (local command, cache folder)', async () => {
    const cacheDir = path.join(temp, 'ldd-cache')
    const args = [
      '--context',
      '__tests__/fixtures',
      '-e',
      '/usr/bin/jq',
      '--target',
      'complete',
      '--cache-dir',
      cacheDir,
      '--json',
      '-v'
    ]
    const first = await runCli(args)
    const second = await runCli(args)
    const cacheOf = (stdout: string) =>
      (JSON.parse(stdout) as { platforms: { lddCache: string }[] }).platforms.map(p => p.lddCache)
    expect(cacheOf(first.stdout)).toEqual(['miss', 'miss'])
    expect(cacheOf(second.stdout)).toEqual(['hit', 'hit'])
    expect(first.stderr).toContain('--entrypoint ldd')
    expect(second.stderr).not.toContain('--entrypoint ldd')
    expect(second.exitCode).toBe(0)
  })

  it('in the action, goes on with a warning when the cache service is unavailable', async () => {
    const run = await verify({ target: 'complete', platforms: 'linux/amd64' })
    expect(run.stdout).toContain(
      '::warning::The GitHub cache service is not available here; ldd runs without a cache.'
    )
    expect(run.outputs.result).toBe('passed')
  })
})

describe('what ldd cannot see, and what must not be required', () => {
  it('requires dlopen libraries named by extra-libraries, with their own dependencies', async () => {
    const run = await verify({ target: 'complete', 'extra-libraries': '/lib/*/libssl.so.3' })
    expect(run.outputs.result).toBe('failed')
    const missing = JSON.parse(run.outputs.missing ?? '[]') as {
      platform: string
      path: string
      neededBy: string[]
    }[]
    expect(missing.map(m => [m.platform, m.path])).toEqual([
      ['linux/amd64', '/lib/x86_64-linux-gnu/libcrypto.so.3'],
      ['linux/amd64', '/lib/x86_64-linux-gnu/libssl.so.3'],
      ['linux/arm64', '/lib/aarch64-linux-gnu/libcrypto.so.3'],
      ['linux/arm64', '/lib/aarch64-linux-gnu/libssl.so.3']
    ])
    expect(missing[0]?.neededBy).toEqual(['/lib/x86_64-linux-gnu/libssl.so.3'])
  })

  it('fails clearly when an extra-libraries pattern names nothing', async () => {
    const run = await verify({
      target: 'complete',
      platforms: 'linux/amd64',
      'extra-libraries': '/lib/*/libnope.so.*'
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /extra-libraries: "\/lib\/\*\/libnope\.so\.\*" names no file in the builder stage "builder" on linux\/amd64/
    )
  })

  it('does not require what ignore names', async () => {
    const run = await verify({ target: 'missing-lib', ignore: 'liblz4.so.*' })
    expect(run.outputs.result).toBe('passed')
    const report = JSON.parse(run.outputs.reportContent ?? '{}') as {
      platforms: { ignored: { path: string }[] }[]
    }
    expect(report.platforms.map(p => p.ignored.map(i => i.path))).toEqual([
      ['/lib/x86_64-linux-gnu/liblz4.so.1'],
      ['/lib/aarch64-linux-gnu/liblz4.so.1']
    ])
  })
})

describe('build options', () => {
  it('passes secrets as files to the build and never prints them', async () => {
    const file = path.join(temp, 'Dockerfile-secret')
    // The build compares a hash, so the value itself is nowhere but in the input.
    const hash = createHash('sha256').update('s3cr3t-value').digest('hex')
    writeFileSync(
      file,
      `${DOCKERFILE}\nFROM builder AS builder-with-secret\n` +
        `RUN --mount=type=secret,id=token ["/bin/bash", "-c", "h=$(sha256sum /run/secrets/token); [[ $h == ${hash}* ]]"]\n` +
        'FROM complete AS final-with-secret\n'
    )
    const run = await verify({
      file,
      'builder-target': 'builder-with-secret',
      target: 'final-with-secret',
      platforms: 'linux/amd64',
      secrets: 'token=s3cr3t-value'
    })
    expect(run.outputs.result).toBe('passed')
    // The one place it may appear is the command that tells the runner to mask it.
    const printed = (run.stdout + run.stderr + run.summary).replace(/^::add-mask::.*$/m, '')
    expect(run.stdout).toContain('::add-mask::s3cr3t-value')
    expect(printed).not.toContain('s3cr3t-value')
    // no-cache, or BuildKit would reuse the step that ran with the secret.
    const withoutSecret = await verify({
      file,
      'builder-target': 'builder-with-secret',
      target: 'final-with-secret',
      platforms: 'linux/amd64',
      'no-cache': 'true'
    })
    expect(withoutSecret.exitCode).toBe(1)
  })
})

describe('publish after verify', () => {
  let registry: ChildProcess | undefined
  let address = ''
  beforeAll(async () => {
    const port = 20000 + Math.floor(Math.random() * 20000)
    address = `127.0.0.1:${port}`
    const config = path.join(temp, 'registry.yml')
    writeFileSync(
      config,
      `version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: ${temp}/registry\nhttp:\n  addr: ${address}\n`
    )
    registry = spawn('docker-registry', ['serve', config], { stdio: 'ignore' })
    for (let i = 0; i < 50; i++) {
      const ok = await fetch(`http://${address}/v2/`)
        .then(r => r.ok)
        .catch(() => false)
      if (ok) return
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    throw new Error('the loopback registry did not start')
  })
  afterAll(() => registry?.kill())

  const tagsOf = async (repository: string): Promise<string[]> => {
    const response = await fetch(`http://${address}/v2/${repository}/tags/list`)
    if (!response.ok) return []
    return ((await response.json()) as { tags: string[] | null }).tags ?? []
  }

  it('pushes a manifest list for both platforms only after the check passed, and says its digest', async () => {
    const run = await verify({ target: 'complete', push: 'true', tags: `${address}/dv/app:1.0` })
    expect(run.outputs.result).toBe('passed')
    expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const inspect = spawnSync(
      'docker',
      ['buildx', 'imagetools', 'inspect', `${address}/dv/app:1.0`],
      { encoding: 'utf8' }
    )
    expect(inspect.stdout).toContain(`Digest:    ${run.outputs.digest}`)
    expect(inspect.stdout).toContain('Platform:  linux/amd64')
    expect(inspect.stdout).toContain('Platform:  linux/arm64')
  })

  it('loads the verified image into the engine, the host platform where the driver keeps one', async () => {
    const before = dockerInventory()
    const run = await runAction({
      executables: PROGRAMS,
      context: '__tests__/fixtures',
      target: 'complete',
      load: 'true',
      tags: 'dv-loaded:1'
    })
    try {
      expect(run.outputs.result).toBe('passed')
      expect(run.stdout).toContain(
        '::warning::load: the "docker" buildx driver keeps one platform per tag, so only linux/amd64 was loaded.'
      )
      const inspect = spawnSync(
        'docker',
        ['image', 'inspect', '--format', '{{.Id}} {{.Architecture}}', 'dv-loaded:1'],
        { encoding: 'utf8' }
      )
      expect(inspect.stdout.trim()).toBe(`${run.outputs.imageid} amd64`)
    } finally {
      spawnSync('docker', ['image', 'rm', 'dv-loaded:1'])
    }
    expect(dockerInventory()).toEqual(before)
  })

  it('pushes nothing when the check failed', async () => {
    const run = await verify({
      target: 'missing-lib',
      push: 'true',
      tags: `${address}/dv/broken:1.0`
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('::warning::Nothing was pushed: the check failed.')
    expect(await tagsOf('dv/broken')).toEqual([])
    expect(run.outputs.digest).toBeUndefined()
  })
})
