import { describe, expect, it } from 'vitest'
import type { ExecutableResult, Resolution } from '../../src/types.js'
import { addCopySources, requirementsOf, verify, type PathResolver } from '../../src/verify.js'

/** A tiny in-memory image: files, and links followed one hop per path component. */
function fakeImage(files: string[], links: Record<string, string> = {}): PathResolver {
  return {
    resolve(path: string): Resolution {
      const chain: Resolution['chain'] = []
      let current = path
      for (let hops = 0; hops < 10; hops++) {
        const link = Object.keys(links).find(l => current === l || current.startsWith(`${l}/`))
        if (!link) break
        const target = links[link] ?? ''
        chain.push({ link, target })
        const base = target.startsWith('/')
          ? target
          : `${link.slice(0, link.lastIndexOf('/'))}/${target}`
        current = base + current.slice(link.length)
      }
      if (files.includes(current)) return { path, found: true, resolvedPath: current, chain }
      const kind = chain.length > 0 ? 'dangling' : 'absent'
      return { path, found: false, resolvedPath: current, chain, failure: { kind, at: current } }
    }
  }
}

const jq: ExecutableResult = {
  path: '/usr/bin/jq',
  linkage: 'dynamic',
  interpreter: '/lib64/ld-linux-x86-64.so.2',
  libraries: [
    { soname: 'libjq.so.1', path: '/lib/x86_64-linux-gnu/libjq.so.1' },
    { soname: 'libc.so.6', path: '/lib/x86_64-linux-gnu/libc.so.6' },
    { soname: 'libonig.so.5', path: '/lib/x86_64-linux-gnu/libonig.so.5' },
    { soname: 'ld-linux-x86-64.so.2', path: '/lib64/ld-linux-x86-64.so.2' }
  ]
}
const zstd: ExecutableResult = {
  path: '/usr/bin/zstd',
  linkage: 'dynamic',
  interpreter: '/lib64/ld-linux-x86-64.so.2',
  libraries: [{ soname: 'libc.so.6', path: '/lib/x86_64-linux-gnu/libc.so.6' }]
}
const busybox: ExecutableResult = {
  path: '/bin/busybox',
  linkage: 'static',
  interpreter: null,
  libraries: []
}

describe('requirementsOf', () => {
  it('requires each executable, its interpreter and each library once, with who needs it', () => {
    const requirements = requirementsOf([jq, zstd, busybox], { checkInterpreter: true })
    expect(requirements.map(r => [r.kind, r.path, r.neededBy])).toEqual([
      ['executable', '/usr/bin/jq', ['/usr/bin/jq']],
      ['interpreter', '/lib64/ld-linux-x86-64.so.2', ['/usr/bin/jq', '/usr/bin/zstd']],
      ['library', '/lib/x86_64-linux-gnu/libjq.so.1', ['/usr/bin/jq']],
      ['library', '/lib/x86_64-linux-gnu/libc.so.6', ['/usr/bin/jq', '/usr/bin/zstd']],
      ['library', '/lib/x86_64-linux-gnu/libonig.so.5', ['/usr/bin/jq']],
      ['executable', '/usr/bin/zstd', ['/usr/bin/zstd']],
      ['executable', '/bin/busybox', ['/bin/busybox']]
    ])
  })

  it('leaves the interpreter out when check-interpreter is off, also where ldd lists it as a library', () => {
    const requirements = requirementsOf([jq], { checkInterpreter: false })
    expect(requirements.some(r => r.path === '/lib64/ld-linux-x86-64.so.2')).toBe(false)
  })
})

describe('verify', () => {
  const requirements = requirementsOf([jq], { checkInterpreter: true })
  const merged = fakeImage(
    [
      '/usr/bin/jq',
      '/usr/lib64/ld-linux-x86-64.so.2',
      '/usr/lib/x86_64-linux-gnu/libjq.so.1.0.4',
      '/usr/lib/x86_64-linux-gnu/libc.so.6',
      '/usr/lib/x86_64-linux-gnu/libonig.so.5'
    ],
    {
      '/lib': 'usr/lib',
      '/lib64': 'usr/lib64',
      '/usr/lib/x86_64-linux-gnu/libjq.so.1': 'libjq.so.1.0.4'
    }
  )

  it('passes a merged-/usr image where every path resolves through links', () => {
    expect(verify(requirements, merged).every(check => check.present)).toBe(true)
  })

  it('reports exactly the absent library and nothing else', () => {
    const image = fakeImage([
      '/usr/bin/jq',
      '/lib64/ld-linux-x86-64.so.2',
      '/lib/x86_64-linux-gnu/libjq.so.1',
      '/lib/x86_64-linux-gnu/libc.so.6'
    ])
    const missing = verify(requirements, image).filter(check => !check.present)
    expect(missing.map(check => [check.path, check.resolution.failure?.kind])).toEqual([
      ['/lib/x86_64-linux-gnu/libonig.so.5', 'absent']
    ])
  })
})

describe('addCopySources', () => {
  const builder = fakeImage(
    ['/usr/lib/x86_64-linux-gnu/libjq.so.1.0.4', '/usr/lib/x86_64-linux-gnu/libonig.so.5.3.0'],
    {
      '/lib': 'usr/lib',
      '/usr/lib/x86_64-linux-gnu/libjq.so.1': 'libjq.so.1.0.4',
      '/usr/lib/x86_64-linux-gnu/libonig.so.5': 'libonig.so.5.3.0'
    }
  )

  it('copies a missing soname link together with the versioned file beside it', () => {
    const checks = verify(
      [
        {
          kind: 'library',
          path: '/lib/x86_64-linux-gnu/libonig.so.5',
          soname: 'libonig.so.5',
          neededBy: ['/usr/bin/jq']
        }
      ],
      fakeImage([])
    )
    expect(addCopySources(checks, builder)[0]?.copyFrom).toEqual([
      '/lib/x86_64-linux-gnu/libonig.so.5',
      '/lib/x86_64-linux-gnu/libonig.so.5.3.0'
    ])
  })

  it('copies only the absent target of a dangling link', () => {
    const final = fakeImage([], { '/usr/lib/x86_64-linux-gnu/libjq.so.1': 'libjq.so.1.0.4' })
    const checks = verify(
      [
        {
          kind: 'library',
          path: '/usr/lib/x86_64-linux-gnu/libjq.so.1',
          soname: 'libjq.so.1',
          neededBy: ['/usr/bin/jq']
        }
      ],
      final
    )
    expect(checks[0]?.resolution.failure?.kind).toBe('dangling')
    expect(addCopySources(checks, builder)[0]?.copyFrom).toEqual([
      '/usr/lib/x86_64-linux-gnu/libjq.so.1.0.4'
    ])
  })

  it('leaves present paths alone', () => {
    const checks = verify(
      [{ kind: 'executable', path: '/x', soname: null, neededBy: ['/x'] }],
      fakeImage(['/x'])
    )
    expect(addCopySources(checks, builder)[0]?.copyFrom).toBeUndefined()
  })
})
