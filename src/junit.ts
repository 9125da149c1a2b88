// Pure: the report as JUnit XML, one test suite per platform and one test case per required path.
import { missingEntries } from './report.js'
import type { Report } from './types.js'

function xml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot hold at all.
      .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

export function renderJunitReport(report: Report): string {
  const reasons = new Map(missingEntries(report).map(e => [`${e.platform}\0${e.path}`, e.reason]))
  const suites = report.platforms.map(platform => {
    const failures = platform.checks.filter(check => !check.present).length
    const time = Object.values(platform.timings).reduce((sum, t) => sum + t, 0)
    const cases = platform.checks.map(check => {
      const name = `${check.kind} ${check.path}${check.soname ? ` (${check.soname})` : ''}`
      const head = `    <testcase classname="${xml(`${platform.platform}.${report.target}`)}" name="${xml(name)}"`
      if (check.present) return `${head}/>`
      const reason = reasons.get(`${platform.platform}\0${check.path}`) ?? 'missing'
      const detail = `needed by ${check.neededBy.join(', ')}: ${reason}`
      return [
        `${head}>`,
        `      <failure message="${xml(reason)}" type="missing">${xml(detail)}</failure>`,
        '    </testcase>'
      ].join('\n')
    })
    return [
      `  <testsuite name="${xml(`distroless-verify ${platform.platform}`)}" tests="${platform.checks.length}" failures="${failures}" errors="0" skipped="0" time="${time.toFixed(2)}">`,
      ...cases,
      '  </testsuite>'
    ].join('\n')
  })
  const tests = report.platforms.reduce((n, p) => n + p.checks.length, 0)
  const failures = report.platforms.reduce((n, p) => n + p.checks.filter(c => !c.present).length, 0)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="distroless-verify" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}
