// Writes jq-<arch>.tar.gz: the members of the fixture builder's root filesystem that /usr/bin/jq
// needs to start (its libraries, the loader, the links leading to them, /etc/ld.so.cache), copied
// byte for byte with their headers. Needs `npm run fixtures` first. Run from the repository root:
//   node __tests__/unit/recorded/loader/record.mjs
import { createReadStream, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { extract, pack } from 'tar-stream'

const KEEP = [
  /^(bin|lib|lib64|sbin)$/,
  /^etc\/ld\.so\.cache$/,
  /^usr\/bin\/jq$/,
  /^usr\/lib64\/ld-linux-x86-64\.so\.2$/,
  /^usr\/lib\/ld-linux-aarch64\.so\.1$/,
  /^usr\/lib\/[a-z0-9_]+-linux-gnu\/(ld-linux[^/]*|libc\.so\.6|libm\.so\.6|libjq\.so\.1[.0-9]*|libonig\.so\.5[.0-9]*)$/
]

async function record(arch) {
  const source = `__tests__/fixtures/rootfs/builder-${arch}.tar`
  const packer = pack()
  const chunks = []
  const collected = (async () => {
    for await (const chunk of packer) chunks.push(chunk)
  })()
  const kept = []
  for await (const entry of createReadStream(source).pipe(extract())) {
    const name = entry.header.name.replace(/^\.\//, '').replace(/\/$/, '')
    const parts = []
    for await (const part of entry) parts.push(part)
    if (!KEEP.some(pattern => pattern.test(name))) continue
    kept.push(
      `${entry.header.type} ${name}${entry.header.linkname ? ' -> ' + entry.header.linkname : ''}`
    )
    await new Promise((resolve, reject) =>
      packer.entry(entry.header, Buffer.concat(parts), error => (error ? reject(error) : resolve()))
    )
  }
  packer.finalize()
  await collected
  const out = `__tests__/unit/recorded/loader/jq-${arch}.tar.gz`
  writeFileSync(out, gzipSync(Buffer.concat(chunks), { level: 9 }))
  console.log(`${out}:\n  ${kept.join('\n  ')}`)
}

for (const arch of ['amd64', 'arm64']) await record(arch)
