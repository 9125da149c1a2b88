// Pure: will each program of the final image load there, by that image's own loader rules?
// Catches what a path check cannot: a library in a folder the final loader does not search,
// symbol versions the final C library lacks, and programs nobody declared.
import type { ImageIndex } from './image-index.js'
import { loadProgram, type LoaderImage } from './loader.js'
import { loaderImageOf } from './static-analysis.js'
import type { LoaderFinding } from './types.js'

/** Every file the index kept an ELF body for that names an interpreter: a program. */
function programsOf(final: ImageIndex, image: LoaderImage): string[] {
  const programs: string[] = []
  for (const [path, entry] of final.entries()) {
    if (entry.type !== 'file' || final.body(path) === undefined) continue
    if (image.elf(path)?.interpreter) programs.push(path)
  }
  return programs.sort()
}

export function checkFinalLoader(
  final: ImageIndex,
  declared: readonly string[],
  options: { wholeImage: boolean; ldLibraryPath?: string }
): LoaderFinding[] {
  const image = loaderImageOf(final)
  const present = declared.filter(program => final.resolve(program).found)
  const undeclared = options.wholeImage
    ? programsOf(final, image).filter(
        program => !present.some(p => final.resolve(p).resolvedPath === program)
      )
    : []
  const findings: LoaderFinding[] = []
  for (const [program, isDeclared] of [
    ...present.map(p => [p, true] as const),
    ...undeclared.map(p => [p, false] as const)
  ]) {
    if (!image.elf(program)?.interpreter) continue
    const result = loadProgram(image, program, { ldLibraryPath: options.ldLibraryPath })
    for (const object of result.missing) {
      const tried = object.searched.slice(0, 6).join(', ')
      findings.push({
        program,
        declared: isDeclared,
        kind: 'missing',
        soname: object.soname,
        neededBy: object.neededBy[0] ?? program,
        detail:
          `the final image's loader does not find ${object.soname}` +
          (object.failure ? ` (${object.failure})` : tried ? `; it looked in ${tried}` : '')
      })
    }
    for (const problem of result.versionProblems) {
      findings.push({
        program,
        declared: isDeclared,
        kind: 'version',
        soname: problem.needs,
        version: problem.version,
        neededBy: problem.object,
        detail:
          `${problem.object} needs version ${problem.version} of ${problem.needs}, which ` +
          `${problem.providedBy ?? 'no library'} in the final image does not define`
      })
    }
  }
  return findings
}
