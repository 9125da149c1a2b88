/**
 * The dynamic loader's search, modelled without running anything: for one program in an image,
 * which file each DT_NEEDED name resolves to by that image's own loader (glibc's ld.so or musl's),
 * and what is missing. Pure: the image is asked through `LoaderImage` and nothing else is read.
 *
 * glibc: elf/dl-load.c `_dl_map_object` (search order, DSTs, `open_verify`), elf/dl-deps.c
 * (breadth-first), elf/dl-object.c (`l_origin`), elf/dl-version.c (version checks).
 * musl: ldso/dynlink.c `load_library`, `fixup_rpath`, `path_open`.
 *
 * Left out on purpose, because the answer depends on the machine that runs the image rather than
 * on the image: glibc-hwcaps and legacy hwcaps subdirectories (`glibc-hwcaps/x86-64-v3/`,
 * `haswell/`; every CPU falls back to the plain directory, which is what this answers for), and
 * the ld.so.cache entries of those subdirectories. Also left out: LD_PRELOAD, /etc/ld.so.preload,
 * secure-execution (setuid) rules, dlopen, and symbol binding (only versions are checked).
 */

import { elfMachineToPlatformArch } from './elf.js'
import type { ElfInfo } from './elf.js'
import type { LdSoCacheEntry } from './ld-so-cache.js'
import type { Resolution } from './types.js'

/** What the model asks of an image. */
export interface LoaderImage {
  /** Where a path leads inside the image (`ImageIndex.resolve`). */
  resolve(path: string): Resolution
  /** The parsed ELF of the regular file at this resolved path; undefined when it is not ELF. */
  elf(path: string): ElfInfo | undefined
  /** The image's /etc/ld.so.cache, parsed; undefined when there is none. */
  ldSoCache(): LdSoCacheEntry[] | undefined
  /** The lines of /etc/ld-musl-<arch>.path (arch as musl names it); undefined when absent. */
  muslPath(arch: string): string[] | undefined
}

export interface LoadOptions {
  /**
   * The image's LD_LIBRARY_PATH, as written in its environment. A string rather than a list
   * because the loaders split it differently: glibc on ':' and ';' (an empty element is the
   * working directory), musl on ':' and newlines (empty elements are skipped).
   */
  ldLibraryPath?: string
  /** GOARCH-style architecture (amd64, arm64, ...); read from the executable when not given. */
  platformArch?: string
  /** What glibc's `$LIB` expands to; see `defaultLibDir`. */
  libDirName?: string
  /** What `$PLATFORM` expands to (the kernel's AT_PLATFORM); see `PLATFORMS`. */
  platform?: string
  /** glibc's built-in search directories, in place of `defaultSystemDirs`. */
  systemDirs?: string[]
  /** The working directory (the image's WORKDIR): relative names start there. Default `/`. */
  cwd?: string
}

export type FoundVia =
  'rpath' | 'ld_library_path' | 'runpath' | 'ld.so.cache' | 'default' | 'absolute' | 'interpreter'

/** A file the search reached and passed over (or, for a fatal reason, stopped at). */
export interface RejectedCandidate {
  path: string
  reason: string
}

export interface LoadedObject {
  /** The name asked for (the DT_NEEDED entry); for the interpreter its DT_SONAME. */
  soname: string
  /** The path the loader opened, named as it names it (ldd's `=>` column); null when missing. */
  path: string | null
  /** `path` after every link. */
  resolvedPath?: string
  /** null when missing. */
  foundVia: FoundVia | null
  /** The objects that list it in DT_NEEDED (the executable for the interpreter), by path. */
  neededBy: string[]
  /** Every candidate path tried, in order (the cache's path where the cache was asked). */
  searched: string[]
  /** A file of the other ELF class was passed over, and nothing else was found (glibc). */
  wrongClass?: boolean
  /** Candidates passed over: other ELF class or machine; or the one that stopped the search. */
  rejected?: RejectedCandidate[]
  /** Why it cannot be loaded though the search reached a file (e.g. not an ELF file). */
  failure?: string
}

export interface VersionProblem {
  /** The object that needs the version, by path. */
  object: string
  /** The file the version is needed from (vn_file), e.g. `libc.so.6`. */
  needs: string
  version: string
  /** The path of the object loaded for `needs`; null when none is. */
  providedBy: string | null
}

export type LoaderFlavor = 'glibc' | 'musl' | 'none'

export interface LoadResult {
  executable: string
  /** The executable's path after links; null when it is not a file of the image. */
  resolvedExecutable: string | null
  /** PT_INTERP as written; null for a static executable or a file that is not ELF. */
  interpreter: string | null
  flavor: LoaderFlavor
  /**
   * Everything the loader maps besides the executable, in link-map order (breadth-first over
   * DT_NEEDED, each object once; the interpreter where it is first needed, else last), including
   * the missing ones (path null).
   */
  objects: LoadedObject[]
  /** The entries of `objects` the program cannot start without: path null. */
  missing: LoadedObject[]
  /** Versions needed and not defined (glibc only: musl does not check them). */
  versionProblems: VersionProblem[]
  /** Things the loader warns about without failing, and why a path element was dropped. */
  notes: string[]
}

/** Debian's multiarch triplets (the folder names under /lib and /usr/lib). */
export const TRIPLETS: Readonly<Record<string, string>> = {
  amd64: 'x86_64-linux-gnu',
  arm64: 'aarch64-linux-gnu',
  '386': 'i386-linux-gnu',
  arm: 'arm-linux-gnueabihf',
  ppc64le: 'powerpc64le-linux-gnu',
  s390x: 's390x-linux-gnu',
  riscv64: 'riscv64-linux-gnu'
}

/**
 * AT_PLATFORM as the kernel sets it, for `$PLATFORM`. On ppc64le and s390x it names the CPU
 * generation (power9, z15) and riscv64 sets none; there the element is dropped, as glibc does
 * with a DST it knows but has no value for, unless `LoadOptions.platform` says.
 */
export const PLATFORMS: Readonly<Record<string, string>> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  '386': 'i686',
  arm: 'v7l'
}

/**
 * The ld.so.cache flags glibc's loader accepts (`_DL_CACHE_DEFAULT_ID` and
 * `_dl_cache_check_flags` of each sysdeps dl-cache.h): libc6 plus the ABI byte.
 */
const CACHE_FLAGS: Readonly<Record<string, readonly number[]>> = {
  amd64: [0x0303],
  arm64: [0x0a03],
  '386': [0x0001, 0x0003],
  arm: [0x0903],
  ppc64le: [0x0503],
  s390x: [0x0403],
  riscv64: [0x1003]
}

/** musl's LDSO_ARCH, used when the interpreter's name does not say it. */
const MUSL_ARCHES: Readonly<Record<string, string>> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  '386': 'i386',
  arm: 'armhf',
  ppc64le: 'powerpc64le',
  s390x: 's390x',
  riscv64: 'riscv64'
}

const MUSL_DEFAULT_PATH = '/lib:/usr/local/lib:/usr/lib'
/** Names musl answers with itself: `lib` + one of these + `.` (ldso/dynlink.c `reserved`). */
const MUSL_RESERVED = ['c.', 'pthread.', 'rt.', 'm.', 'dl.', 'util.', 'xnet.']

const DF_1_NODEFLIB = 0x800
const DF_1_PIE = 0x8000000

/**
 * glibc's built-in search directories. They are fixed when glibc is built: Debian and Ubuntu
 * (and so distroless) search `/lib/<triplet>`, `/usr/lib/<triplet>`, `/lib`, `/usr/lib` (read
 * from Debian 12's ld.so); RHEL, Fedora, Mariner and Azure Linux search `/lib64`, `/usr/lib64`
 * on 64-bit machines. The image does not say which glibc it has, so both families are searched,
 * multiarch first: a library present only in the other family's folder is counted as found
 * (rare; `LoadOptions.systemDirs` makes it exact).
 */
export function defaultSystemDirs(platformArch: string, elfClass: 32 | 64): string[] {
  const triplet = TRIPLETS[platformArch]
  const dirs = triplet === undefined ? [] : [`/lib/${triplet}`, `/usr/lib/${triplet}`]
  dirs.push('/lib', '/usr/lib')
  if (elfClass === 64) dirs.push('/lib64', '/usr/lib64')
  return dirs
}

/**
 * What glibc expands `$LIB` to (DL_DST_LIB, fixed when glibc is built): Debian 12's ld.so holds
 * `lib/<triplet>` (read from the binary), RHEL-like 64-bit builds `lib64`, others `lib`. Chosen
 * by the image's folders, in that order; `LoadOptions.libDirName` says it outright.
 */
export function defaultLibDir(
  image: Pick<LoaderImage, 'resolve'>,
  platformArch: string,
  elfClass: 32 | 64
): string {
  const triplet = TRIPLETS[platformArch]
  if (
    triplet !== undefined &&
    (isDirectory(image, `/lib/${triplet}`) || isDirectory(image, `/usr/lib/${triplet}`))
  ) {
    return `lib/${triplet}`
  }
  if (elfClass === 64 && isDirectory(image, '/lib64')) return 'lib64'
  return 'lib'
}

/** A trailing `.` demands a folder: only a folder ends the walk as `not-a-file`. */
function isDirectory(image: Pick<LoaderImage, 'resolve'>, path: string): boolean {
  return image.resolve(`${path}/.`).failure?.kind === 'not-a-file'
}

/** glibc's flavor is the default: any interpreter that is not musl's is taken for glibc's. */
export function loaderFlavor(interpreter: string | null): LoaderFlavor {
  if (interpreter === null) return 'none'
  return /(?:^|\/)ld-musl-[^/]+$/.test(interpreter) ? 'musl' : 'glibc'
}

/** One object in the link map, as the search needs it. */
interface Mapped {
  /** null for the executable, which is not reported as an object. */
  object: LoadedObject | null
  /** The path it is known by (l_name); for the executable, as it was asked. */
  name: string
  /** Names a DT_NEEDED entry finds it by. */
  names: Set<string>
  elf: ElfInfo
  /** The folder `$ORIGIN` stands for. */
  origin: string
  /** The object whose DT_NEEDED brought it in (l_loader); its RPATH counts too. */
  loader: Mapped | null
  /** Identity of the file (st_dev/st_ino): the path after links. */
  realPath: string
}

type Verdict =
  | { kind: 'ok'; resolvedPath: string; elf: ElfInfo }
  | { kind: 'absent' }
  | { kind: 'skip'; reason: string; wrongClass: boolean }
  | { kind: 'fatal'; reason: string }

interface Found {
  path: string
  resolvedPath: string
  elf: ElfInfo
  via: FoundVia
}

interface Search {
  found: Found | null
  searched: string[]
  rejected: RejectedCandidate[]
  wrongClass: boolean
  failure?: string
}

interface Source {
  via: FoundVia
  /** Directories, or for the cache the file paths it names. */
  dirs: string[]
  /** The cache names files, not folders. */
  files?: boolean
}

export function loadProgram(
  image: LoaderImage,
  executable: string,
  options: LoadOptions = {}
): LoadResult {
  const cwd = options.cwd ?? '/'
  const result: LoadResult = {
    executable,
    resolvedExecutable: null,
    interpreter: null,
    flavor: 'none',
    objects: [],
    missing: [],
    versionProblems: [],
    notes: []
  }
  const resolution = image.resolve(absolute(executable, cwd))
  if (!resolution.found || resolution.resolvedPath === undefined) {
    result.notes.push(`${executable}: ${describeResolution(resolution)}`)
    return result
  }
  result.resolvedExecutable = resolution.resolvedPath
  const elf = image.elf(resolution.resolvedPath)
  if (elf === undefined) {
    result.notes.push(`${executable}: not an ELF file`)
    return result
  }
  result.interpreter = elf.interpreter
  result.flavor = loaderFlavor(elf.interpreter)
  if (result.flavor === 'none') {
    if (elf.needed.length > 0) {
      result.notes.push(`${executable}: lists libraries but has no interpreter to load them`)
    }
    return result
  }
  const arch = elfMachineToPlatformArch(elf.machine, elf.class, elf.endianness)
  if (arch !== null && options.platformArch !== undefined && options.platformArch !== arch) {
    result.notes.push(
      `${executable} is built for ${arch}, not ${options.platformArch}; its own architecture's rules apply`
    )
  }
  const run = new LoaderRun(image, executable, resolution.resolvedPath, elf, {
    ...options,
    cwd,
    platformArch: arch ?? options.platformArch ?? ''
  })
  run.load(result)
  return result
}

type RunOptions = LoadOptions & { cwd: string; platformArch: string }

class LoaderRun {
  readonly #image: LoaderImage
  readonly #options: RunOptions
  readonly #exe: ElfInfo
  readonly #main: Mapped
  readonly #loaded: Mapped[] = []
  readonly #order: LoadedObject[] = []
  readonly #missing = new Map<string, LoadedObject>()
  readonly #elfs = new Map<string, ElfInfo | undefined>()
  readonly #notes: string[] = []
  #interpreter: Mapped | null = null
  #interpreterObject: LoadedObject | null = null
  readonly #musl: boolean
  #glibcDst: { PLATFORM: string | undefined; LIB: string } | undefined

  constructor(
    image: LoaderImage,
    executable: string,
    resolvedExecutable: string,
    elf: ElfInfo,
    options: RunOptions
  ) {
    this.#image = image
    this.#options = options
    this.#exe = elf
    this.#musl = loaderFlavor(elf.interpreter) === 'musl'
    // The kernel's /proc/self/exe: the real path, every link followed.
    this.#main = {
      object: null,
      name: executable,
      names: new Set(!this.#musl && elf.soname !== null ? [elf.soname] : []),
      elf,
      origin: dirname(resolvedExecutable),
      loader: null,
      realPath: resolvedExecutable
    }
    this.#loaded.push(this.#main)
  }

  load(result: LoadResult): void {
    this.#mapInterpreter(this.#exe.interpreter ?? '')
    const queue: Mapped[] = [this.#main]
    for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
      for (const name of current.elf.needed) {
        const mapped = this.#mapNeeded(name, current)
        if (mapped !== null) queue.push(mapped)
      }
    }
    if (this.#interpreterObject !== null && !this.#order.includes(this.#interpreterObject)) {
      this.#order.push(this.#interpreterObject)
    }
    result.objects = this.#order
    result.missing = this.#order.filter(object => object.path === null)
    if (!this.#musl) result.versionProblems = this.#checkVersions()
    result.notes.push(...this.#notes)
  }

  /** The kernel maps PT_INTERP before anything runs; it answers to its path and DT_SONAME. */
  #mapInterpreter(path: string): void {
    const basename = path.slice(path.lastIndexOf('/') + 1)
    const object: LoadedObject = {
      soname: basename,
      path: null,
      foundVia: null,
      neededBy: [this.#main.name],
      searched: [path]
    }
    this.#interpreterObject = object
    const absolutePath = absolute(path, this.#options.cwd)
    const resolution = this.#image.resolve(absolutePath)
    const verdict = this.#examine(path)
    if (verdict.kind !== 'ok') {
      object.failure =
        verdict.kind === 'absent' ? describeResolution(resolution) : `${path}: ${verdict.reason}`
      if (verdict.kind !== 'absent') object.rejected = [{ path, reason: verdict.reason }]
      this.#missing.set(basename, object)
      this.#order.push(object)
      return
    }
    object.soname = verdict.elf.soname ?? basename
    object.path = path
    object.resolvedPath = verdict.resolvedPath
    object.foundVia = 'interpreter'
    const names = this.#musl ? [path] : [path, object.soname]
    this.#interpreter = {
      object,
      name: path,
      names: new Set(names),
      elf: verdict.elf,
      origin: dirname(absolutePath),
      loader: null,
      realPath: verdict.resolvedPath
    }
    this.#loaded.push(this.#interpreter)
  }

  /** The object for one DT_NEEDED entry of `requester`; returns it only when newly mapped. */
  #mapNeeded(rawName: string, requester: Mapped): Mapped | null {
    let name = rawName
    if (this.#isInterpreterName(name)) {
      const self = this.#interpreter
      if (self === null) {
        // Whoever needs the interpreter by name needs the one that is not there.
        const object = this.#interpreterObject
        if (object !== null && !object.neededBy.includes(requester.name)) {
          object.neededBy.push(requester.name)
        }
        return null
      }
      if (this.#musl) {
        if (self.object !== null && !this.#order.includes(self.object)) {
          // First asked for by a reserved name: that is the name ldd prints for it.
          self.object.soname = name
        }
        this.#addNeededBy(self, requester)
        return null
      }
    }
    if (!this.#musl && name.includes('/') && name.includes('$')) {
      const expanded = this.#expandGlibc(name, requester)
      if (expanded === null) {
        this.#notes.push(`${requester.name}: DT_NEEDED ${name} names a DST without a value here`)
      } else name = expanded
    }
    const known = this.#findLoaded(name)
    if (known !== undefined) {
      this.#addNeededBy(known, requester)
      return null
    }
    const search = this.#search(name, requester)
    const found = search.found
    if (found === null) {
      this.#recordMissing(name, requester, search)
      return null
    }
    const same = this.#loaded.find(mapped => mapped.realPath === found.resolvedPath)
    if (same !== undefined) {
      // The same file under another name (glibc: _dl_file_id_match_p; musl: st_dev/st_ino).
      if (!name.includes('/')) same.names.add(name)
      this.#addNeededBy(same, requester)
      return null
    }
    const object: LoadedObject = {
      soname: rawName,
      path: found.path,
      resolvedPath: found.resolvedPath,
      foundVia: found.via,
      neededBy: [requester.name],
      searched: search.searched
    }
    if (search.rejected.length > 0) object.rejected = search.rejected
    const names = new Set<string>()
    // musl finds loaded objects only by the short name they were searched under.
    if (!this.#musl || !name.includes('/')) names.add(name)
    if (!this.#musl) {
      names.add(found.path)
      if (found.elf.soname !== null) names.add(found.elf.soname)
    }
    const mapped: Mapped = {
      object,
      name: found.path,
      names,
      elf: found.elf,
      origin: dirname(absolute(found.path, this.#options.cwd)),
      loader: requester,
      realPath: found.resolvedPath
    }
    this.#loaded.push(mapped)
    this.#order.push(object)
    return mapped
  }

  /** glibc: the interpreter's path or soname; musl: also libc, libm, libpthread and the like. */
  #isInterpreterName(name: string): boolean {
    const path = this.#exe.interpreter ?? ''
    if (name === path) return true
    if (this.#musl) {
      return name.startsWith('lib') && MUSL_RESERVED.some(part => name.startsWith(part, 3))
    }
    const self = this.#interpreter
    if (self !== null) return self.names.has(name)
    return name === path.slice(path.lastIndexOf('/') + 1)
  }

  #findLoaded(name: string): Mapped | undefined {
    return this.#loaded.find(mapped => mapped.names.has(name))
  }

  #addNeededBy(mapped: Mapped, requester: Mapped): void {
    const object = mapped.object
    if (object === null) return
    if (!object.neededBy.includes(requester.name)) object.neededBy.push(requester.name)
    // The interpreter takes its place in the link map where it is first needed.
    if (!this.#order.includes(object)) this.#order.push(object)
  }

  /** Each name missing once; a later requester searches again (its paths may differ). */
  #recordMissing(name: string, requester: Mapped, search: Search): void {
    const known = this.#missing.get(name)
    if (known !== undefined) {
      if (!known.neededBy.includes(requester.name)) known.neededBy.push(requester.name)
      return
    }
    const object: LoadedObject = {
      soname: name,
      path: null,
      foundVia: null,
      neededBy: [requester.name],
      searched: search.searched
    }
    if (search.wrongClass) object.wrongClass = true
    if (search.rejected.length > 0) object.rejected = search.rejected
    if (search.failure !== undefined) object.failure = search.failure
    this.#missing.set(name, object)
    this.#order.push(object)
  }

  #search(name: string, requester: Mapped): Search {
    const search: Search = { found: null, searched: [], rejected: [], wrongClass: false }
    if (name.includes('/')) {
      this.#tryAll(search, name, { via: 'absolute', dirs: [name], files: true })
      return search
    }
    const sources = this.#musl ? this.#muslSources(requester) : this.#glibcSources(name, requester)
    for (const source of sources) {
      if (this.#tryAll(search, name, source)) break
    }
    // Only a hit of the other class makes ld.so say `wrong ELF class`.
    if (search.found !== null) search.wrongClass = false
    return search
  }

  /** True when the search is over: found, or stopped by a file the loader cannot use. */
  #tryAll(search: Search, name: string, source: Source): boolean {
    for (const dir of source.dirs) {
      const path = source.files === true ? dir : inDir(dir, name)
      if (search.searched.includes(path)) continue
      search.searched.push(path)
      const verdict = this.#examine(path)
      switch (verdict.kind) {
        case 'ok':
          search.found = {
            path,
            resolvedPath: verdict.resolvedPath,
            elf: verdict.elf,
            via: source.via
          }
          return true
        case 'absent':
          continue
        case 'skip':
          search.rejected.push({ path, reason: verdict.reason })
          if (verdict.wrongClass) search.wrongClass = true
          continue
        case 'fatal':
          search.rejected.push({ path, reason: verdict.reason })
          search.failure = `${path}: ${verdict.reason}`
          return true
      }
    }
    return false
  }

  /**
   * glibc's `open_verify`: a file of the other class or machine is passed over, anything else
   * that is not a loadable shared object of this program's kind stops the search with an error.
   * musl passes over nothing: the first file that opens is the one it maps.
   */
  #examine(path: string): Verdict {
    const resolution = this.#image.resolve(absolute(path, this.#options.cwd))
    const resolvedPath = resolution.resolvedPath
    if (!resolution.found || resolvedPath === undefined) {
      // open() succeeds on a folder or a device; reading the ELF header from it does not.
      if (resolution.failure?.kind === 'not-a-file' && resolvedPath !== undefined) {
        return { kind: 'fatal', reason: 'not a regular file' }
      }
      return { kind: 'absent' }
    }
    const elf = this.#elfAt(resolvedPath)
    const exe = this.#exe
    if (elf === undefined) return { kind: 'fatal', reason: 'not an ELF file (invalid ELF header)' }
    const skip = this.#musl ? 'fatal' : 'skip'
    if (elf.class !== exe.class) {
      const reason = `wrong ELF class: ELFCLASS${elf.class}, the program is ELFCLASS${exe.class}`
      return skip === 'skip'
        ? { kind: 'skip', reason, wrongClass: true }
        : { kind: 'fatal', reason }
    }
    if (elf.endianness !== exe.endianness) {
      return { kind: 'fatal', reason: `ELF data encoding is not ${exe.endianness}-endian` }
    }
    if (elf.machine !== exe.machine) {
      const reason = `built for ${elf.machineName}, the program for ${exe.machineName}`
      return skip === 'skip'
        ? { kind: 'skip', reason, wrongClass: false }
        : { kind: 'fatal', reason }
    }
    if (elf.type !== 'dyn') {
      return { kind: 'fatal', reason: `not a shared object (ELF type ${elf.type})` }
    }
    if (!this.#musl && elf.flags1 !== undefined && (elf.flags1 & DF_1_PIE) !== 0) {
      return { kind: 'fatal', reason: 'a position-independent executable, not a library' }
    }
    return { kind: 'ok', resolvedPath, elf }
  }

  #elfAt(path: string): ElfInfo | undefined {
    if (!this.#elfs.has(path)) this.#elfs.set(path, this.#image.elf(path))
    return this.#elfs.get(path)
  }

  /** `_dl_map_object`: RPATH chain, LD_LIBRARY_PATH, RUNPATH, ld.so.cache, system folders. */
  *#glibcSources(name: string, requester: Mapped): Generator<Source> {
    // An object's DT_RPATH counts for nothing when it has DT_RUNPATH (get-dynamic-info.h).
    if (requester.elf.runpath === null) {
      let sawMain = false
      for (let object: Mapped | null = requester; object !== null; object = object.loader) {
        sawMain ||= object === this.#main
        yield { via: 'rpath', dirs: this.#glibcRpath(object) }
      }
      if (!sawMain) yield { via: 'rpath', dirs: this.#glibcRpath(this.#main) }
    }
    const libraryPath = this.#options.ldLibraryPath
    if (libraryPath !== undefined && libraryPath !== '') {
      yield {
        via: 'ld_library_path',
        dirs: this.#glibcDirs(libraryPath.split(/[:;]/), this.#main, 'LD_LIBRARY_PATH')
      }
    }
    if (requester.elf.runpath !== null) {
      yield { via: 'runpath', dirs: this.#glibcDirs(requester.elf.runpath, requester, 'RUNPATH') }
    }
    // DF_1_NODEFLIB of the object that asks: neither the cache nor the system folders.
    if (((requester.elf.flags1 ?? 0) & DF_1_NODEFLIB) !== 0) return
    const cached = this.#cacheLookup(name)
    if (cached !== undefined) yield cached
    yield {
      via: 'default',
      dirs:
        this.#options.systemDirs ?? defaultSystemDirs(this.#options.platformArch, this.#exe.class)
    }
  }

  #cacheLookup(name: string): Source | undefined {
    const entries = this.#image.ldSoCache()
    if (entries === undefined) return undefined
    const flags = CACHE_FLAGS[this.#options.platformArch] ?? []
    const entry = entries.find(
      candidate =>
        candidate.soname === name &&
        candidate.hwcapsSubdirectory === null &&
        flags.includes(candidate.flags)
    )
    if (entry === undefined) return undefined
    return { via: 'ld.so.cache', dirs: [entry.path], files: true }
  }

  #glibcRpath(object: Mapped): string[] {
    if (object.elf.runpath !== null || object.elf.rpath === null) return []
    return this.#glibcDirs(object.elf.rpath, object, 'RPATH')
  }

  /** `fillin_rpath`: DSTs expanded; an empty element is the working folder (named ''). */
  #glibcDirs(elements: readonly string[], owner: Mapped, what: string): string[] {
    const dirs: string[] = []
    for (const element of elements) {
      if (element === '') {
        dirs.push('')
        continue
      }
      const expanded = this.#expandGlibc(element, owner)
      if (expanded === null) {
        this.#notes.push(
          `${owner.name}: ${what} element ${element} dropped: ${dstWithoutValue(element)} has no value here`
        )
      } else if (expanded !== '') dirs.push(expanded)
    }
    return dirs
  }

  #expandGlibc(text: string, owner: Mapped): string | null {
    if (!text.includes('$')) return text
    this.#glibcDst ??= {
      PLATFORM: this.#options.platform ?? PLATFORMS[this.#options.platformArch],
      LIB:
        this.#options.libDirName ??
        defaultLibDir(this.#image, this.#options.platformArch, this.#exe.class)
    }
    return expandGlibcDst(text, { ORIGIN: owner.origin, ...this.#glibcDst })
  }

  /** `load_library`: LD_LIBRARY_PATH, then RPATH/RUNPATH up the chain, then the path file. */
  *#muslSources(requester: Mapped): Generator<Source> {
    const libraryPath = this.#options.ldLibraryPath
    if (libraryPath !== undefined) {
      yield { via: 'ld_library_path', dirs: splitMuslPath(libraryPath) }
    }
    for (let object: Mapped | null = requester; object !== null; object = object.loader) {
      const source = this.#muslRpath(object)
      if (source !== undefined) yield source
    }
    const interpreter = this.#exe.interpreter ?? ''
    const arch =
      /(?:^|\/)ld-musl-(.+)\.so\.1$/.exec(interpreter)?.[1] ??
      MUSL_ARCHES[this.#options.platformArch] ??
      this.#options.platformArch
    const lines = this.#image.muslPath(arch)
    yield {
      via: 'default',
      dirs: splitMuslPath(lines === undefined ? MUSL_DEFAULT_PATH : lines.join('\n'))
    }
  }

  /** `fixup_rpath`: RUNPATH wins over RPATH; only $ORIGIN is known, any other `$` drops it. */
  #muslRpath(object: Mapped): Source | undefined {
    const { runpath, rpath } = object.elf
    const elements = runpath ?? rpath
    if (elements === null) return undefined
    const text = elements.join(':')
    const via: FoundVia = runpath === null ? 'rpath' : 'runpath'
    if (!text.includes('$')) return { via, dirs: splitMuslPath(text) }
    const unknown = text.replace(/\$\{ORIGIN\}|\$ORIGIN/g, '')
    if (unknown.includes('$')) {
      this.#notes.push(
        `${object.name}: ${via.toUpperCase()} ${text} ignored: musl expands only $ORIGIN`
      )
      return undefined
    }
    const expanded = text.replace(/\$\{ORIGIN\}|\$ORIGIN/g, () => object.origin)
    return { via, dirs: splitMuslPath(expanded) }
  }

  /** `_dl_check_map_versions` over every object mapped, the executable first. */
  #checkVersions(): VersionProblem[] {
    const problems: VersionProblem[] = []
    for (const mapped of this.#loaded) {
      for (const need of mapped.elf.versionNeeds) {
        const provider = this.#findLoaded(need.file)
        if (provider === undefined) {
          // A missing library is reported as missing; its versions add nothing.
          if (this.#missing.has(need.file)) continue
          for (const version of need.versions) {
            if (version.weak) continue
            problems.push({
              object: mapped.name,
              needs: need.file,
              version: version.name,
              providedBy: null
            })
          }
          continue
        }
        if (provider.elf.versionDefinitions.length === 0) {
          this.#notes.push(
            `${provider.name}: no version information available (required by ${mapped.name})`
          )
          continue
        }
        for (const version of need.versions) {
          if (provider.elf.versionDefinitions.some(defined => defined.name === version.name)) {
            continue
          }
          if (version.weak) {
            this.#notes.push(
              `${provider.name}: weak version ${version.name} not found (required by ${mapped.name})`
            )
            continue
          }
          problems.push({
            object: mapped.name,
            needs: need.file,
            version: version.name,
            providedBy: provider.name
          })
        }
      }
    }
    return problems
  }
}

/**
 * glibc's `_dl_dst_substitute`: `$ORIGIN`, `$PLATFORM`, `$LIB`, bare or in braces (a bare name
 * ends where an identifier would). An unknown `$` sequence stays as written; a known one without
 * a value drops the whole element (null).
 */
export function expandGlibcDst(
  text: string,
  values: { ORIGIN?: string; PLATFORM?: string; LIB?: string }
): string | null {
  let out = ''
  let index = 0
  while (index < text.length) {
    const dollar = text.indexOf('$', index)
    if (dollar === -1) {
      out += text.slice(index)
      break
    }
    out += text.slice(index, dollar)
    const match = DST.exec(text.slice(dollar))
    if (match === null) {
      out += '$'
      index = dollar + 1
      continue
    }
    const key = (match[1] ?? match[2]) as keyof typeof values
    const value = values[key]
    if (value === undefined) return null
    out += value
    index = dollar + match[0].length
  }
  return out
}

const DST = /^\$(?:\{(ORIGIN|PLATFORM|LIB)\}|(ORIGIN|PLATFORM|LIB)(?![A-Za-z0-9_]))/

function dstWithoutValue(element: string): string {
  return /\$\{?(PLATFORM|LIB)/.exec(element)?.[0] ?? 'a DST'
}

/** musl's `path_open`: ':' and newlines separate, empty elements are skipped. */
function splitMuslPath(text: string): string[] {
  return text.split(/[:\n]/).filter(element => element !== '')
}

/** `dir/name` as ld.so builds it: trailing slashes trimmed; '' (working folder) gives `name`. */
function inDir(dir: string, name: string): string {
  if (dir === '') return name
  return `${dir.replace(/\/+$/, '')}/${name}`
}

function absolute(path: string, cwd: string): string {
  if (path.startsWith('/')) return path
  return `${cwd.replace(/\/+$/, '')}/${path}`
}

/** `_dl_new_object`'s l_origin: the folder of the path as written, links not followed. */
function dirname(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash <= 0 ? '/' : path.slice(0, slash)
}

function describeResolution(resolution: Resolution): string {
  const failure = resolution.failure
  if (failure === undefined) return 'not found'
  switch (failure.kind) {
    case 'absent':
      return `absent (nothing at ${failure.at})`
    case 'dangling':
      return `dangling link (${failure.at} does not exist)`
    case 'loop':
      return `too many levels of links at ${failure.at}`
    case 'not-a-file':
      return `not a regular file (${failure.at})`
    case 'not-a-directory':
      return `${failure.at} is not a directory`
  }
}
