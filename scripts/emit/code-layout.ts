/**
 * Builders for the statements the emitters write, each laid out as prettier lays it out with
 * .prettierrc.json (no semicolons, single quotes, trailing commas, the default print width): the
 * emitters print their modules with these instead of formatting them with prettier afterwards.
 * test/incremental/code-layout.test.ts holds prettier to it over the generated files and random
 * specs.
 */
import {
  group,
  ifBreak,
  indent,
  join,
  line,
  printDoc,
  softline,
  type Doc,
} from './doc-printer.js'

/** A string literal as prettier quotes it: single quotes unless the text holds more of them than double quotes. */
export function quoted(text: string): string {
  const singles = text.split("'").length - 1
  const doubles = text.split('"').length - 1
  const quote = singles > doubles ? '"' : "'"
  return `${quote}${text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`
}

/** `import { a, b } from 'module'`; one name never breaks, more break one a line when too long. */
export function importNamed(names: string[], from: string): string {
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
  return `${printDoc(['import ', specifiers, ' from ', quoted(from)])}\n`
}

/** `export * from 'module'`, or `export type *` for a module of types only. */
export const exportAll = (from: string, typeOnly = false): string =>
  `export ${typeOnly ? 'type ' : ''}* from ${quoted(from)}\n`

/** A JSDoc comment of one line, at `indentation` spaces; prettier leaves a comment's text as it is. */
export const jsDoc = (text: string, indentation = 0): string =>
  `${' '.repeat(indentation)}/** ${text} */\n`

/** `return new Name(argument)` at `indentation` spaces, the argument on a line of its own when the call is too long. */
export const returnNew = (
  name: string,
  argument: string,
  indentation: number,
): string =>
  printDoc(
    [
      'return ',
      group([
        `new ${name}(`,
        indent([softline, argument]),
        ifBreak(','),
        softline,
        ')',
      ]),
    ],
    indentation,
  )
