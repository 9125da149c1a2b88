/**
 * What an ELF file asks of the dynamic loader: its interpreter, the libraries it needs, where it
 * says to look for them and which symbol versions it needs or defines. Everything is read through
 * the program headers, as the kernel and ld.so read it, so stripped files and files without
 * section headers decode the same.
 */

export class ElfFormatError extends Error {
  override readonly name = 'ElfFormatError'
}

export type ElfClass = 32 | 64
export type ElfEndianness = 'little' | 'big'
export type ElfType = 'exec' | 'dyn' | 'rel' | 'core' | 'other'

export interface ElfNeededVersion {
  name: string
  hash: number
  /** VER_FLG_WEAK: the loader warns instead of failing when the version is missing. */
  weak: boolean
}

export interface ElfVersionNeed {
  file: string
  versions: ElfNeededVersion[]
}

export interface ElfVersionDefinition {
  name: string
  hash: number
  /** VER_FLG_BASE: the entry naming the file itself (its soname), not a symbol version. */
  base: boolean
}

export interface ElfInfo {
  class: ElfClass
  endianness: ElfEndianness
  type: ElfType
  machine: number
  machineName: string
  interpreter: string | null
  /** Has a PT_DYNAMIC segment. */
  dynamic: boolean
  needed: string[]
  soname: string | null
  /** DT_RPATH split on ':', empty elements kept. */
  rpath: string[] | null
  /** DT_RUNPATH split on ':', empty elements kept. */
  runpath: string[] | null
  flags1?: number
  versionNeeds: ElfVersionNeed[]
  versionDefinitions: ElfVersionDefinition[]
}

const MAGIC = [0x7f, 0x45, 0x4c, 0x46]

/** True when the bytes start with the ELF magic number; says nothing about the rest. */
export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, index) => bytes[index] === byte)
}

const MACHINE_NAMES: ReadonlyMap<number, string> = new Map([
  [0, 'none'],
  [2, 'SPARC'],
  [3, 'i386'],
  [4, 'm68k'],
  [8, 'MIPS'],
  [15, 'PA-RISC'],
  [18, 'SPARC32+'],
  [20, 'PowerPC'],
  [21, 'PowerPC64'],
  [22, 'S/390'],
  [40, 'ARM'],
  [42, 'SuperH'],
  [43, 'SPARC V9'],
  [50, 'IA-64'],
  [62, 'x86-64'],
  [183, 'AArch64'],
  [243, 'RISC-V'],
  [258, 'LoongArch']
])

export function elfMachineName(machine: number): string {
  return MACHINE_NAMES.get(machine) ?? `unknown (${machine})`
}

/** The GOARCH-style architecture of a container platform (`linux/<arch>`) the file runs on. */
export function elfMachineToPlatformArch(
  machine: number,
  elfClass: ElfClass,
  endianness: ElfEndianness
): string | null {
  const little = endianness === 'little'
  if (machine === 62 && elfClass === 64 && little) return 'amd64'
  if (machine === 183 && elfClass === 64 && little) return 'arm64'
  if (machine === 3 && elfClass === 32 && little) return '386'
  if (machine === 40 && elfClass === 32 && little) return 'arm'
  if (machine === 243 && elfClass === 64 && little) return 'riscv64'
  if (machine === 21 && elfClass === 64 && little) return 'ppc64le'
  if (machine === 22 && elfClass === 64 && !little) return 's390x'
  return null
}

const ET_TYPES: ReadonlyMap<number, ElfType> = new Map([
  [1, 'rel'],
  [2, 'exec'],
  [3, 'dyn'],
  [4, 'core']
])

const PT_LOAD = 1
const PT_DYNAMIC = 2
const PT_INTERP = 3
const PN_XNUM = 0xffff

const DT_NULL = 0n
const DT_NEEDED = 1n
const DT_STRTAB = 5n
const DT_STRSZ = 10n
const DT_SONAME = 14n
const DT_RPATH = 15n
const DT_RUNPATH = 29n
const DT_FLAGS_1 = 0x6ffffffbn
const DT_VERDEF = 0x6ffffffcn
const DT_VERDEFNUM = 0x6ffffffdn
const DT_VERNEED = 0x6ffffffen
const DT_VERNEEDNUM = 0x6fffffffn

const VER_FLG_BASE = 0x1
const VER_FLG_WEAK = 0x2

/** Sizes that differ between ELFCLASS32 and ELFCLASS64. */
interface Layout {
  header: number
  programHeader: number
  sectionHeader: number
  dynamicEntry: number
}

const LAYOUT_32: Layout = { header: 52, programHeader: 32, sectionHeader: 40, dynamicEntry: 8 }
const LAYOUT_64: Layout = { header: 64, programHeader: 56, sectionHeader: 64, dynamicEntry: 16 }

interface Segment {
  type: number
  offset: number
  vaddr: bigint
  filesz: number
}

const hex = (value: number | bigint): string => `0x${value.toString(16)}`

/** Bounds-checked reads in the file's byte order; every miss is an ElfFormatError. */
class ElfReader {
  readonly length: number
  private readonly view: DataView
  private readonly utf8 = new TextDecoder('utf-8')

  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean,
    readonly wide: boolean
  ) {
    this.length = bytes.length
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  /** Fails unless [offset, offset + size) lies inside the file. */
  require(offset: number, size: number, what: string): void {
    if (offset < 0 || size < 0 || offset + size > this.length) {
      throw new ElfFormatError(
        `${what} (${size} bytes at offset ${hex(offset)}) runs past the end of the file (${this.length} bytes): truncated or corrupt`
      )
    }
  }

  u16(offset: number, what: string): number {
    this.require(offset, 2, what)
    return this.view.getUint16(offset, this.little)
  }

  u32(offset: number, what: string): number {
    this.require(offset, 4, what)
    return this.view.getUint32(offset, this.little)
  }

  /** An Elf32_Addr/Off/Word or Elf64_Addr/Off/Xword, as the class says. */
  word(offset: number, what: string): bigint {
    if (!this.wide) return BigInt(this.u32(offset, what))
    this.require(offset, 8, what)
    return this.view.getBigUint64(offset, this.little)
  }

  /** A word used as a file offset or size: it must fit in the file to be of any use. */
  fileOffset(offset: number, what: string): number {
    const value = this.word(offset, what)
    if (value > BigInt(this.length)) {
      throw new ElfFormatError(
        `${what} is ${hex(value)}, past the end of the file (${this.length} bytes): truncated or corrupt`
      )
    }
    return Number(value)
  }

  /** Text up to the first NUL in [start, end), or to end when there is none. */
  text(start: number, end: number): string {
    const nul = this.bytes.subarray(start, end).indexOf(0)
    return this.utf8.decode(this.bytes.subarray(start, nul === -1 ? end : start + nul))
  }
}

/**
 * The dynamic string table, bounded by DT_STRSZ or else by the segment holding it. Forged
 * references could ask for the same long string from thousands of records; decoding stops at
 * a few times what the file could honestly name.
 */
class StringTable {
  private readonly decoded = new Map<number, string>()
  private budget: number

  constructor(
    private readonly reader: ElfReader,
    private readonly start: number,
    private readonly end: number
  ) {
    this.budget = 2 * reader.length + 65_536
  }

  get(index: bigint | number, what: string): string {
    const size = this.end - this.start
    if (BigInt(index) >= BigInt(size)) {
      throw new ElfFormatError(
        `${what} points to string ${hex(index)}, outside the dynamic string table (${size} bytes)`
      )
    }
    const offset = Number(index)
    const known = this.decoded.get(offset)
    if (known !== undefined) return known
    const start = this.start + offset
    const length = this.reader.bytes.subarray(start, this.end).indexOf(0)
    if (length === -1) {
      throw new ElfFormatError(`${what} at string ${hex(index)} is not NUL-terminated`)
    }
    this.budget -= length + 1
    if (this.budget < 0) {
      throw new ElfFormatError('the dynamic strings referenced add up to more than the file holds')
    }
    const text = this.reader.text(start, start + length)
    this.decoded.set(offset, text)
    return text
  }
}

export function parseElf(bytes: Uint8Array): ElfInfo {
  if (!isElf(bytes)) {
    const head = Array.from(bytes.subarray(0, 4), byte => byte.toString(16).padStart(2, '0'))
    throw new ElfFormatError(`not an ELF file: starts with [${head.join(' ')}], not 7f 45 4c 46`)
  }
  const { elfClass, endianness } = identification(bytes)
  const layout = elfClass === 64 ? LAYOUT_64 : LAYOUT_32
  const reader = new ElfReader(bytes, endianness === 'little', elfClass === 64)
  reader.require(0, layout.header, `the ${elfClass}-bit ELF header`)

  const eType = reader.u16(16, 'e_type')
  const machine = reader.u16(18, 'e_machine')
  checkSectionHeaderTable(reader, layout)
  const segments = readSegments(reader, layout)

  const info: ElfInfo = {
    class: elfClass,
    endianness,
    type: ET_TYPES.get(eType) ?? 'other',
    machine,
    machineName: elfMachineName(machine),
    interpreter: null,
    dynamic: false,
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    versionNeeds: [],
    versionDefinitions: []
  }
  const interp = segments.find(segment => segment.type === PT_INTERP)
  if (interp !== undefined) {
    info.interpreter = reader.text(interp.offset, interp.offset + interp.filesz)
  }
  const dynamicSegment = segments.find(segment => segment.type === PT_DYNAMIC)
  if (dynamicSegment !== undefined) {
    info.dynamic = true
    readDynamic(reader, layout, dynamicSegment, segments, info)
  }
  return info
}

function identification(bytes: Uint8Array): { elfClass: ElfClass; endianness: ElfEndianness } {
  const classByte = bytes[4]
  const dataByte = bytes[5]
  if (classByte === undefined || dataByte === undefined) {
    throw new ElfFormatError(`truncated ELF identification: ${bytes.length} bytes`)
  }
  if (classByte !== 1 && classByte !== 2) {
    throw new ElfFormatError(`unknown ELF class (EI_CLASS ${classByte}), neither 32- nor 64-bit`)
  }
  if (dataByte !== 1 && dataByte !== 2) {
    throw new ElfFormatError(`unknown ELF byte order (EI_DATA ${dataByte}), neither little nor big`)
  }
  return { elfClass: classByte === 1 ? 32 : 64, endianness: dataByte === 1 ? 'little' : 'big' }
}

/** Not used for decoding; a table that runs past the end betrays a truncated file. */
function checkSectionHeaderTable(reader: ElfReader, layout: Layout): void {
  const wide = reader.wide
  const shoff = reader.fileOffset(wide ? 40 : 32, 'e_shoff')
  const shentsize = reader.u16(wide ? 58 : 46, 'e_shentsize')
  const shnum = reader.u16(wide ? 60 : 48, 'e_shnum')
  if (shoff === 0) return
  if (shentsize < layout.sectionHeader) {
    throw new ElfFormatError(
      `e_shentsize ${shentsize} is smaller than a section header (${layout.sectionHeader})`
    )
  }
  // With e_shnum 0 the real count is in the first entry; that entry must be there either way.
  reader.require(shoff, Math.max(shnum, 1) * shentsize, 'the section header table')
}

function readSegments(reader: ElfReader, layout: Layout): Segment[] {
  const wide = reader.wide
  const phoff = reader.fileOffset(wide ? 32 : 28, 'e_phoff')
  const phentsize = reader.u16(wide ? 54 : 42, 'e_phentsize')
  let phnum = reader.u16(wide ? 56 : 44, 'e_phnum')
  if (phnum === PN_XNUM) phnum = programHeaderCountFromSection0(reader)
  if (phnum === 0) return []
  if (phentsize < layout.programHeader) {
    throw new ElfFormatError(
      `e_phentsize ${phentsize} is smaller than a program header (${layout.programHeader})`
    )
  }
  reader.require(phoff, phnum * phentsize, `the program header table (${phnum} entries)`)

  const segments: Segment[] = []
  for (let index = 0; index < phnum; index++) {
    const at = phoff + index * phentsize
    const what = `program header ${index}`
    const type = reader.u32(at, `${what} p_type`)
    const offset = reader.fileOffset(at + (wide ? 8 : 4), `${what} p_offset`)
    const vaddr = reader.word(at + (wide ? 16 : 8), `${what} p_vaddr`)
    const filesz = reader.fileOffset(at + (wide ? 32 : 16), `${what} p_filesz`)
    reader.require(offset, filesz, `the contents of ${what} (type ${hex(type)})`)
    segments.push({ type, offset, vaddr, filesz })
  }
  return segments
}

/** PN_XNUM: more than 0xfffe program headers, the count is in section header 0's sh_info. */
function programHeaderCountFromSection0(reader: ElfReader): number {
  const shoff = reader.fileOffset(reader.wide ? 40 : 32, 'e_shoff')
  if (shoff === 0) throw new ElfFormatError('e_phnum is PN_XNUM but there is no section header 0')
  return reader.u32(
    shoff + (reader.wide ? 44 : 28),
    'sh_info of section header 0 (the program header count)'
  )
}

interface DynamicTags {
  needed: bigint[]
  /** Every other tag; of a repeated one the last, which is the one ld.so keeps. */
  single: Map<bigint, bigint>
}

function readDynamicTags(reader: ElfReader, layout: Layout, segment: Segment): DynamicTags {
  const tags: DynamicTags = { needed: [], single: new Map() }
  const half = layout.dynamicEntry / 2
  const count = Math.floor(segment.filesz / layout.dynamicEntry)
  for (let index = 0; index < count; index++) {
    const at = segment.offset + index * layout.dynamicEntry
    const tag = reader.word(at, `dynamic entry ${index} d_tag`)
    if (tag === DT_NULL) break
    const value = reader.word(at + half, `dynamic entry ${index} d_val`)
    if (tag === DT_NEEDED) tags.needed.push(value)
    else tags.single.set(tag, value)
  }
  return tags
}

function readDynamic(
  reader: ElfReader,
  layout: Layout,
  dynamicSegment: Segment,
  segments: Segment[],
  info: ElfInfo
): void {
  const tags = readDynamicTags(reader, layout, dynamicSegment)
  const loads = segments.filter(segment => segment.type === PT_LOAD)
  const strings = stringTable(reader, tags, loads)
  const text = (tag: bigint, what: string): string | null => {
    const value = tags.single.get(tag)
    if (value === undefined) return null
    return strings().get(value, what)
  }

  info.needed = tags.needed.map(value => strings().get(value, 'DT_NEEDED'))
  info.soname = text(DT_SONAME, 'DT_SONAME')
  info.rpath = text(DT_RPATH, 'DT_RPATH')?.split(':') ?? null
  info.runpath = text(DT_RUNPATH, 'DT_RUNPATH')?.split(':') ?? null
  const flags1 = tags.single.get(DT_FLAGS_1)
  if (flags1 !== undefined) info.flags1 = Number(flags1)

  // Version records are linked lists; every record read spends from one budget, so no chain of
  // forged links can take longer than the file has bytes for.
  const budget = { records: Math.floor(reader.length / 8) + 1 }
  const verneed = tags.single.get(DT_VERNEED)
  if (verneed !== undefined) {
    const start = addressToOffset(verneed, loads, 'DT_VERNEED').offset
    const count = countTag(tags, DT_VERNEEDNUM)
    info.versionNeeds = readVersionNeeds(reader, strings(), start, count, budget)
  }
  const verdef = tags.single.get(DT_VERDEF)
  if (verdef !== undefined) {
    const start = addressToOffset(verdef, loads, 'DT_VERDEF').offset
    const count = countTag(tags, DT_VERDEFNUM)
    info.versionDefinitions = readVersionDefinitions(reader, strings(), start, count, budget)
  }
}

/** Looked up only when a string is needed: a file may have DT_STRTAB and nothing to name. */
function stringTable(reader: ElfReader, tags: DynamicTags, loads: Segment[]): () => StringTable {
  let table: StringTable | undefined
  return () => {
    if (table !== undefined) return table
    const address = tags.single.get(DT_STRTAB)
    if (address === undefined) {
      throw new ElfFormatError('the dynamic section names strings but has no DT_STRTAB')
    }
    const { offset: start, segmentEnd } = addressToOffset(address, loads, 'DT_STRTAB')
    const size = tags.single.get(DT_STRSZ)
    let end = segmentEnd
    if (size !== undefined) {
      if (size > BigInt(reader.length - start)) {
        throw new ElfFormatError(
          `DT_STRSZ ${size} runs past the end of the file (${reader.length} bytes) from DT_STRTAB at offset ${hex(start)}`
        )
      }
      end = start + Number(size)
    }
    table = new StringTable(reader, start, end)
    return table
  }
}

interface Mapped {
  offset: number
  /** The file offset where the PT_LOAD segment holding the address ends. */
  segmentEnd: number
}

/** Where ld.so finds the bytes at a virtual address: through the PT_LOAD segment that maps it. */
function addressToOffset(address: bigint, loads: Segment[], what: string): Mapped {
  const segment = loads.find(
    load => address >= load.vaddr && address - load.vaddr < BigInt(load.filesz)
  )
  if (segment === undefined) {
    throw new ElfFormatError(
      `${what} address ${hex(address)} is not in the file contents of any PT_LOAD segment`
    )
  }
  // Inside the segment's file contents, which readSegments checked against the file's length.
  return {
    offset: segment.offset + Number(address - segment.vaddr),
    segmentEnd: segment.offset + segment.filesz
  }
}

/** DT_VERNEEDNUM / DT_VERDEFNUM; without one, the chain's own end (vn_next 0) decides. */
function countTag(tags: DynamicTags, tag: bigint): number {
  const value = tags.single.get(tag)
  if (value === undefined) return Number.POSITIVE_INFINITY
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value)
}

interface Budget {
  records: number
}

function spend(budget: Budget): void {
  budget.records -= 1
  if (budget.records < 0) {
    throw new ElfFormatError('the version records link into more records than the file can hold')
  }
}

const VERNEED_SIZE = 16
const VERNAUX_SIZE = 16
const VERDEF_SIZE = 20
const VERDAUX_SIZE = 8

function readVersionNeeds(
  reader: ElfReader,
  strings: StringTable,
  start: number,
  count: number,
  budget: Budget
): ElfVersionNeed[] {
  const needs: ElfVersionNeed[] = []
  let at = start
  for (let index = 0; index < count; index++) {
    spend(budget)
    const what = `Verneed ${index}`
    reader.require(at, VERNEED_SIZE, what)
    const version = reader.u16(at, `${what} vn_version`)
    if (version !== 1) throw new ElfFormatError(`${what} has vn_version ${version}, not 1`)
    const auxCount = reader.u16(at + 2, `${what} vn_cnt`)
    const file = strings.get(reader.u32(at + 4, `${what} vn_file`), `${what} vn_file`)
    const versions: ElfNeededVersion[] = []
    let auxAt = at + reader.u32(at + 8, `${what} vn_aux`)
    for (let auxIndex = 0; auxIndex < auxCount; auxIndex++) {
      spend(budget)
      const auxWhat = `${what} Vernaux ${auxIndex}`
      reader.require(auxAt, VERNAUX_SIZE, auxWhat)
      const hash = reader.u32(auxAt, `${auxWhat} vna_hash`)
      const flags = reader.u16(auxAt + 4, `${auxWhat} vna_flags`)
      const name = strings.get(reader.u32(auxAt + 8, `${auxWhat} vna_name`), `${auxWhat} vna_name`)
      versions.push({ name, hash, weak: (flags & VER_FLG_WEAK) !== 0 })
      const next = reader.u32(auxAt + 12, `${auxWhat} vna_next`)
      if (next === 0) break
      auxAt += next
    }
    needs.push({ file, versions })
    const next = reader.u32(at + 12, `${what} vn_next`)
    if (next === 0) break
    at += next
  }
  return needs
}

function readVersionDefinitions(
  reader: ElfReader,
  strings: StringTable,
  start: number,
  count: number,
  budget: Budget
): ElfVersionDefinition[] {
  const definitions: ElfVersionDefinition[] = []
  let at = start
  for (let index = 0; index < count; index++) {
    spend(budget)
    const what = `Verdef ${index}`
    reader.require(at, VERDEF_SIZE, what)
    const version = reader.u16(at, `${what} vd_version`)
    if (version !== 1) throw new ElfFormatError(`${what} has vd_version ${version}, not 1`)
    const flags = reader.u16(at + 2, `${what} vd_flags`)
    const auxCount = reader.u16(at + 6, `${what} vd_cnt`)
    const hash = reader.u32(at + 8, `${what} vd_hash`)
    if (auxCount === 0) throw new ElfFormatError(`${what} has no Verdaux, so no name`)
    // The first Verdaux names the version; the others name its parents.
    const auxAt = at + reader.u32(at + 12, `${what} vd_aux`)
    reader.require(auxAt, VERDAUX_SIZE, `${what} Verdaux`)
    const name = strings.get(reader.u32(auxAt, `${what} vda_name`), `${what} vda_name`)
    definitions.push({ name, hash, base: (flags & VER_FLG_BASE) !== 0 })
    const next = reader.u32(at + 16, `${what} vd_next`)
    if (next === 0) break
    at += next
  }
  return definitions
}
