import { describe, expect, it } from 'vitest'
import {
  describeFailure,
  missingEntries,
  renderAllPlatformsFix,
  renderCopyInstructions,
  renderJsonReport,
  renderSummary,
  renderTextReport
} from '../../src/report.js'
import type {
  Check,
  ExecutableResult,
  PlatformResult,
  Report,
  Resolution
} from '../../src/types.js'

// Reports as the engine builds them for a Debian bookworm builder (merged /usr) and a final
// image that lacks jq's libraries: amd64 holds a dangling soname link, arm64 nothing at all.

const APP = '/usr/local/bin/app'
const HELPER = '/usr/local/bin/helper'

function present(path: string, resolvedPath: string, chain: Resolution['chain']): Resolution {
  return { path, found: true, resolvedPath, chain }
}

function check(fields: Partial<Check> & Pick<Check, 'kind' | 'path' | 'resolution'>): Check {
  return {
    soname: null,
    neededBy: [APP],
    present: fields.resolution.found,
    ...fields
  }
}

function amd64(): PlatformResult {
  const lib = '/lib/x86_64-linux-gnu'
  const usrLib = '/usr/lib/x86_64-linux-gnu'
  const executables: ExecutableResult[] = [
    {
      path: APP,
      linkage: 'dynamic',
      interpreter: '/lib64/ld-linux-x86-64.so.2',
      libraries: [
        { soname: 'libjq.so.1', path: `${lib}/libjq.so.1` },
        { soname: 'libonig.so.5', path: `${lib}/libonig.so.5` },
        { soname: 'libc.so.6', path: `${lib}/libc.so.6` }
      ]
    },
    { path: HELPER, linkage: 'static', interpreter: null, libraries: [] }
  ]
  const checks: Check[] = [
    check({ kind: 'executable', path: APP, resolution: present(APP, APP, []) }),
    check({
      kind: 'executable',
      path: HELPER,
      neededBy: [HELPER],
      resolution: present(HELPER, HELPER, [])
    }),
    check({
      kind: 'interpreter',
      path: '/lib64/ld-linux-x86-64.so.2',
      soname: 'ld-linux-x86-64.so.2',
      resolution: present('/lib64/ld-linux-x86-64.so.2', `${usrLib}/ld-linux-x86-64.so.2`, [
        { link: '/lib64', target: 'usr/lib64' },
        {
          link: '/usr/lib64/ld-linux-x86-64.so.2',
          target: '../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'
        }
      ])
    }),
    check({
      kind: 'library',
      path: `${lib}/libjq.so.1`,
      soname: 'libjq.so.1',
      resolution: {
        path: `${lib}/libjq.so.1`,
        found: false,
        chain: [
          { link: '/lib', target: 'usr/lib' },
          { link: `${usrLib}/libjq.so.1`, target: 'libjq.so.1.0.4' }
        ],
        failure: { kind: 'dangling', at: `${usrLib}/libjq.so.1.0.4` }
      },
      copyFrom: [`${usrLib}/libjq.so.1`, `${usrLib}/libjq.so.1.0.4`]
    }),
    check({
      kind: 'library',
      path: `${lib}/libonig.so.5`,
      soname: 'libonig.so.5',
      resolution: {
        path: `${lib}/libonig.so.5`,
        found: false,
        chain: [{ link: '/lib', target: 'usr/lib' }],
        failure: { kind: 'absent', at: `${usrLib}/libonig.so.5` }
      },
      copyFrom: [`${lib}/libonig.so.5`, `${lib}/libonig.so.5.3.0`]
    }),
    check({
      kind: 'library',
      path: `${lib}/libc.so.6`,
      soname: 'libc.so.6',
      resolution: present(`${lib}/libc.so.6`, `${usrLib}/libc.so.6`, [
        { link: '/lib', target: 'usr/lib' }
      ])
    })
  ]
  return { platform: 'linux/amd64', executables, checks, timings: { build: 12.5, verify: 0.1 } }
}

function arm64(): PlatformResult {
  const lib = '/lib/aarch64-linux-gnu'
  const usrLib = '/usr/lib/aarch64-linux-gnu'
  const absent = (path: string): Resolution => ({
    path,
    found: false,
    chain: [{ link: '/lib', target: 'usr/lib' }],
    failure: { kind: 'absent', at: path.replace(/^\/lib\//, '/usr/lib/') }
  })
  const executables: ExecutableResult[] = [
    {
      path: APP,
      linkage: 'dynamic',
      interpreter: '/lib/ld-linux-aarch64.so.1',
      libraries: [
        { soname: 'libjq.so.1', path: `${lib}/libjq.so.1` },
        { soname: 'libonig.so.5', path: `${lib}/libonig.so.5` },
        { soname: 'libc.so.6', path: `${lib}/libc.so.6` }
      ]
    }
  ]
  const checks: Check[] = [
    check({ kind: 'executable', path: APP, resolution: present(APP, APP, []) }),
    check({
      kind: 'interpreter',
      path: '/lib/ld-linux-aarch64.so.1',
      soname: 'ld-linux-aarch64.so.1',
      resolution: present('/lib/ld-linux-aarch64.so.1', `${usrLib}/ld-linux-aarch64.so.1`, [
        { link: '/lib', target: 'usr/lib' },
        {
          link: '/usr/lib/ld-linux-aarch64.so.1',
          target: 'aarch64-linux-gnu/ld-linux-aarch64.so.1'
        }
      ])
    }),
    check({
      kind: 'library',
      path: `${lib}/libonig.so.5`,
      soname: 'libonig.so.5',
      resolution: absent(`${lib}/libonig.so.5`),
      copyFrom: [`${lib}/libonig.so.5`, `${lib}/libonig.so.5.3.0`]
    }),
    check({
      kind: 'library',
      path: `${lib}/libjq.so.1`,
      soname: 'libjq.so.1',
      resolution: absent(`${lib}/libjq.so.1`),
      copyFrom: [`${lib}/libjq.so.1`, `${lib}/libjq.so.1.0.4`]
    }),
    check({
      kind: 'library',
      path: `${lib}/libc.so.6`,
      soname: 'libc.so.6',
      resolution: present(`${lib}/libc.so.6`, `${usrLib}/libc.so.6`, [
        { link: '/lib', target: 'usr/lib' }
      ])
    })
  ]
  return { platform: 'linux/arm64', executables, checks, timings: {} }
}

function failingReport(): Report {
  return {
    passed: false,
    builderTarget: 'builder',
    target: 'runtime',
    dockerfile: 'docker/Dockerfile',
    platforms: [amd64(), arm64()]
  }
}

/** Every check of every platform present, as after applying the fix. */
function passingReport(): Report {
  const report = failingReport()
  for (const platform of report.platforms) {
    platform.checks = platform.checks.map(c => ({
      ...c,
      present: true,
      resolution: present(c.path, c.path, [])
    }))
  }
  return { ...report, passed: true }
}

function missingLibrary(path: string, extra: Partial<Check> = {}): Check {
  return check({
    kind: 'library',
    path,
    soname: path.slice(path.lastIndexOf('/') + 1),
    resolution: { path, found: false, chain: [], failure: { kind: 'absent', at: path } },
    ...extra
  })
}

/** The summary with code spans blanked out: what markdown would parse as text, HTML or links. */
function outsideCodeSpans(markdown: string): string {
  return markdown.replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, '`code`')
}

describe('renderSummary verdict', () => {
  it('starts with a passed heading when every path is present', () => {
    const summary = renderSummary(passingReport())
    expect(summary.split('\n')[0]).toBe('## ✅ distroless-verify: passed')
    expect(summary).not.toContain('```dockerfile')
  })

  it('starts with the missing count of each failing platform', () => {
    const summary = renderSummary(failingReport())
    expect(summary.split('\n')[0]).toBe(
      '## ❌ distroless-verify: 2 missing on linux/amd64, 2 missing on linux/arm64'
    )
  })

  it('names the Dockerfile, the stages and the platforms on the line after the verdict', () => {
    expect(renderSummary(failingReport()).split('\n')[2]).toBe(
      'Dockerfile `docker/Dockerfile`, builder stage `builder`, target stage `runtime`, ' +
        'platforms `linux/amd64`, `linux/arm64`.'
    )
  })

  it('names only the failing platforms in the verdict', () => {
    const report = failingReport()
    report.platforms[1] = passingReport().platforms[1] as PlatformResult
    expect(renderSummary(report).split('\n')[0]).toBe(
      '## ❌ distroless-verify: 2 missing on linux/amd64'
    )
  })
})

describe('renderSummary missing table', () => {
  it('gives each missing path a row with its library, builder path, needed by and reason', () => {
    const summary = renderSummary(failingReport())
    const amd64Section = summary.slice(
      summary.indexOf('### ❌ `linux/amd64`: 2 missing'),
      summary.indexOf('### ❌ `linux/arm64`')
    )
    expect(amd64Section).toContain(
      [
        '| library | path in the builder | needed by | why |',
        '| --- | --- | --- | --- |',
        '| `libjq.so.1` | `/lib/x86_64-linux-gnu/libjq.so.1` | `/usr/local/bin/app` | ' +
          '`/usr/lib/x86_64-linux-gnu/libjq.so.1` points to `libjq.so.1.0.4` ' +
          '(`/usr/lib/x86_64-linux-gnu/libjq.so.1.0.4`), which is absent, via `/lib` → `usr/lib` |',
        '| `libonig.so.5` | `/lib/x86_64-linux-gnu/libonig.so.5` | `/usr/local/bin/app` | ' +
          'absent from the final image |'
      ].join('\n')
    )
  })

  it('follows each table with the COPY lines that fix that platform', () => {
    const summary = renderSummary(failingReport())
    expect(summary).toContain(
      [
        'Append to the end of the `runtime` stage:',
        '',
        '```dockerfile',
        'COPY --from=builder /lib/aarch64-linux-gnu/libjq.so.1 /lib/aarch64-linux-gnu/libjq.so.1',
        'COPY --from=builder /lib/aarch64-linux-gnu/libjq.so.1.0.4 /lib/aarch64-linux-gnu/libjq.so.1.0.4',
        'COPY --from=builder /lib/aarch64-linux-gnu/libonig.so.5 /lib/aarch64-linux-gnu/libonig.so.5',
        'COPY --from=builder /lib/aarch64-linux-gnu/libonig.so.5.3.0 /lib/aarch64-linux-gnu/libonig.so.5.3.0',
        '```'
      ].join('\n')
    )
  })

  it('shows at most three executables in needed by', () => {
    const report = failingReport()
    const neededBy = ['/bin/a', '/bin/b', '/bin/c', '/bin/d', '/bin/e']
    report.platforms = [
      { ...amd64(), checks: [missingLibrary('/usr/lib/libz.so.1', { neededBy })] }
    ]
    expect(renderSummary(report)).toContain('| `/bin/a`, `/bin/b`, `/bin/c` and 2 more |')
  })

  it('stops a table at maxRowsPerPlatform rows and says how many more there are', () => {
    const report = failingReport()
    const checks = Array.from({ length: 250 }, (_, i) =>
      missingLibrary(`/usr/lib/x86_64-linux-gnu/libgen${String(i).padStart(3, '0')}.so.1`)
    )
    const libraries = checks.map(c => ({ soname: c.soname ?? '', path: c.path }))
    const executables = [{ path: APP, linkage: 'dynamic' as const, interpreter: null, libraries }]
    report.platforms = [{ ...amd64(), executables, checks }]
    const lines = renderSummary(report, { maxRowsPerPlatform: 10 }).split('\n')
    expect(lines.filter(line => line.startsWith('| `libgen'))).toHaveLength(10)
    expect(lines).toContain('… and 240 more missing: see the JSON report.')
    expect(lines.filter(line => line.startsWith('COPY --from=builder'))).toHaveLength(20)
    expect(lines).toContain('# … and 230 more lines: see the JSON report')
    // The collapsed list counts the executable's own row too: 251 rows, 10 shown.
    expect(lines.filter(line => line.startsWith('| ❌ | `libgen'))).toHaveLength(9)
    expect(lines).toContain('… and 241 more rows: see the JSON report.')
  })

  it('caps tables at 200 rows by default', () => {
    const report = failingReport()
    const checks = Array.from({ length: 201 }, (_, i) => missingLibrary(`/usr/lib/libgen${i}.so.1`))
    report.platforms = [{ ...amd64(), checks }]
    expect(renderSummary(report)).toContain('… and 1 more missing: see the JSON report.')
  })

  it('keeps the summary under GitHub’s 1 MiB limit however long the paths are', () => {
    const report = failingReport()
    const checks = Array.from({ length: 3000 }, (_, i) =>
      missingLibrary(`/usr/lib/${'deep/'.repeat(800)}libgen${i}.so.1`)
    )
    report.platforms = [{ ...amd64(), checks }]
    const summary = renderSummary(report)
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1_000_000)
    expect(summary.split('\n')[0]).toBe('## ❌ distroless-verify: 3000 missing on linux/amd64')
  })
})

describe('renderSummary libraries checked', () => {
  it('lists every check per platform and executable, with the link chain it resolved through', () => {
    const summary = renderSummary(failingReport())
    const details = summary.slice(summary.indexOf('<details>'))
    expect(details).toContain('<details><summary>Libraries checked (8)</summary>')
    expect(details).toContain(
      [
        '##### `/usr/local/bin/app`',
        '',
        '|  | library | path in the builder | in the final image |',
        '| --- | --- | --- | --- |',
        '| ✅ | executable | `/usr/local/bin/app` | `/usr/local/bin/app` |',
        '| ✅ | `ld-linux-x86-64.so.2` (interpreter) | `/lib64/ld-linux-x86-64.so.2` | ' +
          '`/lib64/ld-linux-x86-64.so.2 → /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2` |',
        '| ❌ | `libjq.so.1` | `/lib/x86_64-linux-gnu/libjq.so.1` | ' +
          '`/usr/lib/x86_64-linux-gnu/libjq.so.1` points to `libjq.so.1.0.4` ' +
          '(`/usr/lib/x86_64-linux-gnu/libjq.so.1.0.4`), which is absent, via `/lib` → `usr/lib` |',
        '| ❌ | `libonig.so.5` | `/lib/x86_64-linux-gnu/libonig.so.5` | absent from the final image |',
        '| ✅ | `libc.so.6` | `/lib/x86_64-linux-gnu/libc.so.6` | ' +
          '`/lib/x86_64-linux-gnu/libc.so.6 → /usr/lib/x86_64-linux-gnu/libc.so.6` |'
      ].join('\n')
    )
    expect(details).toContain('##### `/usr/local/bin/helper` (statically linked)')
    expect(details.trimEnd().endsWith('</details>')).toBe(true)
  })

  it('marks a library ldd could not find in the builder', () => {
    const report = failingReport()
    const platform = report.platforms[0] as PlatformResult
    platform.executables[0]?.libraries.push({ soname: 'libgone.so.2', path: null })
    expect(renderSummary(report)).toContain(
      '| ⚠️ | `libgone.so.2` | not found by ldd | not checked |'
    )
  })
})

describe('renderCopyInstructions', () => {
  it('copies the soname link and its versioned file, each to its own path', () => {
    expect(renderCopyInstructions(amd64().checks, 'builder')).toEqual([
      'COPY --from=builder /usr/lib/x86_64-linux-gnu/libjq.so.1 /usr/lib/x86_64-linux-gnu/libjq.so.1',
      'COPY --from=builder /usr/lib/x86_64-linux-gnu/libjq.so.1.0.4 /usr/lib/x86_64-linux-gnu/libjq.so.1.0.4',
      'COPY --from=builder /lib/x86_64-linux-gnu/libonig.so.5 /lib/x86_64-linux-gnu/libonig.so.5',
      'COPY --from=builder /lib/x86_64-linux-gnu/libonig.so.5.3.0 /lib/x86_64-linux-gnu/libonig.so.5.3.0'
    ])
  })

  it('orders the interpreter first, libraries by path, executables last, each path once', () => {
    const checks: Check[] = [
      check({
        kind: 'executable',
        path: '/app',
        resolution: {
          path: '/app',
          found: false,
          chain: [],
          failure: { kind: 'absent', at: '/app' }
        }
      }),
      missingLibrary('/usr/lib/libz.so.1', {
        copyFrom: ['/usr/lib/libz.so.1', '/usr/lib/libz.so.1.2.13']
      }),
      missingLibrary('/lib/libssl.so.3'),
      // Two sonames of one package leading to the same file: that file is copied once.
      missingLibrary('/usr/lib/libz-alias.so.1', {
        copyFrom: ['/usr/lib/libz-alias.so.1', '/usr/lib/libz.so.1.2.13']
      }),
      check({
        kind: 'interpreter',
        path: '/lib/ld-musl-x86_64.so.1',
        soname: 'ld-musl-x86_64.so.1',
        resolution: {
          path: '/lib/ld-musl-x86_64.so.1',
          found: false,
          chain: [],
          failure: { kind: 'absent', at: '/lib/ld-musl-x86_64.so.1' }
        }
      }),
      missingLibrary('/usr/lib/libpresent.so.1', {
        present: true,
        resolution: present('/usr/lib/libpresent.so.1', '/usr/lib/libpresent.so.1', [])
      })
    ]
    expect(renderCopyInstructions(checks, 'build')).toEqual([
      'COPY --from=build /lib/ld-musl-x86_64.so.1 /lib/ld-musl-x86_64.so.1',
      'COPY --from=build /lib/libssl.so.3 /lib/libssl.so.3',
      'COPY --from=build /usr/lib/libz-alias.so.1 /usr/lib/libz-alias.so.1',
      'COPY --from=build /usr/lib/libz.so.1.2.13 /usr/lib/libz.so.1.2.13',
      'COPY --from=build /usr/lib/libz.so.1 /usr/lib/libz.so.1',
      'COPY --from=build /app /app'
    ])
  })

  it('does not reorder the checks it is given', () => {
    const checks = [missingLibrary('/usr/lib/b.so'), missingLibrary('/usr/lib/a.so')]
    renderCopyInstructions(checks, 'builder')
    expect(checks.map(c => c.path)).toEqual(['/usr/lib/b.so', '/usr/lib/a.so'])
  })

  it('uses the JSON form for a path with a space', () => {
    const path = '/opt/my app/lib/libfoo.so.1'
    expect(renderCopyInstructions([missingLibrary(path)], 'builder')).toEqual([
      'COPY --from=builder ["/opt/my app/lib/libfoo.so.1", "/opt/my app/lib/libfoo.so.1"]'
    ])
  })

  it('escapes what the Dockerfile word lexer and the glob matcher would act on', () => {
    // BuildKit decodes the JSON, then the lexer takes \ $ ' " as special; a source with * ? [
    // is a glob pattern, in which one-character classes match only that character.
    const path = `/opt/a$HOME'"\\b*[1]?`
    const [line] = renderCopyInstructions([missingLibrary(path)], 'builder')
    const words = JSON.parse((line ?? '').slice('COPY --from=builder '.length)) as string[]
    expect(words).toEqual([
      `/opt/a\\$HOME\\'\\"[\\\\\\\\]b[*][[]1][?]`,
      `/opt/a\\$HOME\\'\\"\\\\b*[1]?`
    ])
  })

  it('writes a newline or a bidi override in a path as a JSON escape, on one line', () => {
    const path = '/opt/x\ny\u202ez'
    const [line] = renderCopyInstructions([missingLibrary(path)], 'builder')
    expect(line).toBe('COPY --from=builder ["/opt/x\\ny\\u202ez", "/opt/x\\ny\\u202ez"]')
    expect(JSON.parse((line ?? '').slice('COPY --from=builder '.length))).toEqual([path, path])
  })
})

describe('renderAllPlatformsFix', () => {
  it('is shown once when the platforms need different files', () => {
    const summary = renderSummary(failingReport())
    expect(summary.split('### All platforms in one Dockerfile')).toHaveLength(2)
    expect(summary).toContain(
      '```dockerfile\n' +
        renderAllPlatformsFix(
          failingReport().platforms.map(p => ({
            platform: p.platform,
            lines: renderCopyInstructions(p.checks, 'builder')
          })),
          'builder',
          'runtime'
        ) +
        '\n```'
    )
  })

  it('renames the target stage and picks a per-architecture stage by TARGETARCH', () => {
    const fix = renderAllPlatformsFix(
      [
        {
          platform: 'linux/amd64',
          lines: [
            'COPY --from=builder /lib/x86_64-linux-gnu/libz.so.1 /lib/x86_64-linux-gnu/libz.so.1'
          ]
        },
        {
          platform: 'linux/arm64',
          lines: [
            'COPY --from=builder /lib/aarch64-linux-gnu/libz.so.1 /lib/aarch64-linux-gnu/libz.so.1'
          ]
        },
        { platform: 'linux/s390x', lines: [] }
      ],
      'builder',
      'runtime'
    )
    expect(fix).toBe(
      [
        '# 1. Rename the target stage: `FROM … AS runtime` becomes `FROM … AS dv-base`.',
        '# 2. Add these stages at the end of the Dockerfile (after `builder`).',
        '',
        'FROM dv-base AS dv-libs-amd64',
        'COPY --from=builder /lib/x86_64-linux-gnu/libz.so.1 /lib/x86_64-linux-gnu/libz.so.1',
        '',
        'FROM dv-base AS dv-libs-arm64',
        'COPY --from=builder /lib/aarch64-linux-gnu/libz.so.1 /lib/aarch64-linux-gnu/libz.so.1',
        '',
        'FROM dv-base AS dv-libs-s390x',
        '',
        'FROM dv-libs-${TARGETARCH} AS runtime'
      ].join('\n')
    )
  })

  it('adds TARGETVARIANT when two platforms share an architecture', () => {
    const fix = renderAllPlatformsFix(
      [
        { platform: 'linux/amd64', lines: [] },
        {
          platform: 'linux/arm/v7',
          lines: [
            'COPY --from=b /lib/arm-linux-gnueabihf/libz.so.1 /lib/arm-linux-gnueabihf/libz.so.1'
          ]
        },
        {
          platform: 'linux/arm/v6',
          lines: ['COPY --from=b /lib/arm-linux-gnueabi/libz.so.1 /lib/arm-linux-gnueabi/libz.so.1']
        }
      ],
      'b',
      'final'
    )
    expect(fix).toContain('FROM dv-base AS dv-libs-armv7\n')
    expect(fix).toContain('FROM dv-base AS dv-libs-armv6\n')
    expect(fix).toContain('FROM dv-base AS dv-libs-amd64\n')
    expect(fix.endsWith('FROM dv-libs-${TARGETARCH}${TARGETVARIANT} AS final')).toBe(true)
  })

  it('uses the arch alone for linux/arm/v7 built with other architectures', () => {
    const fix = renderAllPlatformsFix(
      [
        { platform: 'linux/amd64', lines: [] },
        { platform: 'linux/arm/v7', lines: [] }
      ],
      'builder',
      'runtime'
    )
    expect(fix).toContain('FROM dv-base AS dv-libs-arm\n')
    expect(fix.endsWith('FROM dv-libs-${TARGETARCH} AS runtime')).toBe(true)
  })

  it('is left out when every platform needs the same lines', () => {
    const report = failingReport()
    const missingApp = check({
      kind: 'executable',
      path: APP,
      resolution: { path: APP, found: false, chain: [], failure: { kind: 'absent', at: APP } }
    })
    report.platforms = report.platforms.map(p => ({ ...p, checks: [missingApp] }))
    const summary = renderSummary(report)
    expect(summary).not.toContain('All platforms in one Dockerfile')
    expect(
      summary.match(/COPY --from=builder \/usr\/local\/bin\/app \/usr\/local\/bin\/app/g)
    ).toHaveLength(2)
  })
})

describe('summary escaping', () => {
  const hostile = '/opt/<script>alert(1)</script>|x'

  function hostileReport(path: string): Report {
    const report = failingReport()
    report.platforms = [
      {
        ...amd64(),
        executables: [
          { path, linkage: 'dynamic', interpreter: null, libraries: [{ soname: path, path }] }
        ],
        checks: [missingLibrary(path, { soname: path, neededBy: [path] })]
      }
    ]
    return report
  }

  it('keeps a hostile path inside code spans with the table pipe escaped', () => {
    const summary = renderSummary(hostileReport(hostile))
    expect(summary).toContain(
      '| `/opt/<script>alert(1)</script>\\|x` | `/opt/<script>alert(1)</script>\\|x` | ' +
        '`/opt/<script>alert(1)</script>\\|x` | absent from the final image |'
    )
  })

  it('lets no hostile path form an HTML tag, a link or an extra table cell', () => {
    const paths = [
      hostile,
      '/opt/[click](https://evil.example)/lib.so',
      '/opt/`</code><img src=x onerror=alert(1)>`/lib.so',
      '/opt/**bold**_em_ ~~s~~ @someone #1 :smile: $x$ www.evil.example\n| --- |\n<b>',
      '/opt/a&amp;b\\|c'
    ]
    for (const path of paths) {
      const summary = renderSummary(hostileReport(path))
      const text = outsideCodeSpans(summary)
      // The only tags are the summary's own.
      expect(text.match(/<[^>]*>/g)).toEqual(['<details>', '<summary>', '</summary>', '</details>'])
      expect(text).not.toMatch(/\]\(|https?:|www\.|<img|<script/)
      // Each row of a table has as many cells as its header: unescaped pipes match.
      const pipes = (line: string): number => line.replace(/\\\|/g, '').split('|').length
      for (const line of text.split('\n').filter(l => l.startsWith('| '))) {
        expect(pipes(line), line).toBe(6)
      }
    }
  })

  it('fences a path holding backticks with a longer run of backticks', () => {
    const summary = renderSummary(hostileReport('/opt/a`b``c'))
    expect(summary).toContain('| ``` /opt/a`b``c ``` |')
  })

  it('escapes text outside code spans as entities', () => {
    const report = failingReport()
    report.platforms = [{ ...amd64(), platform: 'linux/<b>*x*[y](z)' }]
    expect(renderSummary(report).split('\n')[0]).toBe(
      '## ❌ distroless-verify: 2 missing on linux/&#60;b&#62;&#42;x&#42;&#91;y&#93;(z)'
    )
  })

  it('fences the dockerfile block with more backticks than any line holds', () => {
    const summary = renderSummary(hostileReport('/opt/x```\n```/y'))
    const block = summary.slice(summary.indexOf('````dockerfile')).split('\n')
    expect(block.slice(0, 3)).toEqual([
      '````dockerfile',
      'COPY --from=builder ["/opt/x```\\n```/y", "/opt/x```\\n```/y"]',
      '````'
    ])
  })
})

describe('describeFailure', () => {
  const resolution = (
    failure: Resolution['failure'],
    chain: Resolution['chain'] = []
  ): Resolution => ({
    path: '/lib/x86_64-linux-gnu/libz.so.1',
    found: false,
    chain,
    failure
  })

  it.each([
    ['absent', resolution({ kind: 'absent', at: '/lib' }), 'absent from the final image'],
    [
      'dangling',
      resolution({ kind: 'dangling', at: '/usr/lib/libz.so.1.3' }, [
        { link: '/usr/lib/libz.so.1', target: '/usr/lib/libz.so.1.3' }
      ]),
      '`/usr/lib/libz.so.1` points to `/usr/lib/libz.so.1.3`, which is absent'
    ],
    ['loop', resolution({ kind: 'loop', at: '/lib/a' }), 'symbolic links loop at `/lib/a`'],
    [
      'not-a-file',
      resolution({ kind: 'not-a-file', at: '/lib/x' }),
      '`/lib/x` is not a regular file'
    ],
    [
      'not-a-directory',
      resolution({ kind: 'not-a-directory', at: '/lib' }),
      '`/lib` is a file, not a folder'
    ]
  ])('says why for %s', (_kind, given, expected) => {
    expect(describeFailure(given)).toBe(expected)
  })
})

describe('missingEntries', () => {
  it('lists one entry per platform and missing path, with the reason from the check or its failure', () => {
    const report = failingReport()
    const onig = report.platforms[1]?.checks.find(c => c.soname === 'libonig.so.5')
    if (onig) onig.reason = 'absent from the final image (removed by a later stage)'
    expect(missingEntries(report)).toEqual([
      {
        platform: 'linux/amd64',
        path: '/lib/x86_64-linux-gnu/libjq.so.1',
        soname: 'libjq.so.1',
        neededBy: [APP],
        reason:
          '`/usr/lib/x86_64-linux-gnu/libjq.so.1` points to `libjq.so.1.0.4` ' +
          '(`/usr/lib/x86_64-linux-gnu/libjq.so.1.0.4`), which is absent, via `/lib` → `usr/lib`'
      },
      {
        platform: 'linux/amd64',
        path: '/lib/x86_64-linux-gnu/libonig.so.5',
        soname: 'libonig.so.5',
        neededBy: [APP],
        reason: 'absent from the final image'
      },
      {
        platform: 'linux/arm64',
        path: '/lib/aarch64-linux-gnu/libjq.so.1',
        soname: 'libjq.so.1',
        neededBy: [APP],
        reason: 'absent from the final image'
      },
      {
        platform: 'linux/arm64',
        path: '/lib/aarch64-linux-gnu/libonig.so.5',
        soname: 'libonig.so.5',
        neededBy: [APP],
        reason: 'absent from the final image (removed by a later stage)'
      }
    ])
  })

  it('is empty for a passing report', () => {
    expect(missingEntries(passingReport())).toEqual([])
  })
})

describe('renderJsonReport', () => {
  it('round-trips through JSON.parse with a version and the missing entries', () => {
    const report = failingReport()
    const parsed = JSON.parse(renderJsonReport(report)) as Record<string, unknown>
    expect(Object.keys(parsed)[0]).toBe('version')
    expect(parsed).toEqual({ version: 1, ...report, missing: missingEntries(report) })
  })

  it('is indented for people to read', () => {
    expect(renderJsonReport(passingReport())).toMatch(/^\{\n {2}"version": 1,\n {2}"passed": true,/)
  })
})

describe('renderTextReport', () => {
  it('puts the verdict first, then a padded table per platform and the COPY lines', () => {
    const text = renderTextReport(failingReport())
    const lines = text.split('\n')
    expect(lines[0]).toBe(
      'distroless-verify: FAILED, 2 missing on linux/amd64, 2 missing on linux/arm64'
    )
    expect(text).toContain(
      [
        'linux/arm64: 2 missing',
        '  LIBRARY       PATH IN THE BUILDER                  NEEDED BY           WHY',
        '  libjq.so.1    /lib/aarch64-linux-gnu/libjq.so.1    /usr/local/bin/app  absent from the final image',
        '  libonig.so.5  /lib/aarch64-linux-gnu/libonig.so.5  /usr/local/bin/app  absent from the final image',
        '',
        '  Append to the end of the runtime stage:',
        '    COPY --from=builder /lib/aarch64-linux-gnu/libjq.so.1 /lib/aarch64-linux-gnu/libjq.so.1'
      ].join('\n')
    )
    expect(text).toContain('    FROM dv-libs-${TARGETARCH} AS runtime')
  })

  it('says passed for a passing report', () => {
    expect(renderTextReport(passingReport()).split('\n')[0]).toBe('distroless-verify: passed')
  })

  it('has no markdown and cannot send escape sequences to the terminal', () => {
    const report = failingReport()
    const path = '/opt/\u001b[31mred\u001b[0m\u202e'
    report.platforms = [{ ...amd64(), checks: [missingLibrary(path)] }]
    const text = renderTextReport(report)
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/)
    expect(text).toContain('/opt/\\x1b[31mred\\x1b[0m\\u202e')
    expect(text).not.toMatch(/^#|```|\| ---/m)
  })
})
