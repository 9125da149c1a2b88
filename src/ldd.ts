// Pure: the text of one `ldd FILE...` run (stdout and stderr apart) -> one section per file.
import type { LddLibrary, LddSection } from './types.js'

export type LddFlavor = 'glibc' | 'musl' | 'unknown'

/** What one `docker run ... ldd -- FILE...` gave back. */
export interface LddRun {
  files: string[]
  stdout: string
  stderr: string
  exitCode: number
}

/** A stdout line the parser did not understand, kept so that nothing ldd said is lost. */
export interface LddNote {
  /** The section the line was printed in; null before the first header. */
  file: string | null
  line: string
}

export interface LddParseResult {
  /** One per requested file, in the order of `files`. */
  sections: LddSection[]
  /** stderr lines that could not be tied to a file (to show the user). */
  unattributed: string[]
  flavor: LddFlavor
  /** Unknown stdout lines, e.g. the loader's `version `GLIBC_2.38' not found` (ldd merges it in). */
  notes: LddNote[]
  /** The run's exit code, kept for `lddProblems`. */
  exitCode: number
}

/** Error of the files a musl ldd did not look at: it lists the first and passes the rest to it. */
export const MUSL_ONE_FILE_PER_CALL =
  "not examined: the builder's ldd is musl's, which lists one file per call"

/** Error of a file ldd said nothing about (no header, or an empty section without a reason). */
export const NOTHING_PRINTED = 'ldd printed nothing about this file'

const NOT_DYNAMIC = 'not a dynamic executable'
const STATICALLY_LINKED = 'statically linked'
const READ_PERMISSION = 'you do not have read permission'
const MUSL_NOT_DYNAMIC = 'Not a valid dynamic program'

const ADDRESS = /\s*\(0x([0-9a-fA-F]+)\)$/
/** Kernel-provided objects that are never files: linux-vdso.so.1, linux-gate.so.1, linux-vdso64.so.1. */
const VDSO = /^linux-(?:vdso|gate)[\w-]*\.so(?:\.\d+)*(?:\s|$)/
/** Basenames of program interpreters: glibc per architecture, musl, uClibc, old `ld-2.31.so`. */
const LOADER_NAME = /^ld(?:-linux[\w.-]*|64|-musl-[\w.-]+|-uClibc[\w.-]*|-[\d.]+)?\.so(?:\.\d+)*$/
/** musl's `Error loading shared library libz.so.1: No such file or directory (needed by /x)`. */
const MUSL_MISSING = /^Error loading shared library (.+?): .+ \(needed by .+\)$/

/**
 * Reads ldd's output. Never throws: a line it does not know goes to `unattributed` (stderr) or
 * `notes` (stdout), and a file it cannot account for gets kind `error`.
 */
export function parseLddOutput(input: LddRun): LddParseResult {
  const { files } = input
  const stdoutLines = linesOf(input.stdout)
  const stderrLines = linesOf(input.stderr)
  const split = splitByHeaders(files, stdoutLines)
  const flavor = detectFlavor(files, stdoutLines, stderrLines, split.headers)
  const notes: LddNote[] = split.stray.map(line => ({ file: null, line: line.trim() }))
  const drafts = files.map((file, index) => draftOf(file, split.bodies[index], flavor))
  const unattributed: string[] = []

  let notDynamicLines = 0
  for (const line of stderrLines) {
    const text = line.trim()
    if (text === NOT_DYNAMIC) {
      notDynamicLines++
      continue
    }
    const named = namedInStderr(files, line)
    // glibc names a file only when it did not trace it, so the claim goes to an empty section.
    const target = named && drafts.find(d => d.file === named.file && isEmpty(d) && !d.claim)
    if (named && target) {
      target.claim = named.claim
      continue
    }
    const missing = MUSL_MISSING.exec(text)
    const first = drafts[0]
    // musl looks at its first file only, so whatever it failed to load, that file needed it.
    if (missing?.[1] && first) {
      first.libraries.push({ soname: missing[1], path: null })
      continue
    }
    unattributed.push(text)
  }

  const silent = drafts.filter(d => isEmpty(d) && !d.claim)
  // glibc writes one `not a dynamic executable` per silent file, but only the count survives the
  // split of stdout from stderr: it proves which files were static only when the counts agree.
  if (notDynamicLines >= silent.length) {
    for (const draft of silent) draft.claim = { kind: 'static' }
    for (let i = silent.length; i < notDynamicLines; i++) unattributed.push(NOT_DYNAMIC)
  } else {
    for (let i = 0; i < notDynamicLines; i++) unattributed.push(NOT_DYNAMIC)
  }

  const sections = drafts.map(draft => {
    const { section, unknown } = sectionOf(draft)
    for (const line of unknown) notes.push({ file: draft.file, line })
    return section
  })
  return { sections, unattributed, flavor, notes, exitCode: input.exitCode }
}

/**
 * Plain sentences about the builder itself: what ldd could not find or read there. A program
 * that cannot start in the builder cannot be verified against the final image.
 * Sections marked MUSL_ONE_FILE_PER_CALL count too: retry those (`unexaminedFiles`) first.
 */
export function lddProblems(result: LddParseResult): string[] {
  const problems: string[] = []
  for (const section of result.sections) {
    if (section.kind === 'error') problems.push(errorSentence(section.file, section.error ?? ''))
    for (const library of section.libraries) {
      if (library.path !== null) continue
      problems.push(
        `${library.soname}, needed by ${section.file}, was not found in the builder image ` +
          `either, so ${section.file} cannot start there; install the package that provides ` +
          `${library.soname} in the builder stage, or add its directory to the library path`
      )
    }
  }
  for (const note of result.notes) {
    if (!/not found|error|cannot|No such file/i.test(note.line)) continue
    problems.push(
      note.file === null
        ? `ldd reported: ${note.line}`
        : `ldd reported a problem with ${note.file} in the builder image: ${note.line}`
    )
  }
  if (result.exitCode !== 0 && !result.sections.some(explainsFailure)) {
    problems.push(
      result.unattributed.length > 0
        ? `ldd exited with code ${result.exitCode}: ${result.unattributed.join(' | ')}`
        : `ldd exited with code ${result.exitCode} and printed no reason`
    )
  }
  return problems
}

/** Files a musl ldd left out because it lists one file per call: run ldd on each of them alone. */
export function unexaminedFiles(result: LddParseResult): string[] {
  return result.sections
    .filter(section => section.kind === 'error' && section.error === MUSL_ONE_FILE_PER_CALL)
    .map(section => section.file)
}

type Claim = { kind: 'static' } | { kind: 'error'; error: string }

interface Draft {
  file: string
  /** False when stdout has no section for the file at all. */
  reported: boolean
  flavor: LddFlavor
  interpreters: string[]
  libraries: LddLibrary[]
  staticLine: boolean
  unknown: string[]
  /** What stderr says about a file that printed nothing on stdout. */
  claim?: Claim
}

function linesOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(line => line.trimEnd())
    .filter(line => line.trim() !== '')
}

/**
 * glibc heads each section with `${file}:` when given several files. Headers are matched against
 * the files asked for, in order, never guessed: a path may hold spaces and colons.
 */
function splitByHeaders(files: string[], lines: string[]) {
  const bodies: (string[] | undefined)[] = files.map(() => undefined)
  const stray: string[] = []
  let headers = 0
  let next = 0
  let current: string[] | undefined
  for (const line of lines) {
    const index = files.findIndex((file, i) => i >= next && line === `${file}:`)
    if (index !== -1) {
      current = []
      bodies[index] = current
      next = index + 1
      headers++
    } else if (current) {
      current.push(line)
    } else {
      stray.push(line)
    }
  }
  // No header: one file, or musl (one listing, of the first file, whatever the count).
  if (headers === 0 && files.length > 0) {
    bodies[0] = stray.splice(0)
  }
  return { bodies, stray, headers }
}

function detectFlavor(
  files: string[],
  stdoutLines: string[],
  stderrLines: string[],
  headers: number
): LddFlavor {
  const listing = stdoutLines.map(line => line.trim())
  if (files.length > 1 && headers > 0) return 'glibc'
  // musl prints no vdso, no `statically linked` and no `=> not found`.
  if (listing.some(l => VDSO.test(l) || l === STATICALLY_LINKED || /=>\s*not found$/.test(l))) {
    return 'glibc'
  }
  const errors = stderrLines.map(line => line.trim())
  if (errors.some(isMuslStderr)) return 'musl'
  if (errors.some(isGlibcStderr)) return 'glibc'
  const listed = listing.filter(l => l.includes('=>') || ADDRESS.test(l))
  if (files.length > 1 && listed.length > 0) return 'musl'
  // glibc pads addresses to the pointer's width (16 digits on 64 bits); musl's %p does not.
  const widths = listed.map(l => ADDRESS.exec(l)?.[1]?.length ?? 0)
  if (widths.some(w => w === 16)) return 'glibc'
  if (widths.some(w => w > 8 && w < 16)) return 'musl'
  const loaders = listed.map(l => basename(l.replace(ADDRESS, '').split('=>').pop() ?? ''))
  if (loaders.some(name => name.startsWith('ld-musl-'))) return 'musl'
  if (loaders.some(name => LOADER_NAME.test(name))) return 'glibc'
  return 'unknown'
}

function isMuslStderr(line: string): boolean {
  return (
    line.startsWith('Error loading shared library ') ||
    line.startsWith('Error relocating ') ||
    line.endsWith(`: ${MUSL_NOT_DYNAMIC}`) ||
    /: cannot load .*: /.test(line) ||
    line === 'Dynamic Program Loader'
  )
}

function isGlibcStderr(line: string): boolean {
  return (
    line === NOT_DYNAMIC ||
    line.startsWith(`ldd: error: ${READ_PERMISSION}`) ||
    /^ldd: .*: (?:No such file or directory|not regular file)$/.test(line) ||
    /^ldd: .* exited with unknown exit code/.test(line)
  )
}

/** The file a stderr line is about, longest match first (one path may start another). */
function namedInStderr(files: string[], line: string): { file: string; claim: Claim } | undefined {
  let best: { file: string; claim: Claim } | undefined
  for (const file of files) {
    if (best && best.file.length >= file.length) continue
    const claim = claimOf(file, line)
    if (claim) best = { file, claim }
  }
  return best
}

function claimOf(file: string, line: string): Claim | undefined {
  if (line === `ldd: error: ${READ_PERMISSION} for \`${file}'`) {
    return { kind: 'error', error: READ_PERMISSION }
  }
  // musl: `<argv0>: <file>: Not a valid dynamic program` (argv0 is `ldd` or the loader's path).
  if (line.endsWith(`: ${file}: ${MUSL_NOT_DYNAMIC}`)) return { kind: 'static' }
  const cannotLoad = `: cannot load ${file}: `
  const at = line.indexOf(cannotLoad)
  if (at > 0) return { kind: 'error', error: line.slice(at + cannotLoad.length) }
  // glibc's ldd prefixes a name without a slash with `./`.
  const names = file.includes('/') ? [file] : [file, `./${file}`]
  for (const name of names) {
    const prefix = `ldd: ${name}: `
    if (line.startsWith(prefix) && line.length > prefix.length) {
      return { kind: 'error', error: line.slice(prefix.length) }
    }
  }
  return undefined
}

function draftOf(file: string, body: string[] | undefined, flavor: LddFlavor): Draft {
  const draft: Draft = {
    file,
    reported: body !== undefined,
    flavor,
    interpreters: [],
    libraries: [],
    staticLine: false,
    unknown: []
  }
  for (const raw of body ?? []) {
    const line = raw.trim()
    if (VDSO.test(line)) continue
    if (line === STATICALLY_LINKED || line === NOT_DYNAMIC) {
      draft.staticLine = true
      continue
    }
    const arrow = line.indexOf('=>')
    if (arrow > 0) {
      const library = libraryOf(line.slice(0, arrow).trim(), line.slice(arrow + 2).trim())
      if (library) draft.libraries.push(library)
      else draft.unknown.push(line)
      continue
    }
    const object = ADDRESS.test(line) ? line.replace(ADDRESS, '') : ''
    if (object.startsWith('/')) draft.interpreters.push(object)
    else draft.unknown.push(line)
  }
  return draft
}

function libraryOf(soname: string, target: string): LddLibrary | undefined {
  if (soname === '' || /\s/.test(soname)) return undefined
  if (target === 'not found') return { soname, path: null }
  const path = target.replace(ADDRESS, '')
  return path === '' ? undefined : { soname, path }
}

function isEmpty(draft: Draft): boolean {
  return (
    draft.reported &&
    !draft.staticLine &&
    draft.interpreters.length === 0 &&
    draft.libraries.length === 0 &&
    draft.unknown.length === 0
  )
}

function sectionOf(draft: Draft): { section: LddSection; unknown: string[] } {
  const { file } = draft
  const error = (message: string) => ({
    section: { file, kind: 'error' as const, interpreter: null, libraries: [], error: message },
    unknown: []
  })
  if (!draft.reported) {
    return error(draft.flavor === 'musl' ? MUSL_ONE_FILE_PER_CALL : NOTHING_PRINTED)
  }
  if (draft.claim?.kind === 'error') return error(draft.claim.error)
  if (draft.staticLine || draft.claim?.kind === 'static') {
    return {
      section: { file, kind: 'static', interpreter: null, libraries: [] },
      unknown: draft.unknown
    }
  }
  const { interpreter, others } = pickInterpreter(draft)
  const libraries = unique([...others, ...draft.libraries])
  if (interpreter === null && libraries.length === 0) {
    // Only lines we do not know, e.g. a loader's fatal error: the file could not be traced.
    return error(draft.unknown.length > 0 ? draft.unknown.join('; ') : NOTHING_PRINTED)
  }
  return {
    section: { file, kind: 'dynamic', interpreter, libraries },
    unknown: draft.unknown
  }
}

/**
 * A line without `=>` is the interpreter, or a library named by its absolute path in DT_NEEDED.
 * A loader's name decides; else position: musl prints the interpreter first, glibc last.
 * `ld-linux-x86-64.so.2 => /lib64/ld-linux-x86-64.so.2` (a loader needed by name) stays a
 * library and also names the interpreter when no line without `=>` does.
 */
function pickInterpreter(draft: Draft): { interpreter: string | null; others: LddLibrary[] } {
  const candidates = draft.interpreters
  let interpreter =
    candidates.find(path => LOADER_NAME.test(basename(path))) ??
    (draft.flavor === 'musl' ? candidates[0] : candidates[candidates.length - 1]) ??
    null
  const others = candidates
    .filter(path => path !== interpreter)
    .map(path => ({ soname: path, path }))
  if (interpreter === null) {
    const loader = draft.libraries.find(l => l.path !== null && LOADER_NAME.test(l.soname))
    interpreter = loader?.path ?? null
  }
  return { interpreter, others }
}

function unique(libraries: LddLibrary[]): LddLibrary[] {
  const seen = new Set<string>()
  return libraries.filter(library => {
    const key = `${library.soname}\0${library.path ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function basename(path: string): string {
  return path.trim().split('/').pop() ?? ''
}

function errorSentence(file: string, error: string): string {
  if (error === MUSL_ONE_FILE_PER_CALL) {
    return (
      `${file} was not examined: the builder's ldd is musl's, which lists one file per call; ` +
      'run ldd on it alone'
    )
  }
  if (error === NOTHING_PRINTED) {
    return `ldd printed nothing about ${file} in the builder image; run ldd on it alone to see why`
  }
  if (/No such file or directory/i.test(error)) {
    return (
      `${file} does not exist in the builder image (ldd: ${error}); check the path, or that ` +
      'the builder stage installs it'
    )
  }
  if (error === 'not regular file') {
    return (
      `${file} is not a regular file in the builder image (a directory or a device?); ` +
      'name the program itself'
    )
  }
  if (error === READ_PERMISSION) {
    return (
      `${file} is not readable in the builder image by the user ldd ran as (ldd: ${error}); ` +
      'make it readable to that user'
    )
  }
  return `ldd could not examine ${file} in the builder image: ${error}`
}

/** glibc's exit 1 for static files and errors, musl's 127 for missing libraries. */
function explainsFailure(section: LddSection): boolean {
  if (section.kind === 'static') return true
  if (section.kind === 'error') {
    return section.error !== MUSL_ONE_FILE_PER_CALL && section.error !== NOTHING_PRINTED
  }
  return section.libraries.some(library => library.path === null)
}
