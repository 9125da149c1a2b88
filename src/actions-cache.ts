// The action's ldd cache: @actions/cache, one small JSON file a key.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import { readCacheFile, type LddCache } from './ldd-cache.js'
import type { LddParseResult } from './ldd.js'

/** The cache service or nothing: when it is unavailable the check goes on without it. */
export function actionsCache(): LddCache | undefined {
  if (!cache.isFeatureAvailable()) {
    core.warning('The GitHub cache service is not available here; ldd runs without a cache.')
    return undefined
  }
  return new ActionsLddCache()
}

class ActionsLddCache implements LddCache {
  readonly description = 'the GitHub Actions cache'

  // The cache service keys entries by their paths too: the same key must use the same path.
  private file(key: string): { folder: string; file: string } {
    const folder = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'distroless-verify-cache')
    mkdirSync(folder, { recursive: true })
    return { folder, file: path.join(folder, `${key}.json`) }
  }

  async get(key: string): Promise<LddParseResult | undefined> {
    const { file } = this.file(key)
    try {
      const hit = await cache.restoreCache([file], key)
      return hit ? readCacheFile(file) : undefined
    } catch (error: unknown) {
      core.warning(`Restoring ldd results from the cache failed (${String(error)}); running ldd.`)
      return undefined
    } finally {
      rmSync(file, { force: true })
    }
  }

  async set(key: string, value: LddParseResult): Promise<void> {
    const { file } = this.file(key)
    try {
      writeFileSync(file, JSON.stringify(value))
      await cache.saveCache([file], key)
    } catch (error: unknown) {
      core.warning(`Saving ldd results to the cache failed: ${String(error)}`)
    } finally {
      rmSync(file, { force: true })
    }
  }
}
