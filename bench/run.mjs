// npm run bench: measures the engine against what it replaces, in one run, and writes
// docs/benchmarks.md. Every figure is a ratio (or a difference) of two things measured side by
// side in this run, several times each, in alternating order; the median is reported with the
// smallest and largest value. The engine comes from src/ through bench/entry.ts, bundled by ncc
// before this script starts (see package.json).
//
//   BENCH_REPS=5        repetitions of each measurement
//   BENCH_REPS_LARGE=3  repetitions of the 100-program measurements (the hand-made check runs
//                       100 containers each time)
//   BENCH_PARTS=overhead,index,static  the parts to run (overhead includes part 3)
import { spawn } from 'node:child_process'
import { closeSync, linkSync, copyFileSync, mkdirSync, mkdtempSync, openSync } from 'node:fs'
import { rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { writeSparseTar } from './tar-gen.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundle = path.join(repoRoot, 'node_modules', '.cache', 'distroless-verify-bench', 'index.js')
const { indexTarStream, readInputs, runVerification } = await import(pathToFileURL(bundle).href)

const REPS = Number(process.env.BENCH_REPS) || 5
const REPS_LARGE = Number(process.env.BENCH_REPS_LARGE) || 3
const PARTS = (process.env.BENCH_PARTS ?? 'overhead,index,static').split(',')
const benchId = `${Date.now().toString(36)}-${process.pid}`
const LABEL = `io.github.distroless-verify.bench=${benchId}`
const TAG = `distroless-verify-bench:${benchId}`
/** The label the engine puts on its temporary images and containers (src/constants.ts). */
const ENGINE_RUN_LABEL = 'io.github.distroless-verify.run'
const dockerfile = path.join(repoRoot, 'bench', 'Dockerfile')
const handmadeScript = path.join(repoRoot, 'bench', 'handmade-check.sh')
const output = path.join(repoRoot, 'docs', 'benchmarks.md')
const startedAt = performance.now()
// Not among the globals the lint configuration knows; Node has had it since 15.
const { AbortController } = globalThis
/** Aborted on SIGINT or SIGTERM: the engine stops its builds and removes what it made. */
const stopper = new AbortController()

// ---- processes ----

const running = new Set()

/**
 * Runs a command (argv, no shell). stdout: 'pipe' collects it, 'null' sends it to /dev/null,
 * 'stream' hands it to `consume`. Resolves with the exit code, output and wall seconds.
 */
function run(command, args, { stdout = 'pipe', consume, stdin = 'ignore' } = {}) {
  return new Promise((resolve, reject) => {
    const devNull = stdout === 'null' ? openSync('/dev/null', 'w') : undefined
    const started = performance.now()
    // A process group of its own, so that stopping it stops what it started (the builds of
    // the hand-made script).
    const child = spawn(command, args, {
      stdio: [stdin, devNull ?? 'pipe', 'pipe'],
      env: { ...process.env, DOCKER_BUILDKIT: '1' },
      detached: true
    })
    running.add(child)
    if (devNull !== undefined) closeSync(devNull)
    let out = ''
    let err = ''
    const consumed = consume ? consume(child.stdout) : Promise.resolve(undefined)
    consumed.catch(() => child.kill('SIGKILL'))
    if (stdout === 'pipe') child.stdout.on('data', chunk => (out += chunk))
    child.stderr.on('data', chunk => (err = (err + chunk).slice(-20000)))
    child.on('error', reject)
    child.on('close', code => {
      running.delete(child)
      consumed.then(
        value => {
          const seconds = (performance.now() - started) / 1000
          resolve({ code, stdout: out, stderr: err, seconds, value })
        },
        error => reject(error)
      )
    })
  })
}

async function must(command, args, options) {
  const result = await run(command, args, options)
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.code}):\n${result.stderr}`)
  }
  return result
}

const docker = (args, options) => must('docker', args, options)

// ---- figures ----

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1
      ? sorted[middle]
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length }
}

const fixed = (value, digits = 2) => value.toFixed(digits)

/** `median (min–max)` */
function cell(values, digits = 2, unit = '') {
  const s = stats(values)
  return `${fixed(s.median, digits)}${unit} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`
}

const targets = []

/** Records a target: `value` (a median) against `limit`; says by how much a miss misses. */
function target(what, value, comparison, limit, unit = '') {
  const met = comparison === '<=' ? value <= limit : value >= limit
  const measured = `${fixed(value)}${unit}`
  let verdict = 'met'
  if (!met) {
    const gap = Math.abs(value - limit)
    const relative =
      comparison === '<='
        ? `${fixed(value / limit)}× the limit`
        : `${fixed((gap / limit) * 100, 0)} % short`
    verdict = `**missed** by ${fixed(gap)}${unit} (${relative})`
  }
  targets.push({
    what,
    measured,
    limit: `${comparison === '<=' ? '≤' : '≥'} ${limit}${unit}`,
    verdict
  })
}

const lines = []
function say(text = '') {
  lines.push(text)
  process.stdout.write(`${text}\n`)
}

function table(header, rows) {
  say(`| ${header.join(' | ')} |`)
  say(`| ${header.map(() => '---').join(' | ')} |`)
  for (const row of rows) say(`| ${row.join(' | ')} |`)
  say()
}

/** Runs each step once, starting at step `rep` (modulo their number). */
async function repeatOnce(rep, steps) {
  for (let i = 0; i < steps.length; i++) await steps[(i + rep) % steps.length]()
}

/** Runs `steps` once per repetition, rotating their order so that drift spreads evenly. */
async function repeat(times, steps) {
  for (let rep = 0; rep < times; rep++) await repeatOnce(rep, steps)
}

const loadAverage = () =>
  os
    .loadavg()
    .map(value => fixed(value))
    .join(' ')

// ---- Docker bookkeeping ----

async function inventory() {
  const images = await docker(['image', 'ls', '--all', '--quiet', '--no-trunc'])
  const containers = await docker(['container', 'ls', '--all', '--quiet', '--no-trunc'])
  const ids = text => new Set(text.split('\n').filter(Boolean))
  return { images: ids(images.stdout), containers: ids(containers.stdout) }
}

/**
 * Removes every image and container this benchmark labelled or tagged, and those of engine runs
 * that did not finish (the engine removes its own when it does).
 */
async function cleanup() {
  const labels = [LABEL, ...[...engineRuns].map(runId => `${ENGINE_RUN_LABEL}=${runId}`)]
  // Several --filter label=… must all match; one query per label.
  const list = async (kind, label) => {
    const args = kind === 'container' ? ['container', 'ls', '-aq'] : ['image', 'ls', '-q']
    const found = await run('docker', [...args, '--filter', `label=${label}`])
    return found.stdout.split('\n').filter(Boolean)
  }
  const containers = []
  const images = []
  for (const label of labels) {
    containers.push(...(await list('container', label)))
    images.push(...(await list('image', label)))
  }
  if (containers.length > 0) await run('docker', ['container', 'rm', '--force', ...containers])
  const tagged = await run('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'])
  images.push(...tagged.stdout.split('\n').filter(name => name.startsWith(TAG)))
  if (images.length > 0) await run('docker', ['image', 'rm', '--force', ...new Set(images)])
}

async function removeImages(...names) {
  await run('docker', ['image', 'rm', '--force', ...names])
}

// ---- the build context ----

function makeContext(dir) {
  const rootfs = path.join(repoRoot, '__tests__', 'fixtures', 'rootfs')
  mkdirSync(path.join(dir, 'rootfs'))
  for (const stage of ['builder', 'distroless']) {
    for (const arch of ['amd64', 'arm64']) {
      const name = `${stage}-${arch}.tar`
      const from = path.join(rootfs, name)
      try {
        statSync(from)
      } catch {
        throw new Error(
          `${from} is missing: run "npm run fixtures" (scripts/make-rootfs.mjs) first.`
        )
      }
      try {
        linkSync(from, path.join(dir, 'rootfs', name))
      } catch {
        copyFileSync(from, path.join(dir, 'rootfs', name))
      }
    }
  }
  writeFileSync(path.join(dir, '.dockerignore'), '*\n!rootfs/*.tar\n')
}

const programs = n => Array.from({ length: n }, (_, i) => `/opt/bin/app-${i + 1}`)
const archOf = platform => platform.split('/')[1]

function buildArgv(context, platform, n, target, out) {
  return [
    'buildx',
    'build',
    '--platform',
    platform,
    '--file',
    dockerfile,
    '--target',
    target,
    '--build-arg',
    `N=${n}`,
    '--progress',
    'plain',
    ...out,
    context
  ]
}

// ---- part 1: what each way costs beyond the builds ----

/** (a) The two builds the check needs anyway: the builder into the engine, the target as a tar. */
async function plainBuilds(context, platform, n) {
  const tag = `${TAG}-plain-${archOf(platform)}-${n}`
  const load = ['--label', LABEL, '--tag', tag, '--load']
  const started = performance.now()
  await docker(buildArgv(context, platform, n, 'builder-n', load))
  await docker(buildArgv(context, platform, n, 'final', ['--output', 'type=tar,dest=-']), {
    stdout: 'null'
  })
  const seconds = (performance.now() - started) / 1000
  await removeImages(tag)
  return seconds
}

const engineRuns = new Set()
const engineWarnings = new Set()
let engineRunCount = 0

/** (b) The action's engine, as the action and the command run it. */
async function engine(context, platforms, n, analysis = 'ldd') {
  const values = {
    analysis,
    executables: programs(n).join('\n'),
    context,
    file: dockerfile,
    'builder-target': 'builder-n',
    target: 'final',
    platforms: platforms.join(','),
    'build-args': `N=${n}`,
    // Reusing earlier ldd results would measure a cache, not the check.
    cache: 'false'
  }
  const inputs = readInputs(name => values[name] ?? '', repoRoot)
  const warnings = []
  const log = new Proxy(
    {},
    {
      get: (_, name) =>
        name === 'then' ? undefined : name === 'warning' ? text => warnings.push(text) : () => {}
    }
  )
  const runId = `bench-${benchId}-${++engineRunCount}`
  engineRuns.add(runId)
  const started = performance.now()
  const report = await runVerification(inputs, log, { runId, signal: stopper.signal })
  const seconds = (performance.now() - started) / 1000
  engineRuns.delete(runId)
  if (!report.passed)
    throw new Error(`The engine found the bench image incomplete on ${platforms}.`)
  for (const warning of warnings) engineWarnings.add(warning)
  return { seconds, timings: report.platforms.map(result => result.timings ?? {}) }
}

/** (c) The hand-made check (bench/handmade-check.sh): its builds, and the rest. */
async function handmade(context, platform, n) {
  const tag = `${TAG}-handmade-${archOf(platform)}-${n}`
  const args = [handmadeScript, context, dockerfile, platform, `N=${n}`, tag, LABEL]
  const result = await must('bash', [...args, ...programs(n)])
  await removeImages(`${tag}-builder`, `${tag}-final`)
  const figures = Object.fromEntries(
    (result.stdout.trim().split('\n').pop() ?? '').split(' ').map(pair => pair.split('='))
  )
  if (figures.missing !== '0')
    throw new Error(`The hand-made check found missing files:\n${result.stderr}`)
  const builds = Number(figures.builds_ns) / 1e9
  return { seconds: result.seconds, builds, overhead: result.seconds - builds }
}

// ---- part 2: reading tars ----

/** `cat FILE | tar -t` into /dev/null, timed from starting cat to tar's exit. */
async function gnuTarList(file) {
  const started = performance.now()
  const cat = spawn('cat', [file], { stdio: ['ignore', 'pipe', 'inherit'] })
  running.add(cat)
  const catDone = new Promise(resolve => cat.on('exit', () => resolve(running.delete(cat))))
  const listed = run('tar', ['-t', '-f', '-'], { stdin: cat.stdout, stdout: 'null' })
  // tar has its own copy of the pipe now.
  cat.stdout.destroy()
  const [result] = await Promise.all([listed, catDone])
  if (result.code !== 0) throw new Error(`tar -t failed: ${result.stderr}`)
  return (performance.now() - started) / 1000
}

async function worker(mode, file) {
  const result = await must(process.execPath, [
    path.join(repoRoot, 'bench', 'index-worker.mjs'),
    mode,
    file,
    bundle
  ])
  return JSON.parse(result.stdout)
}

async function exportTo(context, sink) {
  const argv = buildArgv(context, 'linux/amd64', 10, 'big', ['--output', 'type=tar,dest=-'])
  if (sink === 'null') return (await docker(argv, { stdout: 'null' })).seconds
  const consume =
    sink === 'index'
      ? stream => indexTarStream(stream)
      : async stream => {
          for await (const chunk of stream) void chunk
        }
  const result = await docker(argv, { stdout: 'stream', consume })
  return result.seconds
}

// ---- the run ----

async function machine() {
  const server = await docker(['version', '--format', '{{.Server.Version}}'])
  const buildx = await docker(['buildx', 'version'])
  const cpu = os.cpus()[0]?.model ?? 'unknown'
  return [
    ['CPUs (nproc)', String(os.availableParallelism())],
    ['CPU model', cpu],
    ['Memory', `${fixed(os.totalmem() / 2 ** 30, 1)} GiB`],
    ['Kernel', `${os.type()} ${os.release()}`],
    ['Docker engine', server.stdout.trim()],
    ['buildx', buildx.stdout.trim()],
    ['Node', process.version],
    ['Date', new Date().toISOString()],
    ['Load average at start (1, 5, 15 min)', loadAverage()]
  ]
}

async function partOverhead(context) {
  say('## 1. Overhead per platform')
  say()
  say(
    'The bench image (`bench/Dockerfile`): the fixture builder with N copies of jq as ' +
      '`/opt/bin/app-1…N` (stage `builder-n`), and a shell-less final stage holding them and ' +
      'their libraries (`final`). Each repetition measures, side by side and with a warm build cache:'
  )
  say()
  say(
    '- **plain builds**: the two builds any check needs, `--target builder-n --load` and ' +
      '`--target final --output type=tar,dest=-` to /dev/null;'
  )
  say("- **ours**: `runVerification` (the action's engine) on the same Dockerfile and programs;")
  say(
    '- **hand-made** (`bench/handmade-check.sh`): both stages `--load`ed, `docker run --rm ' +
      '--entrypoint ldd` once per program, `docker export` of a container of the final image ' +
      'into `tar -t`, and a `grep` for every path after `=>`.'
  )
  say()
  say(
    'Overhead: ours = ours − plain builds; hand-made = its whole time − its own two builds. ' +
      'Seconds: median (min–max).'
  )
  say()

  const configs = [
    { platform: 'linux/amd64', n: 1, reps: REPS },
    { platform: 'linux/amd64', n: 10, reps: REPS },
    { platform: 'linux/amd64', n: 100, reps: REPS_LARGE },
    { platform: 'linux/arm64', n: 1, reps: REPS },
    { platform: 'linux/arm64', n: 10, reps: REPS }
  ]
  process.stderr.write('warming the build cache…\n')
  for (const config of configs) await plainBuilds(context, config.platform, config.n)
  for (const platform of ['linux/amd64', 'linux/arm64']) await engine(context, [platform], 10)
  await handmade(context, 'linux/arm64', 1)

  const results = new Map(
    configs.map(config => [config, { plain: [], ours: [], hand: [], timings: [] }])
  )
  const both = []
  const key = (platform, n) => configs.find(c => c.platform === platform && c.n === n)
  // One repetition: every configuration's three ways, then both platforms at once (part 3).
  const maxReps = Math.max(...configs.map(config => config.reps))
  for (let rep = 0; rep < maxReps; rep++) {
    process.stderr.write(`overhead: repetition ${rep + 1} of ${maxReps} (load ${loadAverage()})\n`)
    const groups = []
    for (const config of configs) {
      if (rep >= config.reps) continue
      const r = results.get(config)
      groups.push([
        async () => r.plain.push(await plainBuilds(context, config.platform, config.n)),
        async () => {
          const ours = await engine(context, [config.platform], config.n)
          r.ours.push(ours.seconds)
          r.timings.push(ours.timings[0])
        },
        async () => r.hand.push(await handmade(context, config.platform, config.n))
      ])
    }
    groups.push([
      async () => both.push((await engine(context, ['linux/amd64', 'linux/arm64'], 10)).seconds)
    ])
    // The three ways of a configuration stay together; their order, and the order of the
    // configurations, rotate from one repetition to the next.
    await repeatOnce(
      rep,
      groups.map(ways => () => repeatOnce(rep, ways))
    )
  }

  const rows = []
  for (const config of configs) {
    const r = results.get(config)
    const ours = r.ours.map((value, i) => value - (r.plain[i] ?? 0))
    const hand = r.hand.map(h => h.overhead)
    const ratio = ours.map((value, i) => value / (hand[i] ?? Number.NaN))
    r.oursOverhead = ours
    r.ratio = ratio
    rows.push([
      config.platform,
      String(config.n),
      cell(r.plain),
      cell(r.ours),
      cell(ours),
      cell(r.hand.map(h => h.seconds)),
      cell(hand),
      cell(ratio),
      String(r.ours.length)
    ])
  }
  table(
    [
      'platform',
      'programs',
      'plain builds',
      'ours',
      '**ours: overhead**',
      'hand-made',
      '**hand-made: overhead**',
      '**ours / hand-made overhead**',
      'runs'
    ],
    rows
  )
  const phases = key('linux/amd64', 10) && results.get(key('linux/amd64', 10)).timings
  if (phases?.[0] && Object.keys(phases[0]).length > 0) {
    const names = Object.keys(phases[0])
    say(
      "Where ours spends its time on linux/amd64 with 10 programs (the engine's own phase " +
        'timings, medians): ' +
        names
          .map(name => `${name} ${fixed(stats(phases.map(t => t[name] ?? 0)).median)} s`)
          .join(', ') +
        '; the rest is spent outside these phases (preflight, cleanup of its temporary image).'
    )
    say()
  }
  say(
    'arm64 for 100 programs is not measured: the hand-made check alone would run 100 emulated ' +
      'containers per repetition (about 90 s), which does not fit the 10-minute budget.'
  )
  say()

  if (engineWarnings.size > 0) {
    say(`The engine warned: ${[...engineWarnings].join('; ')}`)
    say()
  }
  // The targets are for amd64; arm64 (emulated) is in the table for information.
  const amd64 = results.get(key('linux/amd64', 10))
  target(
    'ours: overhead, linux/amd64, 10 programs',
    stats(amd64.oursOverhead).median,
    '<=',
    1,
    ' s'
  )
  target(
    'ours / hand-made overhead, linux/amd64, 10 programs',
    stats(amd64.ratio).median,
    '<=',
    0.5
  )

  // Part 3 uses the same repetitions: both platforms at once against each one alone.
  const amd = results.get(key('linux/amd64', 10)).ours
  const arm = results.get(key('linux/arm64', 10)).ours
  return { both, amd, arm }
}

/** 4. `analysis: static` against ldd in an emulated arm64 container, on the same image. */
async function partStatic(context) {
  say('## 4. Static analysis against ldd under emulation')
  say()
  say(
    'The whole engine on linux/arm64 with 10 programs, `analysis: ldd` (the builder loaded into ' +
      'the engine, ldd in a container under QEMU) against `analysis: static` (the builder ' +
      "exported as a tar, its ELF files and ld.so.cache read as they stream, the loader's search " +
      'modelled; nothing emulated), both verifying the same final stage. Warm build cache. ' +
      'Seconds: median (min–max).'
  )
  say()
  const ldd = []
  const statics = []
  await repeat(REPS, [
    async () => ldd.push((await engine(context, ['linux/arm64'], 10, 'ldd')).seconds),
    async () => statics.push((await engine(context, ['linux/arm64'], 10, 'static')).seconds)
  ])
  const ratio = statics.map((value, i) => value / (ldd[i] ?? Number.NaN))
  table(
    ['ldd under emulation', 'static', '**static / ldd**', 'runs'],
    [[cell(ldd), cell(statics), cell(ratio), String(ratio.length)]]
  )
  say(
    'Both find the same dependencies on every fixture (`__tests__/integration/static.test.ts`, ' +
      'with arm64 emulation switched off for the static runs).'
  )
  say()
  target('static / ldd under emulation, arm64, 10 programs', stats(ratio).median, '<=', 1)
}

function partConcurrency({ both, amd, arm }) {
  say('## 3. Both platforms at once')
  say()
  say(
    'One run of the engine for linux/amd64 and linux/arm64 (10 programs) against the slower of ' +
      'the two single-platform runs of the same repetition (part 1, "ours"). Seconds: median (min–max).'
  )
  say()
  const slowest = amd.map((value, i) => Math.max(value, arm[i] ?? 0))
  const ratio = both.map((value, i) => value / (slowest[i] ?? Number.NaN))
  table(
    ['linux/amd64 alone', 'linux/arm64 alone', 'both at once', '**both / slowest alone**', 'runs'],
    [[cell(amd), cell(arm), cell(both), cell(ratio), String(both.length)]]
  )
  target('both platforms / slowest platform alone', stats(ratio).median, '<=', 1.2)
}

async function partIndex(context, scratch) {
  say('## 2. Reading the tar')
  say()
  const sizes = [
    { name: '100 MB', bytes: 100 * 2 ** 20 },
    { name: '1 GB', bytes: 2 ** 30 }
  ]
  let onDisk = 0
  for (const size of sizes) {
    size.file = path.join(scratch, `synthetic-${size.bytes}.tar`)
    const written = writeSparseTar(size.file, { entries: 100_000, totalBytes: size.bytes })
    size.length = written.bytes
    onDisk += statSync(size.file).blocks * 512
  }
  say(
    'Synthetic tars (`bench/tar-gen.mjs`), 100,000 members each: 10,000 folders, 70,000 files ' +
      'with bodies from 0 bytes to a few hundred KiB (log-uniform), 20,000 symbolic links, and ' +
      'one name in twenty longer than 100 bytes (a PAX header). Both sizes hold the same ' +
      'members, only the bodies grow, so the memory figures show whether bodies are kept. Bodies ' +
      `are holes of sparse files: the two take ${fixed(onDisk / 2 ** 20, 0)} MiB on disk, and ` +
      '`cat` still sends every byte through the pipe. Each reader gets `cat FILE` through a pipe: ' +
      'GNU `tar -t` (output to /dev/null), `indexTarStream` in a Node process of its own (as the ' +
      "engine reads docker's stdout), and the same Node process reading the pipe and discarding " +
      "it (the floor for any indexer written in JavaScript). Peak memory is the Node process's " +
      'RSS high-water mark (`process.resourceUsage().maxRSS`), in MB of 10⁶ bytes.'
  )
  say()
  for (const size of sizes) {
    await gnuTarList(size.file)
    await worker('index', size.file)
    await worker('discard', size.file)
  }
  for (const size of sizes) Object.assign(size, { tar: [], index: [], discard: [] })
  await repeat(REPS, [
    ...sizes.map(size => async () => size.tar.push(await gnuTarList(size.file))),
    ...sizes.map(size => async () => size.index.push(await worker('index', size.file))),
    ...sizes.map(size => async () => size.discard.push(await worker('discard', size.file)))
  ])
  const rows = []
  for (const size of sizes) {
    const throughput = values => values.map(seconds => size.length / 2 ** 20 / seconds)
    const index = size.index.map(result => result.seconds)
    const discard = size.discard.map(result => result.seconds)
    size.ratio = index.map((seconds, i) => (size.tar[i] ?? 0) / seconds)
    size.rss = size.index.map(result => (result.maxRssKiB * 1024) / 1e6)
    if (size.index.some(result => result.paths !== 100_003)) {
      throw new Error(
        `indexTarStream found ${size.index[0]?.paths} paths in ${size.file}, not 100,003`
      )
    }
    rows.push([
      `${size.name} (${fixed(size.length / 2 ** 20, 0)} MiB)`,
      cell(throughput(size.tar), 0),
      cell(throughput(index), 0),
      cell(throughput(discard), 0),
      cell(size.ratio),
      cell(discard.map((seconds, i) => (size.tar[i] ?? 0) / seconds)),
      cell(size.rss, 0),
      cell(
        size.discard.map(result => (result.maxRssKiB * 1024) / 1e6),
        0
      )
    ])
  }
  table(
    [
      'tar',
      'GNU tar -t, MiB/s',
      'indexTarStream, MiB/s',
      'Node discarding, MiB/s',
      '**index / tar -t throughput**',
      'Node discarding / tar -t',
      '**index peak RSS, MB**',
      'discarding peak RSS, MB'
    ],
    rows
  )
  const [small, large] = sizes
  const memory = await worker('memory', large.file)
  const pipeIndex = stats(large.index.map(result => result.seconds)).median
  const pipeDiscard = stats(large.discard.map(result => result.seconds)).median
  say(
    `For comparison, \`indexTarStream\` over the 1 GB tar already in memory (64 KiB chunks, no ` +
      `pipe, median of 3): ${fixed(memory.seconds)} s, ` +
      `${fixed(large.length / 2 ** 20 / memory.seconds, 0)} MiB/s. Reading the pipe and ` +
      `discarding (median ${fixed(pipeDiscard)} s) plus indexing in memory makes ` +
      `${fixed(pipeDiscard + memory.seconds)} s; indexing from the pipe took ${fixed(pipeIndex)} s.`
  )
  say()
  const flat = large.rss.map((value, i) => value / (small.rss[i] ?? Number.NaN))
  say(
    `Peak RSS at 1 GB / at 100 MB: ${cell(flat)} (the target "flat" is read as: within 10 % ` +
      'of each other).'
  )
  say()
  target('index / tar -t throughput, 1 GB', stats(large.ratio).median, '>=', 0.8)
  target('index / tar -t throughput, 100 MB', stats(small.ratio).median, '>=', 0.8)
  target('index peak RSS, 100 MB tar', stats(small.rss).median, '<=', 150, ' MB')
  target('index peak RSS, 1 GB tar', stats(large.rss).median, '<=', 150, ' MB')
  target('index peak RSS, 1 GB / 100 MB (flat)', stats(flat).median, '<=', 1.1)
  for (const size of sizes) rmSync(size.file, { force: true })

  // A real export.
  const sample = await run(
    'docker',
    buildArgv(context, 'linux/amd64', 10, 'big', ['--output', 'type=tar,dest=-']),
    {
      stdout: 'stream',
      consume: async stream => {
        let bytes = 0
        for await (const chunk of stream) bytes += chunk.length
        return bytes
      }
    }
  )
  const exported = sample.value ?? 0
  const real = { null: [], discard: [], index: [] }
  await repeat(REPS, [
    async () => real.null.push(await exportTo(context, 'null')),
    async () => real.discard.push(await exportTo(context, 'discard')),
    async () => real.index.push(await exportTo(context, 'index'))
  ])
  const ratio = real.index.map((seconds, i) => seconds / (real.null[i] ?? Number.NaN))
  say(
    `A real export: \`docker buildx build --target big --output type=tar,dest=-\` of ` +
      `\`bench/Dockerfile\` for linux/amd64 (the builder and three copies of its /usr, ` +
      `${fixed(exported / 2 ** 20, 0)} MiB), with a warm cache, into /dev/null (the floor), into ` +
      'this process reading and discarding it, and into `indexTarStream` in this process (as ' +
      'the engine does). Seconds: median (min–max).'
  )
  say()
  table(
    ['to /dev/null', 'Node discarding', 'indexTarStream', '**indexed / to /dev/null**', 'runs'],
    [[cell(real.null), cell(real.discard), cell(real.index), cell(ratio), String(ratio.length)]]
  )
  target('real export: indexed / to /dev/null', stats(ratio).median, '<=', 1.1)
}

async function main() {
  const before = await inventory()
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'distroless-verify-bench-'))
  const context = path.join(scratch, 'context')
  mkdirSync(context)
  // Stopping kills what runs; the steps then fail, and the cleanup below runs as after any failure.
  const stop = signal => {
    if (stopper.signal.aborted) return
    process.stderr.write(`\n${signal}: stopping and cleaning up…\n`)
    stopper.abort()
    for (const child of running) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // It has ended already.
      }
    }
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))

  try {
    makeContext(context)
    say('# Benchmarks')
    say()
    say(
      'Generated by `npm run bench` (`bench/run.mjs`); do not edit. Each figure compares two ' +
        'things measured side by side in the same run, in alternating order; medians, with ' +
        `(min–max). Repetitions: ${REPS} per measurement, ${REPS_LARGE} for 100 programs ` +
        '(the hand-made check runs one container per program), to keep the whole run under ' +
        '10 minutes on this machine.'
    )
    say()
    table(['machine', ''], await machine())
    if (os.loadavg()[0] >= 1) {
      say(
        `The machine was busy with other work when the run started (load average ` +
          `${fixed(os.loadavg()[0])} on ${os.availableParallelism()} CPUs): the spreads are wider, ` +
          'and the medians less certain, than on an idle machine.'
      )
      say()
    }

    const concurrency = PARTS.includes('overhead') ? await partOverhead(context) : undefined
    if (PARTS.includes('index')) await partIndex(context, scratch)
    if (concurrency) partConcurrency(concurrency)

    if (PARTS.includes('static')) await partStatic(context)

    say('## Targets')
    say()
    table(
      ['target', 'measured (median)', 'limit', 'verdict'],
      targets.map(t => [t.what, t.measured, t.limit, t.verdict])
    )
  } finally {
    await cleanup()
    rmSync(scratch, { recursive: true, force: true })
  }
  if (stopper.signal.aborted) throw new Error('stopped')

  const after = await inventory()
  const newImages = [...after.images].filter(id => !before.images.has(id))
  const newContainers = [...after.containers].filter(id => !before.containers.has(id))
  say(
    newImages.length + newContainers.length === 0
      ? 'Docker images and containers after the run: the same as before it.'
      : `After the run, Docker has ${newImages.length} image(s) and ${newContainers.length} ` +
          `container(s) it did not have before (none labelled by this run; another process may ` +
          `have made them): ${[...newImages, ...newContainers].join(' ')}`
  )
  const minutes = (performance.now() - startedAt) / 60000
  say(`Load average at the end: ${loadAverage()}. The benchmark took ${fixed(minutes, 1)} min.`)
  mkdirSync(path.dirname(output), { recursive: true })
  writeFileSync(output, lines.join('\n') + '\n')
  process.stderr.write(`wrote ${path.relative(repoRoot, output)}\n`)
}

let settled = false
process.on('exit', () => {
  if (!settled) {
    process.stderr.write('bench: stopped before it finished (a step waited for nothing)\n')
    process.exitCode = 1
  }
})
main()
  .catch(error => {
    if (stopper.signal.aborted) {
      process.stderr.write('bench: stopped; its images, containers and files are removed.\n')
      process.exitCode = 130
    } else {
      process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`)
      process.exitCode = 1
    }
  })
  .finally(() => (settled = true))
