import { brackets, commentLines, print, type Layout } from './layout.js'
import type { RenderedSample, SampleRenderer, SampleValue } from './sample.js'

/** RuboCop's default line length and two-space indent. */
const style = { width: 120, indent: '  ', trailingComma: true }

const escapes: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\x1b': '\\e',
}

/** A double-quoted string literal; `#{`, `#$` and `#@` are escaped so nothing is interpolated. */
export const rubyString = (value: string): string =>
  `"${value.replace(/[\\"\p{Cc}\u2028\u2029]|#(?=[{$@])/gu, (char) => {
    const code = char.codePointAt(0)!
    return (
      escapes[char] ??
      (char === '#'
        ? '\\#'
        : code < 0x80
          ? `\\x${code.toString(16).padStart(2, '0')}`
          : `\\u{${code.toString(16)}}`)
    )
  })}"`

/** `key: ` where the key is a plain label, `"odd key": ` otherwise (a symbol either way). */
const label = (key: string): string =>
  `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : rubyString(key)}: `

/**
 * A Ruby literal. Hashes use symbol keys; in a response, the resource's own keys are strings
 * (`"status" => ...`) and hashes always break, as the published samples show them.
 */
function literal(
  value: SampleValue,
  prefix: string,
  inResponse: boolean,
  resourceLevel = false,
): Layout {
  if (value === null) return `${prefix}nil`
  if (typeof value === 'boolean' || typeof value === 'number')
    return prefix + String(value)
  if (typeof value === 'string') return prefix + rubyString(value)
  if (Array.isArray(value)) {
    return brackets(
      `${prefix}[`,
      value.map((item) => literal(item, '', inResponse, resourceLevel)),
      ']',
    )
  }
  const items = Object.entries(value).map(([key, item]) =>
    literal(
      item,
      resourceLevel ? `${rubyString(key)} => ` : label(key),
      inResponse,
    ),
  )
  return brackets(`${prefix}{`, items, '}', {
    padded: true,
    broken: inResponse,
  })
}

export const ruby: SampleRenderer = {
  lang: 'ruby',
  label: 'Seam SDK',
  id: 'ruby',
  name: 'Ruby',
  callsUndocumented: false,
  render(sample): RenderedSample {
    const { operation } = sample
    const method = `seam.${[...operation.namespace, operation.name].join('.')}`
    const entries = Object.entries(sample.parameters)
    const request =
      entries.length === 0
        ? method
        : print(
            brackets(
              `${method}(`,
              entries.map(([key, value]) => literal(value, label(key), false)),
              ')',
            ),
            style,
          )
    const response =
      sample.response === undefined
        ? '# => nil'
        : commentLines(
            print(literal(sample.response, '', true, true), style),
            '# => ',
            '# ',
          )
    return { request, response, source: `${request}\n\n${response}` }
  },
}
