// Pure: the final image's own loader findings, for the job summary and the terminal.
import { markdownCode, markdownText, showInvisible } from './escape.js'
import type { Report } from './types.js'

const MAX_ROWS = 200

/** A markdown section, or '' when static analysis found nothing (or did not run). */
export function renderLoaderFindings(report: Report): string {
  const platforms = report.platforms.filter(p => (p.loaderFindings ?? []).length > 0)
  if (platforms.length === 0) return ''
  const out = [
    "### The final image's own loader",
    '',
    markdownText(
      'Static analysis started each program of the final stage as its own loader would, with ' +
        "that image's folders, ld.so.cache and C library. Declared programs fail the check; " +
        'others are warnings unless strict is true.'
    ),
    ''
  ]
  for (const platform of platforms) {
    const findings = platform.loaderFindings ?? []
    out.push(`#### ${markdownCode(platform.platform)}`, '')
    out.push('| program | declared | needs | needed by | why |', '| --- | --- | --- | --- | --- |')
    for (const finding of findings.slice(0, MAX_ROWS)) {
      const needs = finding.version ? `${finding.soname} ${finding.version}` : finding.soname
      out.push(
        `| ${markdownCode(finding.program, { inTable: true })} | ${finding.declared ? 'yes' : 'no'} | ` +
          `${markdownCode(needs, { inTable: true })} | ${markdownCode(finding.neededBy, { inTable: true })} | ` +
          `${markdownText(finding.detail)} |`
      )
    }
    if (findings.length > MAX_ROWS)
      out.push('', markdownText(`… and ${findings.length - MAX_ROWS} more`))
    out.push('')
  }
  return out.join('\n')
}

/** The same for a terminal: one line a finding. */
export function renderLoaderFindingsText(report: Report): string {
  const lines: string[] = []
  for (const platform of report.platforms) {
    for (const finding of platform.loaderFindings ?? []) {
      const who = finding.declared ? finding.program : `${finding.program} (not declared)`
      lines.push(showInvisible(`${platform.platform}: ${who}: ${finding.detail}`))
    }
  }
  return lines.length > 0 ? `\nThe final image's own loader:\n  ${lines.join('\n  ')}\n` : ''
}
