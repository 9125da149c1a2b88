import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  lddProblems,
  MUSL_ONE_FILE_PER_CALL,
  NOTHING_PRINTED,
  parseLddOutput,
  unexaminedFiles,
  type LddParseResult,
  type LddRun
} from '../../src/ldd.js'
import type { LddSection } from '../../src/types.js'

const RECORDED = path.join(import.meta.dirname, 'recorded', 'ldd')
const S = '/tmp/ldd-samples'
const GLIBC_LOADER = '/lib64/ld-linux-x86-64.so.2'
const MUSL_LOADER = '/lib/ld-musl-x86_64.so.1'
const LIBC = 'libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6'
const LS_LIBRARIES = [
  'libselinux.so.1 => /lib/x86_64-linux-gnu/libselinux.so.1',
  LIBC,
  'libpcre2-8.so.0 => /lib/x86_64-linux-gnu/libpcre2-8.so.0'
]

function recorded(name: string): LddRun {
  const data: unknown = JSON.parse(readFileSync(path.join(RECORDED, `${name}.json`), 'utf8'))
  if (!isRun(data)) throw new Error(`${name}.json is not a recorded ldd run`)
  return data
}

function isRun(data: unknown): data is LddRun {
  if (typeof data !== 'object' || data === null) return false
  const run = data as Record<string, unknown>
  return (
    Array.isArray(run.files) &&
    run.files.every(file => typeof file === 'string') &&
    typeof run.stdout === 'string' &&
    typeof run.stderr === 'string' &&
    typeof run.exitCode === 'number'
  )
}

/** `soname => /path` or `soname => not found`, as ldd writes it, to keep the tables short. */
function libraries(lines: string[]) {
  return lines.map(line => {
    const [soname = '', target = ''] = line.split(' => ')
    return { soname, path: target === 'not found' ? null : target }
  })
}

function dynamic(file: string, interpreter: string | null, libs: string[]): LddSection {
  return { file, kind: 'dynamic', interpreter, libraries: libraries(libs) }
}

function statically(file: string): LddSection {
  return { file, kind: 'static', interpreter: null, libraries: [] }
}

function failed(file: string, error: string): LddSection {
  return { file, kind: 'error', interpreter: null, libraries: [], error }
}

interface Expected {
  flavor: LddParseResult['flavor']
  sections: LddSection[]
  unattributed?: string[]
  notes?: LddParseResult['notes']
}

const recordedRuns: [string, string, Expected][] = [
  [
    'glibc-one-dynamic',
    'one file: no header, vdso ignored, interpreter from the line without =>',
    { flavor: 'glibc', sections: [dynamic('/bin/ls', GLIBC_LOADER, LS_LIBRARIES)] }
  ],
  [
    'glibc-two-dynamic',
    'several files: each header opens its file’s section',
    {
      flavor: 'glibc',
      sections: [
        dynamic('/bin/ls', GLIBC_LOADER, LS_LIBRARIES),
        dynamic('/bin/true', GLIBC_LOADER, [LIBC])
      ]
    }
  ],
  [
    'glibc-nonexistent-then-dynamic',
    'a missing file is an error with ldd’s words, the next file is still read',
    {
      flavor: 'glibc',
      sections: [
        failed('/nonexistent', 'No such file or directory'),
        dynamic('/bin/ls', GLIBC_LOADER, LS_LIBRARIES)
      ]
    }
  ],
  [
    'glibc-one-nonexistent',
    'one missing file is an error',
    { flavor: 'glibc', sections: [failed('/nonexistent', 'No such file or directory')] }
  ],
  [
    'glibc-library-not-found',
    '`=> not found` is a library without a path',
    {
      flavor: 'glibc',
      sections: [
        dynamic(`${S}/bin/glibc-missing`, GLIBC_LOADER, ['libgfoo.so.1 => not found', LIBC])
      ]
    }
  ],
  [
    'glibc-one-static-pie',
    '`statically linked` is static',
    { flavor: 'glibc', sections: [statically(`${S}/bin/glibc-static-pie`)] }
  ],
  [
    'glibc-one-static',
    '`not a dynamic executable` on stderr makes the silent file static',
    { flavor: 'glibc', sections: [statically(`${S}/bin/glibc-static`)] }
  ],
  [
    'glibc-mixed',
    'errors name their files; the silent files left match the `not a dynamic executable` lines',
    {
      flavor: 'glibc',
      sections: [
        statically(`${S}/bin/busybox-static`),
        dynamic('/bin/ls', GLIBC_LOADER, LS_LIBRARIES),
        statically(`${S}/bin/glibc-static-pie`),
        statically(`${S}/bin/glibc-static`),
        failed('/nonexistent', 'No such file or directory'),
        failed(`${S}/dir`, 'not regular file'),
        dynamic(`${S}/bin/glibc-missing`, GLIBC_LOADER, ['libgfoo.so.1 => not found', LIBC]),
        statically(`${S}/bin/script.sh`)
      ]
    }
  ],
  [
    'glibc-paths-with-spaces-and-colons',
    'headers are matched to the files asked for, spaces and colons included',
    {
      flavor: 'glibc',
      sections: [
        dynamic(`${S}/my app/bin:x`, GLIBC_LOADER, [LIBC]),
        statically(`${S}/my app/static: yes`),
        dynamic('/bin/true', GLIBC_LOADER, [LIBC])
      ]
    }
  ],
  [
    'glibc-program-and-library',
    'a library given as a file gets its own section; its path inside another section is no header',
    {
      flavor: 'glibc',
      sections: [
        dynamic('/bin/true', GLIBC_LOADER, [LIBC]),
        dynamic('/lib/x86_64-linux-gnu/libc.so.6', GLIBC_LOADER, [])
      ]
    }
  ],
  [
    'glibc-relative-names',
    'a name without a slash is found again in ldd’s `./name`',
    {
      flavor: 'glibc',
      sections: [failed('nosuch', 'No such file or directory'), statically('glibc-static')]
    }
  ],
  [
    'glibc-unreadable',
    'a file ldd may not read is an error',
    {
      flavor: 'glibc',
      sections: [
        failed(`${S}/bin/unreadable`, 'you do not have read permission'),
        dynamic('/bin/true', GLIBC_LOADER, [LIBC]),
        failed(`${S}/bin/unreadable-true`, 'you do not have read permission')
      ]
    }
  ],
  [
    'glibc-version-not-found',
    'the loader’s own error line is kept as a note of its file',
    {
      flavor: 'glibc',
      sections: [
        dynamic(`${S}/bin/glibc-version`, GLIBC_LOADER, [
          `libver.so.1 => ${S}/vlib/libver.so.1`,
          LIBC
        ])
      ],
      notes: [
        {
          file: `${S}/bin/glibc-version`,
          line:
            `${S}/bin/glibc-version: ${S}/vlib/libver.so.1: version \`VER_2' not found ` +
            `(required by ${S}/bin/glibc-version)`
        }
      ]
    }
  ],
  [
    'glibc-on-musl-program',
    'the flavor is the ldd’s, not the program’s',
    {
      flavor: 'glibc',
      sections: [dynamic(`${S}/bin/musl-hello`, null, [`libfoo.so.1 => ${S}/lib/libfoo.so.1`])]
    }
  ],
  [
    'musl-one-dynamic',
    'musl: interpreter line first, then libraries',
    {
      flavor: 'musl',
      sections: [
        dynamic(`${S}/bin/musl-hello`, MUSL_LOADER, [`libfoo.so.1 => ${S}/lib/libfoo.so.1`])
      ]
    }
  ],
  [
    'musl-one-libc-only',
    'musl: the interpreter line alone is a dynamic file without libraries',
    { flavor: 'musl', sections: [dynamic(`${S}/bin/musl-plain`, MUSL_LOADER, [])] }
  ],
  [
    'musl-one-static',
    'musl: `Not a valid dynamic program` is static',
    { flavor: 'musl', sections: [statically(`${S}/bin/musl-static`)] }
  ],
  [
    'musl-list-static',
    'musl run as `--list` names itself by path; still static',
    { flavor: 'musl', sections: [statically(`${S}/bin/musl-static`)] }
  ],
  [
    'musl-library-not-found',
    'musl: `Error loading shared library` is a library without a path; `Error relocating` is shown as is',
    {
      flavor: 'musl',
      sections: [dynamic(`${S}/bin/musl-missing`, MUSL_LOADER, ['libgone.so.3 => not found'])],
      unattributed: [`Error relocating ${S}/bin/musl-missing: foo: symbol not found`]
    }
  ],
  [
    'musl-symbol-not-found',
    'musl: a missing symbol is left for the user to read',
    {
      flavor: 'musl',
      sections: [
        dynamic(`${S}/bin/musl-reloc`, MUSL_LOADER, [`libbar.so.1 => ${S}/lib/libbar.so.1`])
      ],
      unattributed: [`Error relocating ${S}/lib/libbar.so.1: bar_missing_symbol: symbol not found`]
    }
  ],
  [
    'musl-one-nonexistent',
    'musl: `cannot load` is an error with the reason',
    { flavor: 'musl', sections: [failed('/nonexistent', 'No such file or directory')] }
  ],
  [
    'musl-list-nonexistent',
    'musl run as `--list`: `cannot load` is an error with the reason',
    { flavor: 'musl', sections: [failed('/nonexistent', 'No such file or directory')] }
  ],
  [
    'musl-list-dynamic',
    'musl run as `--list` lists like `ldd`',
    {
      flavor: 'musl',
      sections: [
        dynamic(`${S}/bin/musl-hello`, MUSL_LOADER, [`libfoo.so.1 => ${S}/lib/libfoo.so.1`])
      ]
    }
  ],
  [
    'musl-two-files',
    'musl lists the first of several files; the others are marked for a call of their own',
    {
      flavor: 'musl',
      sections: [
        dynamic(`${S}/bin/musl-hello`, MUSL_LOADER, [`libfoo.so.1 => ${S}/lib/libfoo.so.1`]),
        failed(`${S}/bin/musl-plain`, MUSL_ONE_FILE_PER_CALL)
      ]
    }
  ],
  [
    'musl-nonexistent-then-dynamic',
    'musl with a missing first file: that error, and the rest not examined',
    {
      flavor: 'musl',
      sections: [
        failed('/nonexistent', 'No such file or directory'),
        failed(`${S}/bin/musl-hello`, MUSL_ONE_FILE_PER_CALL)
      ]
    }
  ],
  [
    'musl-on-glibc-program',
    'musl on a glibc program: its interpreter line, libc mapped onto musl, a missing library',
    {
      flavor: 'musl',
      sections: [
        dynamic('/bin/ls', GLIBC_LOADER, [
          `libc.so.6 => ${GLIBC_LOADER}`,
          'libselinux.so.1 => not found'
        ])
      ],
      unattributed: [
        'fgetfilecon',
        '__snprintf_chk',
        'freecon',
        'rawmemchr',
        '__memcpy_chk',
        '__printf_chk',
        'statx',
        'error',
        '__fprintf_chk',
        'getfilecon',
        'lgetfilecon',
        '__sprintf_chk'
      ].map(symbol => `Error relocating /bin/ls: ${symbol}: symbol not found`)
    }
  ]
]

describe('parseLddOutput on recorded runs', () => {
  it.each(recordedRuns)('%s: %s', (name, _behaviour, expected) => {
    const result = parseLddOutput(recorded(name))
    expect(result.flavor).toBe(expected.flavor)
    expect(result.sections).toEqual(expected.sections)
    expect(result.unattributed).toEqual(expected.unattributed ?? [])
    expect(result.notes).toEqual(expected.notes ?? [])
  })

  it('has an expectation for every recorded run', () => {
    const samples = readdirSync(RECORDED)
      .filter(file => file.endsWith('.json'))
      .map(file => file.replace(/\.json$/, ''))
    expect(recordedRuns.map(([name]) => name).sort()).toEqual(samples.sort())
  })
})

/** A run of the glibc ldd written by hand: stdout as printed, stderr lines apart. */
function run(files: string[], stdout: string[], stderr: string[] = [], exitCode = 0): LddRun {
  const text = (lines: string[]) => lines.map(line => `${line}\n`).join('')
  return { files, stdout: text(stdout), stderr: text(stderr), exitCode }
}

describe('parseLddOutput on forms written by hand', () => {
  const handWritten: [string, LddRun, Expected][] = [
    [
      'aarch64 (under emulation, no vdso): /lib/ld-linux-aarch64.so.1 is the interpreter',
      run(
        ['/usr/bin/app'],
        [
          '\tlibc.so.6 => /lib/aarch64-linux-gnu/libc.so.6 (0x0000ffff8a1f0000)',
          '\t/lib/ld-linux-aarch64.so.1 (0x0000ffff8a3b0000)'
        ]
      ),
      {
        flavor: 'glibc',
        sections: [
          dynamic('/usr/bin/app', '/lib/ld-linux-aarch64.so.1', [
            'libc.so.6 => /lib/aarch64-linux-gnu/libc.so.6'
          ])
        ]
      }
    ],
    [
      'i386: linux-gate.so.1 is ignored, /lib/ld-linux.so.2 is the interpreter',
      run(
        ['/usr/bin/app'],
        [
          '\tlinux-gate.so.1 (0xf7f0e000)',
          '\tlibc.so.6 => /lib/i386-linux-gnu/libc.so.6 (0xf7c00000)',
          '\t/lib/ld-linux.so.2 (0xf7f10000)'
        ]
      ),
      {
        flavor: 'glibc',
        sections: [
          dynamic('/usr/bin/app', '/lib/ld-linux.so.2', [
            'libc.so.6 => /lib/i386-linux-gnu/libc.so.6'
          ])
        ]
      }
    ],
    [
      'ppc64le: linux-vdso64.so.1 is ignored, /lib64/ld64.so.2 is the interpreter',
      run(
        ['/usr/bin/app'],
        [
          '\tlinux-vdso64.so.1 (0x00007fff9a1f0000)',
          '\tlibc.so.6 => /lib/powerpc64le-linux-gnu/libc.so.6 (0x00007fff99e00000)',
          '\t/lib64/ld64.so.2 (0x00007fff9a210000)'
        ]
      ),
      {
        flavor: 'glibc',
        sections: [
          dynamic('/usr/bin/app', '/lib64/ld64.so.2', [
            'libc.so.6 => /lib/powerpc64le-linux-gnu/libc.so.6'
          ])
        ]
      }
    ],
    [
      'old glibc: `linux-vdso.so.1 =>  (0x...)` is ignored',
      run(
        ['/usr/bin/app'],
        [
          '\tlinux-vdso.so.1 =>  (0x00007ffd4a5f3000)',
          '\tlibc.so.6 => /lib64/libc.so.6 (0x00007f0b3c1d2000)',
          '\t/lib64/ld-linux-x86-64.so.2 (0x00007f0b3c5a0000)'
        ]
      ),
      {
        flavor: 'glibc',
        sections: [dynamic('/usr/bin/app', GLIBC_LOADER, ['libc.so.6 => /lib64/libc.so.6'])]
      }
    ],
    [
      'a loader needed by name and no line without =>: that path is the interpreter and stays a library',
      run(
        ['/usr/bin/app'],
        [
          '\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0b3c1d2000)',
          '\tld-linux-x86-64.so.2 => /lib64/ld-linux-x86-64.so.2 (0x00007f0b3c5a0000)'
        ]
      ),
      {
        flavor: 'glibc',
        sections: [
          dynamic('/usr/bin/app', GLIBC_LOADER, [
            LIBC,
            'ld-linux-x86-64.so.2 => /lib64/ld-linux-x86-64.so.2'
          ])
        ]
      }
    ],
    [
      'a loader needed by name beside the interpreter line: the line without => names the interpreter',
      run(
        ['/usr/bin/app'],
        [
          '\tld-linux-x86-64.so.2 => /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 (0x00007f0b3c5a0000)',
          '\t/lib64/ld-linux-x86-64.so.2 (0x00007f0b3c5a0000)'
        ]
      ),
      {
        flavor: 'glibc',
        sections: [
          dynamic('/usr/bin/app', GLIBC_LOADER, [
            'ld-linux-x86-64.so.2 => /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'
          ])
        ]
      }
    ],
    [
      'a library needed by absolute path (no =>) is a library, the loader-named line the interpreter',
      run(
        ['/usr/bin/app'],
        [
          '\t/opt/vendor/lib/libvendor.so (0x00007f0b3c100000)',
          '\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0b3c1d2000)',
          '\t/lib64/ld-linux-x86-64.so.2 (0x00007f0b3c5a0000)'
        ]
      ),
      {
        flavor: 'glibc',
        sections: [
          dynamic('/usr/bin/app', GLIBC_LOADER, [
            '/opt/vendor/lib/libvendor.so => /opt/vendor/lib/libvendor.so',
            LIBC
          ])
        ]
      }
    ],
    [
      'a loader’s name wins over position (a library lists the loader first)',
      run(
        ['/usr/lib/libvendor.so'],
        [
          '\t/lib64/ld-linux-x86-64.so.2 (0x00007f0b3c5a0000)',
          '\t/opt/vendor/lib/libvendor.so (0x00007f0b3c100000)'
        ]
      ),
      {
        flavor: 'glibc',
        sections: [
          dynamic('/usr/lib/libvendor.so', GLIBC_LOADER, [
            '/opt/vendor/lib/libvendor.so => /opt/vendor/lib/libvendor.so'
          ])
        ]
      }
    ],
    [
      'glibc, no loader-named line: the last line without => is the interpreter',
      run(
        ['/usr/bin/app'],
        [
          '\t/opt/vendor/lib/libvendor.so (0x00007f0b3c100000)',
          '\t/opt/rt/myloader (0x00007f0b3c5a0000)'
        ]
      ),
      {
        flavor: 'glibc',
        sections: [
          dynamic('/usr/bin/app', '/opt/rt/myloader', [
            '/opt/vendor/lib/libvendor.so => /opt/vendor/lib/libvendor.so'
          ])
        ]
      }
    ],
    [
      'musl, no loader-named line: the first line is the interpreter',
      run(
        ['/usr/bin/app'],
        ['\t/opt/rt/myloader (0x7f3c2a8e4000)', '\t/opt/vendor/libvendor.so (0x7f3c2a8c6000)']
      ),
      {
        flavor: 'musl',
        sections: [
          dynamic('/usr/bin/app', '/opt/rt/myloader', [
            '/opt/vendor/libvendor.so => /opt/vendor/libvendor.so'
          ])
        ]
      }
    ],
    [
      'Alpine: libc.musl-x86_64.so.1 => the loader is a library; the first line the interpreter',
      run(
        ['/usr/bin/app'],
        [
          '\t/lib/ld-musl-x86_64.so.1 (0x7f3c2a8e4000)',
          '\tlibz.so.1 => /lib/libz.so.1 (0x7f3c2a8c6000)',
          '\tlibc.musl-x86_64.so.1 => /lib/ld-musl-x86_64.so.1 (0x7f3c2a8e4000)'
        ]
      ),
      {
        flavor: 'musl',
        sections: [
          dynamic('/usr/bin/app', MUSL_LOADER, [
            'libz.so.1 => /lib/libz.so.1',
            `libc.musl-x86_64.so.1 => ${MUSL_LOADER}`
          ])
        ]
      }
    ],
    [
      'Alpine aarch64 with two files: no header, so musl; the second is marked',
      run(
        ['/usr/bin/a', '/usr/bin/b'],
        [
          '\t/lib/ld-musl-aarch64.so.1 (0xffff9a1f0000)',
          '\tlibc.musl-aarch64.so.1 => /lib/ld-musl-aarch64.so.1 (0xffff9a1f0000)'
        ]
      ),
      {
        flavor: 'musl',
        sections: [
          dynamic('/usr/bin/a', '/lib/ld-musl-aarch64.so.1', [
            'libc.musl-aarch64.so.1 => /lib/ld-musl-aarch64.so.1'
          ]),
          failed('/usr/bin/b', MUSL_ONE_FILE_PER_CALL)
        ]
      }
    ],
    [
      'a path with spaces in a library line',
      run(['/usr/bin/app'], ['\tlibx.so.1 => /opt/my libs/libx.so.1 (0x00007f0b3c1d2000)']),
      {
        flavor: 'glibc',
        sections: [dynamic('/usr/bin/app', null, ['libx.so.1 => /opt/my libs/libx.so.1'])]
      }
    ],
    [
      'an unknown stdout line is a note and changes nothing else',
      run(
        ['/usr/bin/app'],
        ['\tsomething new from a future glibc', `\t${LIBC} (0x00007f0b3c1d2000)`],
        [],
        0
      ),
      {
        flavor: 'glibc',
        sections: [dynamic('/usr/bin/app', null, [LIBC])],
        notes: [{ file: '/usr/bin/app', line: 'something new from a future glibc' }]
      }
    ],
    [
      'a section with only unknown lines is an error in those words',
      run(
        ['/usr/bin/a', '/usr/bin/b'],
        [
          '/usr/bin/a:',
          '/usr/bin/a: error while loading shared libraries: ELF load command past end of file',
          '/usr/bin/b:',
          `\t${LIBC} (0x00007f0b3c1d2000)`
        ],
        [],
        1
      ),
      {
        flavor: 'glibc',
        sections: [
          failed(
            '/usr/bin/a',
            '/usr/bin/a: error while loading shared libraries: ELF load command past end of file'
          ),
          dynamic('/usr/bin/b', null, [LIBC])
        ]
      }
    ],
    [
      'an unknown stderr line is unattributed',
      run(['/usr/bin/app'], [`\t${LIBC} (0x00007f0b3c1d2000)`], ['WARNING: something odd']),
      {
        flavor: 'glibc',
        sections: [dynamic('/usr/bin/app', null, [LIBC])],
        unattributed: ['WARNING: something odd']
      }
    ],
    [
      'fewer `not a dynamic executable` lines than silent files: no guess, all silent ones are errors',
      run(
        ['/a', '/b', '/c'],
        ['/a:', '/b:', '/c:', `\t${LIBC} (0x00007f0b3c1d2000)`],
        ['\tnot a dynamic executable'],
        1
      ),
      {
        flavor: 'glibc',
        sections: [
          failed('/a', NOTHING_PRINTED),
          failed('/b', NOTHING_PRINTED),
          dynamic('/c', null, [LIBC])
        ],
        unattributed: ['not a dynamic executable']
      }
    ],
    [
      'more `not a dynamic executable` lines than silent files: the extra ones are shown',
      run(['/a'], [], ['\tnot a dynamic executable', '\tnot a dynamic executable'], 1),
      {
        flavor: 'glibc',
        sections: [statically('/a')],
        unattributed: ['not a dynamic executable']
      }
    ],
    [
      'ldd stopping early (unknown exit code of the loader): the files left are not reported',
      run(
        ['/a', '/b'],
        ['/a:'],
        ['ldd: /lib64/ld-linux-x86-64.so.2 exited with unknown exit code (139)'],
        1
      ),
      {
        flavor: 'glibc',
        sections: [failed('/a', NOTHING_PRINTED), failed('/b', NOTHING_PRINTED)],
        unattributed: ['ldd: /lib64/ld-linux-x86-64.so.2 exited with unknown exit code (139)']
      }
    ],
    [
      'docker failing before ldd ran: every file unreported, the message unattributed',
      run(
        ['/a', '/b'],
        [],
        [
          'docker: Error response from daemon: failed to create task for container: exec: "ldd": executable file not found in $PATH: unknown.'
        ],
        127
      ),
      {
        flavor: 'unknown',
        sections: [failed('/a', NOTHING_PRINTED), failed('/b', NOTHING_PRINTED)],
        unattributed: [
          'docker: Error response from daemon: failed to create task for container: exec: "ldd": executable file not found in $PATH: unknown.'
        ]
      }
    ],
    [
      'a file given twice gets two sections',
      run(
        ['/bin/true', '/bin/true'],
        ['/bin/true:', `\t${LIBC} (0x0000)`, '/bin/true:', `\t${LIBC} (0x0000)`]
      ),
      {
        flavor: 'glibc',
        sections: [dynamic('/bin/true', null, [LIBC]), dynamic('/bin/true', null, [LIBC])]
      }
    ],
    [
      'an error about a path that begins another path goes to the longer one',
      run(
        ['/x', '/x: y'],
        ['/x:', `\t${LIBC} (0x00007f0b3c1d2000)`, '/x: y:'],
        ['ldd: /x: y: not regular file'],
        1
      ),
      {
        flavor: 'glibc',
        sections: [dynamic('/x', null, [LIBC]), failed('/x: y', 'not regular file')]
      }
    ],
    [
      'no files: no sections, stdout kept as notes',
      run([], ['\tstray line']),
      { flavor: 'unknown', sections: [], notes: [{ file: null, line: 'stray line' }] }
    ]
  ]

  it.each(handWritten)('%s', (_behaviour, input, expected) => {
    const result = parseLddOutput(input)
    expect(result.flavor).toBe(expected.flavor)
    expect(result.sections).toEqual(expected.sections)
    expect(result.unattributed).toEqual(expected.unattributed ?? [])
    expect(result.notes).toEqual(expected.notes ?? [])
  })

  it('reads Windows line endings, trailing spaces and blank lines like plain output', () => {
    const plain = recorded('glibc-mixed')
    const messy = (text: string) =>
      text
        .split('\n')
        .map(line => `${line}  \r\n\r\n`)
        .join('')
    const result = parseLddOutput({
      ...plain,
      stdout: messy(plain.stdout),
      stderr: messy(plain.stderr)
    })
    expect(result).toEqual(parseLddOutput(plain))
  })
})

describe('unexaminedFiles', () => {
  it('names the files a musl ldd left out, for a call each', () => {
    expect(unexaminedFiles(parseLddOutput(recorded('musl-two-files')))).toEqual([
      `${S}/bin/musl-plain`
    ])
  })

  it('names the files after a missing first file too', () => {
    expect(unexaminedFiles(parseLddOutput(recorded('musl-nonexistent-then-dynamic')))).toEqual([
      `${S}/bin/musl-hello`
    ])
  })

  it('is empty when glibc listed every file', () => {
    expect(unexaminedFiles(parseLddOutput(recorded('glibc-mixed')))).toEqual([])
  })
})

describe('lddProblems', () => {
  const problemsOf = (name: string) => lddProblems(parseLddOutput(recorded(name)))

  it('says a missing file does not exist in the builder image', () => {
    expect(problemsOf('glibc-one-nonexistent')).toEqual([
      expect.stringContaining('/nonexistent does not exist in the builder image')
    ])
    expect(problemsOf('musl-one-nonexistent')).toEqual([
      expect.stringContaining('/nonexistent does not exist in the builder image')
    ])
  })

  it('names the soname and the file of a library not found in the builder', () => {
    const [problem] = problemsOf('glibc-library-not-found')
    expect(problem).toMatch(/^libgfoo\.so\.1, needed by \/tmp\/ldd-samples\/bin\/glibc-missing,/)
    expect(problem).toContain('not found in the builder image')
    expect(problemsOf('musl-library-not-found')).toEqual([
      expect.stringMatching(/^libgone\.so\.3, needed by \/tmp\/ldd-samples\/bin\/musl-missing,/)
    ])
  })

  it('says which files are unreadable and which are not regular files', () => {
    expect(problemsOf('glibc-unreadable')).toEqual([
      expect.stringContaining(`${S}/bin/unreadable is not readable in the builder image`),
      expect.stringContaining(`${S}/bin/unreadable-true is not readable in the builder image`)
    ])
    expect(problemsOf('glibc-mixed')).toEqual([
      expect.stringContaining('/nonexistent does not exist'),
      expect.stringContaining(`${S}/dir is not a regular file in the builder image`),
      expect.stringContaining('libgfoo.so.1, needed by')
    ])
  })

  it('has nothing to say about static files, although ldd exits 1 for them', () => {
    expect(problemsOf('glibc-one-static')).toEqual([])
    expect(problemsOf('musl-one-static')).toEqual([])
    expect(problemsOf('glibc-paths-with-spaces-and-colons')).toEqual([])
  })

  it('has nothing to say about clean runs', () => {
    expect(problemsOf('glibc-two-dynamic')).toEqual([])
    expect(problemsOf('musl-one-dynamic')).toEqual([])
  })

  it('reports unattributed stderr when ldd failed and no section says why', () => {
    expect(problemsOf('musl-symbol-not-found')).toEqual([
      `ldd exited with code 127: Error relocating ${S}/lib/libbar.so.1: bar_missing_symbol: symbol not found`
    ])
  })

  it('leaves unattributed stderr out when a section explains the failure', () => {
    expect(problemsOf('musl-library-not-found')).toHaveLength(1)
  })

  it('leaves unattributed stderr out when ldd succeeded', () => {
    const result = parseLddOutput(run(['/a'], [`\t${LIBC} (0x0)`], ['a warning'], 0))
    expect(lddProblems(result)).toEqual([])
  })

  it('reports ldd stopping early, with its own words', () => {
    const result = parseLddOutput(
      run(
        ['/a'],
        ['/a:'],
        ['ldd: /lib64/ld-linux-x86-64.so.2 exited with unknown exit code (139)'],
        1
      )
    )
    expect(lddProblems(result)).toEqual([
      'ldd printed nothing about /a in the builder image; run ldd on it alone to see why',
      'ldd exited with code 1: ldd: /lib64/ld-linux-x86-64.so.2 exited with unknown exit code (139)'
    ])
  })

  it('reports a failure without any word from ldd', () => {
    const result = parseLddOutput({ files: ['/a'], stdout: '', stderr: '', exitCode: 125 })
    expect(lddProblems(result)).toContain('ldd exited with code 125 and printed no reason')
  })

  it('reports the loader’s own error lines', () => {
    expect(problemsOf('glibc-version-not-found')).toEqual([
      expect.stringContaining("version `VER_2' not found")
    ])
  })

  it('asks for a call per file that musl did not examine', () => {
    expect(problemsOf('musl-two-files')).toEqual([
      `${S}/bin/musl-plain was not examined: the builder's ldd is musl's, which lists one file per call; run ldd on it alone`
    ])
  })
})
