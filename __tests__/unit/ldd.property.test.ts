import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lddProblems, parseLddOutput, type LddParseResult, type LddRun } from '../../src/ldd.js'

const RUNS = 10_000

/** What must hold whatever ldd printed. */
function expectWellFormed(input: LddRun, result: LddParseResult): void {
  expect(result.sections.map(section => section.file)).toEqual(input.files)
  for (const section of result.sections) {
    if (section.kind === 'error') {
      expect(section.error).toBeTruthy()
      expect(section.libraries).toEqual([])
    }
    if (section.kind === 'static') {
      expect(section.interpreter).toBeNull()
      expect(section.libraries).toEqual([])
    }
    if (section.kind === 'dynamic') {
      expect(section.interpreter !== null || section.libraries.length > 0).toBe(true)
    }
  }
  // Nothing is made up: every unattributed line is one of stderr's lines.
  const stderrLines = new Set(input.stderr.split(/\r\n|\r|\n/).map(line => line.trim()))
  for (const line of result.unattributed) expect(stderrLines.has(line)).toBe(true)
  expect(() => lddProblems(result)).not.toThrow()
}

const anyText = fc.string({ unit: 'binary', maxLength: 300 })

/** Paths as the action passes them, including spaces, colons and names that begin others. */
const path = fc.oneof(
  fc.constantFrom(
    '/bin/ls',
    '/usr/bin/a',
    '/usr/bin/a b',
    '/opt/my app/bin:x',
    '/x',
    '/x: y',
    'rel'
  ),
  fc.string({ unit: 'binary', maxLength: 20 }).map(s => `/${s}`)
)

/** Lines in ldd's shapes, some naming the files asked for, so the parser's paths all run. */
function lddLine(files: string[]) {
  const file = files.length > 0 ? fc.constantFrom(...files) : fc.constant('/none')
  const soname = fc.constantFrom('libc.so.6', 'libz.so.1', 'ld-linux-x86-64.so.2', 'x', '')
  const address = fc.constantFrom(
    ' (0x00007f0b3c1d2000)',
    ' (0x7f3c2a8e4000)',
    ' (0x0)',
    '',
    ' (0x'
  )
  return fc.oneof(
    file.map(f => `${f}:`),
    fc
      .tuple(soname, fc.constantFrom('/lib/x.so', 'not found', '', '/opt/a b/l.so'), address)
      .map(([s, target, a]) => `\t${s} => ${target}${a}`),
    fc
      .tuple(
        fc.constantFrom(
          '/lib64/ld-linux-x86-64.so.2',
          '/lib/ld-musl-x86_64.so.1',
          '/opt/l.so',
          'rel.so'
        ),
        address
      )
      .map(([p, a]) => `\t${p}${a}`),
    fc.constantFrom(
      '\tlinux-vdso.so.1 (0x00007ffd4a5f3000)',
      '\tlinux-vdso.so.1 =>  (0x00007ffd4a5f3000)',
      '\tstatically linked',
      '\tnot a dynamic executable',
      'ldd: /lib64/ld-linux-x86-64.so.2 exited with unknown exit code (139)',
      'Dynamic Program Loader',
      '=>',
      ' => ',
      ''
    ),
    file.map(f => `ldd: ${f}: No such file or directory`),
    file.map(f => `ldd: ./${f}: not regular file`),
    file.map(f => `ldd: error: you do not have read permission for \`${f}'`),
    file.map(f => `ldd: cannot load ${f}: No such file or directory`),
    file.map(f => `/lib/ld-musl-x86_64.so.1: ${f}: Not a valid dynamic program`),
    file.map(
      f => `Error loading shared library libz.so.1: No such file or directory (needed by ${f})`
    ),
    file.map(f => `Error relocating ${f}: foo: symbol not found`),
    anyText
  )
}

const endOfLine = fc.constantFrom('\n', '\r\n', '\r', '  \n', '\n\n')

function textOf(files: string[]) {
  return fc
    .array(fc.tuple(lddLine(files), endOfLine), { maxLength: 12 })
    .map(lines => lines.map(([line, end]) => line + end).join(''))
}

const lddLikeRun: fc.Arbitrary<LddRun> = fc.array(path, { maxLength: 5 }).chain(files =>
  fc.record({
    files: fc.constant(files),
    stdout: textOf(files),
    stderr: textOf(files),
    exitCode: fc.integer({ min: -1, max: 255 })
  })
)

const arbitraryRun: fc.Arbitrary<LddRun> = fc.record({
  files: fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 6 }),
  stdout: anyText,
  stderr: anyText,
  exitCode: fc.integer()
})

describe('parseLddOutput, whatever ldd printed', () => {
  it('never throws on arbitrary text and returns one section per file, in order', () => {
    fc.assert(
      fc.property(arbitraryRun, input => expectWellFormed(input, parseLddOutput(input))),
      { numRuns: RUNS }
    )
  })

  it('never throws on ldd-shaped lines in any mix and returns one section per file, in order', () => {
    fc.assert(
      fc.property(lddLikeRun, input => expectWellFormed(input, parseLddOutput(input))),
      { numRuns: RUNS }
    )
  })
})
