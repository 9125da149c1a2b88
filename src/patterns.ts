// Pure: glob patterns for `extra-libraries` (expanded in the builder image) and `ignore`.
import path from 'node:path'
import type { Requirement, Resolution } from './types.js'

/** What pattern expansion needs from an image; ImageIndex provides it. */
export interface ListableImage {
  resolve(path: string): Resolution
  paths(): Iterable<string>
}

const GLOB = /[*?[]/

/** `*` and `?` stay within one path component, `**` crosses them, `[...]` is a class. */
export function globToRegExp(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? ''
    if (char === '*' && pattern[i + 1] === '*') {
      source += '.*'
      i++
    } else if (char === '*') {
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) {
        source += '\\['
      } else {
        const body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\')
        source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`
        i = end
      }
    } else {
      source += char.replace(/[.+^${}()|\\\]]/g, '\\$&')
    }
  }
  return new RegExp(`^${source}$`)
}

// Files in the builder image that a pattern names, as paths under the pattern's own folder
// (so /lib/*/libnss_dns.so.2 stays under /lib even where /lib is a link to usr/lib).
export function expandPattern(image: ListableImage, pattern: string): string[] {
  if (!GLOB.test(pattern)) return image.resolve(pattern).found ? [pattern] : []
  const parts = pattern.split('/')
  const firstGlob = parts.findIndex(part => GLOB.test(part))
  const literal = parts.slice(0, firstGlob).join('/') || '/'
  const rest = parts.slice(firstGlob).join('/')
  const folder = image.resolve(literal)
  const physical = folder.resolvedPath ?? literal
  if (folder.failure && folder.failure.kind !== 'not-a-file') return []
  const matcher = globToRegExp(path.posix.join(physical, rest))
  const matches = new Set<string>()
  for (const candidate of image.paths()) {
    if (!matcher.test(candidate)) continue
    const asWritten = path.posix.join(literal, path.posix.relative(physical, candidate))
    if (image.resolve(asWritten).found) matches.add(asWritten)
  }
  return [...matches].sort()
}

/** A pattern with a slash matches paths; one without matches sonames and file names. */
export function isIgnored(requirement: Requirement, patterns: readonly string[]): boolean {
  return patterns.some(pattern => {
    const matcher = globToRegExp(pattern)
    if (pattern.includes('/')) return matcher.test(requirement.path)
    return (
      (requirement.soname !== null && matcher.test(requirement.soname)) ||
      matcher.test(path.posix.basename(requirement.path))
    )
  })
}
