// Publish after verify: only once every platform passed, build the target for all platforms
// with the user's tags and push or load it.
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { RUN_LABEL } from './constants.js'
import {
  buildxBuildArgs,
  describeCommand,
  imageIdOf,
  runDocker,
  type BuildOptions
} from './docker.js'
import { CheckError, failureMessage, type EngineLog } from './engine.js'
import type { Inputs } from './inputs.js'

export interface Published {
  /** Manifest (list) digest of what was pushed or loaded; '' when there is none. */
  digest: string
  /** Image (config) ID when one image was built or loaded; '' for a manifest list. */
  imageid: string
}

/** `repo[:tag]` -> `repo:tag-suffix`, for the per-platform images a manifest list is made of. */
export function platformReference(tag: string, platform: string): string {
  const suffix = platform.replace(/\//g, '-')
  const slash = tag.lastIndexOf('/')
  const colon = tag.lastIndexOf(':')
  const at = tag.indexOf('@')
  const name = at >= 0 ? tag.slice(0, at) : tag
  if (colon > slash && at < 0) return `${tag}-${suffix}`
  return `${name}:${suffix}`
}

export function imagetoolsCreateArgs(
  tags: string[],
  sources: string[],
  builder?: string
): string[] {
  const argv = ['buildx', 'imagetools', 'create']
  if (builder) argv.push('--builder', builder)
  for (const tag of tags) argv.push('--tag', tag)
  return [...argv, ...sources]
}

async function builderDriver(builder: string | undefined): Promise<string> {
  const inspect = await runDocker(['buildx', 'inspect', ...(builder ? [builder] : [])])
  return /^Driver:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? 'unknown'
}

function readMetadata(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

function metadataString(metadata: Record<string, unknown>, key: string): string {
  const value = metadata[key]
  return typeof value === 'string' ? value : ''
}

/** The host's platform, to load one image where a multi-platform load cannot be. */
async function enginePlatform(): Promise<string> {
  const version = await runDocker(['version', '--format', '{{.Server.Os}}/{{.Server.Arch}}'])
  return version.stdout.trim() || 'linux/amd64'
}

export async function publish(
  inputs: Inputs,
  log: EngineLog,
  runId: string,
  base: Omit<BuildOptions, 'target' | 'output' | 'platform'>
): Promise<Published> {
  const { push, load, tags } = inputs.publish
  const folder = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'dv-publish-'))
  try {
    const driver = await builderDriver(inputs.builder)
    // The engine's own driver builds one platform per call and keeps one image per tag.
    const onePerCall = driver === 'docker' && inputs.platforms.length > 1
    // One build with a metadata file: digest and image ID come from buildx itself.
    const buildOnce = async (platform: string, type: 'load' | 'push', what: string) => {
      const metadataFile = path.join(folder, 'metadata.json')
      const argv = buildxBuildArgs({
        ...base,
        platform,
        target: inputs.target,
        output: { type, tags, labels: inputs.build.labels },
        metadataFile
      })
      await mustRun(argv, what, log)
      const metadata = readMetadata(metadataFile)
      return {
        digest: metadataString(metadata, 'containerimage.digest'),
        imageid: metadataString(metadata, 'containerimage.config.digest')
      }
    }
    if (!onePerCall) {
      return await buildOnce(
        inputs.platforms.join(','),
        push ? 'push' : 'load',
        'Publishing the verified image'
      )
    }
    if (load) {
      const host = await enginePlatform()
      const platform = inputs.platforms.includes(host) ? host : (inputs.platforms[0] ?? host)
      log.warning(
        `load: the "docker" buildx driver keeps one platform per tag, so only ${platform} was ` +
          'loaded. Use a docker-container builder (docker/setup-buildx-action) to load or push all.'
      )
      const loaded = await buildOnce(platform, 'load', 'Loading the verified image')
      return { digest: '', imageid: loaded.imageid || (await imageIdOf(tags[0] ?? '')) }
    }
    // push with the "docker" driver: one image per platform, then the manifest list over them.
    const first = tags[0] ?? ''
    const sources: string[] = []
    for (const platform of inputs.platforms) {
      const reference = platformReference(first, platform)
      const argv = buildxBuildArgs({
        ...base,
        platform,
        target: inputs.target,
        output: {
          type: 'push',
          tags: [reference],
          labels: [...inputs.build.labels, `${RUN_LABEL}=${runId}`]
        }
      })
      await mustRun(argv, `Pushing ${platform}`, log)
      sources.push(reference)
    }
    await mustRun(
      imagetoolsCreateArgs(tags, sources, inputs.builder),
      'Creating the manifest list',
      log
    )
    const raw = await runDocker(['buildx', 'imagetools', 'inspect', '--raw', first])
    const digest =
      raw.exitCode === 0 ? `sha256:${createHash('sha256').update(raw.stdout).digest('hex')}` : ''
    log.info(
      `Pushed ${tags.join(', ')} (${digest}): a manifest list over ${sources.join(', ')}, ` +
        'one image per platform because the "docker" driver builds one platform per call.'
    )
    return { digest, imageid: '' }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

async function mustRun(argv: string[], what: string, log: EngineLog): Promise<void> {
  const started = performance.now()
  const result = await runDocker(argv)
  log.group(
    `publish · ${what} (${Math.round(performance.now() - started) / 1000} s)`,
    `$ ${describeCommand(argv)}\n${result.stderr}`
  )
  if (result.exitCode !== 0) throw new CheckError(failureMessage(what, argv, result))
}
