/**
 * JSON laid out exactly as prettier's `json` parser prints it (80 columns, two spaces):
 * objects one property a line, arrays on one line when they fit (numbers filled line by line
 * when they do not), exponents without `+`. The formatter then has nothing to change, so the
 * pipeline can skip formatting these files, which matters for a 5 MB spec.
 */
import { displayWidth } from '../samples/layout.js'

const width = 80

// Prettier prints numbers as 1e21, not 1e+21; still valid JSON.
const scalar = (value: null | boolean | number | string): string =>
  typeof value === 'number'
    ? String(value).replace('e+', 'e')
    : JSON.stringify(value)

const isNonEmptyObject = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0

/**
 * A value printed already (by `printAt`, at the indent and column where it is placed): printed
 * again as its text, or its UTF-8 bytes as the cache holds them. Large documents are assembled
 * from such pieces, so that a change to one part re-prints only that part.
 */
export class Printed {
  constructor(readonly content: string | Uint8Array) {}
}

/** What `print` appends to: text, and pieces' bytes placed as they are. */
type Chunks = Array<string | Uint8Array>

const utf8 = new TextDecoder()

const textOf = (chunks: Chunks): string =>
  chunks
    .map((chunk) => (typeof chunk === 'string' ? chunk : utf8.decode(chunk)))
    .join('')

/** Whether printing `value` must break a line: it holds a non-empty object somewhere. */
function mustBreak(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(mustBreak)
  return isNonEmptyObject(value)
}

/** The value on one line (only for values that hold no non-empty object). */
function flat(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`
  if (typeof value === 'object' && value !== null) return '{}'
  return scalar(value as null | boolean | number | string)
}

/** Numbers packed into lines as prettier's `fill` does. */
function fillNumbers(numbers: string[], inner: string): string {
  const lines: string[] = []
  let line = inner + numbers[0]!
  for (const number of numbers.slice(1)) {
    if (line.length + 2 + number.length <= width) line += `, ${number}`
    else {
      lines.push(`${line},`)
      line = inner + number
    }
  }
  lines.push(line)
  return lines.join('\n')
}

/**
 * Appends `value` to `out`; its first line starts at `column` and is followed by `suffix`
 * (`,` or nothing). Appending to one list keeps the work linear in the output's size.
 */
function print(
  out: Chunks,
  value: unknown,
  indent: string,
  column: number,
  suffix: string,
): void {
  if (value instanceof Printed) return void out.push(value.content)
  if (!Array.isArray(value) && !isNonEmptyObject(value)) {
    out.push(flat(value))
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push('[]')
    // Prettier breaks an array of several arrays that each have several items.
    const breaksAlways =
      value.length > 1 &&
      value.every((item) => Array.isArray(item) && item.length > 1)
    if (!mustBreak(value) && !breaksAlways) {
      const oneLine = flat(value)
      if (column + displayWidth(oneLine) + suffix.length <= width)
        return void out.push(oneLine)
      if (value.length > 1 && value.every((item) => typeof item === 'number')) {
        return void out.push(
          `[\n${fillNumbers(
            value.map((n) => scalar(n as number)),
            inner,
          )}\n${indent}]`,
        )
      }
    }
    out.push('[')
    value.forEach((item, i) => {
      const comma = i < value.length - 1 ? ',' : ''
      out.push('\n', inner)
      print(out, item, inner, inner.length, comma)
      out.push(comma)
    })
    out.push('\n', indent, ']')
    return
  }
  const entries = Object.entries(value as Record<string, unknown>)
  out.push('{')
  entries.forEach(([key, item], i) => {
    const head = `${inner}${JSON.stringify(key)}: `
    const comma = i < entries.length - 1 ? ',' : ''
    out.push('\n', head)
    print(out, item, inner, displayWidth(head), comma)
    out.push(comma)
  })
  out.push('\n', indent, '}')
}

/**
 * The text of a non-empty object printed as the value of `key` in an object whose properties are at
 * `indent`: to be placed there as a Printed piece. (Where a piece breaks its lines does not depend on
 * the comma after it; only arrays that fit on one line would.)
 */
export function printAt(key: string, value: object, indent: string): string {
  const out: Chunks = []
  print(
    out,
    value,
    indent,
    displayWidth(`${indent}${JSON.stringify(key)}: `),
    '',
  )
  return textOf(out)
}

/** A whole file's chunks: the value as prettier would print it, with a final newline. */
function fileChunks(value: unknown): Chunks {
  const out: Chunks = []
  print(out, value, '', 0, '')
  out.push('\n')
  return out
}

/** The file's text: the value as prettier would print it, with a final newline. */
export function prettierJson(value: unknown): string {
  return textOf(fileChunks(value))
}

/**
 * As `prettierJson`, but the file's UTF-8 bytes when a piece is held as bytes: the pieces go into
 * the file as they are instead of being decoded and encoded again (the text when none is).
 */
export function prettierJsonBytes(value: unknown): string | Uint8Array {
  const buffers: Uint8Array[] = []
  let text = ''
  for (const chunk of fileChunks(value)) {
    if (typeof chunk === 'string') text += chunk
    else {
      buffers.push(Buffer.from(text), chunk)
      text = ''
    }
  }
  if (buffers.length === 0) return text
  buffers.push(Buffer.from(text))
  return Buffer.concat(buffers)
}
