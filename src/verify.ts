// Pure: what the builder's ldd said x what the final image holds -> one verdict per path.
import path from 'node:path'
import type { Check, ExecutableResult, LddSection, Requirement, Resolution } from './types.js'

/** The lookups verify needs from an image; ImageIndex provides them. */
export interface PathResolver {
  resolve(path: string): Resolution
}

export function executablesOf(sections: LddSection[]): ExecutableResult[] {
  return sections
    .filter(section => section.kind !== 'error')
    .map(section => ({
      path: section.file,
      linkage: section.kind === 'static' ? 'static' : 'dynamic',
      interpreter: section.interpreter,
      libraries: section.libraries
    }))
}

/**
 * Every path the final image must hold, each once, with the executables that need it:
 * the executable itself, its program interpreter (optional) and each library ldd resolved.
 */
export function requirementsOf(
  executables: ExecutableResult[],
  options: { checkInterpreter: boolean }
): Requirement[] {
  const byPath = new Map<string, Requirement>()
  const add = (kind: Requirement['kind'], at: string, soname: string | null, by: string): void => {
    const existing = byPath.get(at)
    if (existing) {
      if (!existing.neededBy.includes(by)) existing.neededBy.push(by)
      // A path that is a program and also loaded as a library is reported as the program.
      if (kind === 'executable') existing.kind = kind
      return
    }
    byPath.set(at, { kind, path: at, soname, neededBy: [by] })
  }
  for (const executable of executables) {
    add('executable', executable.path, null, executable.path)
    if (executable.interpreter && options.checkInterpreter) {
      add(
        'interpreter',
        executable.interpreter,
        path.posix.basename(executable.interpreter),
        executable.path
      )
    }
    for (const library of executable.libraries) {
      if (library.path === null) continue
      // The interpreter also shows up as a library of libc; keep its own kind.
      if (library.path === executable.interpreter) {
        if (options.checkInterpreter)
          add('interpreter', library.path, library.soname, executable.path)
        continue
      }
      add('library', library.path, library.soname, executable.path)
    }
  }
  return [...byPath.values()]
}

export function verify(requirements: Requirement[], finalImage: PathResolver): Check[] {
  return requirements.map(requirement => {
    const resolution = finalImage.resolve(requirement.path)
    return { ...requirement, present: resolution.found, resolution }
  })
}

/**
 * For each missing path, the builder paths to copy so the final image holds it: the path
 * itself and, when it is a soname link, the versioned file it leads to, in the same folder so
 * the copied link finds it. A dangling link in the final image needs only its target.
 */
export function addCopySources(checks: Check[], builderImage: PathResolver): Check[] {
  return checks.map(check => {
    if (check.present) return check
    const failure = check.resolution.failure
    if (failure?.kind === 'dangling' && builderImage.resolve(failure.at).found) {
      return { ...check, copyFrom: [failure.at] }
    }
    const inBuilder = builderImage.resolve(check.path)
    if (!inBuilder.found || !inBuilder.resolvedPath) return { ...check, copyFrom: [check.path] }
    const realName = path.posix.basename(inBuilder.resolvedPath)
    const sibling = path.posix.join(path.posix.dirname(check.path), realName)
    const sources = [check.path]
    if (sibling !== check.path && builderImage.resolve(sibling).found) sources.push(sibling)
    return { ...check, copyFrom: sources }
  })
}
