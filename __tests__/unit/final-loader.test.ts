import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { checkFinalLoader } from '../../src/final-loader.js'
import { ImageIndex, indexTarStream } from '../../src/image-index.js'
import { renderLoaderFindings, renderLoaderFindingsText } from '../../src/loader-report.js'
import type { Report } from '../../src/types.js'

async function jqImage(arch: string): Promise<ImageIndex> {
  const bytes = gunzipSync(readFileSync(`__tests__/unit/recorded/loader/jq-${arch}.tar.gz`))
  return indexTarStream(Readable.from([bytes]), { keepElfBodies: true })
}

/** The same image without the files whose path contains `leaveOut`. */
function without(image: ImageIndex, leaveOut: string): ImageIndex {
  const entries = [...image.entries()].filter(([path]) => !path.includes(leaveOut))
  const copy = ImageIndex.fromEntries(entries.map(([path, entry]) => ({ path, ...entry })))
  for (const [path] of entries) {
    const body = image.body(path)
    if (body) copy.setBody(path, body)
  }
  return copy
}

describe('checkFinalLoader', () => {
  it.each(['amd64', 'arm64'])('finds nothing to say about a complete image on %s', async arch => {
    expect(checkFinalLoader(await jqImage(arch), ['/usr/bin/jq'], { wholeImage: true })).toEqual([])
  })

  it('names a library the loader cannot find, and who needs it', async () => {
    const findings = checkFinalLoader(without(await jqImage('amd64'), 'libonig'), ['/usr/bin/jq'], {
      wholeImage: true
    })
    expect(findings.map(f => [f.program, f.declared, f.kind, f.soname, f.neededBy])).toEqual([
      ['/usr/bin/jq', true, 'missing', 'libonig.so.5', '/lib/x86_64-linux-gnu/libjq.so.1']
    ])
    expect(findings[0]?.detail).toMatch(
      /^the final image's loader does not find libonig\.so\.5; it looked in /
    )
  })

  it('checks undeclared programs only in the whole-image check', async () => {
    const image = without(await jqImage('arm64'), 'libonig')
    expect(checkFinalLoader(image, [], { wholeImage: false })).toEqual([])
    const findings = checkFinalLoader(image, [], { wholeImage: true })
    expect(findings.map(f => [f.program, f.declared, f.soname])).toEqual([
      ['/usr/bin/jq', false, 'libonig.so.5']
    ])
  })
})

describe('renderLoaderFindings', () => {
  const report: Report = {
    passed: false,
    builderTarget: 'builder',
    target: 'runtime',
    dockerfile: 'Dockerfile',
    platforms: [
      {
        platform: 'linux/amd64',
        executables: [],
        checks: [],
        timings: {},
        loaderFindings: [
          {
            program: '/opt/<b>x|y</b>',
            declared: false,
            kind: 'version',
            soname: 'libc.so.6',
            version: 'GLIBC_2.34',
            neededBy: '/opt/<b>x|y</b>',
            detail:
              '/opt/<b>x needs version GLIBC_2.34 of libc.so.6, which /lib/libc.so.6 in the final image does not define'
          }
        ]
      }
    ]
  }

  it('renders a table per platform with every text inert', () => {
    const markdown = renderLoaderFindings(report)
    expect(markdown).toContain('#### `linux/amd64`')
    expect(markdown).toContain('| `/opt/<b>x\\|y</b>` | no | `libc.so.6 GLIBC_2.34` |')
    expect(markdown).toContain(
      '/opt/&#60;b&#62;x needs version GLIBC&#95;2&#46;34 of libc&#46;so&#46;6'
    )
    expect(
      markdown
        .split('\n')
        .filter(line => line.startsWith('| `/opt'))
        .every(line => line.split(/(?<!\\)\|/).length === 7)
    ).toBe(true)
  })

  it('says nothing when nothing was found', () => {
    expect(renderLoaderFindings({ ...report, platforms: [] })).toBe('')
    expect(renderLoaderFindingsText({ ...report, platforms: [] })).toBe('')
  })

  it('prints one line a finding on a terminal', () => {
    expect(renderLoaderFindingsText(report)).toContain(
      'linux/amd64: /opt/<b>x|y</b> (not declared): /opt/<b>x needs version GLIBC_2.34'
    )
  })
})
