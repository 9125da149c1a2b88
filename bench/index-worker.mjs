// One measured reader of a tar, in a process of its own so that its peak memory is its own:
//   node bench/index-worker.mjs index|discard|memory FILE BUNDLE
// index and discard start `cat FILE` and read its stdout through a pipe, as the engine reads
// docker's: `index` hands the stream to the engine's indexTarStream, `discard` only reads it (the
// floor for any indexer written in JavaScript). `memory` reads FILE whole first and times
// indexTarStream over 64 KiB chunks already in memory: the indexer's own cost, without a pipe.
// Prints one JSON line: { seconds, paths (index, memory), bytes (discard), maxRssKiB }.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { Readable } from 'node:stream'
import { pathToFileURL } from 'node:url'

const [mode, file, bundle] = process.argv.slice(2)
const { indexTarStream } = await import(pathToFileURL(bundle).href)

async function fromPipe() {
  const started = performance.now()
  const cat = spawn('cat', [file], { stdio: ['ignore', 'pipe', 'inherit'] })
  const exited = new Promise((resolve, reject) => {
    cat.on('error', reject)
    cat.on('close', code => (code === 0 ? resolve() : reject(new Error(`cat exited with ${code}`))))
  })
  let paths = 0
  let bytes = 0
  if (mode === 'index') paths = (await indexTarStream(cat.stdout)).size
  else for await (const chunk of cat.stdout) bytes += chunk.length
  await exited
  return { seconds: (performance.now() - started) / 1000, paths, bytes }
}

async function inMemory() {
  const whole = readFileSync(file)
  const chunks = []
  for (let at = 0; at < whole.length; at += 65536) chunks.push(whole.subarray(at, at + 65536))
  const runs = []
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const paths = (await indexTarStream(Readable.from(chunks))).size
    runs.push({ seconds: (performance.now() - started) / 1000, paths })
  }
  return runs.sort((a, b) => a.seconds - b.seconds)[1]
}

const result = mode === 'memory' ? await inMemory() : await fromPipe()
process.stdout.write(
  JSON.stringify({ ...result, maxRssKiB: process.resourceUsage().maxRSS }) + '\n'
)
