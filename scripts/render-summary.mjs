#!/usr/bin/env node
// Renders docs/job-summary.png: the job summary of a real failing run, drawn the way GitHub
// shows it. Runs the bundled example broken on purpose (`bash scripts/example.sh --target
// runtime-broken`, real builds for linux/amd64 and linux/arm64; it exits 1 because libonig is
// missing, which is the point), turns example/summary.md into HTML with cmark-gfm (GitHub's
// extensions), opens the collapsed <details>, and screenshots the page with headless Chromium.
//
//   node scripts/render-summary.mjs
//
// Needs (Debian 12, as root for the example): apt-get install -y cmark-gfm chromium imagemagick
// fonts-noto-color-emoji. Every child process gets an argument array, never a shell line.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SUMMARY = path.join(REPO, 'example', 'summary.md')
const OUTPUT = path.join(REPO, 'docs', 'job-summary.png')
const WIDTH = 1100
/** Blank page kept under the summary box in the picture. */
const MARGIN = 24

/** A stop with a message for the user; main() prints it, after the temporary files are gone. */
class Stop extends Error {}

function fail(message) {
  throw new Stop(message)
}

/** Runs a program with an argument array; returns its result, or stops on a spawn error. */
function run(program, args, options = {}) {
  const result = spawnSync(program, args, { cwd: REPO, maxBuffer: 64 * 1024 * 1024, ...options })
  if (result.error !== undefined) {
    const hint = result.error.code === 'ENOENT' ? ` (is ${program} installed?)` : ''
    fail(`could not run ${program}: ${result.error.message}${hint}`)
  }
  return result
}

function text(buffer) {
  return buffer === null || buffer === undefined ? '' : buffer.toString('utf8')
}

/** Runs a program that must succeed; returns its standard output. */
function runOk(program, args, options = {}) {
  const result = run(program, args, options)
  if (result.status !== 0) {
    fail(
      `${program} ${args.join(' ')} exited with ${result.status ?? result.signal}\n` +
        text(result.stderr).slice(-4000)
    )
  }
  return text(result.stdout)
}

// Close to github.com's markdown-body (light theme), with the fonts a Linux machine has.
const CSS = `
:root { color-scheme: light; }
html { background: #ffffff; }
body {
  margin: 0; padding: ${MARGIN}px;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", "Liberation Sans",
    Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  font-size: 14px; line-height: 1.5; color: #1f2328;
}
.box { border: 1px solid #d1d9e0; border-radius: 6px; background: #ffffff; }
.box-header {
  padding: 16px 24px; border-bottom: 1px solid #d1d9e0; background: #f6f8fa;
  border-radius: 6px 6px 0 0; font-size: 16px; font-weight: 600;
}
.markdown-body { padding: 8px 24px 16px; font-size: 14px; word-wrap: break-word; }
.markdown-body > :first-child { margin-top: 16px !important; }
.markdown-body > :last-child { margin-bottom: 0 !important; }
h2, h3, h4, h5 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
h3 { font-size: 1.25em; }
h4 { font-size: 1em; }
h5 { font-size: .875em; }
p, table, pre, details { margin: 0 0 16px; }
code {
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono",
    "DejaVu Sans Mono", monospace;
  font-size: 85%; padding: .2em .4em; margin: 0; white-space: break-spaces;
  background: #818b981f; border-radius: 6px;
}
h2 code, h3 code, h4 code, h5 code { font-size: inherit; padding: 0 .2em; }
pre {
  padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45;
  background: #f6f8fa; border-radius: 6px;
}
pre code {
  font-size: 100%; padding: 0; background: transparent; border-radius: 0; white-space: pre;
  word-break: normal;
}
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content;
  max-width: 100%; overflow: auto; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
th { font-weight: 600; }
tr { background: #ffffff; border-top: 1px solid #d1d9e0b3; }
tr:nth-child(2n) { background: #f6f8fa; }
details > summary { cursor: pointer; display: list-item; }
`

function pageOf(body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>distroless-verify job summary</title>
<style>${CSS}</style>
</head>
<body>
<div class="box">
<div class="box-header">verify summary</div>
<div class="markdown-body">
${body}
</div>
</div>
</body>
</html>
`
}

function main() {
  for (const program of ['cmark-gfm', 'chromium', 'convert']) {
    const found = process.env.PATH?.split(path.delimiter).some(dir => {
      try {
        fs.accessSync(path.join(dir, program), fs.constants.X_OK)
        return true
      } catch {
        return false
      }
    })
    if (!found) {
      fail(`${program} is not installed: apt-get install -y cmark-gfm chromium imagemagick`)
    }
  }

  // 1. A real run of the broken example. It exits 1 (something is missing): anything else is wrong.
  fs.rmSync(SUMMARY, { force: true })
  console.error('render-summary: bash scripts/example.sh --target runtime-broken')
  const example = run('bash', ['scripts/example.sh', '--target', 'runtime-broken'], {
    stdio: ['ignore', 'inherit', 'inherit']
  })
  if (example.status !== 1) {
    fail(
      `scripts/example.sh --target runtime-broken exited with ${example.status ?? example.signal}; ` +
        'expected 1 (the broken stage lacks a library)'
    )
  }
  if (!fs.existsSync(SUMMARY)) fail(`the example run wrote no ${path.relative(REPO, SUMMARY)}`)
  const markdown = fs.readFileSync(SUMMARY, 'utf8')

  // 2. Markdown to HTML the way GitHub does it. --unsafe keeps the raw <details>/<summary> the
  // summary uses (without it cmark-gfm writes "raw HTML omitted"); tagfilter still disarms
  // <script>, <style>, <iframe> and the like, as on GitHub.
  const body = runOk(
    'cmark-gfm',
    [
      '--extension',
      'table',
      '--extension',
      'autolink',
      '--extension',
      'strikethrough',
      '--extension',
      'tagfilter',
      '--unsafe'
    ],
    { input: markdown }
  ).replace(/<details>/g, '<details open>')

  // 3. Screenshot a page taller than the content, find where the content ends, crop there.
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'render-summary-'))
  try {
    const html = path.join(temp, 'summary.html')
    fs.writeFileSync(html, pageOf(body))
    const shot = path.join(temp, 'shot.png')
    // About 28 px per markdown line is more than the page needs; the loop grows it if not.
    let height = Math.max(1200, markdown.split('\n').length * 28)
    for (;;) {
      const profile = fs.mkdtempSync(path.join(temp, 'profile-'))
      fs.rmSync(shot, { force: true })
      const chromium = run(
        'chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${profile}`,
          '--hide-scrollbars',
          `--window-size=${WIDTH},${height}`,
          `--screenshot=${shot}`,
          pathToFileURL(html).href
        ],
        { timeout: 120_000, killSignal: 'SIGKILL' }
      )
      if (!fs.existsSync(shot)) {
        fail(
          `chromium wrote no screenshot (exit ${chromium.status ?? chromium.signal})\n` +
            text(chromium.stderr).slice(-4000)
        )
      }
      // The bounding box of everything that is not the white page around the summary box.
      const box = runOk('convert', [shot, '-trim', '-format', '%@', 'info:']).trim()
      const match = /^(\d+)x(\d+)\+(\d+)\+(\d+)$/.exec(box)
      if (match === null) fail(`convert gave an unexpected bounding box: ${box}`)
      const bottom = Number(match[2]) + Number(match[4])
      if (bottom + MARGIN <= height) {
        fs.mkdirSync(path.dirname(OUTPUT), { recursive: true })
        runOk('convert', [
          shot,
          '-crop',
          `${WIDTH}x${bottom + MARGIN}+0+0`,
          '+repage',
          '-strip',
          OUTPUT
        ])
        console.error(
          `render-summary: wrote ${path.relative(REPO, OUTPUT)} (${WIDTH}x${bottom + MARGIN})`
        )
        break
      }
      if (height > 40_000) fail('the summary is taller than 40,000 px; not taking a picture of it')
      height *= 2
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true })
  }
}

try {
  main()
} catch (error) {
  if (!(error instanceof Stop)) throw error
  console.error(`render-summary: ${error.message}`)
  process.exitCode = 1
}
