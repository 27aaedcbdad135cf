import { sdkMethodOf } from '../spec/model.js'
import { jsonText } from './json-text.js'
import { brackets, pair, print, type Layout } from './layout.js'
import type { RenderedSample, SampleRenderer, SampleValue } from './sample.js'

/** Prettier's defaults, which the published samples follow. */
const style = { width: 80, indent: '  ', trailingComma: true }

/** A string literal in the quotes that need fewer escapes, double on a tie (prettier's rule). */
export function jsString(value: string): string {
  const json = jsonText(value)
  const doubles = value.split('"').length - 1
  const singles = value.split("'").length - 1
  if (doubles <= singles) return json
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`
}

/** A property key; `__proto__` is computed, since `__proto__: x` would set the prototype instead. */
const jsKey = (key: string): string =>
  key === '__proto__'
    ? `[${jsString(key)}]`
    : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
      ? key
      : jsString(key)

// Prettier writes exponents without `+`: 1e21, not 1e+21.
const jsNumber = (value: number): string => String(value).replace('e+', 'e')

const isBig = (value: SampleValue): boolean =>
  Array.isArray(value)
    ? value.length > 1
    : typeof value === 'object' &&
      value !== null &&
      Object.keys(value).length > 1

/** A JavaScript literal; `prefix` is what precedes it on its line (`key: `). */
function literal(value: SampleValue, prefix = ''): Layout {
  if (value === null || typeof value === 'boolean')
    return prefix + String(value)
  if (typeof value === 'number') return prefix + jsNumber(value)
  if (typeof value === 'string') return prefix + jsString(value)
  if (Array.isArray(value)) {
    // Prettier breaks an array of several objects (or arrays) that each have several entries.
    const broken =
      value.length > 1 &&
      value.every(
        (item) =>
          isBig(item) && Array.isArray(item) === Array.isArray(value[0]),
      )
    return brackets(
      `${prefix}[`,
      value.map((item) => literal(item)),
      ']',
      { broken },
    )
  }
  return brackets(
    `${prefix}{`,
    Object.entries(value).map(([key, item]) => property(key, item)),
    '}',
    { padded: true },
  )
}

/**
 * `key: value`. Prettier moves a string or null that does not fit to the next line, unless the
 * key is shorter than five columns; numbers and booleans stay beside their key.
 */
function property(key: string, value: SampleValue): Layout {
  const printedKey = jsKey(key)
  if (
    (typeof value === 'string' || value === null) &&
    [...printedKey].length >= 5
  ) {
    return pair(`${printedKey}:`, value === null ? 'null' : jsString(value))
  }
  return literal(value, `${printedKey}: `)
}

/** The response as JSON in a block comment; `*\/` inside a string is written `*\\/` so the comment cannot end early. */
const blockComment = (value: SampleValue): string =>
  `/*\n${jsonText(value).replaceAll('*/', '*\\/')}\n*/`

export const javascript: SampleRenderer = {
  lang: 'javascript',
  label: 'Seam SDK',
  id: 'javascript',
  name: 'JavaScript',
  callsUndocumented: true,
  render(sample): RenderedSample {
    const method = sdkMethodOf(sample.operation)
    const entries = Object.entries(sample.parameters)
    const call =
      entries.length === 0
        ? `await ${method}();`
        : print(
            brackets(
              `await ${method}({`,
              entries.map(([key, value]) => property(key, value)),
              '});',
              {
                padded: true,
              },
            ),
            style,
          )
    const response =
      sample.response === undefined ? '// void' : blockComment(sample.response)
    return { request: call, response, source: `${call}\n\n${response}` }
  },
}
