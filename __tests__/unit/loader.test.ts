import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { gunzipSync } from 'node:zlib'
import { extract } from 'tar-stream'
import { describe, expect, it } from 'vitest'
import { ElfFormatError, parseElf } from '../../src/elf.js'
import type { ElfInfo, ElfVersionDefinition } from '../../src/elf.js'
import { ImageIndex, normalizeImagePath } from '../../src/image-index.js'
import type { ImageEntryInit } from '../../src/image-index.js'
import { parseLdSoCache } from '../../src/ld-so-cache.js'
import type { LdSoCacheEntry } from '../../src/ld-so-cache.js'
import { parseLddOutput } from '../../src/ldd.js'
import { expandGlibcDst, loadProgram } from '../../src/loader.js'
import type { LoadOptions, LoadResult, LoaderImage } from '../../src/loader.js'

// Hand-made ELF headers: these tests hold the search rules, not the ELF reader.
const X86_64 = { class: 64, endianness: 'little', machine: 62, machineName: 'x86-64' } as const
const I386 = { class: 32, endianness: 'little', machine: 3, machineName: 'i386' } as const
const AARCH64 = { class: 64, endianness: 'little', machine: 183, machineName: 'AArch64' } as const

const T = '/lib/x86_64-linux-gnu'
const GLIBC_LOADER = '/lib64/ld-linux-x86-64.so.2'
const MUSL_LOADER = '/lib/ld-musl-x86_64.so.1'

function elf(more: Partial<ElfInfo> = {}): ElfInfo {
  return {
    ...X86_64,
    type: 'dyn',
    interpreter: null,
    dynamic: true,
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    versionNeeds: [],
    versionDefinitions: [],
    ...more
  }
}

const lib = (soname: string, more: Partial<ElfInfo> = {}): ElfInfo => elf({ soname, ...more })

const program = (needed: string[], more: Partial<ElfInfo> = {}): ElfInfo =>
  elf({ interpreter: GLIBC_LOADER, needed, ...more })

const defined = (...names: string[]): ElfVersionDefinition[] =>
  names.map((name, index) => ({ name, hash: index, base: index === 0 }))

interface ImageSpec {
  /** Regular ELF files by path. */
  files?: Record<string, ElfInfo>
  /** Regular files that are not ELF. */
  plain?: string[]
  links?: Record<string, string>
  dirs?: string[]
  cache?: LdSoCacheEntry[]
  muslPath?: Record<string, string[]>
}

/** The glibc loader of a Debian-like image: a file in the multiarch folder, /lib64 links to it. */
const DEBIAN_LOADER: ImageSpec = {
  files: {
    [`${T}/ld-linux-x86-64.so.2`]: lib('ld-linux-x86-64.so.2', {
      versionDefinitions: defined('ld-linux-x86-64.so.2', 'GLIBC_2.2.5', 'GLIBC_2.3')
    }),
    [`${T}/libc.so.6`]: lib('libc.so.6', {
      needed: ['ld-linux-x86-64.so.2'],
      versionDefinitions: defined('libc.so.6', 'GLIBC_2.2.5', 'GLIBC_2.17', 'GLIBC_2.31')
    })
  },
  links: { [GLIBC_LOADER]: `${T}/ld-linux-x86-64.so.2` }
}

function imageOf(...specs: ImageSpec[]): LoaderImage {
  const entries: ImageEntryInit[] = []
  const elfs = new Map<string, ElfInfo>()
  let cache: LdSoCacheEntry[] | undefined
  const musl: Record<string, string[]> = {}
  for (const spec of specs) {
    for (const path of spec.dirs ?? []) entries.push({ path, type: 'dir' })
    for (const [path, info] of Object.entries(spec.files ?? {})) {
      entries.push({ path, type: 'file' })
      elfs.set(path, info)
    }
    for (const path of spec.plain ?? []) entries.push({ path, type: 'file' })
    for (const [path, target] of Object.entries(spec.links ?? {})) {
      entries.push({ path, type: 'symlink', target })
    }
    cache = spec.cache ?? cache
    Object.assign(musl, spec.muslPath ?? {})
  }
  const index = ImageIndex.fromEntries(entries)
  return {
    resolve: path => index.resolve(path),
    elf: path => elfs.get(path),
    ldSoCache: () => cache,
    muslPath: arch => musl[arch]
  }
}

function cacheEntry(soname: string, path: string, more: Partial<LdSoCacheEntry> = {}) {
  return {
    soname,
    path,
    flags: 0x0303,
    arch: 'libc6,x86-64',
    hwcap: 0n,
    hwcapsSubdirectory: null,
    ...more
  }
}

function load(image: LoaderImage, executable = '/usr/bin/app', options: LoadOptions = {}) {
  return loadProgram(image, executable, options)
}

/** soname => path, as ldd prints it (null: not found). */
function pathsOf(result: LoadResult): Record<string, string | null> {
  return Object.fromEntries(result.objects.map(object => [object.soname, object.path]))
}

function objectOf(result: LoadResult, soname: string) {
  const object = result.objects.find(candidate => candidate.soname === soname)
  if (object === undefined) throw new Error(`no object ${soname} in ${JSON.stringify(result)}`)
  return object
}

describe('loadProgram (glibc)', () => {
  it('finds libraries in the system folders and the interpreter through its link', () => {
    const image = imageOf(DEBIAN_LOADER, { files: { '/usr/bin/app': program(['libc.so.6']) } })
    const result = load(image)

    expect(result.flavor).toBe('glibc')
    expect(result.interpreter).toBe(GLIBC_LOADER)
    expect(result.missing).toEqual([])
    expect(result.versionProblems).toEqual([])
    expect(objectOf(result, 'libc.so.6')).toMatchObject({
      path: `${T}/libc.so.6`,
      resolvedPath: `${T}/libc.so.6`,
      foundVia: 'default',
      neededBy: ['/usr/bin/app'],
      searched: [`${T}/libc.so.6`]
    })
    // libc's DT_NEEDED ld-linux-x86-64.so.2 is the interpreter, matched by its DT_SONAME.
    expect(objectOf(result, 'ld-linux-x86-64.so.2')).toMatchObject({
      path: GLIBC_LOADER,
      resolvedPath: `${T}/ld-linux-x86-64.so.2`,
      foundVia: 'interpreter',
      neededBy: ['/usr/bin/app', `${T}/libc.so.6`]
    })
    expect(result.objects).toHaveLength(2)
  })

  it('searches DT_RPATH before LD_LIBRARY_PATH, and LD_LIBRARY_PATH before DT_RUNPATH', () => {
    const copies: ImageSpec = {
      files: {
        '/opt/rpath/libfoo.so.1': lib('libfoo.so.1'),
        '/opt/env/libfoo.so.1': lib('libfoo.so.1'),
        '/opt/runpath/libfoo.so.1': lib('libfoo.so.1')
      }
    }
    const withRpath = imageOf(DEBIAN_LOADER, copies, {
      files: { '/usr/bin/app': program(['libfoo.so.1'], { rpath: ['/opt/rpath'] }) }
    })
    const withRunpath = imageOf(DEBIAN_LOADER, copies, {
      files: { '/usr/bin/app': program(['libfoo.so.1'], { runpath: ['/opt/runpath'] }) }
    })
    // DT_RPATH is ignored altogether when DT_RUNPATH is there too.
    const withBoth = imageOf(DEBIAN_LOADER, copies, {
      files: {
        '/usr/bin/app': program(['libfoo.so.1'], {
          rpath: ['/opt/rpath'],
          runpath: ['/opt/runpath']
        })
      }
    })
    const env = { ldLibraryPath: '/opt/env' }

    expect(objectOf(load(withRpath, '/usr/bin/app', env), 'libfoo.so.1')).toMatchObject({
      path: '/opt/rpath/libfoo.so.1',
      foundVia: 'rpath'
    })
    expect(objectOf(load(withRunpath, '/usr/bin/app', env), 'libfoo.so.1')).toMatchObject({
      path: '/opt/env/libfoo.so.1',
      foundVia: 'ld_library_path'
    })
    expect(objectOf(load(withRunpath), 'libfoo.so.1')).toMatchObject({
      path: '/opt/runpath/libfoo.so.1',
      foundVia: 'runpath'
    })
    expect(objectOf(load(withBoth), 'libfoo.so.1')).toMatchObject({
      path: '/opt/runpath/libfoo.so.1',
      foundVia: 'runpath',
      searched: ['/opt/runpath/libfoo.so.1']
    })
  })

  it("does not pass the executable's DT_RUNPATH on to its libraries' dependencies", () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libA.so'], { runpath: ['/opt/app/lib'] }),
        '/opt/app/lib/libA.so': lib('libA.so', { needed: ['libB.so'] }),
        '/opt/app/lib/libB.so': lib('libB.so')
      }
    })
    const result = load(image)

    expect(objectOf(result, 'libA.so')).toMatchObject({ path: '/opt/app/lib/libA.so' })
    expect(result.missing).toEqual([
      {
        soname: 'libB.so',
        path: null,
        foundVia: null,
        neededBy: ['/opt/app/lib/libA.so'],
        searched: [
          `${T}/libB.so`,
          '/usr/lib/x86_64-linux-gnu/libB.so',
          '/lib/libB.so',
          '/usr/lib/libB.so',
          '/lib64/libB.so',
          '/usr/lib64/libB.so'
        ]
      }
    ])
  })

  it("passes DT_RPATH down the chain: the requester's first, then its loaders' up to the executable", () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libA.so'], { rpath: ['/opt/app/lib'] }),
        '/opt/app/lib/libA.so': lib('libA.so', { needed: ['libB.so'], rpath: ['/opt/a'] }),
        '/opt/app/lib/libB.so': lib('libB.so', { needed: ['libC.so'] }),
        '/opt/app/lib/libC.so': lib('libC.so')
      }
    })
    const result = load(image)

    expect(result.missing).toEqual([])
    expect(objectOf(result, 'libB.so')).toMatchObject({
      path: '/opt/app/lib/libB.so',
      foundVia: 'rpath',
      searched: ['/opt/a/libB.so', '/opt/app/lib/libB.so']
    })
    // libC: libB has no RPATH, libA's comes next, then the executable's.
    expect(objectOf(result, 'libC.so')).toMatchObject({
      foundVia: 'rpath',
      searched: ['/opt/a/libC.so', '/opt/app/lib/libC.so']
    })
  })

  it('leaves out the whole RPATH chain for a requester that has DT_RUNPATH', () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libA.so'], { rpath: ['/opt/app/lib'] }),
        '/opt/app/lib/libA.so': lib('libA.so', { needed: ['libB.so'], runpath: ['/opt/a'] }),
        '/opt/app/lib/libB.so': lib('libB.so')
      }
    })
    const result = load(image)

    expect(result.missing.map(object => object.soname)).toEqual(['libB.so'])
    expect(result.missing[0]?.searched[0]).toBe('/opt/a/libB.so')
    expect(result.missing[0]?.searched).not.toContain('/opt/app/lib/libB.so')
  })

  it("expands the executable's $ORIGIN to its real folder, links followed", () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/opt/app/bin/app': program(['libfoo.so'], { rpath: ['$ORIGIN/../lib'] }),
        '/opt/app/lib/libfoo.so': lib('libfoo.so', { needed: ['libbar.so'] }),
        '/opt/app/lib/libbar.so': lib('libbar.so')
      },
      links: { '/usr/bin/app': '../../opt/app/bin/app' }
    })
    const result = load(image, '/usr/bin/app')

    expect(result.resolvedExecutable).toBe('/opt/app/bin/app')
    expect(result.missing).toEqual([])
    // ld.so names the file as it built the path, `..` and all, like ldd prints it.
    expect(objectOf(result, 'libfoo.so')).toMatchObject({
      path: '/opt/app/bin/../lib/libfoo.so',
      resolvedPath: '/opt/app/lib/libfoo.so',
      foundVia: 'rpath',
      neededBy: ['/usr/bin/app']
    })
    // The executable's RPATH applies to libfoo's needs, with the executable's origin.
    expect(objectOf(result, 'libbar.so')).toMatchObject({
      path: '/opt/app/bin/../lib/libbar.so',
      neededBy: ['/opt/app/bin/../lib/libfoo.so']
    })
  })

  it("expands a library's $ORIGIN to the folder of the path it was found by, links not followed", () => {
    // glibc's l_origin is the dirname of the path opened (elf/dl-object.c), not of its target.
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libplug.so']),
        '/opt/plug/lib/libplug.so': lib('libplug.so', {
          needed: ['libhelper.so'],
          runpath: ['${ORIGIN}']
        }),
        '/opt/plug/lib/libhelper.so': lib('libhelper.so')
      },
      links: { [`${T}/libplug.so`]: '/opt/plug/lib/libplug.so' }
    })
    const result = load(image)

    expect(objectOf(result, 'libplug.so').resolvedPath).toBe('/opt/plug/lib/libplug.so')
    expect(result.missing.map(object => object.soname)).toEqual(['libhelper.so'])
    expect(result.missing[0]?.searched[0]).toBe(`${T}/libhelper.so`)
  })

  it('searches LD_LIBRARY_PATH split on colons and semicolons, an empty element being the working folder', () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libA.so', 'libB.so', 'libC.so']),
        '/opt/a/libA.so': lib('libA.so'),
        '/opt/b/libB.so': lib('libB.so'),
        '/work/libC.so': lib('libC.so')
      }
    })
    const result = load(image, '/usr/bin/app', { ldLibraryPath: '/opt/a;/opt/b::', cwd: '/work' })

    expect(pathsOf(result)).toMatchObject({
      'libA.so': '/opt/a/libA.so',
      'libB.so': '/opt/b/libB.so',
      'libC.so': 'libC.so'
    })
    expect(objectOf(result, 'libC.so')).toMatchObject({
      resolvedPath: '/work/libC.so',
      foundVia: 'ld_library_path',
      searched: ['/opt/a/libC.so', '/opt/b/libC.so', 'libC.so']
    })
  })

  it("takes /etc/ld.so.cache's entry for this architecture before the system folders", () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libcached.so.1', 'libstale.so.1', 'libhw.so.1']),
        '/opt/cached/libcached.so.1': lib('libcached.so.1'),
        '/opt/i386/libcached.so.1': lib('libcached.so.1', { ...I386 }),
        [`${T}/libstale.so.1`]: lib('libstale.so.1'),
        [`${T}/glibc-hwcaps/x86-64-v3/libhw.so.1`]: lib('libhw.so.1'),
        [`${T}/libhw.so.1`]: lib('libhw.so.1')
      },
      cache: [
        cacheEntry('libcached.so.1', '/opt/i386/libcached.so.1', { flags: 0x0003, arch: 'libc6' }),
        cacheEntry('libcached.so.1', '/opt/cached/libcached.so.1'),
        // A stale entry: the file is gone, the search goes on.
        cacheEntry('libstale.so.1', '/opt/gone/libstale.so.1'),
        // glibc-hwcaps entries depend on the CPU; the plain folder is what every CPU loads.
        cacheEntry('libhw.so.1', `${T}/glibc-hwcaps/x86-64-v3/libhw.so.1`, {
          hwcapsSubdirectory: 'x86-64-v3'
        })
      ]
    })
    const result = load(image)

    expect(objectOf(result, 'libcached.so.1')).toMatchObject({
      path: '/opt/cached/libcached.so.1',
      foundVia: 'ld.so.cache'
    })
    expect(objectOf(result, 'libstale.so.1')).toMatchObject({
      path: `${T}/libstale.so.1`,
      foundVia: 'default',
      searched: ['/opt/gone/libstale.so.1', `${T}/libstale.so.1`]
    })
    expect(objectOf(result, 'libhw.so.1')).toMatchObject({
      path: `${T}/libhw.so.1`,
      foundVia: 'default'
    })
  })

  it('searches the Debian multiarch folders first, then /lib, /usr/lib, /lib64 and /usr/lib64', () => {
    const rhelLike = imageOf({
      files: {
        '/usr/lib64/ld-linux-x86-64.so.2': lib('ld-linux-x86-64.so.2'),
        '/usr/lib64/libc.so.6': lib('libc.so.6'),
        '/usr/bin/app': program(['libc.so.6'])
      },
      links: { '/lib64': 'usr/lib64' }
    })
    const debianLike = imageOf(DEBIAN_LOADER, {
      files: { '/usr/bin/app': program(['libc.so.6']), '/usr/lib64/libc.so.6': lib('libc.so.6') }
    })

    expect(objectOf(load(rhelLike), 'libc.so.6')).toMatchObject({
      path: '/lib64/libc.so.6',
      resolvedPath: '/usr/lib64/libc.so.6',
      foundVia: 'default',
      searched: [
        `${T}/libc.so.6`,
        '/usr/lib/x86_64-linux-gnu/libc.so.6',
        '/lib/libc.so.6',
        '/usr/lib/libc.so.6',
        '/lib64/libc.so.6'
      ]
    })
    expect(objectOf(load(debianLike), 'libc.so.6').path).toBe(`${T}/libc.so.6`)
    // LoadOptions.systemDirs replaces the guess when the image's glibc is known.
    expect(
      objectOf(load(rhelLike, '/usr/bin/app', { systemDirs: ['/usr/lib64'] }), 'libc.so.6').path
    ).toBe('/usr/lib64/libc.so.6')
  })

  it('reaches a merged /usr through /lib -> usr/lib and maps one file once under two names', () => {
    const image = imageOf({
      files: {
        '/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2': lib('ld-linux-x86-64.so.2'),
        '/usr/lib/x86_64-linux-gnu/libfoo.so.1.2': lib('libfoo.so.1'),
        '/usr/bin/app': program(['libfoo.so.1', 'libA.so']),
        '/usr/lib/x86_64-linux-gnu/libA.so': lib('libA.so', { needed: ['libfoo.so'] })
      },
      links: {
        '/lib': 'usr/lib',
        '/lib64': 'usr/lib64',
        '/usr/lib64/ld-linux-x86-64.so.2': `${T}/ld-linux-x86-64.so.2`,
        '/usr/lib/x86_64-linux-gnu/libfoo.so.1': 'libfoo.so.1.2',
        '/usr/lib/x86_64-linux-gnu/libfoo.so': 'libfoo.so.1'
      }
    })
    const result = load(image)

    expect(result.missing).toEqual([])
    expect(objectOf(result, 'ld-linux-x86-64.so.2').resolvedPath).toBe(
      '/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'
    )
    expect(objectOf(result, 'libfoo.so.1')).toMatchObject({
      path: `${T}/libfoo.so.1`,
      resolvedPath: '/usr/lib/x86_64-linux-gnu/libfoo.so.1.2',
      neededBy: ['/usr/bin/app', `${T}/libA.so`]
    })
    expect(result.objects.map(object => object.soname)).toEqual([
      'libfoo.so.1',
      'libA.so',
      'ld-linux-x86-64.so.2'
    ])
  })

  it('passes over files of the other ELF class or machine, and says so when nothing else is found', () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libfoo.so', 'libonly32.so'], {
          rpath: ['/opt/i386', '/opt/arm']
        }),
        '/opt/i386/libfoo.so': lib('libfoo.so', { ...I386 }),
        '/opt/arm/libfoo.so': lib('libfoo.so', { ...AARCH64 }),
        [`${T}/libfoo.so`]: lib('libfoo.so'),
        '/opt/i386/libonly32.so': lib('libonly32.so', { ...I386 })
      }
    })
    const result = load(image)

    expect(objectOf(result, 'libfoo.so')).toMatchObject({
      path: `${T}/libfoo.so`,
      rejected: [
        {
          path: '/opt/i386/libfoo.so',
          reason: 'wrong ELF class: ELFCLASS32, the program is ELFCLASS64'
        },
        { path: '/opt/arm/libfoo.so', reason: 'built for AArch64, the program for x86-64' }
      ]
    })
    expect(objectOf(result, 'libfoo.so').wrongClass).toBeUndefined()
    expect(result.missing).toMatchObject([{ soname: 'libonly32.so', path: null, wrongClass: true }])
  })

  it('stops at a file that is not ELF, as ld.so fails with `invalid ELF header`', () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libfoo.so'], { rpath: ['/opt/text'] }),
        [`${T}/libfoo.so`]: lib('libfoo.so')
      },
      plain: ['/opt/text/libfoo.so']
    })
    const result = load(image)

    expect(result.missing).toEqual([
      {
        soname: 'libfoo.so',
        path: null,
        foundVia: null,
        neededBy: ['/usr/bin/app'],
        searched: ['/opt/text/libfoo.so'],
        rejected: [{ path: '/opt/text/libfoo.so', reason: 'not an ELF file (invalid ELF header)' }],
        failure: '/opt/text/libfoo.so: not an ELF file (invalid ELF header)'
      }
    ])
  })

  it('reuses an object already loaded, found by the name asked for or by its DT_SONAME', () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libc.so.6', 'libbar-custom.so', 'libA.so']),
        [`${T}/libbar-custom.so`]: lib('libbar.so.2'),
        [`${T}/libbar.so.2`]: lib('libbar.so.2'),
        [`${T}/libA.so`]: lib('libA.so', { needed: ['libbar.so.2', 'libc.so.6'] })
      }
    })
    const result = load(image)

    expect(result.objects.map(object => object.path)).toEqual([
      `${T}/libc.so.6`,
      `${T}/libbar-custom.so`,
      `${T}/libA.so`,
      GLIBC_LOADER
    ])
    expect(objectOf(result, 'libbar-custom.so').neededBy).toEqual(['/usr/bin/app', `${T}/libA.so`])
    expect(objectOf(result, 'libc.so.6').neededBy).toEqual(['/usr/bin/app', `${T}/libA.so`])
  })

  it('reports a version needed from a library that does not define it; a weak one only as a note', () => {
    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libc.so.6', 'libplain.so'], {
          versionNeeds: [
            {
              file: 'libc.so.6',
              versions: [
                { name: 'GLIBC_2.2.5', hash: 1, weak: false },
                { name: 'GLIBC_2.34', hash: 2, weak: false },
                { name: 'GLIBC_2.99', hash: 3, weak: true }
              ]
            },
            { file: 'libplain.so', versions: [{ name: 'PLAIN_1', hash: 4, weak: false }] }
          ]
        }),
        [`${T}/libplain.so`]: lib('libplain.so')
      }
    })
    const result = load(image)

    expect(result.missing).toEqual([])
    expect(result.versionProblems).toEqual([
      {
        object: '/usr/bin/app',
        needs: 'libc.so.6',
        version: 'GLIBC_2.34',
        providedBy: `${T}/libc.so.6`
      }
    ])
    expect(result.notes).toEqual([
      `${T}/libc.so.6: weak version GLIBC_2.99 not found (required by /usr/bin/app)`,
      `${T}/libplain.so: no version information available (required by /usr/bin/app)`
    ])
  })

  it('expands $LIB and $PLATFORM by the image, keeps unknown $ words, drops $PLATFORM it cannot know', () => {
    expect(
      expandGlibcDst('/opt/$LIB/${PLATFORM}/$ORIGINAL/$FOO', { LIB: 'lib64', PLATFORM: 'x86_64' })
    ).toBe('/opt/lib64/x86_64/$ORIGINAL/$FOO')
    expect(expandGlibcDst('/opt/$PLATFORM', { LIB: 'lib' })).toBeNull()

    const image = imageOf(DEBIAN_LOADER, {
      files: {
        '/usr/bin/app': program(['libfoo.so'], { rpath: ['/opt/$LIB/$PLATFORM'] }),
        '/opt/lib/x86_64-linux-gnu/x86_64/libfoo.so': lib('libfoo.so')
      }
    })
    expect(objectOf(load(image), 'libfoo.so').foundVia).toBe('rpath')
    const withLib64 = load(image, '/usr/bin/app', { libDirName: 'lib64', platform: 'haswell' })
    expect(objectOf(withLib64, 'libfoo.so').searched[0]).toBe('/opt/lib64/haswell/libfoo.so')
  })

  it('reports a missing interpreter, needed by the executable and by whoever names it', () => {
    const image = imageOf({
      files: {
        [`${T}/ld-linux-x86-64.so.2`]: lib('ld-linux-x86-64.so.2'),
        [`${T}/libc.so.6`]: lib('libc.so.6', { needed: ['ld-linux-x86-64.so.2'] }),
        '/usr/bin/app': program(['libc.so.6'])
      }
    })
    const result = load(image)

    expect(result.missing).toEqual([
      {
        soname: 'ld-linux-x86-64.so.2',
        path: null,
        foundVia: null,
        neededBy: ['/usr/bin/app', `${T}/libc.so.6`],
        searched: [GLIBC_LOADER],
        failure: 'absent (nothing at /lib64)'
      }
    ])
  })

  it('needs nothing for a static executable, and nothing can be said of a missing one', () => {
    const image = imageOf({ files: { '/bin/busybox': elf({ type: 'exec', dynamic: false }) } })

    expect(load(image, '/bin/busybox')).toMatchObject({
      flavor: 'none',
      interpreter: null,
      objects: [],
      missing: []
    })
    expect(load(image, '/usr/bin/nothing')).toMatchObject({
      resolvedExecutable: null,
      notes: ['/usr/bin/nothing: absent (nothing at /usr)']
    })
  })
})

describe('loadProgram (musl)', () => {
  const alpine = (more: ImageSpec = {}): LoaderImage =>
    imageOf(
      {
        files: {
          [MUSL_LOADER]: lib('libc.musl-x86_64.so.1'),
          '/usr/bin/app': program(['libz.so.1', 'libc.musl-x86_64.so.1'], {
            interpreter: MUSL_LOADER
          }),
          '/usr/lib/libz.so.1.3': lib('libz.so.1'),
          '/opt/z/libz.so.1': lib('libz.so.1')
        },
        links: { '/lib/libz.so.1': '../usr/lib/libz.so.1.3' }
      },
      more
    )

  it('searches /lib:/usr/local/lib:/usr/lib without a path file, and libc is the loader itself', () => {
    const result = load(alpine())

    expect(result.flavor).toBe('musl')
    expect(result.missing).toEqual([])
    expect(result.objects).toEqual([
      {
        soname: 'libz.so.1',
        path: '/lib/libz.so.1',
        resolvedPath: '/usr/lib/libz.so.1.3',
        foundVia: 'default',
        neededBy: ['/usr/bin/app'],
        searched: ['/lib/libz.so.1']
      },
      {
        soname: 'libc.musl-x86_64.so.1',
        path: MUSL_LOADER,
        resolvedPath: MUSL_LOADER,
        foundVia: 'interpreter',
        neededBy: ['/usr/bin/app'],
        searched: [MUSL_LOADER]
      }
    ])
  })

  it('searches the lines of /etc/ld-musl-<arch>.path instead when there is one', () => {
    const withPath = load(alpine({ muslPath: { x86_64: ['/opt/z:/usr/lib', ''] } }))
    expect(objectOf(withPath, 'libz.so.1')).toMatchObject({
      path: '/opt/z/libz.so.1',
      foundVia: 'default'
    })
    // An empty file is an empty path: nothing is searched.
    const empty = load(alpine({ muslPath: { x86_64: [] } }))
    expect(empty.missing).toMatchObject([{ soname: 'libz.so.1', searched: [] }])
  })

  it('searches LD_LIBRARY_PATH first, then RPATH and RUNPATH alike, passed down the chain', () => {
    const image = alpine({
      files: {
        '/usr/bin/app': program(['libA.so'], {
          interpreter: MUSL_LOADER,
          runpath: ['$ORIGIN/../app']
        }),
        '/usr/app/libA.so': lib('libA.so', { needed: ['libB.so', 'libm.so.6'] }),
        '/usr/app/libB.so': lib('libB.so'),
        '/env/libB.so': lib('libB.so')
      }
    })
    const result = load(image)
    expect(objectOf(result, 'libB.so')).toMatchObject({
      path: '/usr/bin/../app/libB.so',
      foundVia: 'runpath'
    })
    // libm is part of musl's libc: the loader answers for it, under the first name asked.
    expect(objectOf(result, 'libm.so.6')).toMatchObject({
      path: MUSL_LOADER,
      foundVia: 'interpreter',
      neededBy: ['/usr/bin/app', '/usr/bin/../app/libA.so']
    })

    const withEnv = load(image, '/usr/bin/app', { ldLibraryPath: '/env' })
    expect(objectOf(withEnv, 'libB.so').path).toBe('/env/libB.so')
  })
})

// Real files: /usr/bin/jq's closure from the fixture builder image (Debian 12), and what the
// builder's own ldd said about it. See recorded/loader/record.mjs.
describe('loadProgram on the fixture builder image', () => {
  async function realImage(arch: string): Promise<LoaderImage> {
    const bytes = gunzipSync(readFileSync(`__tests__/unit/recorded/loader/jq-${arch}.tar.gz`))
    const entries: ImageEntryInit[] = []
    const bodies = new Map<string, Buffer>()
    const reader = extract()
    Readable.from([bytes]).pipe(reader)
    for await (const entry of reader) {
      const { name, type, linkname } = entry.header
      const chunks: Buffer[] = []
      for await (const chunk of entry) chunks.push(chunk as Buffer)
      if (type === 'symlink') entries.push({ path: name, type: 'symlink', target: linkname })
      else if (type === 'directory') entries.push({ path: name, type: 'dir' })
      else {
        entries.push({ path: name, type: 'file' })
        bodies.set(normalizeImagePath(name), Buffer.concat(chunks))
      }
    }
    const index = ImageIndex.fromEntries(entries)
    const cache = bodies.get('/etc/ld.so.cache')
    return {
      resolve: path => index.resolve(path),
      elf: path => {
        const body = bodies.get(path)
        if (body === undefined) return undefined
        try {
          return parseElf(body)
        } catch (error: unknown) {
          if (error instanceof ElfFormatError) return undefined
          throw error
        }
      },
      ldSoCache: () => (cache === undefined ? undefined : parseLdSoCache(cache)),
      muslPath: () => undefined
    }
  }

  function recordedLdd(arch: string) {
    const read = (stream: string) =>
      readFileSync(`__tests__/fixtures/recorded/ldd-single-${arch}.${stream}.txt`, 'utf8')
    const parsed = parseLddOutput({
      files: ['/usr/bin/jq'],
      stdout: read('stdout'),
      stderr: read('stderr'),
      exitCode: 0
    })
    const section = parsed.sections[0]
    if (section === undefined) throw new Error('no ldd section')
    return section
  }

  it.each(['amd64', 'arm64'])(
    'finds what the builder’s ldd found for /usr/bin/jq (%s)',
    async arch => {
      const image = await realImage(arch)
      const ldd = recordedLdd(arch)
      const result = loadProgram(image, '/usr/bin/jq', { platformArch: arch })

      expect(result.flavor).toBe('glibc')
      expect(result.interpreter).toBe(ldd.interpreter)
      expect(result.missing).toEqual([])
      expect(result.versionProblems).toEqual([])
      const libraries = result.objects.filter(object => object.foundVia !== 'interpreter')
      const found = Object.fromEntries(libraries.map(object => [object.soname, object.path]))
      const expected = Object.fromEntries(
        ldd.libraries.map(library => [library.soname, library.path])
      )
      expect(found).toEqual(expected)
      expect(libraries.every(object => object.foundVia === 'ld.so.cache')).toBe(true)
      // libm and libonig come from libjq, not from jq.
      expect(objectOf(result, 'libonig.so.5').neededBy).toEqual([ldd.libraries[0]?.path])
    }
  )

  it.each(['amd64', 'arm64'])(
    'finds the same files without the cache, and names what a final image lacks (%s)',
    async arch => {
      const real = await realImage(arch)
      const triplet = arch === 'amd64' ? 'x86_64-linux-gnu' : 'aarch64-linux-gnu'
      const noCache: LoaderImage = { ...real, ldSoCache: () => undefined }
      const result = loadProgram(noCache, '/usr/bin/jq')
      expect(result.missing).toEqual([])
      expect(result.objects.filter(object => object.foundVia === 'default')).toHaveLength(4)

      const noOnig: LoaderImage = {
        ...real,
        resolve: path =>
          path.includes('libonig')
            ? { path, found: false, chain: [], failure: { kind: 'absent', at: path } }
            : real.resolve(path)
      }
      const lacking = loadProgram(noOnig, '/usr/bin/jq')
      expect(lacking.missing.map(object => [object.soname, object.neededBy])).toEqual([
        ['libonig.so.5', [`/lib/${triplet}/libjq.so.1`]]
      ])
    }
  )
})
