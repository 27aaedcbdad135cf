/**
 * A JSON value as YAML, exactly as the `yaml` package prints it with `stringify(value,
 * { lineWidth: 0, aliasDuplicateObjects: false })` (its 2.x defaults otherwise): block maps and
 * sequences indented by two, `{}` and `[]` when empty, and each string plain, quoted or as a
 * literal block by the package's rules. The package builds a document tree before printing it;
 * this prints the value directly. test/docs/yaml-text.test.ts holds the two to the same text.
 */

/** Characters a plain or block scalar cannot hold: the package double-quotes these. */
const needsEscape = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{d800}-\u{dfff}]/u

/**
 * What cannot be a plain scalar: an indicator first (or `-`/`?` alone or before a blank), `: `,
 * a blank before a line break, ` #`, or a blank or `:` last.
 */
const notPlain =
  /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/

/** What YAML 1.2's core schema would read as null, a boolean or a number rather than a string. */
const otherScalar =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))?$/

/**
 * A line a YAML 1.1 reader could take for a document marker or directive; lines as JavaScript
 * splits them, so a line starts after U+2028 and U+2029 too, as it does for the package.
 */
const documentMarker = /^(?:%|---|\.\.\.)/m

/** Short escapes of double-quoted YAML, by character code; the other controls are `\xHH`. */
const shortEscapes: Record<number, string> = {
  0: '\\0',
  7: '\\a',
  8: '\\b',
  9: '\\t',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  27: '\\e',
  34: '\\"',
  92: '\\\\',
}

const hex = (code: number, digits: number): string =>
  code.toString(16).padStart(digits, '0')

/**
 * Double-quoted. A line break is written `\n`, except in a value (not a key) whose JSON form is
 * 40 characters or more: there each break but a last one is a real one, folded (a blank line
 * for each), and a space at either side of one is escaped so folding keeps it.
 */
function doubleQuoted(value: string, indent: string, key: boolean): string {
  const fold = !key && JSON.stringify(value).length >= 40
  const lineIndent = indent || (documentMarker.test(value) ? '  ' : '')
  const last = value.length - 1
  let text = '"'
  for (let i = 0; i <= last; i++) {
    const code = value.charCodeAt(i)
    if (code === 10) {
      if (!fold || i === last) {
        text += '\\n'
        continue
      }
      text += '\n\n'
      while (value.charCodeAt(i + 1) === 10 && i + 1 !== last) {
        text += '\n'
        i++
      }
      text += lineIndent
      if (value.charCodeAt(i + 1) === 32) text += '\\'
    } else if (code === 32) {
      text += value.charCodeAt(i + 1) === 10 ? '\\ ' : ' '
    } else if (code < 32 || code === 34 || code === 92) {
      text += shortEscapes[code] ?? `\\x${hex(code, 2)}`
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = value.charCodeAt(i + 1)
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        text += value[i]! + value[i + 1]!
        i++
      } else {
        text += `\\u${hex(code, 4)}`
      }
    } else {
      text += value[i]
    }
  }
  return text + '"'
}

/**
 * Single quotes for a string with `"` and no `'`, double otherwise. Only one-line strings get
 * here with a `"` and no `'` (a key with a line break, or a block's fallback with a blank after
 * a break, goes double-quoted), so the single-quoted form needs no escape.
 */
const quoted = (value: string, indent: string, key: boolean): string =>
  value.includes('"') && !value.includes("'") && !value.includes('\n')
    ? `'${value}'`
    : doubleQuoted(value, indent, key)

/**
 * A literal block (`|`): `-` strips a last line break the value lacks, `+` keeps trailing
 * line breaks past the first, and an indentation indicator marks content that starts with a
 * space. Blanks after the last break cannot be kept in a block, so that value is quoted.
 */
function literalBlock(value: string, indent: string): string {
  if (/\n[\t ]+$/.test(value)) return quoted(value, indent, false)
  const blockIndent = indent || (documentMarker.test(value) ? '  ' : '')
  let end = value.length
  while (end > 0 && /[\n\t ]/.test(value[end - 1]!)) end--
  const tail = value.slice(end)
  const firstBreak = tail.indexOf('\n')
  const chomp =
    firstBreak === -1
      ? '-'
      : end === 0 || firstBreak !== tail.length - 1
        ? '+'
        : ''
  const leading = /^[\n ]*/.exec(value.slice(0, end))![0]
  const indicator = leading.includes(' ') ? (blockIndent ? '2' : '1') : ''
  const content = (value.endsWith('\n') ? value.slice(0, -1) : value).replace(
    /\n+(?=[^\n])/g,
    `$&${blockIndent}`,
  )
  return `|${indicator}${chomp}\n${blockIndent}${content}`
}

/** A string at the given indent (of its value's lines), as a map key or as a value. */
function scalarString(value: string, indent: string, key: boolean): string {
  if (needsEscape.test(value)) return doubleQuoted(value, indent, key)
  if (value.includes('\n'))
    return key ? quoted(value, indent, key) : literalBlock(value, indent)
  if (notPlain.test(value)) return quoted(value, indent, key)
  if (documentMarker.test(value)) {
    if (indent === '') return literalBlock(value, indent)
    if (key && indent === '  ') return quoted(value, indent, key)
  }
  return otherScalar.test(value) ? quoted(value, indent, key) : value
}

const isFilled = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0)

/** A value whose own lines (after its first) sit at `indent`. */
function node(value: unknown, indent: string): string {
  if (typeof value === 'string') return scalarString(value, indent, false)
  if (typeof value === 'number')
    return Object.is(value, -0) ? '-0' : String(value)
  if (typeof value !== 'object' || value === null) return String(value)
  const inner = indent + '  '
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return value.map((item) => `- ${node(item, inner)}`).join(`\n${indent}`)
  }
  const keys = Object.keys(value)
  if (keys.length === 0) return '{}'
  const entries = value as Record<string, unknown>
  return keys
    .map((key) => {
      const name = scalarString(key, inner, true)
      const item = entries[key]
      // The package writes a key longer than 1024 characters as an explicit `? ` key.
      if (name.length > 1024)
        return `? ${name}\n${indent}: ${node(item, inner)}`
      return `${name}:${isFilled(item) ? `\n${inner}` : ' '}${node(item, inner)}`
    })
    .join(`\n${indent}`)
}

/** A JSON value as a YAML document, as the `yaml` package's `stringify` prints it. */
export const yamlText = (value: unknown): string => `${node(value, '')}\n`
