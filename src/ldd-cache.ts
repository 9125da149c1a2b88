// ldd results of a builder image, reused while the image is unchanged: under emulation the ldd
// container is the slowest part of a check.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { LddParseResult } from './ldd.js'

export interface LddCache {
  /** Says where the cache lives, for the log. */
  readonly description: string
  get(key: string): Promise<LddParseResult | undefined>
  set(key: string, value: LddParseResult): Promise<void>
}

/** Bumped whenever the cached data or the parser's meaning changes. */
const CACHE_VERSION = 1

/** The builder image's content ID, the platform and the files fully decide what ldd says. */
export function lddCacheKey(imageId: string, platform: string, files: readonly string[]): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify({ version: CACHE_VERSION, imageId, platform, files }))
  return `distroless-verify-ldd-v${CACHE_VERSION}-${platform.replace(/\//g, '-')}-${hash.digest('hex').slice(0, 32)}`
}

export function isLddParseResult(value: unknown): value is LddParseResult {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    Array.isArray(record.sections) &&
    Array.isArray(record.unattributed) &&
    Array.isArray(record.notes)
  )
}

export function readCacheFile(file: string): LddParseResult | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return isLddParseResult(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** One JSON file a key in a folder: the local command's cache. */
export class FolderCache implements LddCache {
  constructor(private readonly folder: string) {}

  get description(): string {
    return `folder ${this.folder}`
  }

  async get(key: string): Promise<LddParseResult | undefined> {
    return readCacheFile(path.join(this.folder, `${key}.json`))
  }

  async set(key: string, value: LddParseResult): Promise<void> {
    mkdirSync(this.folder, { recursive: true })
    const file = path.join(this.folder, `${key}.json`)
    // Write then rename, so a run that reads at the same time never sees half a file.
    const partial = `${file}.${process.pid}.tmp`
    writeFileSync(partial, JSON.stringify(value))
    renameSync(partial, file)
  }
}
