// Pure: what ldd would say, read from an image's ELF files and loader configuration by the
// loader model, with no emulation and no code of the image run.
import { ElfFormatError, parseElf, type ElfInfo } from './elf.js'
import type { ImageIndex } from './image-index.js'
import { LdSoCacheFormatError, parseLdSoCache, type LdSoCacheEntry } from './ld-so-cache.js'
import type { LddParseResult } from './ldd.js'
import { loadProgram, type LoaderImage } from './loader.js'
import type { LddSection } from './types.js'

/** The loader model's view of an indexed image whose ELF bodies were kept. */
export function loaderImageOf(index: ImageIndex): LoaderImage {
  const parsed = new Map<string, ElfInfo | undefined>()
  const bodyAt = (path: string): Buffer | undefined => {
    const resolution = index.resolve(path)
    return resolution.found && resolution.resolvedPath
      ? index.body(resolution.resolvedPath)
      : undefined
  }
  let cache: LdSoCacheEntry[] | undefined | null = null
  return {
    resolve: path => index.resolve(path),
    elf(path) {
      if (!parsed.has(path)) {
        const body = bodyAt(path)
        let info: ElfInfo | undefined
        try {
          info = body ? parseElf(body) : undefined
        } catch (error: unknown) {
          if (!(error instanceof ElfFormatError)) throw error
        }
        parsed.set(path, info)
      }
      return parsed.get(path)
    },
    ldSoCache() {
      if (cache === null) {
        const body = bodyAt('/etc/ld.so.cache')
        try {
          cache = body ? parseLdSoCache(body) : undefined
        } catch (error: unknown) {
          if (!(error instanceof LdSoCacheFormatError)) throw error
          cache = undefined
        }
      }
      return cache
    },
    muslPath(arch) {
      const body = bodyAt(`/etc/ld-musl-${arch}.path`)
      return body
        ?.toString('utf8')
        .split(/[\n:]/)
        .map(line => line.trim())
        .filter(Boolean)
    }
  }
}

function sectionOf(
  image: LoaderImage,
  file: string,
  ldLibraryPath: string | undefined
): LddSection {
  const resolution = image.resolve(file)
  if (!resolution.found) {
    const why =
      resolution.failure?.kind === 'not-a-file' ? 'not regular file' : 'No such file or directory'
    return { file, kind: 'error', interpreter: null, libraries: [], error: why }
  }
  const elf = image.elf(file)
  if (!elf)
    return { file, kind: 'error', interpreter: null, libraries: [], error: 'not an ELF file' }
  // ldd: "statically linked" (static-pie) and "not a dynamic executable" both need nothing.
  if (!elf.interpreter) return { file, kind: 'static', interpreter: null, libraries: [] }
  const loaded = loadProgram(image, file, { ldLibraryPath })
  const interpreter = loaded.interpreter
  // The interpreter is ldd's line without `=>`, not a library line.
  const isInterpreter = (object: (typeof loaded.objects)[number]): boolean =>
    object.foundVia === 'interpreter' ||
    (object.path === null && object.searched.length === 1 && object.searched[0] === interpreter)
  if (loaded.objects.some(object => isInterpreter(object) && object.path === null)) {
    return {
      file,
      kind: 'error',
      interpreter,
      libraries: [],
      error: `its interpreter ${interpreter} is missing`
    }
  }
  const libraries = loaded.objects
    .filter(object => !isInterpreter(object))
    .map(object => ({ soname: object.soname, path: object.path }))
  return { file, kind: 'dynamic', interpreter, libraries }
}

/**
 * One section per file, as `parseLddOutput` gives them, so the rest of the check is the same
 * whichever way the dependencies were found.
 */
export function analyzeStatically(
  index: ImageIndex,
  files: string[],
  options: { ldLibraryPath?: string } = {}
): LddParseResult {
  const image = loaderImageOf(index)
  return {
    sections: files.map(file => sectionOf(image, file, options.ldLibraryPath)),
    unattributed: [],
    flavor: 'unknown',
    notes: [],
    exitCode: 0
  }
}

/** Where static analysis and ldd disagree: library paths one found and the other did not. */
export function compareAnalyses(ldd: LddParseResult, statics: LddParseResult): string[] {
  const differences: string[] = []
  for (const section of ldd.sections) {
    const other = statics.sections.find(candidate => candidate.file === section.file)
    if (!other) continue
    if (section.kind !== other.kind) {
      differences.push(`${section.file}: ldd says ${section.kind}, static analysis ${other.kind}`)
      continue
    }
    if (section.interpreter !== other.interpreter) {
      differences.push(
        `${section.file}: interpreter ${section.interpreter ?? 'none'} (ldd) against ` +
          `${other.interpreter ?? 'none'} (static)`
      )
    }
    const key = (l: { soname: string; path: string | null }): string =>
      `${l.soname} => ${l.path ?? 'not found'}`
    const fromLdd = new Set(section.libraries.map(key))
    const fromStatic = new Set(other.libraries.map(key))
    for (const line of fromLdd)
      if (!fromStatic.has(line)) differences.push(`${section.file}: only ldd: ${line}`)
    for (const line of fromStatic)
      if (!fromLdd.has(line)) differences.push(`${section.file}: only static: ${line}`)
  }
  return differences
}
