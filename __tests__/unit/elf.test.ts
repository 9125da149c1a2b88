import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ElfFormatError,
  elfMachineToPlatformArch,
  isElf,
  parseElf,
  type ElfInfo
} from '../../src/elf.js'

const RECORDED = path.join(import.meta.dirname, 'recorded', 'elf')

interface Sample {
  file: string
  platformArch: string | null
  /** readelf -V needs section headers; a copy without them is held to the original's. */
  versionsFrom?: string
}

/** Real files: see recorded/elf/README.md for where each comes from. */
const SAMPLES: Sample[] = [
  { file: 'amd64/true', platformArch: 'amd64' },
  { file: 'amd64/true-no-section-headers', platformArch: 'amd64', versionsFrom: 'amd64/true' },
  { file: 'amd64/libattr.so.1', platformArch: 'amd64' },
  { file: 'amd64/java', platformArch: 'amd64' },
  { file: 'amd64/ld-linux-x86-64.so.2', platformArch: 'amd64' },
  { file: 'amd64/weakref', platformArch: 'amd64' },
  { file: 'amd64/weakref-stripped', platformArch: 'amd64' },
  { file: 'amd64/weakref-weak-version', platformArch: 'amd64' },
  { file: 'amd64/static-nolibc', platformArch: 'amd64' },
  { file: 'amd64/crt1.o', platformArch: 'amd64' },
  { file: 'arm64/true', platformArch: 'arm64' },
  { file: 'arm64/libattr.so.1', platformArch: 'arm64' },
  { file: 'i386/true', platformArch: '386' },
  { file: 'i386/libattr.so.1', platformArch: '386' },
  { file: 'armhf/true', platformArch: 'arm' },
  { file: 'armhf/libattr.so.1', platformArch: 'arm' },
  { file: 's390x/true', platformArch: 's390x' },
  { file: 's390x/libattr.so.1', platformArch: 's390x' }
]

function sampleBytes(file: string): Uint8Array {
  return readFileSync(path.join(RECORDED, file))
}

// --- What readelf printed, parsed back into the shape of ElfInfo ---------------------------------

/** binutils' names for e_machine (readelf -h "Machine:"), for the machines recorded here. */
const READELF_MACHINES: Record<string, number> = {
  'Advanced Micro Devices X86-64': 62,
  AArch64: 183,
  'Intel 80386': 3,
  ARM: 40,
  'IBM S/390': 22
}

const READELF_TYPES: Record<string, ElfInfo['type']> = {
  REL: 'rel',
  EXEC: 'exec',
  DYN: 'dyn',
  CORE: 'core'
}

/** DF_1_* from elf.h, by the names readelf -d prints after "Flags:". */
const DF_1: Record<string, number> = {
  NOW: 0x1,
  GLOBAL: 0x2,
  GROUP: 0x4,
  NODELETE: 0x8,
  LOADFLTR: 0x10,
  INITFIRST: 0x20,
  NOOPEN: 0x40,
  ORIGIN: 0x80,
  DIRECT: 0x100,
  INTERPOSE: 0x400,
  NODEFLIB: 0x800,
  NODUMP: 0x1000,
  PIE: 0x8000000
}

/** Splits the recording into what each `$ readelf -X -W FILE` printed. */
function readelfOutputs(file: string): Map<string, string> {
  const text = readFileSync(path.join(RECORDED, `${file}.readelf.txt`), 'utf8')
  const parts = text.split(/^\$ readelf (-\w) -W .*$/m)
  const outputs = new Map<string, string>()
  for (let index = 1; index + 1 < parts.length; index += 2) {
    outputs.set(parts[index] ?? '', parts[index + 1] ?? '')
  }
  return outputs
}

function output(outputs: Map<string, string>, option: string): string {
  const text = outputs.get(option)
  if (text === undefined) throw new Error(`no readelf ${option} in the recording`)
  return text
}

function headerField(text: string, name: string): string {
  const match = new RegExp(`^\\s+${name}:\\s+(.*)$`, 'm').exec(text)
  if (match?.[1] === undefined) throw new Error(`readelf -h printed no ${name}`)
  return match[1].trim()
}

function bracketed(value: string, label: string): string {
  const match = new RegExp(`^${label}: \\[(.*)\\]$`).exec(value)
  if (match?.[1] === undefined) throw new Error(`unexpected readelf -d value: ${value}`)
  return match[1]
}

function expectedFromReadelf(file: string, versionsFrom: string = file): ElfInfo {
  const outputs = readelfOutputs(file)
  const header = output(outputs, '-h')
  const machineText = headerField(header, 'Machine')
  const machine = READELF_MACHINES[machineText]
  if (machine === undefined) throw new Error(`add readelf's machine name ${machineText}`)
  const typeWord = headerField(header, 'Type').split(' ')[0] ?? ''
  const programHeaders = output(outputs, '-l')

  const expected: ElfInfo = {
    class: headerField(header, 'Class') === 'ELF64' ? 64 : 32,
    endianness: headerField(header, 'Data').endsWith('big endian') ? 'big' : 'little',
    type: READELF_TYPES[typeWord] ?? 'other',
    machine,
    machineName: expect.any(String) as unknown as string,
    interpreter: /\[Requesting program interpreter: (.*)\]/.exec(programHeaders)?.[1] ?? null,
    dynamic: /^\s+DYNAMIC\s+0x/m.test(programHeaders),
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    versionNeeds: [],
    versionDefinitions: []
  }

  for (const line of output(outputs, '-d').split('\n')) {
    const match = /^\s*0x[0-9a-f]+ \((\w+)\)\s+(.*?)\s*$/.exec(line)
    if (match?.[1] === undefined || match[2] === undefined) continue
    const [, tag, value] = match
    if (tag === 'NEEDED') expected.needed.push(bracketed(value, 'Shared library'))
    if (tag === 'SONAME') expected.soname = bracketed(value, 'Library soname')
    if (tag === 'RPATH') expected.rpath = bracketed(value, 'Library rpath').split(':')
    if (tag === 'RUNPATH') expected.runpath = bracketed(value, 'Library runpath').split(':')
    if (tag === 'FLAGS_1') {
      expected.flags1 = value
        .replace(/^Flags:/, '')
        .trim()
        .split(/\s+/)
        .reduce((bits, name) => {
          const bit = DF_1[name]
          if (bit === undefined) throw new Error(`add DF_1_${name}`)
          return bits | bit
        }, 0)
    }
  }

  for (const line of output(readelfOutputs(versionsFrom), '-V').split('\n')) {
    const definition =
      /^\s+(?:0x)?[0-9a-f]+: Rev: \d+\s+Flags: (.+?)\s+Index: \d+\s+Cnt: \d+\s+Name: (.+)$/.exec(
        line
      )
    if (definition?.[1] !== undefined && definition[2] !== undefined) {
      const name = definition[2]
      const base = definition[1].split(' | ').includes('BASE')
      expected.versionDefinitions.push({ name, hash: elfHash(name), base })
      continue
    }
    const need = /^\s+(?:0x)?[0-9a-f]+: Version: \d+\s+File: (.+?)\s+Cnt: \d+$/.exec(line)
    if (need?.[1] !== undefined) {
      expected.versionNeeds.push({ file: need[1], versions: [] })
      continue
    }
    const aux = /^\s+0x[0-9a-f]+:\s+Name: (.+?)\s+Flags: (.+?)\s+Version: \d+$/.exec(line)
    if (aux?.[1] !== undefined && aux[2] !== undefined) {
      const name = aux[1]
      const weak = aux[2].split(' | ').includes('WEAK')
      expected.versionNeeds.at(-1)?.versions.push({ name, hash: elfHash(name), weak })
    }
  }
  return expected
}

/** The System V ABI's ELF hash, which vna_hash and vd_hash hold for their names. */
function elfHash(name: string): number {
  let hash = 0
  for (const byte of Buffer.from(name, 'utf8')) {
    hash = ((hash << 4) + byte) >>> 0
    const high = hash & 0xf0000000
    if (high !== 0) hash ^= high >>> 24
    hash &= ~high >>> 0
    hash >>>= 0
  }
  return hash
}

// --- The tests ------------------------------------------------------------------------------------

describe('parseElf on real files, against readelf', () => {
  it.each(SAMPLES)('$file decodes as readelf reads it', ({ file, versionsFrom }) => {
    const info = parseElf(sampleBytes(file))
    expect(info).toEqual(expectedFromReadelf(file, versionsFrom))
  })

  it.each(SAMPLES)('$file runs on linux/$platformArch', ({ file, platformArch }) => {
    const info = parseElf(sampleBytes(file))
    expect(elfMachineToPlatformArch(info.machine, info.class, info.endianness)).toBe(platformArch)
  })

  it('finds the same as readelf in the ones that matter most', () => {
    // Spot checks, so a broken readelf parser in this file cannot pass everything vacuously.
    const java = parseElf(sampleBytes('amd64/java'))
    expect(java.rpath).toEqual(['$ORIGIN', '$ORIGIN/../lib'])
    expect(java.needed).toEqual(['libz.so.1', 'libjli.so', 'libc.so.6'])
    const weakref = parseElf(sampleBytes('amd64/weakref-weak-version'))
    expect(weakref.runpath).toEqual(['$ORIGIN/../lib', '/opt/weakref/lib'])
    expect(weakref.versionNeeds[0]?.versions.filter(version => version.weak)).toEqual([
      { name: 'GLIBC_2.25', hash: elfHash('GLIBC_2.25'), weak: true }
    ])
    const libattr = parseElf(sampleBytes('s390x/libattr.so.1'))
    expect(libattr.versionDefinitions[0]).toEqual({
      name: 'libattr.so.1',
      hash: elfHash('libattr.so.1'),
      base: true
    })
    expect(parseElf(sampleBytes('amd64/crt1.o')).type).toBe('rel')
    expect(parseElf(sampleBytes('amd64/ld-linux-x86-64.so.2')).interpreter).toBeNull()
  })

  it('decodes a file without section headers as it decodes the original', () => {
    expect(parseElf(sampleBytes('amd64/true-no-section-headers'))).toEqual(
      parseElf(sampleBytes('amd64/true'))
    )
  })

  it('decodes a stripped file as it decodes the unstripped one', () => {
    expect(parseElf(sampleBytes('amd64/weakref-stripped'))).toEqual(
      parseElf(sampleBytes('amd64/weakref'))
    )
  })

  it('reads a Uint8Array that is a window on a larger buffer', () => {
    const bytes = sampleBytes('i386/libattr.so.1')
    const padded = new Uint8Array(bytes.length + 24)
    padded.set(bytes, 8)
    expect(parseElf(padded.subarray(8, 8 + bytes.length))).toEqual(parseElf(bytes))
  })

  it('names the machines the action meets', () => {
    const names = [62, 183, 3, 40, 243, 21, 22].map(machine => {
      const bytes = Uint8Array.from(sampleBytes('amd64/true'))
      new DataView(bytes.buffer).setUint16(18, machine, true)
      return parseElf(bytes).machineName
    })
    expect(names).toEqual(['x86-64', 'AArch64', 'i386', 'ARM', 'RISC-V', 'PowerPC64', 'S/390'])
  })
})

describe('elfMachineToPlatformArch', () => {
  it.each([
    [62, 64, 'little', 'amd64'],
    [183, 64, 'little', 'arm64'],
    [3, 32, 'little', '386'],
    [40, 32, 'little', 'arm'],
    [243, 64, 'little', 'riscv64'],
    [21, 64, 'little', 'ppc64le'],
    [22, 64, 'big', 's390x'],
    [62, 32, 'little', null], // x32
    [21, 64, 'big', null], // ppc64 (big-endian)
    [22, 32, 'big', null], // s390 (31-bit)
    [8, 32, 'big', null]
  ] as const)('machine %i, %i-bit %s: %s', (machine, elfClass, endianness, arch) => {
    expect(elfMachineToPlatformArch(machine, elfClass, endianness)).toBe(arch)
  })
})

describe('isElf', () => {
  it('looks at the magic number only', () => {
    expect(isElf(sampleBytes('amd64/true').subarray(0, 64))).toBe(true)
    expect(isElf(Uint8Array.of(0x7f, 0x45, 0x4c, 0x46))).toBe(true)
    expect(isElf(Uint8Array.of(0x7f, 0x45, 0x4c))).toBe(false)
    expect(isElf(Buffer.from('#!/bin/sh\n'))).toBe(false)
    expect(isElf(new Uint8Array(0))).toBe(false)
  })
})

describe('parseElf on what is not a whole ELF file', () => {
  function formatError(bytes: Uint8Array): ElfFormatError {
    try {
      parseElf(bytes)
    } catch (error: unknown) {
      if (error instanceof ElfFormatError) return error
      throw error
    }
    throw new Error('parseElf accepted the input')
  }

  it('says why it refuses', () => {
    expect(formatError(Buffer.from('#!/bin/sh\n')).message).toMatch(/^not an ELF file/)
    expect(formatError(new Uint8Array(0)).message).toMatch(/^not an ELF file/)
    const header = sampleBytes('amd64/true').subarray(0, 64)
    expect(formatError(header.subarray(0, 40)).message).toMatch(/64-bit ELF header/)
    expect(formatError(header).message).toMatch(/past the end of the file/)
    const badClass = Uint8Array.from(header)
    badClass[4] = 3
    expect(formatError(badClass).message).toMatch(/unknown ELF class/)
  })

  it.each(['amd64/true', 'amd64/crt1.o', 'i386/libattr.so.1', 'armhf/true', 's390x/libattr.so.1'])(
    'refuses every truncation of %s',
    file => {
      const bytes = sampleBytes(file)
      for (let length = 0; length < bytes.length; length++) {
        expect(() => parseElf(bytes.subarray(0, length))).toThrow(ElfFormatError)
      }
    }
  )
})

describe('parseElf never fails in another way', () => {
  const RUNS = 10_000

  function decodesOrRefuses(bytes: Uint8Array): boolean {
    try {
      parseElf(bytes)
    } catch (error: unknown) {
      if (!(error instanceof ElfFormatError)) throw error
    }
    return true
  }

  it('on bytes behind an ELF identification', () => {
    const input = fc
      .tuple(fc.constantFrom(1, 2), fc.constantFrom(1, 2), fc.uint8Array({ maxLength: 600 }))
      .map(([elfClass, data, rest]) =>
        Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, elfClass, data, ...rest)
      )
    fc.assert(fc.property(input, decodesOrRefuses), { numRuns: RUNS })
  })

  it('on real files with bytes overwritten and cut off', () => {
    const originals = [
      'amd64/weakref',
      'amd64/libattr.so.1',
      'i386/libattr.so.1',
      'armhf/libattr.so.1',
      's390x/libattr.so.1'
    ].map(sampleBytes)
    // Headers, dynamic strings and version records sit in the first pages of these files.
    const edit = fc.record({
      at: fc.nat({ max: 8191 }),
      value: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x7fffffff, 0xffffffff)),
      width: fc.constantFrom(1, 4)
    })
    const input = fc.record({
      original: fc.nat({ max: originals.length - 1 }),
      edits: fc.array(edit, { minLength: 1, maxLength: 8 }),
      keep: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4 })
    })
    fc.assert(
      fc.property(input, ({ original, edits, keep }) => {
        const source = originals[original] ?? new Uint8Array(0)
        const bytes = Uint8Array.from(source)
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
