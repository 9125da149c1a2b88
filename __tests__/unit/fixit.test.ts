import { describe, expect, it } from 'vitest'
import { readStages } from '../../src/dockerfile.js'
import { annotationsFor, copyInstructionsOutput } from '../../src/fixit.js'
import { renderJunitReport } from '../../src/junit.js'
import { lddCacheKey } from '../../src/ldd-cache.js'
import { imagetoolsCreateArgs, platformReference } from '../../src/publish.js'
import type { Check, PlatformResult, Report } from '../../src/types.js'

function missingLib(triplet: string): Check {
  const path = `/lib/${triplet}/libonig.so.5`
  return {
    kind: 'library',
    path,
    soname: 'libonig.so.5',
    neededBy: ['/usr/bin/jq'],
    present: false,
    resolution: { path, found: false, chain: [], failure: { kind: 'absent', at: path } },
    copyFrom: [path, `/lib/${triplet}/libonig.so.5.3.0`]
  }
}
const present: Check = {
  kind: 'executable',
  path: '/usr/bin/jq',
  soname: null,
  neededBy: ['/usr/bin/jq'],
  present: true,
  resolution: { path: '/usr/bin/jq', found: true, resolvedPath: '/usr/bin/jq', chain: [] }
}
const platform = (name: string, checks: Check[]): PlatformResult => ({
  platform: name,
  executables: [],
  checks,
  timings: { build: 1.5 }
})
const report = (platforms: PlatformResult[]): Report => ({
  passed: platforms.every(p => p.checks.every(c => c.present)),
  builderTarget: 'builder',
  target: 'runtime',
  dockerfile: 'Dockerfile',
  platforms
})

const DOCKERFILE = [
  'FROM scratch AS builder',
  'ADD rootfs.tar /',
  'FROM scratch AS runtime',
  'COPY --from=builder /usr/bin/jq /usr/bin/jq',
  'COPY --from=builder /lib/x86_64-linux-gnu/libjq.so.1 /lib/x86_64-linux-gnu/',
  'COPY --from=other /x /x'
]

describe('copyInstructionsOutput', () => {
  it('is one block when every platform needs the same lines', () => {
    const same = report([
      platform('linux/amd64', [missingLib('x')]),
      platform('linux/arm64', [missingLib('x')])
    ])
    expect(copyInstructionsOutput(same)).toBe(
      'COPY --from=builder /lib/x/libonig.so.5 /lib/x/libonig.so.5\nCOPY --from=builder /lib/x/libonig.so.5.3.0 /lib/x/libonig.so.5.3.0\n'
    )
  })
  it('is one block per platform, under its name, where the paths differ', () => {
    const differ = report([
      platform('linux/amd64', [missingLib('x86_64-linux-gnu')]),
      platform('linux/arm64', [missingLib('aarch64-linux-gnu'), present])
    ])
    const text = copyInstructionsOutput(differ)
    expect(text.split('\n\n').map(block => block.split('\n')[0])).toEqual([
      '# linux/amd64',
      '# linux/arm64'
    ])
    expect(text).toContain(
      'COPY --from=builder /lib/aarch64-linux-gnu/libonig.so.5.3.0 /lib/aarch64-linux-gnu/libonig.so.5.3.0'
    )
  })
  it('is empty when nothing is missing', () => {
    expect(copyInstructionsOutput(report([platform('linux/amd64', [present])]))).toBe('')
  })
})

describe('annotationsFor', () => {
  const stages = readStages(DOCKERFILE.join('\n'))
  const text = (line: number) => DOCKERFILE[line - 1] ?? ''

  it("marks the target's FROM line and the COPY from the builder next to the missing file", () => {
    const annotations = annotationsFor(
      report([platform('linux/amd64', [missingLib('x86_64-linux-gnu')])]),
      stages,
      'runtime',
      text,
      'error'
    )
    expect(annotations.map(a => [a.level, a.line])).toEqual([
      ['error', 3],
      ['error', 5]
    ])
    expect(annotations[0]?.message).toContain(
      '(1 on linux/amd64): /lib/x86_64-linux-gnu/libonig.so.5'
    )
    expect(annotations[1]?.message).toContain(
      'COPY --from=builder /lib/x86_64-linux-gnu/libonig.so.5 '
    )
  })
  it('falls back to the last COPY from the builder, and says nothing when all is there', () => {
    const annotations = annotationsFor(
      report([platform('linux/amd64', [missingLib('elsewhere')])]),
      stages,
      null,
      text,
      'warning'
    )
    expect(annotations.map(a => [a.level, a.line])).toEqual([
      ['warning', 3],
      ['warning', 5]
    ])
    expect(
      annotationsFor(report([platform('linux/amd64', [present])]), stages, 'runtime', text, 'error')
    ).toEqual([])
  })
})

describe('renderJunitReport', () => {
  it('has a suite per platform, a case per path, a failure per missing path, escaped', () => {
    const hostile = { ...present, path: '/opt/<a&b>"', present: true }
    const xml = renderJunitReport(report([platform('linux/amd64', [missingLib('x'), hostile])]))
    expect(xml).toContain('<testsuites name="distroless-verify" tests="2" failures="1" errors="0">')
    expect(xml).toContain(
      '<testsuite name="distroless-verify linux/amd64" tests="2" failures="1" errors="0" skipped="0" time="1.50">'
    )
    expect(xml).toMatch(
      /<failure message="[^"]*absent[^"]*" type="missing">needed by \/usr\/bin\/jq: /
    )
    expect(xml).toContain('name="executable /opt/&lt;a&amp;b&gt;&quot;"')
  })
})

describe('lddCacheKey', () => {
  it('changes with the image, the platform and the files, and only with them', () => {
    const key = lddCacheKey('sha256:1', 'linux/arm64', ['/a', '/b'])
    expect(key).toMatch(/^distroless-verify-ldd-v1-linux-arm64-[0-9a-f]{32}$/)
    expect(lddCacheKey('sha256:1', 'linux/arm64', ['/a', '/b'])).toBe(key)
    expect(lddCacheKey('sha256:2', 'linux/arm64', ['/a', '/b'])).not.toBe(key)
    expect(lddCacheKey('sha256:1', 'linux/amd64', ['/a', '/b'])).not.toBe(key)
    expect(lddCacheKey('sha256:1', 'linux/arm64', ['/a'])).not.toBe(key)
  })
})

describe('publish helpers', () => {
  it.each([
    ['127.0.0.1:5000/team/app:1.0', 'linux/arm64', '127.0.0.1:5000/team/app:1.0-linux-arm64'],
    ['127.0.0.1:5000/team/app', 'linux/amd64', '127.0.0.1:5000/team/app:linux-amd64'],
    ['team/app:v2', 'linux/arm/v7', 'team/app:v2-linux-arm-v7']
  ])('names the per-platform image of %s on %s', (tag, platform, expected) => {
    expect(platformReference(tag, platform)).toBe(expected)
  })
  it('creates the manifest list under every tag', () => {
    expect(
      imagetoolsCreateArgs(['a:1', 'a:latest'], ['a:1-linux-amd64', 'a:1-linux-arm64'])
    ).toEqual([
      'buildx',
      'imagetools',
      'create',
      '--tag',
      'a:1',
      '--tag',
      'a:latest',
      'a:1-linux-amd64',
      'a:1-linux-arm64'
    ])
  })
})
