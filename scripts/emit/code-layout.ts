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

/** `import { a, b } from 'module'` (`import type` for types only); one name never breaks, more break one a line when too long. */
export function importNamed(
  names: string[],
  from: string,
  typeOnly = false,
): string {
  const specifiers: Doc =
    names.length === 1
      ? ['{ ', names[0]!, ' }']
      : group([
          '{',
          indent([line, join([',', line], names)]),
          ifBreak(','),
          line,
          '}',
        ])
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
export const list = (items: Doc[]): Doc =>
  group([
    '(',
    indent([softline, join([',', line], items)]),
    ifBreak(','),
    softline,
    ')',
  ])

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
 * `export type Name = type`, the type after a line break when its first line does not fit
 * (prettier's "fluid" assignment layout). `type` is a doc: a type that can break lays out inside.
 */
export function typeAlias(name: string, type: Doc): string {
  const head = `export type ${name} =`
  const sameLine = printDoc(group([head, ' ', type]))
  const firstLine = sameLine.split('\n')[0]!
  const fits = firstLine.length <= printWidth
  return `${fits ? sameLine : printDoc([head, indent([hardline, group(type)])])}\n`
}

/** `Name<argument>`, the argument on a line of its own when it does not fit. */
export const typeReference = (name: string, argument: string): Doc =>
  group([`${name}<`, indent([softline, argument]), softline, '>'])

/** `return new Name(argument)` at `indentation` spaces, the argument on a line of its own when the call is too long. */
export const returnNew = (
  name: string,
  argument: string,
  indentation: number,
): string =>
  printDoc(['return ', [`new ${name}`, list([argument])]], indentation)
