import { brackets, commentLines, print, type Layout } from './layout.js'
import { resourceClassName } from './naming.js'
import type { RenderedSample, SampleRenderer, SampleValue } from './sample.js'

/** Black's layout: 88 columns, four spaces, the items on one line before one a line. */
const style = {
  width: 88,
  indent: '    ',
  trailingComma: true,
  itemsLineFirst: true,
}

const keywords = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
)

/** A name usable as a keyword argument. */
const isKeywordArgument = (name: string): boolean =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !keywords.has(name)

const escapes: Record<string, string> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '"': '\\"',
  "'": "\\'",
}

const hex = (char: string, digits: number): string =>
  char.codePointAt(0)!.toString(16).padStart(digits, '0')

/**
 * A string literal in double quotes, or single ones when that needs fewer escapes (black's
 * rule). Control and line-separator characters and lone surrogates are escaped; the rest is kept.
 */
export function pyString(value: string): string {
  const quote = value.split('"').length > value.split("'").length ? "'" : '"'
  const special =
    quote === '"'
      ? /["\\\p{Cc}\u2028\u2029\p{Cs}]/gu
      : /['\\\p{Cc}\u2028\u2029\p{Cs}]/gu
  const body = value.replace(special, (char) => {
    const code = char.codePointAt(0)!
    return (
      escapes[char] ??
      (code <= 0xff ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`)
    )
  })
  return quote + body + quote
}

/** A Python literal (`True`, `None`, dicts with string keys); `prefix` precedes it on its line. */
function literal(value: SampleValue, prefix = ''): Layout {
  if (value === null) return `${prefix}None`
  if (typeof value === 'boolean') return prefix + (value ? 'True' : 'False')
  if (typeof value === 'number') return prefix + String(value)
  if (typeof value === 'string') return prefix + pyString(value)
  if (Array.isArray(value))
    return brackets(
      `${prefix}[`,
      value.map((item) => literal(item)),
      ']',
    )
  return brackets(
    `${prefix}{`,
    Object.entries(value).map(([key, item]) =>
      literal(item, `${pyString(key)}: `),
    ),
    '}',
  )
}

/** Keyword arguments, or one `**{...}` when a name cannot be a keyword argument. */
function callArguments(values: { [key: string]: SampleValue }): Layout[] {
  const entries = Object.entries(values)
  if (entries.every(([key]) => isKeywordArgument(key)))
    return entries.map(([key, value]) => literal(value, `${key}=`))
  return [literal(values, '**')]
}

/** The SDK's resource objects print as their class called with keyword arguments. */
function resource(value: SampleValue, className: string | undefined): Layout {
  const isInstance = (
    item: SampleValue,
  ): item is { [key: string]: SampleValue } =>
    typeof item === 'object' &&
    item !== null &&
    !Array.isArray(item) &&
    Object.keys(item).every(isKeywordArgument)
  if (className === undefined) return literal(value)
  if (isInstance(value))
    return brackets(`${className}(`, callArguments(value), ')')
  if (Array.isArray(value) && value.every(isInstance)) {
    return brackets(
      '[',
      value.map((item) => brackets(`${className}(`, callArguments(item), ')')),
      ']',
    )
  }
  return literal(value)
}

export const python: SampleRenderer = {
  lang: 'python',
  label: 'Seam SDK',
  id: 'python',
  name: 'Python',
  callsUndocumented: false,
  render(sample): RenderedSample {
    const { operation } = sample
    const method = `seam.${[...operation.namespace, operation.name].join('.')}`
    const request = print(
      brackets(`${method}(`, callArguments(sample.parameters), ')'),
      style,
    )
    const response =
      sample.response === undefined
        ? '# None'
        : commentLines(
            print(
              resource(sample.response, resourceClassName(operation)),
              style,
            ),
            '# ',
            '# ',
          )
    return { request, response, source: `${request}\n\n${response}` }
  },
}
