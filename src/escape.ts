// Pure: make untrusted text (paths and names from images and inputs) safe for each place it is
// shown in: GitHub markdown, a terminal, a Dockerfile line.

/**
 * Control characters, and the invisible ones that reorder or hide text (bidi overrides,
 * zero-width marks): a path must read on screen as what it is.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g

const NAMED_CONTROLS: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Writes control and invisible characters as escapes (`\n`, `\x1b`, `\u202e`). */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, char => {
    const named = NAMED_CONTROLS[char]
    if (named !== undefined) return named
    const code = char.charCodeAt(0)
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/** Shortens text to at most `max` characters, ending in `…`, without splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}

/**
 * Markdown text that renders as exactly these characters: every ASCII character that markdown,
 * HTML, GitHub's autolinks, mentions, emoji or math could act on becomes a numeric entity.
 * An allow-list, so a character nobody thought of stays inert. Safe inside table cells.
 * Parentheses stay: with `[` and `]` escaped they cannot make a link.
 */
export function markdownText(text: string): string {
  return showInvisible(text).replace(/[^A-Za-z0-9 ,/+=%()\-\u0080-\uffff]/g, char => {
    return `&#${char.charCodeAt(0)};`
  })
}

/**
 * An inline code span holding exactly `text`. Code span content is never parsed for HTML,
 * links or emphasis, so only three things need care: the fence must be longer than any run of
 * backticks inside (CommonMark), newlines would end a table row, and inside a GFM table a `|`
 * ends the cell even within code unless written `\|`.
 */
export function markdownCode(text: string, options: { inTable?: boolean } = {}): string {
  let content = showInvisible(text)
  if (options.inTable) content = content.replace(/\|/g, '\\|')
  if (content === '') return '<code></code>'
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  // CommonMark strips one space from each end when both are present; padding keeps the text
  // exact and keeps a backtick at either end from joining the fence.
  const pad =
    longestRun > 0 || (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '')
  return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`
}

/** A fence for a fenced code block that no line of `body` can close. */
export function codeFence(body: string): string {
  const longestRun = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map(run => run.length))
  return '`'.repeat(Math.max(3, longestRun + 1))
}

/**
 * Renders `text` in which spans between backticks are code (as our reasons write paths):
 * the code parts become code spans, the rest inert text. Unpaired backticks: all text.
 */
export function markdownWithCode(text: string, options: { inTable?: boolean } = {}): string {
  const parts = text.split('`')
  if (parts.length % 2 === 0) return markdownText(text)
  return parts
    .map((part, index) => {
      if (index % 2 === 0) return markdownText(part)
      return part === '' ? '' : markdownCode(part, options)
    })
    .join('')
}

/** Path characters that need no quoting in a Dockerfile's shell-form COPY. */
const PLAIN_PATH = /^\/[A-Za-z0-9_./+@:,=%~-]*$/

/** Glob characters as one-character classes: BuildKit's matchers differ on `\*`, not on `[*]`. */
const GLOB_LITERAL: Record<string, string> = { '*': '[*]', '?': '[?]', '[': '[[]', '\\': '[\\\\]' }

/**
 * One argument of a JSON-form COPY, as BuildKit reads it: the JSON string is decoded, then the
 * word goes through the shell-word lexer (for `$VAR`), which takes `\`, `$`, `'` and `"` as
 * special; a backslash before each keeps it literal. A source holding `*`, `?` or `[` is a glob
 * pattern (one that matches nothing copies nothing, silently), so each glob character, and the
 * backslash, becomes a class matching only itself; a source without them is taken as it is.
 */
function dockerfileWord(path: string, role: 'source' | 'destination'): string {
  let word = path
  if (role === 'source' && /[*?[]/.test(word)) {
    word = word.replace(/[\\*?[]/g, char => GLOB_LITERAL[char] ?? char)
  }
  return word.replace(/[\\$'"]/g, '\\$&')
}

/**
 * The arguments of `COPY --from=stage <arguments>` copying each source to `destination`:
 * shell form when every path is plain, else the JSON (exec) form, the only one that can hold
 * a space.
 */
export function dockerfileCopyArguments(sources: string[], destination: string): string {
  const paths = [...sources, destination]
  if (paths.every(path => PLAIN_PATH.test(path))) return paths.join(' ')
  const words = [
    ...sources.map(source => dockerfileWord(source, 'source')),
    dockerfileWord(destination, 'destination')
  ]
  // JSON.stringify writes control characters as `\n` or `\u001b` (one line, decoded back);
  // invisible ones it leaves raw are written as `\u202e` too, so the line reads as it acts.
  const json = (word: string): string =>
    JSON.stringify(word).replace(
      INVISIBLE,
      char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
  return `[${words.map(json).join(', ')}]`
}
