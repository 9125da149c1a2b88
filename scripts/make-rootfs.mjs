#!/usr/bin/env node
// Builds the root filesystems that __tests__/fixtures/Dockerfile ADDs, for amd64
// and arm64, from Debian 12 packages: nothing can be pulled from a container
// registry, but the Debian mirror named by the host's apt sources is reachable.
//
//   node scripts/make-rootfs.mjs [--force] [--help]
//
// Runs as root on Debian 12 (dpkg -x, ldconfig -r chroots). Downloads are cached
// in .fixtures-cache/, the tars land in __tests__/fixtures/rootfs/ (both git-ignored).
// A second run with an unchanged recipe (this file) does nothing.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SCRIPT = fileURLToPath(import.meta.url)
const REPO = path.resolve(path.dirname(SCRIPT), '..')
const CACHE = path.join(REPO, '.fixtures-cache')
const OUT = path.join(REPO, '__tests__', 'fixtures', 'rootfs')
const STAMP = path.join(OUT, '.stamp')

const SUITE = 'bookworm'
/** Debian 11's libc6 (glibc 2.31), for a final base older than the builder's C library. */
const OLD_SUITE = 'bullseye'
/** Every tar entry gets this mtime (Debian 12's release day) so rebuilds give identical bytes. */
const MTIME = '@1686355200'

const ARCHES = {
  amd64: {
    triplet: 'x86_64-linux-gnu',
    interpreter: '/lib64/ld-linux-x86-64.so.2',
    // Debian's merged-/usr links on amd64 include lib64; arm64 has no lib64.
    mergedDirs: ['bin', 'sbin', 'lib', 'lib64']
  },
  arm64: {
    triplet: 'aarch64-linux-gnu',
    interpreter: '/lib/ld-linux-aarch64.so.1',
    mergedDirs: ['bin', 'sbin', 'lib']
  }
}

// The builder: ldd (a bash script from libc-bin) plus programs with different
// dependency trees. Dependencies are listed by hand, not resolved by apt, so the
// tree holds exactly these packages.
const BUILDER_PACKAGES = [
  'libc6',
  'libc-bin', // ldd, ldconfig
  'bash', // ldd's interpreter
  'libtinfo6',
  'coreutils', // ls -> libselinux.so.1 -> libpcre2-8.so.0
  'libacl1',
  'libattr1',
  'libselinux1',
  'libpcre2-8-0',
  'libgmp10',
  'jq', // jq -> libjq.so.1 -> libonig.so.5: libonig is needed only by a library
  'libjq1',
  'libonig5',
  'zstd', // zstd -> libz.so.1, liblzma.so.5, liblz4.so.1 (libzstd is linked in statically)
  'zlib1g',
  'liblzma5',
  'liblz4-1',
  'xz-utils', // xz -> liblzma.so.5
  'openssl', // openssl -> libssl.so.3 -> libcrypto.so.3
  'libssl3',
  'busybox-static', // /bin/busybox, statically linked
  'dpkg', // dpkg-query -S names the package that owns a missing library
  'libbz2-1.0',
  'libmd0',
  'libzstd1'
]
const DISTROLESS_PACKAGES = ['libc6']

/** Paths the fixture Dockerfile copies out of the builder; checked so a package change fails here, not in a test. */
const BUILDER_MUST_HOLD = t => [
  '/usr/bin/ldd',
  '/bin/bash',
  '/usr/bin/jq',
  '/usr/bin/zstd',
  '/bin/busybox',
  `/lib/${t}/libjq.so.1`,
  `/lib/${t}/libonig.so.5`,
  `/lib/${t}/libz.so.1`,
  `/lib/${t}/liblzma.so.5`,
  `/lib/${t}/liblz4.so.1`,
  '/etc/ld.so.cache'
]

const USAGE = `usage: node scripts/make-rootfs.mjs [--force]

Builds, for amd64 and arm64, into __tests__/fixtures/rootfs/:
  builder-<arch>.tar            merged-/usr Debian 12 with ldd, bash, coreutils, jq, zstd, xz, openssl, busybox
  distroless-<arch>.tar         libc6's loader and libraries only, classic layout (real /lib, /lib64)
  distroless-merged-<arch>.tar  the same, merged-/usr (/lib -> usr/lib, ...)
  libjq-link-only-<arch>.tar    just /lib/<triplet>/libjq.so.1 -> libjq.so.<version> (a dangling soname link)
Does nothing when the outputs exist and were made by this version of the script.
  --force   rebuild even so (downloads stay cached in .fixtures-cache/)`

function log(message) {
  process.stderr.write(`make-rootfs: ${message}\n`)
}

class Failure extends Error {}

/** Runs argv, returns stdout; on failure throws with the command and its stderr tail. */
function run(argv, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      argv[0],
      argv.slice(1),
      {
        cwd,
        env: { ...process.env, LC_ALL: 'C', DEBIAN_FRONTEND: 'noninteractive', ...env },
        maxBuffer: 64 << 20
      },
      (error, stdout, stderr) => {
        if (error) {
          const tail = String(stderr).trim().split('\n').slice(-15).join('\n')
          reject(
            new Failure(
              `command failed (${error.code ?? error.signal}): ${argv.join(' ')}\n${tail}`
            )
          )
        } else {
          resolve(String(stdout))
        }
      }
    )
  })
}

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

function recipeHash() {
  return createHash('sha256').update(fs.readFileSync(SCRIPT)).digest('hex')
}

function outputs() {
  return Object.keys(ARCHES).flatMap(arch =>
    ['builder', 'distroless', 'distroless-merged', 'distroless-bullseye', 'libjq-link-only'].map(
      name => path.join(OUT, `${name}-${arch}.tar`)
    )
  )
}

function upToDate(hash) {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'))
    return stamp.recipe === hash && outputs().every(file => fs.existsSync(file))
  } catch {
    return false
  }
}

function checkHost() {
  if (process.getuid?.() !== 0) {
    throw new Failure('run as root: dpkg -x keeps ownership and ldconfig -r needs chroot')
  }
  const osRelease = fs.existsSync('/etc/os-release')
    ? fs.readFileSync('/etc/os-release', 'utf8')
    : ''
  if (!new RegExp(`^VERSION_CODENAME=${SUITE}$`, 'm').test(osRelease)) {
    throw new Failure(`expects a Debian 12 (${SUITE}) host whose apt sources name ${SUITE}`)
  }
  for (const tool of ['apt-get', 'dpkg', 'tar']) {
    const found = (process.env.PATH ?? '')
      .split(':')
      .some(dir => fs.existsSync(path.join(dir, tool)))
    if (!found) throw new Failure(`${tool} not found on PATH`)
  }
}

/** The Debian mirror the host's apt sources name, for a suite the host does not list. */
function hostMirror() {
  const sources = '/etc/apt/sources.list.d/debian.sources'
  const text = fs.existsSync(sources) ? fs.readFileSync(sources, 'utf8') : ''
  const uris = /^URIs:\s*(.+)$/m.exec(text)?.[1]?.split(/\s+/) ?? []
  const mirror = uris.find(uri => !uri.includes('security'))
  if (!mirror) throw new Failure(`no Debian mirror in ${sources}`)
  return mirror
}

/** apt options that keep every piece of state inside the cache, away from the host's apt. */
function aptOptions(arch, suite = SUITE) {
  const state = path.join(CACHE, suite === SUITE ? `apt-${arch}` : `apt-${arch}-${suite}`)
  for (const dir of ['lists/partial', 'cache/archives/partial', 'state']) {
    fs.mkdirSync(path.join(state, dir), { recursive: true })
  }
  const status = path.join(state, 'status')
  if (!fs.existsSync(status)) fs.writeFileSync(status, '') // nothing "installed": no host packages leak in
  const sourceList = []
  if (suite !== SUITE) {
    // Another suite from the same mirror, through a list of our own.
    const list = path.join(state, 'sources.list')
    fs.writeFileSync(
      list,
      `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${hostMirror()} ${suite} main\n`
    )
    sourceList.push(`-oDir::Etc::SourceList=${list}`, '-oDir::Etc::SourceParts=-')
  }
  return [
    '-q',
    `-oAPT::Architecture=${arch}`,
    `-oAPT::Architectures=${arch}`,
    ...sourceList,
    `-oDir::State=${path.join(state, 'state')}`,
    `-oDir::State::Lists=${path.join(state, 'lists')}`,
    `-oDir::State::status=${status}`,
    `-oDir::Cache=${path.join(state, 'cache')}`,
    `-oDir::Cache::Archives=${path.join(state, 'cache', 'archives')}`,
    // Files land in our own folder, which _apt cannot write; avoid the unsandboxed-download warning.
    '-oAPT::Sandbox::User=root'
  ]
}

/** Downloads (or reuses) the .deb of each package; returns their paths. */
async function fetchDebs(arch, packages, suite = SUITE) {
  const options = aptOptions(arch, suite)
  const stateName = suite === SUITE ? `apt-${arch}` : `apt-${arch}-${suite}`
  log(`${arch}: apt-get update (${suite}, own state in .fixtures-cache/${stateName})`)
  try {
    await run(['apt-get', ...options, 'update'])
  } catch (error) {
    const lists = path.join(CACHE, stateName, 'lists')
    if (
      !fs.readdirSync(lists).some(name => name.endsWith('_InRelease') || name.endsWith('_Release'))
    )
      throw error
    log(`${arch}: apt-get update failed, using the package lists from an earlier run`)
  }
  // --print-uris names the file and its checksum without fetching: a cached file is reused only if it matches.
  const plan = (await run(['apt-get', ...options, 'download', '--print-uris', ...packages]))
    .split('\n')
    .filter(line => line.startsWith("'"))
    .map(line => {
      const [, file, , checksum] = line.split(' ')
      return { package: file.split('_')[0], file, sha256: checksum.replace(/^SHA256:/, '') }
    })
  const missingPlan = packages.filter(name => !plan.some(entry => entry.package === name))
  if (missingPlan.length > 0)
    throw new Failure(`${arch}: apt offers no download for ${missingPlan.join(', ')}`)

  const dir = path.join(CACHE, suite === SUITE ? `debs-${arch}` : `debs-${arch}-${suite}`)
  fs.mkdirSync(dir, { recursive: true })
  const stale = plan.filter(entry => {
    const file = path.join(dir, entry.file)
    return !fs.existsSync(file) || sha256(file) !== entry.sha256
  })
  if (stale.length > 0) {
    log(`${arch}: downloading ${stale.length} package(s)`)
    for (const entry of stale) fs.rmSync(path.join(dir, entry.file), { force: true })
    await run(['apt-get', ...options, 'download', ...stale.map(entry => entry.package)], {
      cwd: dir
    })
    for (const entry of stale) {
      if (sha256(path.join(dir, entry.file)) !== entry.sha256) {
        throw new Failure(`${arch}: checksum mismatch for ${entry.file}`)
      }
    }
  } else {
    log(`${arch}: all ${plan.length} packages cached`)
  }
  return plan.map(entry => ({ ...entry, path: path.join(dir, entry.file) }))
}

async function extract(debs, tree) {
  fs.rmSync(tree, { recursive: true, force: true })
  fs.mkdirSync(tree, { recursive: true })
  for (const deb of debs) await run(['dpkg', '-x', deb.path, tree])
}

function remove(tree, ...relatives) {
  for (const relative of relatives)
    fs.rmSync(path.join(tree, relative), { recursive: true, force: true })
}

function mkdir(tree, relative) {
  const dir = path.join(tree, relative)
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 })
  fs.chmodSync(dir, 0o755)
}

/** Moves the contents of `from` into `to`; entries present in both must be directories or identical. */
function mergeInto(from, to) {
  for (const name of fs.readdirSync(from)) {
    const source = path.join(from, name)
    const target = path.join(to, name)
    const sourceStat = fs.lstatSync(source)
    const targetStat = fs.lstatSync(target, { throwIfNoEntry: false })
    if (!targetStat) {
      fs.renameSync(source, target)
    } else if (sourceStat.isDirectory() && targetStat.isDirectory()) {
      mergeInto(source, target)
      fs.rmdirSync(source)
    } else if (sameEntry(source, sourceStat, target, targetStat)) {
      fs.rmSync(source)
    } else {
      throw new Failure(`merged-/usr conflict: ${source} and ${target} differ`)
    }
  }
}

function sameEntry(a, aStat, b, bStat) {
  if (aStat.isSymbolicLink() && bStat.isSymbolicLink())
    return fs.readlinkSync(a) === fs.readlinkSync(b)
  if (aStat.isFile() && bStat.isFile()) return fs.readFileSync(a).equals(fs.readFileSync(b))
  return false
}

/** Turns a tree into Debian 12's merged-/usr layout: /lib -> usr/lib and so on, files under /usr. */
function mergeUsr(tree, arch) {
  for (const dir of ARCHES[arch].mergedDirs) {
    const top = path.join(tree, dir)
    mkdir(tree, path.join('usr', dir))
    if (fs.existsSync(top)) {
      mergeInto(top, path.join(tree, 'usr', dir))
      fs.rmdirSync(top)
    }
    fs.symlinkSync(`usr/${dir}`, top)
  }
}

/**
 * Writes /etc/ld.so.cache with the arch's own (static) ldconfig. For arm64 it runs
 * under qemu-aarch64-static, or through binfmt_misc when that is missing.
 */
async function writeLdCache(tree, arch, ldconfig, configFile) {
  const argv = [ldconfig, '-X', '-r', tree, ...(configFile ? ['-f', configFile] : [])]
  const qemu = '/usr/bin/qemu-aarch64-static'
  await run(arch === 'arm64' && fs.existsSync(qemu) ? [qemu, ...argv] : argv)
  // ldconfig's aux cache records inodes and times: not wanted in a reproducible tar.
  remove(tree, 'var/cache/ldconfig')
  for (const dir of ['var/cache', 'var']) {
    const full = path.join(tree, dir)
    if (fs.existsSync(full) && fs.readdirSync(full).length === 0) fs.rmdirSync(full)
  }
  if (!fs.existsSync(path.join(tree, 'etc', 'ld.so.cache')))
    throw new Failure(`${arch}: ldconfig wrote no /etc/ld.so.cache`)
}

/** Follows links inside the tree (absolute targets are relative to the tree's root) to see whether a path leads to a file. */
function existsInTree(tree, absolute, depth = 0) {
  if (depth > 40) return false
  const parts = absolute.split('/').filter(Boolean)
  let current = ''
  for (let i = 0; i < parts.length; i++) {
    const candidate = `${current}/${parts[i]}`
    const stat = fs.lstatSync(path.join(tree, candidate), { throwIfNoEntry: false })
    if (!stat) return false
    if (stat.isSymbolicLink()) {
      const target = fs.readlinkSync(path.join(tree, candidate))
      const resolved = target.startsWith('/') ? target : path.posix.join(current || '/', target)
      return existsInTree(tree, path.posix.join(resolved, ...parts.slice(i + 1)), depth + 1)
    }
    current = candidate
  }
  return fs.statSync(path.join(tree, current)).isFile()
}

async function writeTar(tree, file) {
  const entries = fs.readdirSync(tree).sort()
  const partial = `${file}.${process.pid}.partial`
  await run([
    'tar',
    '--create',
    `--file=${partial}`,
    `--directory=${tree}`,
    '--format=gnu',
    '--sort=name',
    '--numeric-owner',
    '--owner=0',
    '--group=0',
    `--mtime=${MTIME}`,
    '--',
    ...entries
  ])
  fs.renameSync(partial, file)
}

/**
 * A dpkg database for the packages of a tree (status and file lists), as dpkg would have left
 * it after installing them, so `dpkg-query -S` can name a file's package.
 */
async function writeDpkgDatabase(tree, debs) {
  const info = path.join(tree, 'var', 'lib', 'dpkg', 'info')
  fs.mkdirSync(info, { recursive: true })
  const status = []
  for (const deb of debs) {
    const fields = await run([
      'dpkg-deb',
      '-f',
      deb.path,
      'Package',
      'Version',
      'Architecture',
      'Multi-Arch',
      'Maintainer',
      'Description'
    ])
    const field = name => new RegExp(`^${name}: (.*)$`, 'm').exec(fields)?.[1]
    const name = field('Package')
    const multiArchSame = field('Multi-Arch') === 'same'
    status.push(
      [
        `Package: ${name}`,
        'Status: install ok installed',
        `Architecture: ${field('Architecture')}`,
        ...(field('Multi-Arch') ? [`Multi-Arch: ${field('Multi-Arch')}`] : []),
        `Version: ${field('Version')}`,
        `Maintainer: ${field('Maintainer')}`,
        `Description: ${field('Description')}`
      ].join('\n')
    )
    const listing = await run(['dpkg-deb', '-c', deb.path])
    const paths = listing
      .split('\n')
      .filter(Boolean)
      .map(line =>
        line
          .split(/\s+/)
          .slice(5)
          .join(' ')
          .replace(/ (->|link to) .*$/, '')
      )
      .map(entry => entry.replace(/^\./, '').replace(/\/$/, '') || '/.')
    const list = multiArchSame ? `${name}:${field('Architecture')}.list` : `${name}.list`
    fs.writeFileSync(path.join(info, list), `${paths.join('\n')}\n`)
  }
  fs.writeFileSync(path.join(tree, 'var', 'lib', 'dpkg', 'status'), `${status.join('\n\n')}\n\n`)
  // The multiarch layout of info/ (pkg:arch.list); without this file dpkg reads the old one.
  fs.writeFileSync(path.join(info, 'format'), '1\n')
}

async function buildArch(arch) {
  const { triplet, interpreter } = ARCHES[arch]
  const debs = await fetchDebs(arch, BUILDER_PACKAGES)
  const work = path.join(CACHE, `work-${arch}`)

  log(`${arch}: assembling builder (merged /usr)`)
  const builder = path.join(work, 'builder')
  await extract(debs, builder)
  remove(
    builder,
    'usr/share/doc',
    'usr/share/man',
    'usr/share/info',
    'usr/share/locale',
    'usr/share/lintian'
  )
  mergeUsr(builder, arch)
  await writeDpkgDatabase(builder, debs)
  const ldconfig = path.join(builder, 'usr', 'sbin', 'ldconfig')
  await writeLdCache(builder, arch, ldconfig)
  const absent = [...BUILDER_MUST_HOLD(triplet), interpreter].filter(p => !existsInTree(builder, p))
  if (absent.length > 0) throw new Failure(`${arch}: the builder lacks ${absent.join(', ')}`)
  await writeTar(builder, path.join(OUT, `builder-${arch}.tar`))

  const libc = debs.filter(deb => DISTROLESS_PACKAGES.includes(deb.package))
  for (const merged of [false, true]) {
    const name = merged ? 'distroless-merged' : 'distroless'
    log(`${arch}: assembling ${name}`)
    const tree = path.join(work, name)
    await extract(libc, tree)
    // Only the loader and the libraries: no docs, no iconv modules.
    remove(tree, 'usr/share', `usr/lib/${triplet}/gconv`)
    if (merged) mergeUsr(tree, arch)
    // libc6 ships the multiarch search list; /etc/ld.so.conf itself belongs to libc-bin.
    await writeLdCache(tree, arch, ldconfig, `/etc/ld.so.conf.d/${triplet}.conf`)
    if (!existsInTree(tree, interpreter))
      throw new Failure(`${arch}: ${name} lacks the loader ${interpreter}`)
    await writeTar(tree, path.join(OUT, `${name}-${arch}.tar`))
  }

  // Debian 11's C library (glibc 2.31) in the classic layout: programs built against
  // Debian 12's (2.36) need symbol versions it does not define ("GLIBC_2.34 not found").
  log(`${arch}: assembling distroless-bullseye (Debian 11 libc6)`)
  const oldLibc = await fetchDebs(arch, ['libc6'], OLD_SUITE)
  const oldTree = path.join(work, 'distroless-bullseye')
  await extract(oldLibc, oldTree)
  remove(oldTree, 'usr/share', `usr/lib/${triplet}/gconv`)
  await writeLdCache(oldTree, arch, ldconfig, `/etc/ld.so.conf.d/${triplet}.conf`)
  if (!existsInTree(oldTree, interpreter))
    throw new Failure(`${arch}: distroless-bullseye lacks the loader ${interpreter}`)
  await writeTar(oldTree, path.join(OUT, `distroless-bullseye-${arch}.tar`))

  // COPY dereferences a symlink source, so a soname link without its file cannot be
  // made by COPY from the builder: ship it as a tiny tar instead.
  const linkTarget = fs.readlinkSync(path.join(builder, 'usr', 'lib', triplet, 'libjq.so.1'))
  const linkTree = path.join(work, 'libjq-link-only')
  remove(linkTree, '.')
  mkdir(linkTree, `lib/${triplet}`)
  fs.symlinkSync(linkTarget, path.join(linkTree, 'lib', triplet, 'libjq.so.1'))
  await writeTar(linkTree, path.join(OUT, `libjq-link-only-${arch}.tar`))

  return [...debs, ...oldLibc].map(deb => deb.file).sort()
}

async function main() {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const unknown = args.filter(arg => arg !== '--force')
  if (unknown.length > 0) throw new Failure(`unknown argument ${unknown.join(' ')}\n${USAGE}`)

  const hash = recipeHash()
  if (!args.includes('--force') && upToDate(hash)) {
    log('fixtures up to date')
    return
  }
  checkHost()
  const started = Date.now()
  fs.mkdirSync(OUT, { recursive: true })
  fs.rmSync(STAMP, { force: true })
  const packages = {}
  for (const arch of Object.keys(ARCHES)) packages[arch] = await buildArch(arch)
  fs.writeFileSync(STAMP, `${JSON.stringify({ recipe: hash, packages }, null, 2)}\n`)
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path.relative(REPO, OUT)}/`)
}

main().catch(error => {
  log(`error: ${error instanceof Failure ? error.message : (error?.stack ?? error)}`)
  process.exitCode = 1
})
