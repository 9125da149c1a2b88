import { describe, expect, it } from 'vitest'
import { ImageIndex } from '../../src/image-index.js'
import { expandPattern, globToRegExp, isIgnored } from '../../src/patterns.js'

const builder = ImageIndex.fromEntries([
  { path: '/lib', type: 'symlink', target: 'usr/lib' },
  { path: '/usr/lib/x86_64-linux-gnu/libnss_dns.so.2', type: 'file' },
  { path: '/usr/lib/x86_64-linux-gnu/libnss_files.so.2', type: 'file' },
  { path: '/usr/lib/x86_64-linux-gnu/libssl.so.3', type: 'file' },
  { path: '/usr/lib/x86_64-linux-gnu/libdangling.so.1', type: 'symlink', target: 'gone.so.1' },
  { path: '/usr/lib/x86_64-linux-gnu/gconv/UTF-16.so', type: 'file' },
  { path: '/usr/lib/x86_64-linux-gnu/gconv/UTF-32.so', type: 'file' }
])

describe('globToRegExp', () => {
  it.each([
    ['/lib/*/libnss_*.so.2', '/lib/x86_64-linux-gnu/libnss_dns.so.2', true],
    ['/lib/*/libnss_*.so.2', '/lib/x86_64-linux-gnu/sub/libnss_dns.so.2', false],
    ['/lib/**/UTF-*.so', '/lib/x86_64-linux-gnu/gconv/UTF-16.so', true],
    ['libcuda.so.?', 'libcuda.so.1', true],
    ['libcuda.so.?', 'libcuda.so.12', false],
    ['lib[ab].so', 'liba.so', true],
    ['lib[!ab].so', 'liba.so', false],
    ['lib+(x).so', 'lib+(x).so', true]
  ])('%s against %s: %s', (pattern, text, expected) => {
    expect(globToRegExp(pattern).test(text)).toBe(expected)
  })
})

describe('expandPattern', () => {
  it('matches through a linked folder and keeps the paths under the folder as written', () => {
    expect(expandPattern(builder, '/lib/*/libnss_*.so.2')).toEqual([
      '/lib/x86_64-linux-gnu/libnss_dns.so.2',
      '/lib/x86_64-linux-gnu/libnss_files.so.2'
    ])
  })
  it('crosses folders with **, and leaves out links that lead nowhere', () => {
    expect(expandPattern(builder, '/usr/lib/**/UTF-*.so')).toEqual([
      '/usr/lib/x86_64-linux-gnu/gconv/UTF-16.so',
      '/usr/lib/x86_64-linux-gnu/gconv/UTF-32.so'
    ])
    expect(expandPattern(builder, '/usr/lib/*/libdangling.so.*')).toEqual([])
  })
  it('takes a plain path as it is when it exists, and nothing when not', () => {
    expect(expandPattern(builder, '/lib/x86_64-linux-gnu/libssl.so.3')).toEqual([
      '/lib/x86_64-linux-gnu/libssl.so.3'
    ])
    expect(expandPattern(builder, '/lib/x86_64-linux-gnu/libnope.so')).toEqual([])
  })
})

describe('isIgnored', () => {
  const cuda = {
    kind: 'library' as const,
    path: '/usr/lib/x86_64-linux-gnu/libcuda.so.1',
    soname: 'libcuda.so.1',
    neededBy: ['/app']
  }
  it('matches sonames without a slash and paths with one', () => {
    expect(isIgnored(cuda, ['libcuda.so.*'])).toBe(true)
    expect(isIgnored(cuda, ['/usr/lib/*/libcuda.so.1'])).toBe(true)
    expect(isIgnored(cuda, ['/lib/*/libcuda.so.1'])).toBe(false)
    expect(isIgnored(cuda, ['libc.so.*'])).toBe(false)
  })
})
