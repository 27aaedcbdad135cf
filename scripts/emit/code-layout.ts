/**
 * Builders for the statements the emitters write, each laid out as prettier lays it out with
 * .prettierrc.json (no semicolons, single quotes, trailing commas, the default print width): the
 * emitters print their modules with these instead of formatting them with prettier afterwards.
 * test/incremental/code-layout.test.ts holds prettier to it over the generated files and random
 * specs.
 */
import {
  group,
  hardline,
  ifBreak,
  indent,
  join,
  line,
  printDoc,
  softline,
  printWidth,
  type Doc,
} from './doc-printer.js'

/**
 * A string literal as prettier writes it: JSON's escapes, in single quotes unless the text holds
 * more of them than double quotes.
 */
export function quoted(text: string): string {
  const body = JSON.stringify(text).slice(1, -1).replaceAll('\\"', '"')
  const quote = text.split("'").length > text.split('"').length ? '"' : "'"
  return `${quote}${body.replaceAll(quote, `\\${quote}`)}${quote}`
}

/**
 * Items between `open` and `close`, separated by commas: one a line, with a trailing comma, when
 * they do not fit; `edge` is what stands between the brackets and the items when they do (`line`
 * for a space, `softline` for nothing).
 */
const delimited = (
  open: string,
  items: Doc[],
  close: string,
  edge: typeof line,
): Doc =>
  group([
    open,
    indent([edge, join([',', line], items)]),
    ifBreak(','),
    edge,
    close,
  ])

/** `import { a, b } from 'module'` (`import type` for types only); one name never breaks, more break one a line when too long. */
export function importNamed(
  names: string[],
  from: string,
  typeOnly = false,
): string {
  const specifiers: Doc =
    names.length === 1
      ? ['{ ', names[0]!, ' }']
      : delimited('{', names, '}', line)
  return `${printDoc([typeOnly ? 'import type ' : 'import ', specifiers, ' from ', quoted(from)])}\n`
}

/** `export * from 'module'`, or `export type *` for a module of types only. */
export const exportAll = (from: string, typeOnly = false): string =>
  `export ${typeOnly ? 'type ' : ''}* from ${quoted(from)}\n`

/**
 * A JSDoc comment at `indentation` spaces: one line for one line of text, otherwise a line a
 * line, with prettier's line endings (\n for \r\n and \r) and without the trailing spaces it trims.
 */
export function jsDoc(text: string, indentation = 0): string {
  const pad = ' '.repeat(indentation)
  const lines = text.split(/\r\n?|\n/)
  if (lines.length === 1) return `${pad}/** ${text} */\n`
  return `${pad}/**\n${lines.map((l) => `${pad} * ${l}`.trimEnd()).join('\n')}\n${pad} */\n`
}

/** `(a, b)` as prettier lays out a parameter or argument list: one a line, with a trailing comma, when too long. */
export const list = (items: Doc[]): Doc => delimited('(', items, ')', softline)

/**
 * `export type Name = 'a' | 'b'` for a union of literals (or one literal): after a line break when
 * too long, and then one member a line, each after `| `, when still too long.
 */
export const literalUnionAlias = (name: string, members: string[]): string =>
  `${printDoc([
    `export type ${name} =`,
    group(indent([line, group([ifBreak('| '), join([line, '| '], members)])])),
  ])}\n`

/**
 * `head value` for a head ending in `=`, the value after a line break when its first line does not
 * fit (prettier's "fluid" assignment layout). `value` is a doc: a value that can break lays out
 * inside.
 */
export function assignment(head: string, value: Doc): string {
  const sameLine = printDoc(group([head, ' ', value]))
  const firstLine = sameLine.split('\n')[0]!
  const fits = firstLine.length <= printWidth
  return `${fits ? sameLine : printDoc([head, indent([hardline, group(value)])])}\n`
}

/** `export type Name = type`, laid out as an assignment. */
export const typeAlias = (name: string, type: Doc): string =>
  assignment(`export type ${name} =`, type)

/**
 * `Name<A, B>`, the arguments one a line when they do not fit (with no trailing comma: prettier
 * writes none in type arguments). Not for one simple argument, which prettier never breaks out.
 */
export const typeReference = (name: string, ...args: Doc[]): Doc =>
  group([
    `${name}<`,
    indent([softline, join([',', line], args)]),
    softline,
    '>',
  ])

/** `A & B`, each further member on a line of its own, indented, when too long. */
export const intersection = ([first, ...rest]: [Doc, ...Doc[]]): Doc =>
  group([first, ...rest.map((type) => indent([' &', line, type]))])

/** `left ?? right`, broken (and indented) after the operator when too long. */
export const nullishOr = (left: Doc, right: Doc): Doc =>
  group([left, indent([' ??', line, right])])

/** `callee(a, b)`: see list. */
export const call = (callee: string, args: Doc[]): Doc => [callee, list(args)]

/** `{ a, b }` from properties (see property and stringProperty), one a line when too long. */
export const objectLiteral = (properties: Doc[]): Doc =>
  delimited('{', properties, '}', line)

/** `key: value` in an object literal. */
export const property = (key: string, value: Doc): Doc => [`${key}: `, value]

/**
 * `key: 'text'`, the string after a line break when the line is too long, as prettier lays out a
 * string on the right of a colon, unless the key is too short for the break to gain much.
 */
export const stringProperty = (key: string, text: string): Doc =>
  key.length < shortKeyWidth
    ? [`${key}: `, quoted(text)]
    : group([`${key}:`, group(indent([line, quoted(text)]))])

// Prettier's tab width plus the least overlap it breaks a property for.
const shortKeyWidth = 2 + 3

/** `[a, b]`, one element a line when too long. */
export const arrayLiteral = (elements: Doc[]): Doc =>
  delimited('[', elements, ']', softline)

/**
 * `export const name = (parameters): Type =>` and the body, on the next line when it does not fit;
 * the whole function after a line break when even `export const name = (` does not fit.
 */
export const arrowFunctionConst = (
  name: string,
  parameters: string[],
  returnType: string,
  body: Doc,
): string =>
  assignment(`export const ${name} =`, [
    group([list(parameters), `: ${returnType}`]),
    ' =>',
    group(indent([line, body])),
  ])

/** A class method at two spaces whose body is one `return` statement. */
export const methodReturning = (
  name: string,
  parameters: string[],
  returnType: string,
  returned: Doc,
): string =>
  `  ${printDoc([name, group([list(parameters), `: ${returnType}`]), ' {'], 2)}\n    ${printDoc(['return ', returned], 4)}\n  }\n`

/** `get name(): Type { return new Type(this.client) }`, the getter a namespace has for each child. */
export const childGetter = (name: string, type: string): string =>
  `  get ${name}(): ${type} {\n    ${returnNew(type, 'this.client', 4)}\n  }\n`

/** `return new Name(argument)` at `indentation` spaces, the argument on a line of its own when the call is too long. */
export const returnNew = (
  name: string,
  argument: string,
  indentation: number,
): string =>
  printDoc(['return ', [`new ${name}`, list([argument])]], indentation)
