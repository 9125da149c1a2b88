// Pure: the fix as an output, and where on the Dockerfile to show the problem.
import path from 'node:path'
import type { Stage } from './dockerfile.js'
import { missingEntries, renderCopyInstructions } from './report.js'
import type { Report } from './types.js'

/**
 * The `copy-instructions` output: COPY lines to append to the target stage. One block when every
 * platform needs the same lines; otherwise one block per platform, each under a `# platform`
 * comment, since no single block of stable Dockerfile syntax serves them all.
 */
export function copyInstructionsOutput(report: Report): string {
  const blocks = report.platforms
    .map(platform => ({
      platform: platform.platform,
      lines: renderCopyInstructions(platform.checks, report.builderTarget)
    }))
    .filter(block => block.lines.length > 0)
  if (blocks.length === 0) return ''
  const first = blocks[0]?.lines.join('\n')
  const same =
    blocks.length === report.platforms.length && blocks.every(b => b.lines.join('\n') === first)
  if (same) return `${first}\n`
  return blocks.map(block => [`# ${block.platform}`, ...block.lines].join('\n')).join('\n\n') + '\n'
}

export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
  line: number
}

/** The target stage: named, or the last one when the target was left to its default. */
export function targetStageOf(stages: Stage[], target: string | null): Stage | undefined {
  if (target === null) return stages[stages.length - 1]
  return stages.find(stage => stage.name?.toLowerCase() === target.toLowerCase())
}

/**
 * An annotation on the target's FROM line with the verdict, and one on each `COPY --from=<builder>`
 * line of that stage that copies from the folder of a missing file or a file of its name: the
 * lines a reviewer will look at to fix it. Without such a line, the stage's last COPY from the
 * builder gets the fix, since that is where it goes.
 */
export function annotationsFor(
  report: Report,
  stages: Stage[],
  target: string | null,
  lineText: (line: number) => string,
  level: Annotation['level']
): Annotation[] {
  const stage = targetStageOf(stages, target)
  const missing = missingEntries(report)
  if (!stage || missing.length === 0) return []
  const perPlatform = new Map<string, number>()
  for (const entry of missing)
    perPlatform.set(entry.platform, (perPlatform.get(entry.platform) ?? 0) + 1)
  const counts = [...perPlatform].map(([platform, n]) => `${n} on ${platform}`).join(', ')
  const paths = [...new Set(missing.map(entry => entry.path))]
  const annotations: Annotation[] = [
    {
      level,
      title: 'distroless-verify: files missing from this stage',
      line: stage.fromLine,
      message:
        `The programs of this stage need files it lacks (${counts}): ${paths.slice(0, 8).join(', ')}` +
        `${paths.length > 8 ? ` and ${paths.length - 8} more` : ''}. ` +
        'The job summary and the copy-instructions output hold the COPY lines that fix it.'
    }
  ]
  const builder = report.builderTarget.toLowerCase()
  const copies = stage.copiesFrom.filter(copy => copy.from.toLowerCase() === builder)
  const involved = copies.filter(copy => {
    const text = lineText(copy.line)
    return missing.some(entry => {
      const name = path.posix.basename(entry.path).replace(/\.so.*$/, '')
      return (
        text.includes(path.posix.dirname(entry.path)) || (name.length > 2 && text.includes(name))
      )
    })
  })
  const fixes = report.platforms
    .map(p => ({
      platform: p.platform,
      lines: renderCopyInstructions(p.checks, report.builderTarget)
    }))
    .filter(p => p.lines.length > 0)
  const fixText = fixes.map(p => `${p.platform}:\n${p.lines.join('\n')}`).join('\n')
  const lines = involved.length > 0 ? involved : copies.slice(-1)
  for (const copy of lines) {
    annotations.push({
      level,
      title: 'distroless-verify: copy these too',
      line: copy.line,
      message: `This stage copies from ${report.builderTarget} but misses files next to these. Add:\n${fixText}`
    })
  }
  return annotations
}
