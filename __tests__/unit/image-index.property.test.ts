import fc from 'fast-check'
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImageIndex, MAX_LINK_HOPS, normalizeImagePath } from '../../src/image-index.js'
import type { EntryType, ImageEntryInit } from '../../src/image-index.js'
import type { Resolution } from '../../src/types.js'

// On-disk trees cost about 1.6 ms each; 3,000 keep this file near 6 s. Raise them to dig deeper.
const IN_MEMORY_RUNS = Number(process.env.IN_MEMORY_RUNS ?? 10_000)
const ON_DISK_RUNS = Number(process.env.ON_DISK_RUNS ?? 10_000)

const NAMES = ['a', 'b', 'c'] as const
const STEPS = ['a', 'b', 'c', '..', '.'] as const

/** Paths made of few names, so that entries, links and questions meet. */
const pathText = fc
  .record({
    absolute: fc.boolean(),
    parts: fc.array(fc.constantFrom(...STEPS, ''), { minLength: 0, maxLength: 5 }),
    trailingSlash: fc.boolean()
  })
  .map(({ absolute, parts, trailingSlash }) => {
    const text = parts.join('/')
    return (absolute ? '/' : '') + text + (trailingSlash && text !== '' ? '/' : '')
  })

const anyPath = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), pathText)

const anyEntry: fc.Arbitrary<ImageEntryInit> = fc.record(
  {
    path: anyPath,
    type: fc.constantFrom<EntryType>('file', 'dir', 'symlink', 'hardlink', 'other'),
    target: anyPath,
    size: fc.nat(),
    mode: fc.nat({ max: 0o7777 })
  },
  { requiredKeys: ['path', 'type'] }
)

describe('ImageIndex.resolve on arbitrary input', () => {
  it('never throws and keeps its promises', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 12 }), anyPath, (entries, asked) => {
        const index = ImageIndex.fromEntries(entries)
        const result = index.resolve(asked)
        expect(result.path).toBe(asked)
        // 40 links at most, plus a hard link that points nowhere.
        expect(result.chain.length).toBeLessThanOrEqual(MAX_LINK_HOPS + 1)
        for (const { link, target } of result.chain) {
          const entry = index.get(link)
          // A hard link to a symlink acts as that symlink and shows its target.
          const shared = entry?.type === 'hardlink' ? index.get(entry.target ?? '') : undefined
          expect(entry?.type === 'symlink' || entry?.type === 'hardlink').toBe(true)
          expect([entry?.target, shared?.target]).toContain(target)
        }
        if (result.resolvedPath !== undefined) {
          expect(normalizeImagePath(result.resolvedPath)).toBe(result.resolvedPath)
        }
        if (result.failure?.kind === 'loop') expect(result.chain).toHaveLength(MAX_LINK_HOPS)
        expect(result.found).toBe(result.failure === undefined)
        if (result.found) {
          const resolvedPath = result.resolvedPath ?? ''
          expect(['file', 'hardlink']).toContain(index.get(resolvedPath)?.type)
          expect(index.resolve(resolvedPath)).toEqual({
            path: resolvedPath,
            found: true,
            resolvedPath,
            chain: []
          })
        }
      }),
      { numRuns: IN_MEMORY_RUNS }
    )
  })
})

// --- Agreement with the kernel --------------------------------------------------------------

type Node = { kind: 'file' } | { kind: 'dir' } | { kind: 'symlink'; target: string }

const linkTarget = fc
  .record({
    absolute: fc.boolean(),
    parts: fc.array(fc.constantFrom(...STEPS), { minLength: 1, maxLength: 3 }),
    trailingSlash: fc.boolean()
  })
  .map(({ absolute, parts, trailingSlash }) => {
    return (absolute ? '/' : '') + parts.join('/') + (trailingSlash ? '/' : '')
  })

const tree = fc.array(
  fc.record({
    parts: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
    // Folders come anyway as parents; files and links make the interesting answers.
    node: fc.oneof(
      { arbitrary: fc.constant<Node>({ kind: 'file' }), weight: 3 },
      { arbitrary: fc.constant<Node>({ kind: 'dir' }), weight: 1 },
      { arbitrary: linkTarget.map((target): Node => ({ kind: 'symlink', target })), weight: 3 }
    )
  }),
  { maxLength: 8 }
)

const question = fc
  .record({
    parts: fc.array(fc.constantFrom(...STEPS), { minLength: 1, maxLength: 4 }),
    trailingSlash: fc.boolean()
  })
  .map(({ parts, trailingSlash }) => '/' + parts.join('/') + (trailingSlash ? '/' : ''))

/** The first entry at a path wins, and nothing is put below a file or link: a tree tar can hold. */
function plan(entries: { parts: string[]; node: Node }[]): Map<string, Node> {
  const nodes = new Map<string, Node>()
  for (const { parts, node } of entries) {
    const path = '/' + parts.join('/')
    if (nodes.has(path)) continue
    const parents = parts.slice(0, -1).map((_, i) => '/' + parts.slice(0, i + 1).join('/'))
    if (parents.some(parent => (nodes.get(parent)?.kind ?? 'dir') !== 'dir')) continue
    for (const parent of parents) nodes.set(parent, { kind: 'dir' })
    nodes.set(path, node)
  }
  return nodes
}

type Verdict = { found: true; resolvedPath: string } | { found: false; kind: string }

/** What the kernel says; absent and dangling are both ENOENT to it. */
function kernelVerdict(root: string, asked: string): Verdict {
  const onDisk = root + asked
  try {
    if (!statSync(onDisk).isFile()) return { found: false, kind: 'not-a-file' }
    return { found: true, resolvedPath: '/' + relative(root, realpathSync.native(onDisk)) }
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code
    const kind = { ENOENT: 'absent', ELOOP: 'loop', ENOTDIR: 'not-a-directory' }[code ?? '']
    if (kind === undefined) throw error
    return { found: false, kind }
  }
}

function indexVerdict(result: Resolution): Verdict {
  if (result.found) return { found: true, resolvedPath: result.resolvedPath ?? '' }
  const kind = result.failure?.kind ?? ''
  return { found: false, kind: kind === 'dangling' ? 'absent' : kind }
}

describe('ImageIndex.resolve against the real file system', () => {
  let base = ''
  let root = ''

  beforeAll(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'image-index-fs-')))
    // `..` at the image root stays there, but on disk it climbs out of `root`. Climbing lands
    // in pad folders whose names (a, b, c) lead back into `root`, so `/../a` works as `/a`.
    let pad = base
    for (let level = 0; level < 24; level++) {
      pad = join(pad, 'pad')
      mkdirSync(pad)
    }
    root = join(pad, 'root')
    for (let up = pad; up.length >= base.length; up = join(up, '..')) {
      for (const name of NAMES) symlinkSync(join(root, name), join(up, name))
      if (up === base) break
    }
  })

  afterAll(() => {
    if (base !== '') rmSync(base, { recursive: true, force: true })
  })

  it('agrees with stat and realpath on random trees of files, folders and links', () => {
    fc.assert(
      fc.property(tree, fc.array(question, { maxLength: 6 }), (entries, questions) => {
        const nodes = plan(entries)
        rmSync(root, { recursive: true, force: true })
        mkdirSync(root)
        const init: ImageEntryInit[] = []
        // Map order puts each parent before its children.
        for (const [path, node] of nodes) {
          if (node.kind === 'dir') mkdirSync(root + path)
          if (node.kind === 'file') writeFileSync(root + path, '')
          if (node.kind === 'symlink') {
            // Absolute targets restart at the image root, which on disk is `root`.
            const onDisk = node.target.startsWith('/') ? root + node.target : node.target
            symlinkSync(onDisk, root + path)
          }
          init.push({
            path,
            type: node.kind,
            target: node.kind === 'symlink' ? node.target : undefined
          })
        }
        const index = ImageIndex.fromEntries(init)
        for (const asked of [...nodes.keys(), ...questions]) {
          const kernel = kernelVerdict(root, asked)
          const ours = indexVerdict(index.resolve(asked))
          expect({ asked, ...ours }).toEqual({ asked, ...kernel })
        }
      }),
      { numRuns: ON_DISK_RUNS }
    )
  })
})
