// Pure: which package of the builder owns a file, from what its package manager printed.

export type PackageTool = 'dpkg' | 'rpm' | 'apk'

/** The command of each package manager that names a file's package, in the order tried. */
export const OWNER_QUERIES: readonly { tool: PackageTool; entrypoint: string; args: string[] }[] = [
  { tool: 'dpkg', entrypoint: 'dpkg-query', args: ['--search', '--'] },
  {
    tool: 'rpm',
    entrypoint: 'rpm',
    args: ['--query', '--file', '--queryformat', '%{NAME}\\n', '--']
  },
  { tool: 'apk', entrypoint: 'apk', args: ['info', '--who-owns', '--'] }
]

/**
 * Owners by path. dpkg: `pkg[:arch][, pkg2]: /path` per match; rpm: one line per path asked, in
 * order, or `file /x is not owned by any package`; apk: `/path is owned by pkg-1.2-r0`.
 */
export function parseOwners(
  tool: PackageTool,
  asked: string[],
  stdout: string
): Map<string, string> {
  const owners = new Map<string, string>()
  const lines = stdout.split(/\r?\n/).filter(line => line.trim() !== '')
  if (tool === 'dpkg') {
    for (const line of lines) {
      const separator = line.indexOf(': /')
      if (separator < 0) continue
      const path = line.slice(separator + 2)
      const packages = line
        .slice(0, separator)
        .split(', ')
        .map(name => name.replace(/:[a-z0-9-]+$/, ''))
      if (asked.includes(path) && !owners.has(path)) owners.set(path, packages.join(', '))
    }
  } else if (tool === 'rpm') {
    asked.forEach((path, index) => {
      const line = lines[index]
      if (line && !/not owned by any package|No such file/.test(line)) owners.set(path, line.trim())
    })
  } else {
    for (const line of lines) {
      const match = /^(\/.*) is owned by (\S+)$/.exec(line)
      if (match?.[1] && match[2] && asked.includes(match[1])) owners.set(match[1], match[2])
    }
  }
  return owners
}
