// Runs a command with the buildx plugin hidden, as on a machine without it: inside a private
// mount namespace (`unshare --mount`), empty folders are mounted over the plugin folders.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const pluginFolders = [
  '/usr/libexec/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/local/lib/docker/cli-plugins',
  path.join(os.homedir(), '.docker', 'cli-plugins')
]
for (const folder of pluginFolders) {
  if (!existsSync(folder)) continue
  const mounted = spawnSync('mount', ['-t', 'tmpfs', 'tmpfs', folder], { stdio: 'inherit' })
  if (mounted.status !== 0) process.exit(99)
}
const [command, ...args] = process.argv.slice(2)
const result = spawnSync(command ?? 'false', args, { stdio: 'inherit' })
process.exit(result.status ?? 1)
