import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  describeLdSoCacheFlags,
  LdSoCacheFormatError,
  parseLdSoCache,
  type LdSoCacheEntry
} from '../../src/ld-so-cache.js'

const RECORDED = path.join(import.meta.dirname, 'recorded', 'ld-so-cache')
const CACHES = readdirSync(RECORDED)
  .filter(name => name.endsWith('.cache'))
  .map(name => name.slice(0, -'.cache'.length))
  .sort()

function cacheBytes(name: string): Uint8Array {
  return readFileSync(path.join(RECORDED, `${name}.cache`))
}

interface PrintedEntry {
  soname: string
  arch: string
  path: string
  hwcapsSubdirectory: string | null
}

/** What `ldconfig -p -C NAME.cache` printed: "\tSONAME (ARCH[, hwcap: "DIR"]) => PATH". */
function printedByLdconfig(name: string): PrintedEntry[] {
  const text = readFileSync(path.join(RECORDED, `${name}.ldconfig-p.txt`), 'utf8')
  const lines = text.split('\n')
  const count = /^(\d+) libs found in cache /.exec(lines[0] ?? '')?.[1]
  if (count === undefined) throw new Error(`${name}: not ldconfig -p output`)
  const entries: PrintedEntry[] = []
  for (const line of lines.slice(1)) {
    const match = /^\t(\S+) \((.*)\) => (.*)$/.exec(line)
    if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) continue
    const details = match[2].split(', ')
    const hwcaps = details.map(detail => /^hwcap: "(.*)"$/.exec(detail)?.[1]).find(Boolean)
    entries.push({
      soname: match[1],
      arch: details[0] ?? '',
      path: match[3],
      hwcapsSubdirectory: hwcaps ?? null
    })
  }
  expect(entries).toHaveLength(Number(count))
  return entries
}

const printed = (entries: LdSoCacheEntry[]): PrintedEntry[] =>
  entries.map(({ soname, arch, path: file, hwcapsSubdirectory }) => ({
    soname,
    arch,
    path: file,
    hwcapsSubdirectory
  }))

/** glibc 2.36's ldconfig -p reads subdirectory names from the wrong base in these (see the source). */
const HWCAPS_MISPRINTED = new Set(['amd64-hwcaps-compat'])

describe('parseLdSoCache on real caches, against ldconfig -p', () => {
  it('has the recordings it is meant to have', () => {
    expect(CACHES).toEqual([
      'amd64',
      'amd64-compat',
      'amd64-hwcaps',
      'amd64-hwcaps-compat',
      'amd64-old',
      'arm64',
      'armhf',
      'i386',
      'i386-compat',
      's390x',
      's390x-compat',
      's390x-old'
    ])
  })

  it.each(CACHES)('%s lists what ldconfig -p lists', name => {
    const entries = parseLdSoCache(cacheBytes(name))
    const expected = printedByLdconfig(name)
    if (HWCAPS_MISPRINTED.has(name)) {
      const withoutHwcaps = (list: PrintedEntry[]) =>
        list.map(entry => ({ ...entry, hwcapsSubdirectory: null }))
      expect(withoutHwcaps(printed(entries))).toEqual(withoutHwcaps(expected))
    } else {
      expect(printed(entries)).toEqual(expected)
    }
    for (const entry of entries) expect(describeLdSoCacheFlags(entry.flags)).toBe(entry.arch)
  })

  it('reads the hwcap field of the new format and has none in the old', () => {
    for (const entry of parseLdSoCache(cacheBytes('amd64-old'))) expect(entry.hwcap).toBeNull()
    for (const entry of parseLdSoCache(cacheBytes('amd64-hwcaps'))) {
      const extension = entry.hwcap !== null && (entry.hwcap & (1n << 62n)) !== 0n
      expect(extension).toBe(entry.hwcapsSubdirectory !== null)
    }
  })

  it.each([
    ['amd64-compat', 'amd64'],
    ['amd64-hwcaps-compat', 'amd64-hwcaps'],
    ['i386-compat', 'i386'],
    ['s390x-compat', 's390x']
  ])('reads the new format hidden in the old one of %s, as ld.so does', (compat, plain) => {
    expect(parseLdSoCache(cacheBytes(compat))).toEqual(parseLdSoCache(cacheBytes(plain)))
  })

  it.each([
    ['amd64-old', 'amd64'],
    ['s390x-old', 's390x']
  ])('reads the old format of %s, byte order guessed, like the new one', (old, plain) => {
    const withoutHwcap = (entries: LdSoCacheEntry[]) =>
      entries.map(entry => ({ ...entry, hwcap: null }))
    expect(parseLdSoCache(cacheBytes(old))).toEqual(withoutHwcap(parseLdSoCache(cacheBytes(plain))))
  })

  it.each(['amd64', 's390x', 'amd64-hwcaps'])(
    'guesses the byte order of %s when the header leaves it unset (before glibc 2.33)',
    name => {
      const bytes = Uint8Array.from(cacheBytes(name))
      bytes[28] = 0
      expect(parseLdSoCache(bytes)).toEqual(parseLdSoCache(cacheBytes(name)))
    }
  )

  it('refuses a cache that marks its byte order invalid', () => {
    const bytes = Uint8Array.from(cacheBytes('amd64'))
    bytes[28] = 1
    expect(() => parseLdSoCache(bytes)).toThrow(/byte order is invalid/)
  })
})

describe('describeLdSoCacheFlags', () => {
  it.each([
    [0x0303, 'libc6,x86-64'],
    [0x0a03, 'libc6,AArch64'],
    [0x0003, 'libc6'],
    [0x0903, 'libc6,hard-float'],
    [0x0b03, 'libc6,soft-float'],
    [0x0403, 'libc6,64bit'],
    [0x0503, 'libc6,64bit'],
    [0x0803, 'libc6,x32'],
    [0x1003, 'libc6,double-float'],
    [0x0d03, 'libc6,N32,nan2008'],
    [0x0001, 'ELF'],
    [0x0002, 'libc5'],
    [0x0000, 'libc4'],
    [0x0004, 'unknown'],
    [0x7f03, 'libc6,32512']
  ])('%i is %s', (flags, description) => {
    expect(describeLdSoCacheFlags(flags)).toBe(description)
  })
})

describe('parseLdSoCache on what is not a whole cache', () => {
  it('says what it expected', () => {
    expect(() => parseLdSoCache(Buffer.from('#!/bin/sh\n'))).toThrow(/not an ld.so.cache/)
    expect(() => parseLdSoCache(new Uint8Array(0))).toThrow(LdSoCacheFormatError)
  })

  it.each(CACHES)('refuses every truncation of %s', name => {
    const bytes = cacheBytes(name)
    for (let length = 0; length < bytes.length; length++) {
      expect(() => parseLdSoCache(bytes.subarray(0, length))).toThrow(LdSoCacheFormatError)
    }
  })
})

describe('parseLdSoCache never fails in another way', () => {
  const RUNS = 10_000

  function decodesOrRefuses(bytes: Uint8Array): boolean {
    try {
      parseLdSoCache(bytes)
    } catch (error: unknown) {
      if (!(error instanceof LdSoCacheFormatError)) throw error
    }
    return true
  }

  it('on bytes behind either magic', () => {
    const input = fc
      .tuple(
        fc.constantFrom('glibc-ld.so.cache1.1', 'ld.so-1.7.0\0', 'ld.so-1.7.0'),
        fc.uint8Array({ maxLength: 400 })
      )
      .map(([magic, rest]) => Uint8Array.from([...Buffer.from(magic, 'latin1'), ...rest]))
    fc.assert(fc.property(input, decodesOrRefuses), { numRuns: RUNS })
  })

  it('on real caches with bytes overwritten and cut off', () => {
    const originals = CACHES.map(cacheBytes)
    const edit = fc.record({
      at: fc.nat({ max: 2_700 }),
      value: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x7fffffff, 0xffffffff)),
      width: fc.constantFrom(1, 4)
    })
    const input = fc.record({
      original: fc.nat({ max: originals.length - 1 }),
      edits: fc.array(edit, { minLength: 1, maxLength: 6 }),
      keep: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4 })
    })
    fc.assert(
      fc.property(input, ({ original, edits, keep }) => {
        const bytes = Uint8Array.from(originals[original] ?? [])
        const view = new DataView(bytes.buffer)
        for (const { at, value, width } of edits) {
          if (width === 1 && at < bytes.length) bytes[at] = value & 0xff
          if (width === 4 && at + 4 <= bytes.length) view.setUint32(at, value >>> 0, at % 2 === 0)
        }
        const length = keep === null ? bytes.length : Math.floor(bytes.length * keep)
        return decodesOrRefuses(bytes.subarray(0, length))
      }),
      { numRuns: RUNS }
    )
  })
})
