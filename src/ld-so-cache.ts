/**
 * glibc's /etc/ld.so.cache: which file ld.so loads for a soname before it searches directories.
 * Two layouts exist: the new one ("glibc-ld.so.cache1.1"), which ldconfig writes alone since
 * glibc 2.32, and the old one ("ld.so-1.7.0"), which older ldconfig wrote with the new one hidden
 * in its string table. Where both are present, ld.so reads the new one, and so does this.
 * ldconfig writes the cache in its own machine's byte order.
 */

export class LdSoCacheFormatError extends Error {
  override readonly name = 'LdSoCacheFormatError'
}

export interface LdSoCacheEntry {
  soname: string
  path: string
  /** The entry's flags as stored: FLAG_ELF_LIBC6 and friends, plus the ABI in bits 8-15. */
  flags: number
  /** The flags as `ldconfig -p` prints them: `libc6,x86-64`, `libc6,AArch64`, `libc6`, ... */
  arch: string
  /** The new format's hwcap field as stored; null in the old format, which has none. */
  hwcap: bigint | null
  /**
   * The glibc-hwcaps subdirectory (`x86-64-v3`, ...) the library was found in, which ld.so
   * prefers when the CPU supports it; null for a library in the directory itself.
   */
  hwcapsSubdirectory: string | null
}

const OLD_MAGIC = 'ld.so-1.7.0'
const NEW_MAGIC = 'glibc-ld.so.cache1.1'
const OLD_HEADER_SIZE = 16
const OLD_ENTRY_SIZE = 12
const NEW_HEADER_SIZE = 48
const NEW_ENTRY_SIZE = 24

const FLAG_TYPE_MASK = 0x00ff
const FLAG_REQUIRED_MASK = 0xff00
const TYPE_NAMES = ['libc4', 'ELF', 'libc5', 'libc6']
/** ldconfig's names for the ABI byte (glibc elf/cache.c print_entry). */
const REQUIRED_NAMES: ReadonlyMap<number, string> = new Map([
  [0x0100, '64bit'], // SPARC
  [0x0200, 'IA-64'],
  [0x0300, 'x86-64'],
  [0x0400, '64bit'], // S/390
  [0x0500, '64bit'], // PowerPC
  [0x0600, 'N32'],
  [0x0700, '64bit'], // MIPS n64
  [0x0800, 'x32'],
  [0x0900, 'hard-float'], // ARM
  [0x0a00, 'AArch64'],
  [0x0b00, 'soft-float'], // ARM
  [0x0c00, 'nan2008'],
  [0x0d00, 'N32,nan2008'],
  [0x0e00, '64bit,nan2008'],
  [0x0f00, 'soft-float'], // RISC-V
  [0x1000, 'double-float'], // RISC-V
  [0x1100, 'soft-float'], // LoongArch
  [0x1200, 'double-float'] // LoongArch
])

/** The flags of a cache entry in `ldconfig -p`'s words. */
export function describeLdSoCacheFlags(flags: number): string {
  const type = TYPE_NAMES[flags & FLAG_TYPE_MASK] ?? 'unknown'
  const required = flags & FLAG_REQUIRED_MASK
  if (required === 0) return type
  return `${type},${REQUIRED_NAMES.get(required) ?? String(required)}`
}

const ENDIAN_MASK = 0x3
const ENDIAN_UNSET = 0
const ENDIAN_INVALID = 1
const ENDIAN_LITTLE = 2
const EXTENSION_MAGIC = 0xeaa42174
const EXTENSION_TAG_GLIBC_HWCAPS = 1
const HWCAP_EXTENSION = 1n << 62n

/** Bounds-checked reads in one byte order; every miss is an LdSoCacheFormatError. */
class CacheReader {
  readonly length: number
  private readonly view: DataView
  private readonly utf8 = new TextDecoder('utf-8')
  private readonly decoded = new Map<number, string>()
  /** Forged entries could all name one long string; decode no more than a few files' worth. */
  private budget: number

  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean
  ) {
    this.length = bytes.length
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.budget = 2 * bytes.length + 65_536
  }

  fits(offset: number, size: number): boolean {
    return offset >= 0 && size >= 0 && offset + size <= this.length
  }

  require(offset: number, size: number, what: string): void {
    if (!this.fits(offset, size)) {
      throw new LdSoCacheFormatError(
        `${what} (${size} bytes at offset ${offset}) runs past the end of the cache (${this.length} bytes)`
      )
    }
  }

  u8(offset: number, what: string): number {
    this.require(offset, 1, what)
    return this.view.getUint8(offset)
  }

  u32(offset: number, what: string): number {
    this.require(offset, 4, what)
    return this.view.getUint32(offset, this.little)
  }

  i32(offset: number, what: string): number {
    this.require(offset, 4, what)
    return this.view.getInt32(offset, this.little)
  }

  u64(offset: number, what: string): bigint {
    this.require(offset, 8, what)
    return this.view.getBigUint64(offset, this.little)
  }

  /** The NUL-terminated string at a file offset. */
  string(offset: number, what: string): string {
    const known = this.decoded.get(offset)
    if (known !== undefined) return known
    if (offset >= this.length) {
      throw new LdSoCacheFormatError(
        `${what} points to offset ${offset}, past the end of the cache`
      )
    }
    const length = this.bytes.subarray(offset).indexOf(0)
    if (length === -1) throw new LdSoCacheFormatError(`${what} is not NUL-terminated`)
    this.budget -= length + 1
    if (this.budget < 0) {
      throw new LdSoCacheFormatError('the strings referenced add up to more than the cache holds')
    }
    const text = this.utf8.decode(this.bytes.subarray(offset, offset + length))
    this.decoded.set(offset, text)
    return text
  }
}

function startsWith(bytes: Uint8Array, offset: number, magic: string): boolean {
  if (offset + magic.length > bytes.length) return false
  for (let index = 0; index < magic.length; index++) {
    if (bytes[offset + index] !== magic.charCodeAt(index)) return false
  }
  return true
}

export function parseLdSoCache(bytes: Uint8Array): LdSoCacheEntry[] {
  if (startsWith(bytes, 0, NEW_MAGIC)) return parseNew(bytes, 0)
  if (startsWith(bytes, 0, OLD_MAGIC)) return parseOldOrEmbedded(bytes)
  throw new LdSoCacheFormatError(
    `not an ld.so.cache: it starts with neither "${NEW_MAGIC}" nor "${OLD_MAGIC}"`
  )
}

/** The old header has no byte order mark; the order in which its entries fit the file wins. */
function parseOldOrEmbedded(bytes: Uint8Array): LdSoCacheEntry[] {
  if (bytes.length < OLD_HEADER_SIZE) {
    throw new LdSoCacheFormatError(`truncated old-format header: ${bytes.length} bytes`)
  }
  const fitting = [true, false].filter(little => {
    const nlibs = new CacheReader(bytes, little).u32(12, 'nlibs')
    return nlibs <= (bytes.length - OLD_HEADER_SIZE) / OLD_ENTRY_SIZE
  })
  if (fitting.length === 0) {
    throw new LdSoCacheFormatError(
      'the old-format entry count does not fit the file in either byte order: truncated or corrupt'
    )
  }
  let lastError: LdSoCacheFormatError | undefined
  for (const little of fitting) {
    const reader = new CacheReader(bytes, little)
    const nlibs = reader.u32(12, 'nlibs')
    const entriesEnd = OLD_HEADER_SIZE + nlibs * OLD_ENTRY_SIZE
    // ldconfig aligns the new header to struct cache_file_new: 8 bytes on most machines, 4 on some.
    for (const alignment of [8, 4]) {
      const embedded = Math.ceil(entriesEnd / alignment) * alignment
      if (startsWith(bytes, embedded, NEW_MAGIC)) return parseNew(bytes, embedded)
    }
    try {
      return parseOld(reader, nlibs, entriesEnd)
    } catch (error: unknown) {
      if (!(error instanceof LdSoCacheFormatError)) throw error
      lastError = error
    }
  }
  throw lastError ?? new LdSoCacheFormatError('unreadable old-format cache')
}

function parseOld(reader: CacheReader, nlibs: number, strings: number): LdSoCacheEntry[] {
  const entries: LdSoCacheEntry[] = []
  for (let index = 0; index < nlibs; index++) {
    const at = OLD_HEADER_SIZE + index * OLD_ENTRY_SIZE
    const what = `entry ${index}`
    const flags = reader.i32(at, `${what} flags`)
    const soname = reader.string(strings + reader.u32(at + 4, `${what} key`), `${what} key`)
    const path = reader.string(strings + reader.u32(at + 8, `${what} value`), `${what} value`)
    entries.push({
      soname,
      path,
      flags,
      arch: describeLdSoCacheFlags(flags),
      hwcap: null,
      hwcapsSubdirectory: null
    })
  }
  return entries
}

/** String offsets count from `base`, the start of the new-format header. */
function parseNew(bytes: Uint8Array, base: number): LdSoCacheEntry[] {
  const probe = new CacheReader(bytes, true)
  probe.require(base, NEW_HEADER_SIZE, 'the new-format header')
  const endian = probe.u8(base + 28, 'flags') & ENDIAN_MASK
  if (endian === ENDIAN_INVALID) {
    throw new LdSoCacheFormatError(
      'the cache says its byte order is invalid (ldconfig marks it so)'
    )
  }
  const reader =
    endian === ENDIAN_UNSET
      ? guessNewByteOrder(bytes, base)
      : new CacheReader(bytes, endian === ENDIAN_LITTLE)

  const nlibs = reader.u32(base + 20, 'nlibs')
  reader.require(base + NEW_HEADER_SIZE, nlibs * NEW_ENTRY_SIZE, `${nlibs} new-format entries`)
  const hwcapsSubdirectories = readHwcapsSection(reader, base)

  const entries: LdSoCacheEntry[] = []
  for (let index = 0; index < nlibs; index++) {
    const at = base + NEW_HEADER_SIZE + index * NEW_ENTRY_SIZE
    const what = `entry ${index}`
    const flags = reader.i32(at, `${what} flags`)
    const soname = reader.string(base + reader.u32(at + 4, `${what} key`), `${what} key`)
    const path = reader.string(base + reader.u32(at + 8, `${what} value`), `${what} value`)
    const hwcap = reader.u64(at + 16, `${what} hwcap`)
    let hwcapsSubdirectory: string | null = null
    // An index past the list names no subdirectory: ldconfig -p prints the raw hwcap then.
    const offset =
      (hwcap & HWCAP_EXTENSION) === 0n
        ? undefined
        : hwcapsSubdirectories?.[Number(hwcap & 0xffffffffn)]
    if (offset !== undefined) {
      hwcapsSubdirectory = reader.string(base + offset, `${what} glibc-hwcaps subdirectory`)
    }
    entries.push({
      soname,
      path,
      flags,
      arch: describeLdSoCacheFlags(flags),
      hwcap,
      hwcapsSubdirectory
    })
  }
  return entries
}

/** Caches written before glibc 2.33 leave the byte order unset: take the one whose sizes fit. */
function guessNewByteOrder(bytes: Uint8Array, base: number): CacheReader {
  for (const little of [true, false]) {
    const reader = new CacheReader(bytes, little)
    const nlibs = reader.u32(base + 20, 'nlibs')
    const stringsLength = reader.u32(base + 24, 'len_strings')
    if (reader.fits(base + NEW_HEADER_SIZE, nlibs * NEW_ENTRY_SIZE + stringsLength)) return reader
  }
  throw new LdSoCacheFormatError(
    'the new-format entry count and string table do not fit the file in either byte order'
  )
}

/**
 * The string offsets of the glibc-hwcaps subdirectory names, from the extension directory, or
 * null without one. The directory's own offsets count from the start of the file; the names'
 * from the new-format header, as ldconfig writes them. (glibc 2.36's `ldconfig -p` and ld.so read
 * the names from the start of the file, which differs only in old-and-new "compat" caches.)
 */
function readHwcapsSection(reader: CacheReader, base: number): number[] | null {
  const directory = reader.u32(base + 32, 'extension_offset')
  if (directory === 0) return null
  if (directory % 4 !== 0) {
    throw new LdSoCacheFormatError(`the extension directory offset ${directory} is misaligned`)
  }
  reader.require(directory, 8, 'the extension directory')
  if (reader.u32(directory, 'extension magic') !== EXTENSION_MAGIC) {
    throw new LdSoCacheFormatError(`no extension directory at offset ${directory} (bad magic)`)
  }
  const count = reader.u32(directory + 4, 'extension count')
  reader.require(directory + 8, count * 16, `${count} extension sections`)
  let offsets: number[] | null = null
  for (let index = 0; index < count; index++) {
    const at = directory + 8 + index * 16
    const tag = reader.u32(at, `extension section ${index} tag`)
    const offset = reader.u32(at + 8, `extension section ${index} offset`)
    const size = reader.u32(at + 12, `extension section ${index} size`)
    reader.require(offset, size, `extension section ${index}`)
    if (tag !== EXTENSION_TAG_GLIBC_HWCAPS) continue
    offsets = []
    for (let item = 0; item + 4 <= size; item += 4) {
      offsets.push(reader.u32(offset + item, 'glibc-hwcaps subdirectory name'))
    }
  }
  return offsets
}
