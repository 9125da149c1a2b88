// Writes a synthetic filesystem tar for the indexing benchmark: folders, files with bodies of
// varied sizes, symbolic links, and some names long enough to need a PAX header. Bodies are all
// zeros and left as holes of a sparse file, so a 1 GiB archive takes only its headers on disk;
// reading it back (`cat`) still yields every byte through the pipe.
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs'

const BLOCK = 512

/** A small seeded generator (mulberry32): the same archive on every run. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function octal(block, at, length, value) {
  block.write(value.toString(8).padStart(length - 1, '0') + '\0', at, length, 'latin1')
}

function header(name, typeflag, size, linkname = '') {
  const block = Buffer.alloc(BLOCK)
  block.write(name, 0, 100, 'utf8')
  octal(block, 100, 8, typeflag === '5' ? 0o755 : typeflag === '2' ? 0o777 : 0o644)
  octal(block, 108, 8, 0)
  octal(block, 116, 8, 0)
  octal(block, 124, 12, size)
  octal(block, 136, 12, 1700000000)
  block.write(typeflag, 156, 1, 'latin1')
  block.write(linkname, 157, 100, 'utf8')
  block.write('ustar\u000000', 257, 8, 'latin1')
  block.write('root', 265, 32, 'latin1')
  block.write('root', 297, 32, 'latin1')
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1')
  return block
}

function paxHeader(path) {
  let record = ` path=${path}\n`
  let length = Buffer.byteLength(record)
  // The length counts its own digits.
  while (String(length + String(length).length).length !== String(length).length) length++
  record = `${length + String(length).length}${record}`
  const body = Buffer.from(record, 'utf8')
  const padded = Buffer.alloc(Math.ceil(body.length / BLOCK) * BLOCK)
  body.copy(padded)
  return Buffer.concat([header('PaxHeaders/long', 'x', body.length), padded])
}

/** The archive's members, in the order a tar of a real tree lists them. */
function members(entries) {
  const list = []
  const perFolder = 10 // one folder, then 7 files and 2 symbolic links
  for (let d = 0; list.length < entries; d++) {
    const folder = `usr/share/pkg-${String(Math.floor(d / 100)).padStart(3, '0')}/part-${d % 100}`
    if (d % 100 === 0)
      list.push({ name: folder.slice(0, folder.lastIndexOf('/')) + '/', type: '5' })
    list.push({ name: `${folder}/`, type: '5' })
    for (let f = 0; f < perFolder - 3 && list.length < entries; f++) {
      // Every 20th file has a name longer than the 100 bytes of a ustar header.
      const long = (d * 7 + f) % 20 === 0 ? `-${'long-name-'.repeat(10)}` : ''
      list.push({ name: `${folder}/file-${f}${long}.dat`, type: '0' })
    }
    for (let l = 0; l < 2 && list.length < entries; l++) {
      list.push({ name: `${folder}/link-${l}`, type: '2', target: `file-${l}.dat` })
    }
  }
  return list.slice(0, entries)
}

/**
 * Writes the archive to `file` (sparse) and returns its length in bytes and its member count.
 * The bodies are sized so that the whole archive comes to about `totalBytes`.
 */
export function writeSparseTar(file, { entries, totalBytes, seed = 7 }) {
  const list = members(entries)
  const next = random(seed)
  const files = list.filter(member => member.type === '0')
  // Sizes spread over six orders of magnitude (a few bytes to a few MiB), then scaled.
  const weights = files.map(() => Math.exp(next() * Math.log(4_000_000)))
  const headers = list.length * BLOCK + files.filter(f => f.name.length > 100).length * 3 * BLOCK
  const bodyBytes = Math.max(0, totalBytes - headers - 2 * BLOCK)
  // Padding to whole blocks adds about half a block a file.
  const scale =
    Math.max(0, bodyBytes - files.length * (BLOCK / 2)) / weights.reduce((a, b) => a + b)
  files.forEach((member, i) => (member.size = Math.floor((weights[i] ?? 0) * scale)))

  const fd = openSync(file, 'w')
  let position = 0
  try {
    for (const member of list) {
      const size = member.size ?? 0
      const name = member.name.length > 100 ? 'long-name-placeholder' : member.name
      const blocks = Buffer.concat([
        ...(member.name.length > 100 ? [paxHeader(member.name)] : []),
        header(name, member.type, size, member.target ?? '')
      ])
      writeSync(fd, blocks, 0, blocks.length, position)
      position += blocks.length + Math.ceil(size / BLOCK) * BLOCK
    }
    position += 2 * BLOCK
    ftruncateSync(fd, position)
  } finally {
    closeSync(fd)
  }
  return { bytes: position, members: list.length }
}
