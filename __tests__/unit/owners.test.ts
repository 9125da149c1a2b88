import { describe, expect, it } from 'vitest'
import { sandboxRunArgs } from '../../src/docker.js'
import { OWNER_QUERIES, parseOwners } from '../../src/owners.js'

describe('parseOwners', () => {
  it('reads dpkg-query --search, with architecture qualifiers and shared paths', () => {
    const stdout = [
      'libonig5:amd64: /usr/lib/x86_64-linux-gnu/libonig.so.5.3.0',
      'libc6:amd64, libc6-dev:amd64: /usr/lib/x86_64-linux-gnu/libm.so.6',
      'diversion by x from: /usr/bin/y'
    ].join('\n')
    const owners = parseOwners(
      'dpkg',
      [
        '/usr/lib/x86_64-linux-gnu/libonig.so.5.3.0',
        '/usr/lib/x86_64-linux-gnu/libm.so.6',
        '/lib/x'
      ],
      stdout
    )
    expect([...owners]).toEqual([
      ['/usr/lib/x86_64-linux-gnu/libonig.so.5.3.0', 'libonig5'],
      ['/usr/lib/x86_64-linux-gnu/libm.so.6', 'libc6, libc6-dev']
    ])
  })

  it('reads rpm --query --file one line per path, skipping the unowned', () => {
    const owners = parseOwners(
      'rpm',
      ['/usr/lib/libjq.so.1', '/opt/x'],
      'jq\nfile /opt/x is not owned by any package\n'
    )
    expect([...owners]).toEqual([['/usr/lib/libjq.so.1', 'jq']])
  })

  it('reads apk info --who-owns', () => {
    const owners = parseOwners(
      'apk',
      ['/usr/lib/libjq.so.1'],
      '/usr/lib/libjq.so.1 is owned by jq-libs-1.7.1-r0\n'
    )
    expect([...owners]).toEqual([['/usr/lib/libjq.so.1', 'jq-libs-1.7.1-r0']])
  })
})

describe('owner queries', () => {
  it('run each package manager contained, with the paths after --', () => {
    const [dpkg] = OWNER_QUERIES
    const argv = sandboxRunArgs({
      image: 'img',
      platform: 'linux/arm64',
      name: 'n',
      runId: 'r',
      entrypoint: dpkg?.entrypoint ?? '',
      args: [...(dpkg?.args ?? []), '/lib/x']
    })
    expect(argv.slice(-6)).toEqual([
      '--entrypoint',
      'dpkg-query',
      'img',
      '--search',
      '--',
      '/lib/x'
    ])
    expect(argv).toContain('--read-only')
    expect(argv[argv.indexOf('--network') + 1]).toBe('none')
  })
})
