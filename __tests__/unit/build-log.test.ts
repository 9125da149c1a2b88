import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { explainDockerFailure, summarizeBuildFailure } from '../../src/build-log.js'

const recorded = (name: string): string =>
  readFileSync(path.join(import.meta.dirname, 'recorded', 'buildkit', name), 'utf8')

describe('summarizeBuildFailure', () => {
  it('puts the failing step and its output first, then the final error', () => {
    expect(summarizeBuildFailure(recorded('run-fail.txt'))).toBe(
      [
        ' > [1/1] RUN ["/nope"]:',
        '0.272 runc run failed: unable to start container process: exec: "/nope": stat /nope: no such file or directory',
        'ERROR: failed to solve: executor failed running [/nope]: exit code: 1'
      ].join('\n')
    )
  })

  it('names the COPY source that is not in the context', () => {
    const summary = summarizeBuildFailure(recorded('copy-fail.txt'))
    expect(summary.split('\n')[0]).toBe(' > [builder 1/1] COPY nothere /x:')
    expect(summary).toContain(
      'ERROR: failed to solve: failed to compute cache key: "/nothere" not found'
    )
    expect(summary).not.toContain('load build definition')
  })

  it('falls back to the last lines of a log without a BuildKit error block', () => {
    const log = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n')
    expect(summarizeBuildFailure(log, 3)).toBe('line 27\nline 28\nline 29')
  })
})

describe('explainDockerFailure', () => {
  it.each([
    ['exec /usr/bin/ldd: exec format error', 'docker/setup-qemu-action'],
    ['write /var/lib/docker/tmp: no space left on device', 'disk is full'],
    ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock.', 'not reachable'],
    ['exec: "ldd": executable file not found in $PATH: unknown', 'ldd is not in the builder']
  ])('recognises %j', (stderr, expected) => {
    expect(explainDockerFailure(stderr)).toContain(expected)
  })

  it('says nothing about an unknown failure', () => {
    expect(explainDockerFailure('something else went wrong')).toBe('')
  })
})
