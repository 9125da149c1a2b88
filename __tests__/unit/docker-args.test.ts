import { describe, expect, it } from 'vitest'
import { RUN_LABEL } from '../../src/constants.js'
import { buildxBuildArgs, describeCommand, lddRunArgs, listByLabelArgs } from '../../src/docker.js'

const base = {
  context: '/work/app',
  file: '/work/app/Dockerfile',
  platform: 'linux/arm64',
  buildArgs: [] as string[]
}

describe('buildxBuildArgs', () => {
  it.each([
    [
      'loads the builder stage under a labelled temporary tag',
      {
        ...base,
        target: 'builder',
        output: {
          type: 'load',
          tags: ['distroless-verify-tmp:r1-arm64'],
          labels: [`${RUN_LABEL}=r1`]
        }
      } as const,
      [
        'buildx',
        'build',
        '--platform',
        'linux/arm64',
        '--file',
        '/work/app/Dockerfile',
        '--target',
        'builder',
        '--progress',
        'plain',
        '--label',
        `${RUN_LABEL}=r1`,
        '--tag',
        'distroless-verify-tmp:r1-arm64',
        '--load',
        '/work/app'
      ]
    ],
    [
      'streams the target stage as a tar on stdout',
      { ...base, target: 'final', output: { type: 'tar' } } as const,
      [
        'buildx',
        'build',
        '--platform',
        'linux/arm64',
        '--file',
        '/work/app/Dockerfile',
        '--target',
        'final',
        '--progress',
        'plain',
        '--output',
        'type=tar,dest=-',
        '/work/app'
      ]
    ],
    [
      'builds the last stage when it has no name, with builder and build args',
      {
        ...base,
        target: null,
        builder: 'remote',
        buildArgs: ['A=1', 'B=x y'],
        output: { type: 'tar' }
      } as const,
      [
        'buildx',
        'build',
        '--builder',
        'remote',
        '--platform',
        'linux/arm64',
        '--file',
        '/work/app/Dockerfile',
        '--build-arg',
        'A=1',
        '--build-arg',
        'B=x y',
        '--progress',
        'plain',
        '--output',
        'type=tar,dest=-',
        '/work/app'
      ]
    ],
    [
      'passes build-push-action options, secrets as files only, and pushes with a metadata file',
      {
        ...base,
        target: 'final',
        flags: {
          buildContexts: ['deps=../deps'],
          secretFiles: [{ id: 'TOKEN', file: '/tmp/s/secret-0' }],
          cacheFrom: ['type=local,src=/c'],
          cacheTo: ['type=local,dest=/c'],
          noCache: true,
          pull: true
        },
        metadataFile: '/tmp/m.json',
        output: { type: 'push', tags: ['r/app:1', 'r/app:latest'], labels: ['a=b'] }
      } as const,
      [
        'buildx',
        'build',
        '--platform',
        'linux/arm64',
        '--file',
        '/work/app/Dockerfile',
        '--target',
        'final',
        '--build-context',
        'deps=../deps',
        '--secret',
        'id=TOKEN,src=/tmp/s/secret-0',
        '--cache-from',
        'type=local,src=/c',
        '--cache-to',
        'type=local,dest=/c',
        '--no-cache',
        '--pull',
        '--progress',
        'plain',
        '--metadata-file',
        '/tmp/m.json',
        '--label',
        'a=b',
        '--tag',
        'r/app:1',
        '--tag',
        'r/app:latest',
        '--push',
        '/work/app'
      ]
    ]
  ] as const)('%s', (_name, options, expected) => {
    expect(buildxBuildArgs(options)).toEqual(expected)
  })
})

describe('lddRunArgs', () => {
  const argv = lddRunArgs({
    image: 'distroless-verify-tmp:r1-amd64',
    platform: 'linux/amd64',
    files: ['/usr/bin/jq', '/opt/my app/$(touch x);bin'],
    name: 'distroless-verify-r1-amd64',
    runId: 'r1'
  })

  it('runs ldd as the entrypoint with every file as its own argument, after the image', () => {
    const image = argv.indexOf('distroless-verify-tmp:r1-amd64')
    expect(argv[image - 2]).toBe('--entrypoint')
    expect(argv[image - 1]).toBe('ldd')
    expect(argv.slice(image + 1)).toEqual(['/usr/bin/jq', '/opt/my app/$(touch x);bin'])
  })

  it('contains what it runs: no network, no capabilities, read-only, limits, labelled', () => {
    const pairs = new Map<string, string>()
    for (let i = 0; i < argv.length - 1; i++)
      if (argv[i]?.startsWith('--')) pairs.set(argv[i] ?? '', argv[i + 1] ?? '')
    expect(pairs.get('--network')).toBe('none')
    expect(pairs.get('--cap-drop')).toBe('ALL')
    expect(pairs.get('--security-opt')).toBe('no-new-privileges')
    expect(argv).toContain('--read-only')
    expect(argv).toContain('--rm')
    expect(pairs.get('--pids-limit')).toBe('256')
    expect(pairs.get('--memory')).toBe('512m')
    expect(pairs.get('--label')).toBe(`${RUN_LABEL}=r1`)
  })
})

describe('listByLabelArgs', () => {
  it('finds images and containers of one run by label', () => {
    expect(listByLabelArgs('container', 'r9')).toEqual([
      'container',
      'ls',
      '--all',
      '--quiet',
      '--no-trunc',
      '--filter',
      `label=${RUN_LABEL}=r9`
    ])
    expect(listByLabelArgs('image', 'r9')).toEqual([
      'image',
      'ls',
      '--quiet',
      '--no-trunc',
      '--filter',
      `label=${RUN_LABEL}=r9`
    ])
  })
})

describe('describeCommand', () => {
  it('quotes arguments a reader could misread', () => {
    expect(describeCommand(['run', '/opt/my app'])).toBe('docker run "/opt/my app"')
  })
})
