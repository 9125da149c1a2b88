// Plain data passed between the boxes of ARCHITECTURE.md. Nothing here runs.

/** `os/arch[/variant]`, e.g. `linux/amd64`, `linux/arm64`, `linux/arm/v7`. */
export type Platform = string

/** One library line of ldd: `soname => /path (0x...)` or `soname => not found`. */
export interface LddLibrary {
  soname: string
  /** Path as the builder's loader resolved it; null when ldd said `not found`. */
  path: string | null
}

/** What ldd said about one of the files it was given. */
export interface LddSection {
  /** The file as it was passed to ldd. */
  file: string
  /**
   * dynamic: libraries listed; static: `statically linked` or `not a dynamic executable`
   * (needs no library, not an error); error: ldd could not look at it (see `error`).
   */
  kind: 'dynamic' | 'static' | 'error'
  /** The program interpreter (the line without `=>`), e.g. `/lib64/ld-linux-x86-64.so.2`. */
  interpreter: string | null
  libraries: LddLibrary[]
  /** For kind `error`: ldd's own words, e.g. `No such file or directory`. */
  error?: string
}

/** Where a path led inside one image. */
export interface Resolution {
  /** The path that was asked for. */
  path: string
  /** True when the path leads to a regular file. */
  found: boolean
  /** The final path after every link was followed (when the walk got that far). */
  resolvedPath?: string
  /** Each link followed, in order: `{ link: '/lib', target: 'usr/lib' }`. */
  chain: { link: string; target: string }[]
  /**
   * Why not found: absent (nothing at the path), dangling (a link points at nothing),
   * loop (links go round), not-a-file (a directory or a device), not-a-directory
   * (a file used as a folder on the way).
   */
  failure?: {
    kind: 'absent' | 'dangling' | 'loop' | 'not-a-file' | 'not-a-directory'
    /** The path at which the walk stopped. */
    at: string
  }
}

/** A path the final image must hold for the declared programs to start. */
export interface Requirement {
  kind: 'executable' | 'interpreter' | 'library'
  /** The path as the builder resolved it. */
  path: string
  /** For libraries: the soname ldd printed. */
  soname: string | null
  /** The declared executables that need it. */
  neededBy: string[]
}

export interface Check extends Requirement {
  present: boolean
  resolution: Resolution
  /** For a missing path: one sentence, e.g. `absent from the final image`. */
  reason?: string
  /**
   * For a missing path: the builder's paths to copy, the soname link first and then
   * the file it points to (filled in when the builder could be indexed).
   */
  copyFrom?: string[]
  /** For a missing path: the builder's package that owns it (dpkg, rpm or apk), when known. */
  package?: string
}

export interface ExecutableResult {
  path: string
  /** Static executables need nothing but themselves. */
  linkage: 'dynamic' | 'static'
  interpreter: string | null
  libraries: LddLibrary[]
}

/** What the final image's own loader would fail on (static analysis). */
export interface LoaderFinding {
  /** The program the final image's loader was asked to start. */
  program: string
  /** Declared in `executables` (a failure), or found by the whole-image check (a warning). */
  declared: boolean
  kind: 'missing' | 'version'
  /** The library asked for, e.g. `libonig.so.5`; for versions, the file they come from. */
  soname: string
  /** For `version`: the symbol version, e.g. `GLIBC_2.34`. */
  version?: string
  /** The object that needs it. */
  neededBy: string
  /** One sentence for the report. */
  detail: string
}

export interface PlatformResult {
  platform: Platform
  /** How the builder's dependencies were found: ldd in a container, or static ELF analysis. */
  analysis?: 'ldd' | 'static' | 'both'
  /** With analysis `both`: where the two disagree (each a sentence). */
  disagreements?: string[]
  /** With analysis `static` or `both`: what the final image's own loader would fail on. */
  loaderFindings?: LoaderFinding[]
  executables: ExecutableResult[]
  /** Every requirement, each once, with its verdict. */
  checks: Check[]
  /** Requirements left out by `ignore`. */
  ignored?: Requirement[]
  /** Whether ldd's results came from the cache. */
  lddCache?: 'hit' | 'miss' | 'off'
  /** Seconds spent per phase, for the log and the report. */
  timings: Record<string, number>
}

export interface Report {
  passed: boolean
  builderTarget: string
  target: string
  dockerfile: string
  platforms: PlatformResult[]
}

/** One missing path as the `missing` output lists it. */
export interface MissingEntry {
  platform: Platform
  path: string
  soname: string | null
  neededBy: string[]
  reason: string
}
