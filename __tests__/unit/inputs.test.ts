import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeStages, findStage, readStages } from '../../src/dockerfile.js'
import {
  InputError,
  parseBoolean,
  parseBuildArgs,
  parseExecutables,
  parsePatterns,
  parseReportFormats,
  parseSecrets,
  parsePlatforms,
  readInputs
} from '../../src/inputs.js'

const DOCKERFILE = [
  'ARG TARGETARCH',
  'FROM scratch AS Builder',
  'ADD rootfs.tar /',
  '',
  'FROM scratch AS runtime',
  'COPY --from=builder /usr/bin/jq /usr/bin/jq',
  'COPY --from=builder /lib/x86_64-linux-gnu/libjq.so.1 /lib/x86_64-linux-gnu/',
  'FROM runtime',
  'COPY app /app'
].join('\n')

describe('parseExecutables', () => {
  it.each([
    ['/usr/bin/jq\n/usr/bin/zstd\n', ['/usr/bin/jq', '/usr/bin/zstd']],
    ['/usr/bin/jq, /usr/bin/zstd', ['/usr/bin/jq', '/usr/bin/zstd']],
    ['  /opt/my app/bin  ', ['/opt/my app/bin']],
    ['/opt/a,b', ['/opt/a,b']],
    ['/usr/bin/jq\n/usr/bin/jq', ['/usr/bin/jq']],
    ['/bin/$(touch /tmp/pwned);x', ['/bin/$(touch /tmp/pwned);x']]
  ])('reads %j as %j, literally', (value, expected) => {
    expect(parseExecutables(value)).toEqual(expected)
  })

  it('rejects an empty list and says what to write', () => {
    expect(() => parseExecutables(' \n ')).toThrowError(/executables is empty.*absolute paths/)
  })

  it('rejects a relative path and suggests an absolute one', () => {
    expect(() => parseExecutables('bin/jq')).toThrowError(
      /"bin\/jq" is not an absolute path.*\/usr\/bin\/jq/
    )
  })

  it('rejects an option-like name, which could otherwise reach ldd as a flag', () => {
    expect(() => parseExecutables('--version')).toThrowError(InputError)
  })
})

describe('parsePlatforms', () => {
  it('defaults to amd64 and arm64', () => {
    expect(parsePlatforms('')).toEqual(['linux/amd64', 'linux/arm64'])
  })
  it('accepts commas, lines and variants', () => {
    expect(parsePlatforms('linux/arm64\nlinux/arm/v7, linux/amd64')).toEqual([
      'linux/arm64',
      'linux/arm/v7',
      'linux/amd64'
    ])
  })
  it.each(['linux/amd65', 'windows/amd64', 'amd64', 'linux/arm/v9', 'linux/amd64/v2/x'])(
    'rejects %j and lists what works',
    bad => {
      expect(() => parsePlatforms(bad)).toThrowError(
        new RegExp(`"${bad}" is not a platform.*linux/amd64,linux/arm64`)
      )
    }
  )
})

describe('parseBuildArgs', () => {
  it('keeps KEY=VALUE lines, values with spaces and = intact', () => {
    expect(parseBuildArgs('A=1\n\nB=x = y\n')).toEqual(['A=1', 'B=x = y'])
  })
  it('names the malformed line', () => {
    expect(() => parseBuildArgs('A=1\nnot an arg')).toThrowError(
      /build-args, line 2: "not an arg" is not KEY=VALUE/
    )
  })
})

describe('parseBoolean', () => {
  it('reads the YAML spellings and falls back when empty', () => {
    expect(parseBoolean('x', 'False', true)).toBe(false)
    expect(parseBoolean('x', 'TRUE', false)).toBe(true)
    expect(parseBoolean('x', '', true)).toBe(true)
  })
  it('rejects anything else', () => {
    expect(() => parseBoolean('summary', 'yes', true)).toThrowError(
      /summary: "yes" is not a boolean/
    )
  })
})

describe('readStages', () => {
  it('lists stages with their FROM lines and COPY --from lines', () => {
    const stages = readStages(DOCKERFILE)
    expect(stages.map(s => [s.name, s.fromLine])).toEqual([
      ['Builder', 2],
      ['runtime', 5],
      [null, 8]
    ])
    expect(stages[1]?.copiesFrom).toEqual([
      { from: 'builder', line: 6 },
      { from: 'builder', line: 7 }
    ])
  })
  it('finds stages case-insensitively and by index', () => {
    const stages = readStages(DOCKERFILE)
    expect(findStage(stages, 'builder')?.name).toBe('Builder')
    expect(findStage(stages, '2')?.fromLine).toBe(8)
    expect(findStage(stages, 'nope')).toBeUndefined()
    expect(describeStages(stages)).toBe('Builder (line 2), runtime (line 5), #2 (unnamed, line 8)')
  })
})

describe('readInputs', () => {
  let workspace: string
  beforeAll(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'dv-inputs-'))
    mkdirSync(path.join(workspace, 'app'))
    writeFileSync(path.join(workspace, 'app', 'Dockerfile'), DOCKERFILE)
    writeFileSync(path.join(workspace, 'single.Dockerfile'), 'FROM scratch\n')
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  const read = (values: Record<string, string>) => readInputs(name => values[name] ?? '', workspace)

  it('fills the defaults: Dockerfile in the context, last stage as target, both platforms', () => {
    const inputs = read({ executables: '/usr/bin/jq', context: 'app' })
    expect(inputs.file).toBe(path.join(workspace, 'app', 'Dockerfile'))
    expect(inputs.builderTarget).toBe('Builder')
    expect(inputs.target).toBeNull()
    expect(inputs.targetLabel).toBe('the last stage (line 8)')
    expect(inputs.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    expect(inputs.checkInterpreter).toBe(true)
    expect(inputs.failOnMissing).toBe(true)
  })

  it('names the missing context folder', () => {
    expect(() => read({ executables: '/x', context: 'nope' })).toThrowError(
      /context: the build context "nope".*not an existing folder/
    )
  })

  it('names the missing Dockerfile', () => {
    expect(() => read({ executables: '/x', context: 'app', file: 'app/Missing' })).toThrowError(
      /file: the Dockerfile .*Missing does not exist/
    )
  })

  it('refuses a single-stage Dockerfile', () => {
    expect(() => read({ executables: '/x', file: 'single.Dockerfile' })).toThrowError(
      /one stage; this action needs a multi-stage Dockerfile/
    )
  })

  it('lists the stages when builder-target is not one of them', () => {
    expect(() =>
      read({ executables: '/x', context: 'app', 'builder-target': 'build' })
    ).toThrowError(
      /builder-target: "build" is not a named stage .* Builder \(line 2\), runtime \(line 5\), #2 \(unnamed, line 8\)/
    )
  })

  it('lists the stages when target is not one of them', () => {
    expect(() => read({ executables: '/x', context: 'app', target: 'final' })).toThrowError(
      /target: "final" is not a named stage/
    )
  })

  it('refuses the builder as its own target', () => {
    expect(() => read({ executables: '/x', context: 'app', target: 'builder' })).toThrowError(
      /both name the stage/
    )
  })
})

describe('issue 5 inputs', () => {
  it('reads secrets as id and value, and never echoes a bad line', () => {
    expect(parseSecrets('TOKEN=a=b c\nnpm.rc=x')).toEqual([
      { id: 'TOKEN', value: 'a=b c' },
      { id: 'npm.rc', value: 'x' }
    ])
    expect(() => parseSecrets('not a secret line hunter2')).toThrowError(
      /secrets, line 1 is not ID=VALUE/
    )
    try {
      parseSecrets('hunter2')
    } catch (error: unknown) {
      expect(String(error)).not.toContain('hunter2')
    }
  })
  it('adds junit to the JSON report and refuses other formats', () => {
    expect(parseReportFormats('')).toEqual(['json'])
    expect(parseReportFormats('json,junit')).toEqual(['json', 'junit'])
    expect(() => parseReportFormats('xml')).toThrowError(/report-format: "xml" is not a format/)
  })
  it('wants extra-libraries absolute', () => {
    expect(
      parsePatterns('extra-libraries', '/lib/*/libnss_dns.so.2, /usr/lib/*/gconv/*.so', true)
    ).toHaveLength(2)
    expect(() => parsePatterns('extra-libraries', 'libnss_dns.so.2', true)).toThrowError(
      /not an absolute path or pattern/
    )
  })
})

describe('publish inputs', () => {
  let workspace: string
  beforeAll(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'dv-inputs-publish-'))
    writeFileSync(path.join(workspace, 'Dockerfile'), DOCKERFILE)
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))
  const read = (values: Record<string, string>) =>
    readInputs(name => ({ executables: '/x', ...values })[name] ?? '', workspace)

  it('needs tags to push or load, and not both', () => {
    expect(() => read({ push: 'true' })).toThrowError(/push is true but tags is empty/)
    expect(() => read({ push: 'true', load: 'true', tags: 'a:1' })).toThrowError(/choose one/)
    expect(read({ push: 'true', tags: 'a:1, a:latest' }).publish).toEqual({
      push: true,
      load: false,
      tags: ['a:1', 'a:latest']
    })
  })
  it('reads build options as build-push-action names them', () => {
    const inputs = read({
      'build-contexts': 'deps=../deps',
      labels: 'a=b',
      'no-cache': 'true',
      'cache-from': 'type=local,src=/c'
    })
    expect(inputs.build).toEqual({
      buildContexts: ['deps=../deps'],
      secrets: [],
      cacheFrom: ['type=local,src=/c'],
      cacheTo: [],
      labels: ['a=b'],
      noCache: true,
      pull: false
    })
    expect(() => read({ labels: 'nolabel' })).toThrowError(
      /labels, line 1: "nolabel" is not NAME=VALUE/
    )
  })
})
