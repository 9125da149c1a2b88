// The README documents action.yml: its Inputs and Outputs tables list the same names in the same
// order, with the same defaults, and its workflow example passes only inputs the action has.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = path.join(import.meta.dirname, '..', '..')
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const ACTION_YML = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')

// --- a tiny markdown reader: fences, headings, pipe tables ---------------------------------

interface Line {
  text: string
  /** 1-based line number in the markdown. */
  number: number
  /** Inside a fenced code block (fence lines included). */
  fenced: boolean
}

function readLines(markdown: string): Line[] {
  let fence: string | undefined
  return markdown.split(/\r?\n/).map((text, index) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1]
    if (fence === undefined && opener !== undefined) {
      fence = opener
      return { text, number: index + 1, fenced: true }
    }
    if (fence !== undefined) {
      const closer = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text)?.[1]
      if (closer !== undefined && closer[0] === fence[0] && closer.length >= fence.length) {
        fence = undefined
      }
      return { text, number: index + 1, fenced: true }
    }
    return { text, number: index + 1, fenced: false }
  })
}

/** A table row's cells: split at pipes that are not escaped, `\|` read as `|`, cells trimmed. */
function splitRow(row: string): string[] {
  let text = row.trim()
  if (text.startsWith('|')) text = text.slice(1)
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1)
  const cells: string[] = []
  let cell = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '\\' && text[i + 1] === '|') {
      cell += '|'
      i++
    } else if (char === '|') {
      cells.push(cell.trim())
      cell = ''
    } else {
      cell += char
    }
  }
  cells.push(cell.trim())
  return cells
}

interface Table {
  header: string[]
  rows: string[][]
}

/**
 * The first pipe table under the `## <title>` heading (outside code blocks), before the next
 * heading of level 1 or 2. Throws, naming the heading, when there is none or it is malformed.
 */
function tableUnder(markdown: string, title: string): Table {
  const lines = readLines(markdown)
  const heading = `## ${title}`
  const start = lines.findIndex(line => !line.fenced && line.text.trim() === heading)
  if (start < 0) throw new Error(`README has no "${heading}" heading`)
  let index = start + 1
  for (; index < lines.length; index++) {
    const line = lines[index]
    if (line === undefined || line.fenced) continue
    if (/^#{1,2}\s/.test(line.text)) break
    if (line.text.trimStart().startsWith('|')) break
  }
  const headerLine = lines[index]
  if (headerLine === undefined || !headerLine.text.trimStart().startsWith('|')) {
    throw new Error(`README: no table under "${heading}"`)
  }
  const header = splitRow(headerLine.text)
  const delimiter = lines[index + 1]
  const delimiterCells = delimiter === undefined ? [] : splitRow(delimiter.text)
  if (
    delimiter === undefined ||
    delimiterCells.length !== header.length ||
    !delimiterCells.every(cell => /^:?-+:?$/.test(cell))
  ) {
    throw new Error(
      `README line ${headerLine.number + 1}: the table under "${heading}" has no delimiter row`
    )
  }
  const rows: string[][] = []
  for (const line of lines.slice(index + 2)) {
    if (line.fenced || !line.text.trimStart().startsWith('|')) break
    const cells = splitRow(line.text)
    if (cells.length !== header.length) {
      throw new Error(
        `README line ${line.number}: ${cells.length} cells, the "${heading}" table has ${header.length} columns`
      )
    }
    rows.push(cells)
  }
  return { header, rows }
}

/** The text of a cell that is one code span (`` `x` ``, ``` `` a`b `` ```), else undefined. */
function codeSpan(cell: string): string | undefined {
  const match = /^(`+)([\s\S]*?[^`])\1$/.exec(cell)
  const content = match?.[2]
  if (content === undefined || content.includes(match?.[1] ?? '`')) return undefined
  return /^ .* $/.test(content) && content.trim() !== '' ? content.slice(1, -1) : content
}

/** The first fenced block whose info string is `language`. */
function firstFencedBlock(markdown: string, language: string): string | undefined {
  const lines = markdown.split(/\r?\n/)
  const start = lines.findIndex(line => new RegExp(`^ {0,3}\`{3,}\\s*${language}\\s*$`).test(line))
  if (start < 0) return undefined
  const fence = /`{3,}/.exec(lines[start] ?? '')?.[0].length ?? 3
  const closer = new RegExp(`^ {0,3}\`{${fence},}\\s*$`)
  const end = lines.findIndex((line, index) => index > start && closer.test(line))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

// --- action.yml ---------------------------------------------------------------------------

interface ActionInput {
  name: string
  required: boolean
  /** The default as the runner passes it: absent reads as ''. */
  default: string
}

interface Action {
  name: string
  inputs: ActionInput[]
  outputs: string[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readAction(source: string): Action {
  const doc: unknown = parse(source)
  if (!isRecord(doc)) throw new Error('action.yml is not a mapping')
  const inputs = isRecord(doc.inputs) ? doc.inputs : {}
  const outputs = isRecord(doc.outputs) ? doc.outputs : {}
  return {
    name: typeof doc.name === 'string' ? doc.name : '',
    inputs: Object.entries(inputs).map(([name, spec]) => {
      const fields = isRecord(spec) ? spec : {}
      const value = fields.default
      return {
        name,
        required: fields.required === true || fields.required === 'true',
        default: value === undefined || value === null ? '' : String(value)
      }
    }),
    outputs: Object.keys(outputs)
  }
}

// --- the checks: each returns what differs, in words; [] when the README is right -------------

/** The names of a table's first column, each a code span: `` `name` ``. */
function namesOf(table: Table, title: string, problems: string[]): string[] {
  return table.rows.map((row, index) => {
    const cell = row[0] ?? ''
    const name = codeSpan(cell)
    if (name === undefined) {
      problems.push(`README "## ${title}" row ${index + 1}: the name ${cell} is not in backticks`)
      return cell
    }
    return name
  })
}

/** Same names, same order: what is missing, what is extra, then the first place they part. */
function compareNames(
  readme: string[],
  action: string[],
  what: 'input' | 'output',
  title: string
): string[] {
  const problems: string[] = []
  for (const name of action) {
    if (!readme.includes(name)) {
      problems.push(
        `${what} "${name}" is in action.yml but not in the README's "## ${title}" table`
      )
    }
  }
  for (const name of readme) {
    if (!action.includes(name)) {
      problems.push(
        `${what} "${name}" is in the README's "## ${title}" table but not in action.yml`
      )
    }
  }
  for (const name of new Set(readme)) {
    if (readme.filter(other => other === name).length > 1) {
      problems.push(
        `${what} "${name}" is listed more than once in the README's "## ${title}" table`
      )
    }
  }
  if (problems.length > 0) return problems
  const index = readme.findIndex((name, i) => name !== action[i])
  if (index >= 0) {
    problems.push(
      `README "## ${title}" row ${index + 1} is ${what} "${readme[index]}", ` +
        `but action.yml has "${action[index]}" there (action.yml order: ${action.join(', ')})`
    )
  }
  return problems
}

function checkInputs(readme: string, action: Action): string[] {
  const problems: string[] = []
  const table = tableUnder(readme, 'Inputs')
  const defaultColumn = table.header.findIndex(title => title.toLowerCase() === 'default')
  if (defaultColumn < 0) return [`README "## Inputs" table has no "default" column`]
  const names = namesOf(table, 'Inputs', problems)
  problems.push(
    ...compareNames(
      names,
      action.inputs.map(input => input.name),
      'input',
      'Inputs'
    )
  )
  table.rows.forEach((row, index) => {
    const name = names[index] ?? ''
    const input = action.inputs.find(candidate => candidate.name === name)
    if (input === undefined) return
    const cell = row[defaultColumn] ?? ''
    const where = `input "${name}": README default ${cell === '' ? '(empty)' : cell}`
    if (input.required) {
      if (cell !== '(required)') problems.push(`${where}, but action.yml says required: true`)
      return
    }
    if (cell === '(required)') {
      problems.push(`${where}, but action.yml does not mark it required`)
    } else if (input.default !== '') {
      if (cell !== `\`${input.default}\``) {
        problems.push(`${where}, but action.yml's default is \`${input.default}\``)
      }
    } else if (codeSpan(cell) !== undefined) {
      // Words ("the current one") may describe an empty default; a literal would claim a value.
      problems.push(`${where} is a literal, but action.yml's default is ''`)
    }
  })
  return problems
}

function checkOutputs(readme: string, action: Action): string[] {
  const problems: string[] = []
  const names = namesOf(tableUnder(readme, 'Outputs'), 'Outputs', problems)
  return [...problems, ...compareNames(names, action.outputs, 'output', 'Outputs')]
}

/** The `with:` keys of every step of the first ```yaml block that uses this action. */
function exampleInputs(readme: string, action: Action): Map<string, string[]> {
  const block = firstFencedBlock(readme, 'yaml')
  if (block === undefined) throw new Error('README has no ```yaml block')
  const workflow: unknown = parse(block)
  const jobs = isRecord(workflow) && isRecord(workflow.jobs) ? workflow.jobs : {}
  const found = new Map<string, string[]>()
  for (const [jobName, job] of Object.entries(jobs)) {
    const steps = isRecord(job) && Array.isArray(job.steps) ? (job.steps as unknown[]) : []
    steps.forEach((step, index) => {
      if (!isRecord(step) || typeof step.uses !== 'string') return
      const repository = step.uses.split('@')[0] ?? ''
      const ours = repository === '.' || repository.split('/')[1] === action.name
      if (!ours) return
      const label = typeof step.name === 'string' ? step.name : `step ${index + 1}`
      found.set(`jobs.${jobName} "${label}"`, isRecord(step.with) ? Object.keys(step.with) : [])
    })
  }
  return found
}

function checkExample(readme: string, action: Action): string[] {
  const steps = exampleInputs(readme, action)
  if (steps.size === 0) {
    return [`the README's workflow example has no step that uses ${action.name}`]
  }
  const known = action.inputs.map(input => input.name)
  const problems: string[] = []
  for (const [step, keys] of steps) {
    for (const key of keys) {
      if (!known.includes(key)) {
        problems.push(
          `the README's workflow example (${step}) passes "${key}", which is not an input in action.yml`
        )
      }
    }
    for (const input of action.inputs) {
      if (input.required && !keys.includes(input.name)) {
        problems.push(
          `the README's workflow example (${step}) does not pass the required input "${input.name}"`
        )
      }
    }
  }
  return problems
}

// --- the tests ----------------------------------------------------------------------------

describe('README matches action.yml', () => {
  const action = readAction(ACTION_YML)

  it('action.yml has inputs and outputs to document', () => {
    expect(action.inputs.length).toBeGreaterThan(0)
    expect(action.outputs.length).toBeGreaterThan(0)
  })

  it('"## Inputs": the same names in the same order, with the same defaults', () => {
    expect(checkInputs(README, action)).toEqual([])
  })

  it('"## Outputs": the same names in the same order', () => {
    expect(checkOutputs(README, action)).toEqual([])
  })

  it('the workflow example passes only inputs that action.yml has', () => {
    expect(checkExample(README, action)).toEqual([])
  })
})

describe('the checks name what differs', () => {
  const action = readAction(ACTION_YML)
  const replace = (from: string, to: string): string => {
    expect(README).toContain(from)
    return README.replace(from, to)
  }

  it('reads pipe tables, escaped pipes and code spans', () => {
    expect(splitRow('| `a` | b \\| c |  |')).toEqual(['`a`', 'b | c', ''])
    expect(codeSpan('`.`')).toBe('.')
    expect(codeSpan('`` a`b ``')).toBe('a`b')
    expect(codeSpan('`Dockerfile` in the context')).toBeUndefined()
    expect(codeSpan('the current one')).toBeUndefined()
  })

  it('an input missing, renamed or out of order', () => {
    const renamed = replace('| `build-args`        |', '| `build-argz`        |')
    expect(checkInputs(renamed, action)).toEqual([
      `input "build-args" is in action.yml but not in the README's "## Inputs" table`,
      `input "build-argz" is in the README's "## Inputs" table but not in action.yml`
    ])
    const lines = README.split('\n')
    const context = lines.findIndex(line => line.startsWith('| `context`'))
    const file = lines.findIndex(line => line.startsWith('| `file`'))
    ;[lines[context], lines[file]] = [lines[file] ?? '', lines[context] ?? '']
    expect(checkInputs(lines.join('\n'), action)).toEqual([
      expect.stringContaining('row 2 is input "file", but action.yml has "context" there')
    ])
  })

  it('a default that differs, a literal for an empty default, required or not', () => {
    const platforms = replace('`linux/amd64,linux/arm64`   |', '`linux/amd64`               |')
    expect(checkInputs(platforms, action)).toEqual([
      'input "platforms": README default `linux/amd64`, ' +
        "but action.yml's default is `linux/amd64,linux/arm64`"
    ])
    const builder = replace('| the current one             |', '| `default`                   |')
    expect(checkInputs(builder, action)).toEqual([
      `input "builder": README default \`default\` is a literal, but action.yml's default is ''`
    ])
    const required = replace('| (required)                  |', '| `x`                         |')
    expect(checkInputs(required, action)).toEqual([
      'input "executables": README default `x`, but action.yml says required: true'
    ])
  })

  it('an output missing, and an input the example passes that the action lacks', () => {
    const outputs = README.replace(/^\| `report` .*\n/m, '')
    expect(checkOutputs(outputs, action)).toEqual([
      `output "report" is in action.yml but not in the README's "## Outputs" table`
    ])
    const example = replace('          platforms: linux/amd64', '          platform: linux/amd64')
    expect(checkExample(example, action)).toEqual([
      expect.stringContaining('passes "platform", which is not an input in action.yml')
    ])
  })
})
