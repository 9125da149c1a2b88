import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { indexTarStream } from '../../src/image-index.js'
import { parseLddOutput } from '../../src/ldd.js'
import { analyzeStatically, compareAnalyses } from '../../src/static-analysis.js'

/** jq's closure cut from the fixture builder (real files), as an exported stage streams it. */
async function jqImage(arch: string, keepElfBodies = true) {
  const bytes = gunzipSync(readFileSync(`__tests__/unit/recorded/loader/jq-${arch}.tar.gz`))
  return indexTarStream(Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), {
    keepElfBodies
  })
}

function recordedLdd(arch: string) {
  const read = (stream: string) =>
    readFileSync(`__tests__/fixtures/recorded/ldd-single-${arch}.${stream}.txt`, 'utf8')
  return parseLddOutput({
    files: ['/usr/bin/jq'],
    stdout: read('stdout'),
    stderr: read('stderr'),
    exitCode: 0
  })
}

describe('analyzeStatically', () => {
  it.each(['amd64', 'arm64'])(
    "finds on %s exactly what the builder's ldd found, reading the files only",
    async arch => {
      const statics = analyzeStatically(await jqImage(arch), ['/usr/bin/jq'])
      const ldd = recordedLdd(arch)
      expect(compareAnalyses(ldd, statics)).toEqual([])
      expect(statics.sections[0]?.interpreter).toBe(ldd.sections[0]?.interpreter)
      expect(new Set(statics.sections[0]?.libraries.map(l => `${l.soname} ${l.path}`))).toEqual(
        new Set(ldd.sections[0]?.libraries.map(l => `${l.soname} ${l.path}`))
      )
    }
  )

  it('keeps ELF bodies and the loader cache only, and only when asked', async () => {
    const kept = await jqImage('amd64')
    expect(kept.body('/etc/ld.so.cache')?.length).toBeGreaterThan(0)
    expect(kept.body('/usr/bin/jq')?.subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))
    expect((await jqImage('amd64', false)).body('/usr/bin/jq')).toBeUndefined()
  })

  it('says what ldd would say of a missing file and of a file that is not ELF', async () => {
    const sections = analyzeStatically(await jqImage('amd64'), [
      '/usr/bin/nope',
      '/etc/ld.so.cache'
    ]).sections
    expect(sections.map(s => [s.kind, s.error])).toEqual([
      ['error', 'No such file or directory'],
      ['error', 'not an ELF file']
    ])
  })

  it('names every disagreement between ldd and static analysis', () => {
    const ldd = recordedLdd('amd64')
    const altered = structuredClone(ldd)
    altered.sections[0]?.libraries.pop()
    expect(compareAnalyses(ldd, altered)).toEqual([
      '/usr/bin/jq: only ldd: libonig.so.5 => /lib/x86_64-linux-gnu/libonig.so.5'
    ])
  })
})
