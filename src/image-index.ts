// What the final image holds, read from its filesystem tar, and where a path leads inside it.

import type { Readable } from 'node:stream'
import { TarFormatError, TarHeaderReader } from './tar-reader.js'
import type { TarHeader } from './tar-reader.js'
import type { Resolution } from './types.js'

export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other'

export interface ImageEntry {
  readonly type: EntryType
  /** symlink: the target as written in the image; hardlink: the normalized path it shares. */
  readonly target?: string
  readonly size: number
  readonly mode: number
}

/** One entry as `ImageIndex.fromEntries` takes it; the path may be in any tar form. */
export interface ImageEntryInit {
  path: string
  type: EntryType
  target?: string
  size?: number
  mode?: number
}

type Chain = Resolution['chain']
type Failure = NonNullable<Resolution['failure']>

/** The kernel's limit (MAXSYMLINKS) on links followed in one lookup. */
export const MAX_LINK_HOPS = 40

// Shared by many paths, hence frozen.
const ROOT: ImageEntry = Object.freeze({ type: 'dir', size: 0, mode: 0o755 })
const IMPLIED_DIR: ImageEntry = Object.freeze({ type: 'dir', size: 0, mode: 0o755 })

/** No empty, `.` or `..` component; at most one slash in front and one at the end. */
const CLEAN_NAME = /^\/?(?!\.{1,2}(?:\/|$))[^/]+(?:\/(?!\.{1,2}(?:\/|$))[^/]+)*\/?$/

/**
 * Turns a tar member name (`./usr/lib/`, `/etc/x`, `a/../../b`) into an absolute path without
 * `.`, `..` or empty components. `..` stops at the root, as extraction into a folder would.
 */
export function normalizeImagePath(name: string): string {
  // Most names in an export are already clean (`usr/lib/x`, `./usr/lib/x`); skip the split.
  const bare = name.startsWith('./') ? name.slice(2) : name
  if (CLEAN_NAME.test(bare)) {
    const path = bare.startsWith('/') ? bare : '/' + bare
    return path.endsWith('/') ? path.slice(0, -1) : path
  }
  const parts: string[] = []
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return '/' + parts.join('/')
}

/** A component still to walk, and which link of the chain it came from (-1: the asked path). */
interface Pending {
  name: string
  from: number
}

/** Pushes a path's components so that the first one is popped first. */
function pushComponents(pending: Pending[], text: string, from: number): void {
  const parts = text.split('/')
  // A trailing slash demands a directory, like the kernel; `.` keeps that demand alive.
  if (parts.length > 1 && parts[parts.length - 1] === '') pending.push({ name: '.', from })
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = parts[i]
    if (name !== undefined && name !== '') pending.push({ name, from })
  }
}

function joinPath(dirs: readonly string[], name?: string): string {
  const all = name === undefined ? dirs : [...dirs, name]
  return '/' + all.join('/')
}

export class ImageIndex {
  readonly #entries = new Map<string, ImageEntry>([['/', ROOT]])
  /** The folder of the last entry added, known to exist (`''` stands for `/`). */
  #knownParent = ''

  static fromEntries(list: Iterable<ImageEntryInit>): ImageIndex {
    const index = new ImageIndex()
    for (const init of list) {
      const { type, size = 0, mode = 0o644 } = init
      if (type === 'symlink') index.add(init.path, { type, target: init.target ?? '', size, mode })
      else if (type === 'hardlink') {
        index.add(init.path, { type, target: normalizeImagePath(init.target ?? ''), size, mode })
      } else index.add(init.path, { type, size, mode })
    }
    return index
  }

  /** Number of paths known, counting `/` and folders implied by deeper entries. */
  get size(): number {
    return this.#entries.size
  }

  /** The entry recorded at this very path; links on the way are not followed. */
  get(path: string): ImageEntry | undefined {
    return this.#entries.get(normalizeImagePath(path))
  }

  has(path: string): boolean {
    return this.#entries.has(normalizeImagePath(path))
  }

  paths(): IterableIterator<string> {
    return this.#entries.keys()
  }

  entries(): IterableIterator<[string, ImageEntry]> {
    return this.#entries.entries()
  }

  readonly #bodies = new Map<string, Buffer>()

  /** Keeps the body of the regular file at this normalized path (static analysis only). */
  setBody(path: string, body: Buffer): void {
    this.#bodies.set(path, body)
  }

  /** The kept body of the regular file at this exact path (links not followed). */
  body(path: string): Buffer | undefined {
    return this.#bodies.get(path)
  }

  /** Records an entry; a later entry at the same path replaces it, as extraction would. */
  add(name: string, entry: ImageEntry): void {
    const path = normalizeImagePath(name)
    if (path === '/') {
      // Extraction cannot replace the folder it extracts into; only its mode may change.
      if (entry.type === 'dir') this.#entries.set('/', entry)
      return
    }
    this.#entries.set(path, entry)
    // Tars list a folder's entries together; checking the same parent again costs a hash.
    const slash = path.lastIndexOf('/')
    const known = this.#knownParent
    if (slash === known.length && path.startsWith(known)) return
    // The loop below makes sure it exists.
    this.#knownParent = path.slice(0, slash)
    let parent = path
    for (;;) {
      parent = parent.slice(0, parent.lastIndexOf('/')) || '/'
      if (this.#entries.has(parent)) return
      this.#entries.set(parent, IMPLIED_DIR)
    }
  }

  /**
   * Where `path` leads inside the image, following links at every component like the kernel:
   * absolute targets restart at the image root, relative ones at the link's folder, `..` is
   * taken after substitution and stops at the root, and at most 40 links are followed.
   */
  resolve(path: string): Resolution {
    const chain: Chain = []
    const fail = (kind: Failure['kind'], at: string, resolvedPath?: string): Resolution => {
      const result: Resolution = { path, found: false, chain, failure: { kind, at } }
      if (resolvedPath !== undefined) result.resolvedPath = resolvedPath
      return result
    }
    // Always real folders of the image: every component is checked before it is entered.
    const dirs: string[] = []
    const pending: Pending[] = []
    pushComponents(pending, path, -1)
    let hops = 0

    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const { name, from } = next
      if (name === '.') continue
      if (name === '..') {
        dirs.pop()
        continue
      }
      const here = joinPath(dirs, name)
      const last = pending.length === 0
      let entry = this.#entries.get(here)

      if (entry?.type === 'hardlink') {
        const shared = this.#sharedEntry(entry)
        if (shared === undefined) {
          chain.push({ link: here, target: entry.target ?? '' })
          return fail('dangling', entry.target ?? '')
        }
        entry = shared
      }

      if (entry === undefined) {
        if (from < 0) return fail('absent', here, last ? here : undefined)
        const missing = missingTarget(dirs, name, pending, from)
        return fail('dangling', missing, last ? here : undefined)
      }

      switch (entry.type) {
        case 'symlink': {
          const target = entry.target ?? ''
          if (++hops > MAX_LINK_HOPS) return fail('loop', here)
          chain.push({ link: here, target })
          // An empty target names nothing (the kernel says ENOENT).
          if (target === '') return fail('dangling', here)
          if (target.startsWith('/')) dirs.length = 0
          pushComponents(pending, target, chain.length - 1)
          continue
        }
        case 'dir':
          if (last) return fail('not-a-file', here, here)
          dirs.push(name)
          continue
        case 'file':
          if (last) return { path, found: true, resolvedPath: here, chain }
          return fail('not-a-directory', here)
        default:
          return last ? fail('not-a-file', here, here) : fail('not-a-directory', here)
      }
    }
    // The walk ended on a folder: `/`, or a path ending in `.`, `..` or `/`.
    const folder = joinPath(dirs)
    return fail('not-a-file', folder, folder)
  }

  /** The entry a hard link shares; it is read as the entry it points at. */
  #sharedEntry(link: ImageEntry): ImageEntry | undefined {
    let entry: ImageEntry | undefined = link
    for (let hops = 0; entry?.type === 'hardlink' && hops <= MAX_LINK_HOPS; hops++) {
      entry = this.#entries.get(entry.target ?? '')
    }
    if (entry?.type === 'hardlink') return undefined
    // A tar cannot hard-link a folder; entering one through a hard link would walk nowhere.
    if (entry?.type === 'dir') return { ...entry, type: 'other' }
    return entry
  }
}

/** The whole missing target: the missing component plus the rest of the same link's target. */
function missingTarget(
  dirs: readonly string[],
  name: string,
  pending: readonly Pending[],
  from: number
): string {
  const parts = [...dirs, name]
  for (let i = pending.length - 1; i >= 0; i--) {
    const next = pending[i]
    if (next === undefined || next.from !== from) break
    if (next.name === '..') parts.pop()
    else if (next.name !== '.') parts.push(next.name)
  }
  return '/' + parts.join('/')
}

function entryFromTar(header: TarHeader): ImageEntry {
  const { size, mode } = header
  switch (header.typeflag) {
    case '1':
      return { type: 'hardlink', target: normalizeImagePath(header.linkname), size, mode }
    case '2':
      return { type: 'symlink', target: header.linkname, size: 0, mode }
    case '5':
    case 'D':
      return { type: 'dir', size: 0, mode }
    case '3':
    case '4':
    case '6':
      return { type: 'other', size, mode }
    default:
      // Old tars mark folders only with a trailing slash.
      if (header.name.endsWith('/')) return { type: 'dir', size: 0, mode }
      // GNU tar extracts unknown types (and sparse files) as regular files.
      return { type: 'file', size, mode }
  }
}

const NOT_A_TAR = 'the exported image is not a tar stream: '

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46])

export interface IndexOptions {
  /**
   * Keep the bodies of ELF files, and of the loader's configuration (/etc/ld.so.cache,
   * /etc/ld-musl-*.path), for static analysis. Everything else is still skipped.
   */
  keepElfBodies?: boolean
  /** Stop with an error past this many kept bytes (default 1 GiB). */
  maxKeptBytes?: number
}

function isLoaderConfig(path: string): boolean {
  return path === '/etc/ld.so.cache' || /^\/etc\/ld-musl-[^/]+\.path$/.test(path)
}

/**
 * Reads a filesystem tar (`docker buildx build --output type=tar,dest=-`) into an index of its
 * headers. Bodies are skipped, never held, unless static analysis asks for ELF files.
 */
export async function indexTarStream(
  stream: NodeJS.ReadableStream | Readable,
  options: IndexOptions = {}
): Promise<ImageIndex> {
  const index = new ImageIndex()
  const maxKept = options.maxKeptBytes ?? 1024 ** 3
  let kept = 0
  const reader = new TarHeaderReader(header => {
    const entry = entryFromTar(header)
    index.add(header.name, entry)
    if (!options.keepElfBodies || entry.type !== 'file' || header.size < 4) return
    const path = normalizeImagePath(header.name)
    const config = isLoaderConfig(path)
    const chunks: Buffer[] = []
    let received = 0
    let wanted: boolean | undefined = config ? true : undefined
    return chunk => {
      if (wanted === false) return
      chunks.push(Buffer.from(chunk))
      received += chunk.length
      if (wanted === undefined && received >= 4) {
        wanted = Buffer.concat(chunks).subarray(0, 4).equals(ELF_MAGIC)
        if (!wanted) {
          chunks.length = 0
          return
        }
      }
      kept += chunk.length
      if (kept > maxKept) {
        throw new Error(
          `the image holds more than ${Math.round(maxKept / 1024 ** 2)} MiB of ELF files, more ` +
            'than static analysis keeps in memory; use "analysis: ldd" for this image'
        )
      }
      if (received === header.size) index.setBody(path, Buffer.concat(chunks))
    }
  })
  try {
    for await (const chunk of stream) {
      if (typeof chunk === 'string') {
        throw new TypeError('the tar stream yields text; it must yield bytes (no encoding set)')
      }
      reader.write(chunk)
    }
    reader.end()
  } catch (error: unknown) {
    if (error instanceof TarFormatError)
      throw new Error(NOT_A_TAR + error.message, { cause: error })
    throw error
  }
  return index
}
