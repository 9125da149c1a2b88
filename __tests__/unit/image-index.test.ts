import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pack } from 'tar-stream'
import type { Header } from 'tar-stream'
import { describe, expect, it } from 'vitest'
import { ImageIndex, indexTarStream, normalizeImagePath } from '../../src/image-index.js'

interface TarItem {
  name: string
  type?: Header['type']
  linkname?: string
  content?: string
}

const file = (name: string, content = 'x'): TarItem => ({ name, type: 'file', content })
const dir = (name: string): TarItem => ({ name, type: 'directory' })
const symlink = (name: string, linkname: string): TarItem => ({ name, type: 'symlink', linkname })
const hardlink = (name: string, linkname: string): TarItem => ({ name, type: 'link', linkname })

async function packTar(items: readonly TarItem[]): Promise<Buffer> {
  const packer = pack()
  const chunks: Buffer[] = []
  const collected = (async () => {
    for await (const chunk of packer) chunks.push(chunk as Buffer)
  })()
  for (const { name, type = 'file', linkname, content = '' } of items) {
    const header = { name, type, linkname, mode: type === 'directory' ? 0o755 : 0o644 }
    // One entry at a time: tar-stream's queue of waiting entries is slow to shift when long.
    await new Promise<void>((resolve, reject) =>
      packer.entry(header, content, error => (error ? reject(error) : resolve()))
    )
  }
  packer.finalize()
  await collected
  return Buffer.concat(chunks)
}

/** Streams the bytes in chunks of `size`, so headers and bodies straddle chunk ends. */
function streamOf(bytes: Buffer, size = 65536): Readable {
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size))
  return Readable.from(chunks)
}

async function indexOf(items: readonly TarItem[]): Promise<ImageIndex> {
  return indexTarStream(streamOf(await packTar(items)))
}

/** GNU tar's own output of a folder, for the GNU long-name records tar-stream never writes. */
function gnuTarOf(build: (root: string) => void): Buffer {
  const root = mkdtempSync(join(tmpdir(), 'image-index-gnu-'))
  try {
    build(root)
    return execFileSync('tar', ['--format=gnu', '-cf', '-', '-C', root, '.'], {
      maxBuffer: 64 * 1024 * 1024
    })
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

const MULTIARCH = '/usr/lib/x86_64-linux-gnu'

/** A Debian-like merged-/usr root: /lib and /lib64 are links into /usr. */
const mergedUsr: TarItem[] = [
  dir('./'),
  dir('./usr/'),
  dir('./usr/lib/'),
  dir('./usr/lib/x86_64-linux-gnu/'),
  dir('./usr/lib64/'),
  symlink('./lib', 'usr/lib'),
  symlink('./lib64', 'usr/lib64'),
  file('./usr/lib/x86_64-linux-gnu/libc.so.6'),
  file('./usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
  symlink('./usr/lib64/ld-linux-x86-64.so.2', '../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
  file('./usr/lib/x86_64-linux-gnu/libz.so.1.3.1'),
  symlink('./usr/lib/x86_64-linux-gnu/libz.so.1', 'libz.so.1.3.1')
]

describe('ImageIndex.resolve: links', () => {
  it('follows a soname link to the versioned file', async () => {
    const index = await indexOf(mergedUsr)
    expect(index.resolve(`${MULTIARCH}/libz.so.1`)).toEqual({
      path: `${MULTIARCH}/libz.so.1`,
      found: true,
      resolvedPath: `${MULTIARCH}/libz.so.1.3.1`,
      chain: [{ link: `${MULTIARCH}/libz.so.1`, target: 'libz.so.1.3.1' }]
    })
  })

  it('finds a regular file with an empty chain', async () => {
    const index = await indexOf(mergedUsr)
    expect(index.resolve(`${MULTIARCH}/libc.so.6`)).toEqual({
      path: `${MULTIARCH}/libc.so.6`,
      found: true,
      resolvedPath: `${MULTIARCH}/libc.so.6`,
      chain: []
    })
  })

  it('restarts an absolute link target at the image root', async () => {
    const index = await indexOf([
      file('opt/foo/lib/libfoo.so.2.0'),
      symlink('usr/lib/libfoo.so.2', '/opt/foo/lib/libfoo.so.2.0')
    ])
    const result = index.resolve('/usr/lib/libfoo.so.2')
    expect(result.found).toBe(true)
    expect(result.resolvedPath).toBe('/opt/foo/lib/libfoo.so.2.0')
  })

  it('takes a relative link target from the folder holding the link', async () => {
    const index = await indexOf([
      file('usr/lib/real/libbar.so.1'),
      file('usr/libbar.so.1'),
      symlink('usr/lib/libbar.so.1', 'real/libbar.so.1')
    ])
    expect(index.resolve('/usr/lib/libbar.so.1').resolvedPath).toBe('/usr/lib/real/libbar.so.1')
  })

  it('follows a linked directory in the middle of a path (/lib -> usr/lib)', async () => {
    const index = await indexOf(mergedUsr)
    expect(index.resolve('/lib/x86_64-linux-gnu/libc.so.6')).toEqual({
      path: '/lib/x86_64-linux-gnu/libc.so.6',
      found: true,
      resolvedPath: `${MULTIARCH}/libc.so.6`,
      chain: [{ link: '/lib', target: 'usr/lib' }]
    })
  })

  it('follows the merged-/usr loader path through /lib64 and a relative link', async () => {
    const index = await indexOf(mergedUsr)
    expect(index.resolve('/lib64/ld-linux-x86-64.so.2')).toEqual({
      path: '/lib64/ld-linux-x86-64.so.2',
      found: true,
      resolvedPath: `${MULTIARCH}/ld-linux-x86-64.so.2`,
      chain: [
        { link: '/lib64', target: 'usr/lib64' },
        {
          link: '/usr/lib64/ld-linux-x86-64.so.2',
          target: '../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'
        }
      ]
    })
  })

  it('follows a soname link reached through a linked directory', async () => {
    const index = await indexOf(mergedUsr)
    const result = index.resolve('/lib/x86_64-linux-gnu/libz.so.1')
    expect(result.found).toBe(true)
    expect(result.resolvedPath).toBe(`${MULTIARCH}/libz.so.1.3.1`)
    expect(result.chain.map(step => step.link)).toEqual(['/lib', `${MULTIARCH}/libz.so.1`])
  })

  it('takes `..` after a link from where the link led, not lexically', async () => {
    const index = await indexOf([
      file('a/x', 'lexical'),
      file('b/x', 'physical'),
      dir('b/c'),
      symlink('a/link', '/b/c')
    ])
    expect(index.resolve('/a/link/../x').resolvedPath).toBe('/b/x')
  })

  it('keeps `..` in a link target at the root', async () => {
    const index = await indexOf([
      file('lib/real.so'),
      symlink('usr/lib/libx.so', '../../../../../lib/real.so')
    ])
    const result = index.resolve('/usr/lib/libx.so')
    expect(result.found).toBe(true)
    expect(result.resolvedPath).toBe('/lib/real.so')
  })

  it('keeps `..` in an asked path at the root', async () => {
    const index = await indexOf([file('etc/passwd')])
    expect(index.resolve('/../../etc/passwd').resolvedPath).toBe('/etc/passwd')
  })

  it('reads an asked path without a leading slash from the root', async () => {
    const index = await indexOf(mergedUsr)
    expect(index.resolve('lib/x86_64-linux-gnu/libc.so.6').found).toBe(true)
  })

  it('follows 40 links and calls the 41st a loop, like the kernel', async () => {
    const links = (count: number): TarItem[] => [
      file('target'),
      ...Array.from({ length: count }, (_, i) =>
        symlink(`l${i}`, i === count - 1 ? 'target' : `l${i + 1}`)
      )
    ]
    const forty = (await indexOf(links(40))).resolve('/l0')
    expect(forty.found).toBe(true)
    expect(forty.chain).toHaveLength(40)
    const fortyOne = (await indexOf(links(41))).resolve('/l0')
    expect(fortyOne.found).toBe(false)
    expect(fortyOne.failure?.kind).toBe('loop')
  })
})

describe('ImageIndex.resolve: failures', () => {
  it('reports absent when nothing is at the path', async () => {
    const index = await indexOf(mergedUsr)
    expect(index.resolve(`${MULTIARCH}/libssl.so.3`)).toEqual({
      path: `${MULTIARCH}/libssl.so.3`,
      found: false,
      resolvedPath: `${MULTIARCH}/libssl.so.3`,
      chain: [],
      failure: { kind: 'absent', at: `${MULTIARCH}/libssl.so.3` }
    })
  })

  it('reports absent, not dangling, when a healthy linked directory lacks the file', async () => {
    const index = await indexOf(mergedUsr)
    const result = index.resolve('/lib/x86_64-linux-gnu/libssl.so.3')
    expect(result.failure).toEqual({ kind: 'absent', at: `${MULTIARCH}/libssl.so.3` })
    expect(result.chain).toEqual([{ link: '/lib', target: 'usr/lib' }])
  })

  it('reports absent at the first missing folder', async () => {
    const index = await indexOf(mergedUsr)
    expect(index.resolve('/opt/app/lib/libfoo.so').failure).toEqual({
      kind: 'absent',
      at: '/opt'
    })
  })

  it('reports a dangling link with the link in the chain and the missing target', async () => {
    const index = await indexOf([
      dir('usr/lib/'),
      symlink('usr/lib/libssl.so.3', 'libssl.so.3.0.2')
    ])
    expect(index.resolve('/usr/lib/libssl.so.3')).toEqual({
      path: '/usr/lib/libssl.so.3',
      found: false,
      resolvedPath: '/usr/lib/libssl.so.3.0.2',
      chain: [{ link: '/usr/lib/libssl.so.3', target: 'libssl.so.3.0.2' }],
      failure: { kind: 'dangling', at: '/usr/lib/libssl.so.3.0.2' }
    })
  })

  it('reports the whole missing target of a dangling link whose folder is missing', async () => {
    const index = await indexOf([symlink('usr/lib/libfoo.so', '../../opt/foo/../foo/libfoo.so.1')])
    expect(index.resolve('/usr/lib/libfoo.so').failure).toEqual({
      kind: 'dangling',
      at: '/opt/foo/libfoo.so.1'
    })
  })

  it('reports a link to itself as a loop', async () => {
    const index = await indexOf([symlink('usr/lib/self.so', 'self.so')])
    const result = index.resolve('/usr/lib/self.so')
    expect(result.failure).toEqual({ kind: 'loop', at: '/usr/lib/self.so' })
    expect(result.chain).toHaveLength(40)
  })

  it('reports two links pointing at each other as a loop', async () => {
    const index = await indexOf([symlink('a', 'b'), symlink('b', '/a')])
    const result = index.resolve('/a')
    expect(result.failure?.kind).toBe('loop')
    expect(result.chain.slice(0, 2)).toEqual([
      { link: '/a', target: 'b' },
      { link: '/b', target: '/a' }
    ])
  })

  it('reports a directory loop as a loop', async () => {
    const index = await indexOf([symlink('usr/lib', '../lib'), symlink('lib', 'usr/lib')])
    expect(index.resolve('/lib/libc.so.6').failure?.kind).toBe('loop')
  })

  it('walks a link to its own folder without calling it a loop', async () => {
    const index = await indexOf([file('usr/lib/libc.so.6'), symlink('usr/lib/again', '.')])
    const result = index.resolve('/usr/lib/again/again/again/libc.so.6')
    expect(result.resolvedPath).toBe('/usr/lib/libc.so.6')
    expect(result.chain).toHaveLength(3)
  })

  it('reports a directory at the end as not-a-file', async () => {
    const index = await indexOf(mergedUsr)
    expect(index.resolve('/lib')).toMatchObject({
      found: false,
      resolvedPath: '/usr/lib',
      failure: { kind: 'not-a-file', at: '/usr/lib' }
    })
    expect(index.resolve('/').failure).toEqual({ kind: 'not-a-file', at: '/' })
  })

  it('reports a device as not-a-file', async () => {
    const index = await indexOf([{ name: 'dev/null', type: 'character-device' }])
    expect(index.get('/dev/null')?.type).toBe('other')
    expect(index.resolve('/dev/null').failure).toEqual({ kind: 'not-a-file', at: '/dev/null' })
  })

  it('reports a file used as a folder as not-a-directory', async () => {
    const index = await indexOf([file('usr/lib/libc.so.6')])
    expect(index.resolve('/usr/lib/libc.so.6/x').failure).toEqual({
      kind: 'not-a-directory',
      at: '/usr/lib/libc.so.6'
    })
  })

  it('reports a file asked with a trailing slash as not-a-directory, like the kernel', async () => {
    const index = await indexOf([file('usr/bin/app'), symlink('usr/bin/alias', 'app/')])
    expect(index.resolve('/usr/bin/app/').failure?.kind).toBe('not-a-directory')
    expect(index.resolve('/usr/bin/alias').failure?.kind).toBe('not-a-directory')
  })

  it('reports an empty link target as dangling', () => {
    const index = ImageIndex.fromEntries([{ path: '/lib/empty.so', type: 'symlink', target: '' }])
    expect(index.resolve('/lib/empty.so').failure).toEqual({
      kind: 'dangling',
      at: '/lib/empty.so'
    })
  })
})

describe('indexTarStream: names', () => {
  it('confines `..` in member names to the root', async () => {
    const index = await indexOf([file('../../etc/passwd'), file('/../../etc/x'), file('a/../../b')])
    expect([...index.paths()].sort()).toEqual(['/', '/b', '/etc', '/etc/passwd', '/etc/x'])
  })

  it('reads absolute member names', async () => {
    const index = await indexOf([file('/usr/bin/app')])
    expect(index.get('/usr/bin/app')?.type).toBe('file')
    expect(index.resolve('/usr/bin/app').found).toBe(true)
  })

  it('reads `./`-prefixed member names', async () => {
    const index = await indexOf([dir('./'), dir('./usr/'), file('./usr/bin/app')])
    expect([...index.paths()].sort()).toEqual(['/', '/usr', '/usr/bin', '/usr/bin/app'])
  })

  it('reads ustar names split into prefix and name', async () => {
    const name = `usr/lib/${'d'.repeat(90)}/${'f'.repeat(60)}.so`
    const index = await indexOf([file(name)])
    expect(index.get(`/${name}`)?.type).toBe('file')
  })

  it('reads PAX long names and long link targets', async () => {
    const folder = `opt/${'p'.repeat(120)}`
    const target = `/${folder}/${'libverylong'.repeat(12)}.so.1`
    const bytes = await packTar([file(target), symlink(`${folder}/l`, target)])
    expect(bytes.includes('path=')).toBe(true)
    expect(bytes.includes('linkpath=')).toBe(true)
    const index = await indexTarStream(streamOf(bytes))
    const result = index.resolve(`/${folder}/l`)
    expect(result.found).toBe(true)
    expect(result.resolvedPath).toBe(target)
    expect(result.chain).toEqual([{ link: `/${folder}/l`, target }])
  })

  it('reads PAX names that are not ASCII', async () => {
    const index = await indexOf([file('usr/share/ünïcødé/文件')])
    expect(index.has('/usr/share/ünïcødé/文件')).toBe(true)
  })

  it('reads GNU long names and long link targets', async () => {
    const folder = `usr/lib/${'g'.repeat(150)}`
    const bytes = gnuTarOf(root => {
      mkdirSync(join(root, folder), { recursive: true })
      writeFileSync(join(root, folder, 'libgnu.so.1.0'), 'elf')
      symlinkSync(`/${folder}/libgnu.so.1.0`, join(root, folder, 'libgnu.so.1'))
    })
    expect(bytes.includes('././@LongLink')).toBe(true)
    const index = await indexTarStream(streamOf(bytes))
    const result = index.resolve(`/${folder}/libgnu.so.1`)
    expect(result.found).toBe(true)
    expect(result.resolvedPath).toBe(`/${folder}/libgnu.so.1.0`)
  })

  it('creates folders implied by deeper entries', async () => {
    const index = await indexOf([file('usr/lib/x86_64-linux-gnu/libz.so.1')])
    expect(index.get('/usr')?.type).toBe('dir')
    expect(index.get('/usr/lib/x86_64-linux-gnu')?.type).toBe('dir')
    expect(index.resolve('/usr/lib').failure?.kind).toBe('not-a-file')
    expect(index.size).toBe(5)
  })

  it('keeps a folder entry that comes after its contents', async () => {
    const index = await indexOf([file('usr/bin/app'), { name: 'usr/bin/', type: 'directory' }])
    expect(index.get('/usr/bin')?.mode).toBe(0o755)
  })
})

describe('indexTarStream: entries', () => {
  it('records type, size, mode and link target', async () => {
    const index = await indexOf([file('bin/app', 'hello'), symlink('bin/alias', 'app')])
    expect(index.get('/bin/app')).toEqual({ type: 'file', size: 5, mode: 0o644 })
    expect(index.get('/bin/alias')).toEqual({
      type: 'symlink',
      target: 'app',
      size: 0,
      mode: 0o644
    })
  })

  it('treats a hard link to a regular file as a regular file', async () => {
    const index = await indexOf([
      file('usr/bin/perl5.36'),
      hardlink('usr/bin/perl', 'usr/bin/perl5.36')
    ])
    expect(index.get('/usr/bin/perl')).toMatchObject({
      type: 'hardlink',
      target: '/usr/bin/perl5.36'
    })
    expect(index.resolve('/usr/bin/perl')).toEqual({
      path: '/usr/bin/perl',
      found: true,
      resolvedPath: '/usr/bin/perl',
      chain: []
    })
  })

  it('reads a hard link with a `./` target as GNU tar writes it', async () => {
    const bytes = gnuTarOf(root => {
      mkdirSync(join(root, 'bin'))
      writeFileSync(join(root, 'bin', 'a'), 'same inode')
      execFileSync('ln', [join(root, 'bin', 'a'), join(root, 'bin', 'b')])
    })
    const index = await indexTarStream(streamOf(bytes))
    const linked = ['/bin/a', '/bin/b'].filter(path => index.get(path)?.type === 'hardlink')
    expect(linked).toHaveLength(1)
    expect(index.resolve('/bin/a').found).toBe(true)
    expect(index.resolve('/bin/b').found).toBe(true)
  })

  it('reports a hard link to a missing member as dangling', async () => {
    const index = await indexOf([hardlink('usr/bin/perl', 'usr/bin/perl5.36')])
    expect(index.resolve('/usr/bin/perl')).toMatchObject({
      found: false,
      chain: [{ link: '/usr/bin/perl', target: '/usr/bin/perl5.36' }],
      failure: { kind: 'dangling', at: '/usr/bin/perl5.36' }
    })
  })

  it('lets the last of duplicate entries win, as extraction does', async () => {
    const index = await indexOf([
      file('usr/lib/libz.so.1'),
      symlink('usr/lib/libz.so.1', 'libz.so.1.3'),
      symlink('usr/lib/libm.so.6', 'nowhere'),
      file('usr/lib/libm.so.6')
    ])
    expect(index.get('/usr/lib/libz.so.1')?.type).toBe('symlink')
    expect(index.resolve('/usr/lib/libz.so.1').failure?.kind).toBe('dangling')
    expect(index.resolve('/usr/lib/libm.so.6').found).toBe(true)
    expect(index.size).toBe(5)
  })

  it('ignores an attempt to replace the root with a file', async () => {
    const index = await indexOf([file('./'), file('etc/x')])
    expect(index.get('/')?.type).toBe('dir')
    expect(index.resolve('/etc/x').found).toBe(true)
  })

  it('indexes 100,000 entries', async () => {
    const items: TarItem[] = []
    for (let d = 0; d < 100; d++) {
      items.push(dir(`usr/lib/d${d}/`))
      for (let f = 0; f < 999; f++) items.push(symlink(`usr/lib/d${d}/f${f}.so`, `f${f}.so.1`))
    }
    const index = await indexOf(items)
    // 99,900 links and 100 folders, plus /, /usr and /usr/lib.
    expect(index.size).toBe(100_003)
    expect(index.resolve('/usr/lib/d99/f998.so').failure).toEqual({
      kind: 'dangling',
      at: '/usr/lib/d99/f998.so.1'
    })
  })

  it('gives the same index whatever the chunk sizes', async () => {
    const bytes = await packTar([
      ...mergedUsr,
      file(`opt/${'long'.repeat(40)}/x`, 'y'.repeat(700)),
      file('z', 'w'.repeat(513))
    ])
    const whole = [...(await indexTarStream(streamOf(bytes))).entries()]
    for (const size of [1, 7, 511, 512, 513, 4096]) {
      const chunked = [...(await indexTarStream(streamOf(bytes, size))).entries()]
      expect(chunked).toEqual(whole)
    }
  })

  it('ignores what follows the end-of-archive marker', async () => {
    const bytes = Buffer.concat([await packTar([file('a')]), Buffer.from('trailing junk')])
    expect([...(await indexTarStream(streamOf(bytes))).paths()].sort()).toEqual(['/', '/a'])
  })

  it('accepts a tar without an end-of-archive marker, as GNU tar does', async () => {
    const bytes = await packTar([file('a', 'x')])
    const index = await indexTarStream(streamOf(bytes.subarray(0, 1024)))
    expect(index.has('/a')).toBe(true)
  })

  it('builds the same index from entries as from a tar', async () => {
    const fromTar = await indexOf([symlink('lib', 'usr/lib'), file('usr/lib/libc.so.6')])
    const fromList = ImageIndex.fromEntries([
      { path: 'lib', type: 'symlink', target: 'usr/lib', mode: 0o644 },
      { path: './usr/lib/libc.so.6', type: 'file', size: 1, mode: 0o644 }
    ])
    expect([...fromList.entries()]).toEqual([...fromTar.entries()])
  })
})

describe('indexTarStream: streams that are not a tar', () => {
  const notATar = /^the exported image is not a tar stream: /

  it('rejects text', async () => {
    const text = Buffer.from('Error: failed to solve: process "/bin/sh -c make" did not complete\n')
    await expect(
      indexTarStream(streamOf(Buffer.concat(Array.from({ length: 10 }, () => text))))
    ).rejects.toThrow(
      /not a tar stream: its first 512 bytes are no tar header \(it begins with "Error: failed to/
    )
  })

  it('rejects a stream shorter than one header', async () => {
    await expect(indexTarStream(streamOf(Buffer.from('hello')))).rejects.toThrow(
      'the exported image is not a tar stream: it is 5 bytes long, shorter than one tar header (it begins with "hello")'
    )
    await expect(indexTarStream(streamOf(Buffer.from('h')))).rejects.toThrow(/it is 1 byte long/)
  })

  it('rejects an empty stream', async () => {
    await expect(indexTarStream(Readable.from([]))).rejects.toThrow(
      'the exported image is not a tar stream: it is empty'
    )
  })

  it('rejects a compressed tar and says so', async () => {
    const gzip = execFileSync('gzip', ['-c'], { input: await packTar([file('a')]) })
    await expect(indexTarStream(streamOf(gzip))).rejects.toThrow(
      /not a tar stream: it is gzip-compressed/
    )
    const zstd = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x04, 0x58])
    await expect(indexTarStream(streamOf(zstd))).rejects.toThrow(
      /not a tar stream: it is zstd-compressed/
    )
  })

  it('rejects a tar cut in the middle of an entry', async () => {
    const bytes = await packTar([file('a', 'x'.repeat(2000))])
    await expect(indexTarStream(streamOf(bytes.subarray(0, 1024)))).rejects.toThrow(
      /not a tar stream: it ends in the middle of an entry, after 1024 bytes/
    )
  })

  it('rejects a corrupted header after good ones', async () => {
    const bytes = Buffer.from(await packTar([file('a'), file('b')]))
    bytes[1024] = 0x41
    await expect(indexTarStream(streamOf(bytes))).rejects.toThrow(notATar)
    await expect(indexTarStream(streamOf(bytes))).rejects.toThrow(/header at byte 1024/)
  })

  it('passes on the error of a failing source stream unchanged', async () => {
    const failure = new Error('docker exited with code 1')
    const source = new Readable({
      read() {
        this.destroy(failure)
      }
    })
    await expect(indexTarStream(source)).rejects.toBe(failure)
  })
})

describe('normalizeImagePath', () => {
  it.each([
    ['usr/lib/x', '/usr/lib/x'],
    ['./usr/lib/', '/usr/lib'],
    ['/usr//lib/./x', '/usr/lib/x'],
    ['./', '/'],
    ['', '/'],
    ['/../../etc/x', '/etc/x'],
    ['a/b/../../../c', '/c'],
    ['.hidden/..dots/...', '/.hidden/..dots/...']
  ])('normalizes %j to %j', (name, path) => {
    expect(normalizeImagePath(name)).toBe(path)
  })
})
