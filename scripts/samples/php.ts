import { brackets, commentLines, print, type Layout } from './layout.js'
import type { RenderedSample, SampleRenderer, SampleValue } from './sample.js'

/** Prettier's PHP plugin: 80 columns, four spaces, trailing commas. */
const style = { width: 80, indent: '    ', trailingComma: true }

const escapes: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  $: '\\$',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\f': '\\f',
  '\x1b': '\\e',
}

/**
 * A double-quoted string literal with `$` escaped, so nothing is interpolated. `?>` is written
 * `?\x3e`: in a `//` comment it would otherwise end the PHP code.
 */
export const phpString = (value: string): string =>
  `"${value.replace(/[\\"$\p{Cc}\u2028\u2029]|(?<=\?)>/gu, (char) => {
    const code = char.codePointAt(0)!
    return (
      escapes[char] ??
      (char === '>'
        ? '\\x3e'
        : code < 0x80
          ? `\\x${code.toString(16).padStart(2, '0')}`
          : `\\u{${code.toString(16)}}`)
    )
  })}"`

const isArgumentName = (name: string): boolean =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)

/** A PHP literal: objects as associative arrays, lists as arrays. */
function literal(value: SampleValue, prefix = ''): Layout {
  if (value === null || typeof value === 'boolean')
    return prefix + String(value)
  if (typeof value === 'number') return prefix + String(value)
  if (typeof value === 'string') return prefix + phpString(value)
  if (Array.isArray(value))
    return brackets(
      `${prefix}[`,
      value.map((item) => literal(item)),
      ']',
    )
  return brackets(
    `${prefix}[`,
    Object.entries(value).map(([key, item]) =>
      literal(item, `${phpString(key)} => `),
    ),
    ']',
  )
}

/** Named arguments, or one `...[...]` spread when a name cannot be an argument name. */
function callArguments(values: { [key: string]: SampleValue }): Layout[] {
  const entries = Object.entries(values)
  if (entries.every(([key]) => isArgumentName(key)))
    return entries.map(([key, value]) => literal(value, `${key}: `))
  return [literal(values, '...')]
}

export const php: SampleRenderer = {
  lang: 'php',
  label: 'Seam SDK',
  id: 'php',
  name: 'PHP',
  callsUndocumented: false,
  render(sample): RenderedSample {
    const { operation } = sample
    const method = `$seam->${[...operation.namespace, operation.name].join('->')}`
    const request = print(
      brackets(`${method}(`, callArguments(sample.parameters), ');'),
      style,
    )
    const response =
      sample.response === undefined
        ? '// void'
        : commentLines(
            print(literal(sample.response), style, '', ';') + ';',
            '// ',
            '// ',
          )
    return { request, response, source: `${request}\n\n${response}` }
  },
}
