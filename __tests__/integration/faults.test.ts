// Bad input and faults, against the bundled action and a real engine: each gets a message that
// says what, where and how to fix it, never a stack trace, and leaves no image or container.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dockerInventory, runAction, type ActionRun, type RunOptions } from './harness.js'

const FAULTS = '__tests__/fixtures/faults.Dockerfile'
const base = {
  executables: '/usr/bin/jq',
  context: '__tests__/fixtures',
  file: FAULTS,
  target: 'final',
  platforms: 'linux/amd64'
}

/** The text of the `::error::` command, unescaped as the runner shows it. */
function errorOf(run: ActionRun): string {
  const line = run.stdout.split('\n').find(l => l.startsWith('::error'))
  return (line ?? '')
    .replace(/^::error[^:]*::/, '')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
}

async function failing(inputs: Record<string, string>, options: RunOptions = {}): Promise<string> {
  const before = dockerInventory()
  const run = await runAction({ ...base, ...inputs }, options)
  expect(dockerInventory()).toEqual(before)
  expect(run.exitCode).toBe(1)
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  return errorOf(run)
}

describe('bad input', () => {
  it.each([
    [{ executables: '' }, /executables is empty: list the absolute paths/],
    [{ executables: 'usr/bin/jq' }, /"usr\/bin\/jq" is not an absolute path/],
    [
      { platforms: 'linux/amd64,linux/arm65' },
      /"linux\/arm65" is not a platform .* e\.g\. "linux\/amd64,linux\/arm64"/
    ],
    [
      { context: 'no/such/folder' },
      /context: the build context "no\/such\/folder" .* is not an existing folder/
    ],
    [{ file: 'no/Dockerfile' }, /file: the Dockerfile .*no\/Dockerfile does not exist/],
    [
      { target: 'runtime' },
      /target: "runtime" is not a named stage .* builder \(line 2\), hanging-ldd/
    ],
    [
      { 'builder-target': 'build' },
      /builder-target: "build" is not a named stage .* Its stages are: builder/
    ],
    [{ 'build-args': 'A=1\nnot-an-arg' }, /build-args, line 2: "not-an-arg" is not KEY=VALUE/],
    [{ 'fail-on-missing': 'maybe' }, /fail-on-missing: "maybe" is not a boolean/]
  ])('%j is refused: %s', async (inputs, message) => {
    expect(await failing(inputs)).toMatch(message)
  })

  it('names a builder that buildx does not know, and the ones it does', async () => {
    expect(await failing({ builder: 'no-such-builder' })).toMatch(
      /buildx does not know a builder named "no-such-builder"\. Known builders: default/
    )
  })

  it('names an executable that the builder does not have', async () => {
    expect(await failing({ executables: '/usr/bin/jq\n/usr/bin/no-such-tool' })).toMatch(
      /linux\/amd64: .*builder.*\n- .*\/usr\/bin\/no-such-tool.* does not exist in the builder image/
    )
  })
})

describe('an input never reaches a shell', () => {
  const traces = Array.from({ length: 8 }, (_, i) => `/tmp/dv-pwned-${i + 1}`)
  afterEach(() => traces.forEach(file => rmSync(file, { force: true })))

  it('takes shell metacharacters literally in every input and runs none of them', async () => {
    const message = await failing({
      executables: `/usr/bin/jq\n/usr/bin/jq$(touch ${traces[0]})\n/usr/bin/x;touch ${traces[1]}`,
      'build-args': `X=$(touch ${traces[2]})\nY=\`touch ${traces[3]}\``,
      ignore: `$(touch ${traces[4]})`,
      labels: `a=$(touch ${traces[5]})`,
      'cache-from': `type=local,src=/tmp/$(touch ${traces[6]})`,
      secrets: `id=$(touch ${traces[7]})`
    })
    expect(message).toContain(`/usr/bin/jq$(touch ${traces[0]})`)
    expect(message).toContain(`/usr/bin/x;touch ${traces[1]}`)
    for (const file of traces) expect(existsSync(file)).toBe(false)
  })
})

describe('faults of the environment', () => {
  it('says the disk is full when the report cannot be written', async () => {
    const full = mkdtempSync(path.join(os.tmpdir(), 'dv-full-'))
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', full])
    expect(mounted.status).toBe(0)
    try {
      // Fill it: the action then has nowhere to write its report.
      spawnSync('dd', ['if=/dev/zero', `of=${path.join(full, 'fill')}`, 'bs=4k', 'count=8'])
      const message = await failing({}, { env: { RUNNER_TEMP: full } })
      expect(message).toMatch(
        /^Could not write the report .*: the disk is full \(no space left on device\)\. Free space in RUNNER_TEMP/
      )
    } finally {
      spawnSync('umount', [full])
      rmSync(full, { recursive: true, force: true })
    }
  })

  it('names docker/setup-buildx-action when buildx is not installed', async () => {
    const hide = path.join(import.meta.dirname, 'without-buildx.mjs')
    const message = await failing(
      {},
      { wrap: ['unshare', '--mount', '--propagation', 'private', '--', process.execPath, hide] }
    )
    expect(message).toMatch(
      /^docker buildx is not installed\. Add the step "uses: docker\/setup-buildx-action@v3"/
    )
  })

  it('says the Docker daemon cannot be reached', async () => {
    expect(await failing({}, { env: { DOCKER_HOST: 'unix:///tmp/dv-no-daemon.sock' } })).toMatch(
      /^Cannot reach the Docker daemon: .*Start Docker \(or check DOCKER_HOST\)/
    )
  })

  it('shows the failing build step and its output first', async () => {
    const message = await failing({ 'builder-target': 'broken' })
    const lines = message.split('\n')
    expect(lines[0]).toMatch(
      /^linux\/amd64: Building stage "broken" for linux\/amd64 failed \(exit code 1\)\.$/
    )
    expect(lines[1]).toMatch(/^What docker said:$/)
    expect(lines[2]).toMatch(
      /^ > \[broken 1\/1\] RUN \["\/bin\/bash", "-c", "echo compiling the app/
    )
    expect(message).toContain('app.c:3: error: expected ;')
    expect(message).toMatch(/Command: docker buildx build .*--target broken/)
  })

  it('stops ldd that hangs, within the time limit, and removes its container', async () => {
    const message = await failing(
      { 'builder-target': 'hanging-ldd' },
      { env: { DISTROLESS_VERIFY_LDD_TIMEOUT: '5' } }
    )
    expect(message).toMatch(
      /ldd in the builder stage did not finish within 5 s on linux\/amd64; the container was stopped/
    )
  })

  it('says when the builder stage has no ldd', async () => {
    expect(await failing({ 'builder-target': 'no-ldd' })).toMatch(/ldd is not in the builder stage/)
  })

  it('names docker/setup-qemu-action when arm64 cannot run (emulation switched off)', async () => {
    const binfmt = '/proc/sys/fs/binfmt_misc/qemu-aarch64'
    writeFileSync(binfmt, '0')
    try {
      expect(await failing({ platforms: 'linux/arm64' })).toMatch(
        /exec format error.*docker\/setup-qemu-action/s
      )
    } finally {
      writeFileSync(binfmt, '1')
    }
  })
})
