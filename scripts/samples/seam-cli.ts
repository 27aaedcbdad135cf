import { jsonText } from './json-text.js'
import { commentLines } from './layout.js'
import type { RenderedSample, SampleRenderer, SampleValue } from './sample.js'

const kebab = (snake: string): string => snake.replaceAll('_', '-')

const ansiEscapes: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
}

/**
 * One shell word holding exactly `text`: in double quotes, as the published samples write it,
 * when nothing inside could be expanded; else in single quotes, where the shell expands
 * nothing; and as `$'...'` when it holds ASCII control characters, written there as `\xHH`
 * escapes (bash reads `\xHH` as one byte, so only ASCII is escaped).
 */
export function shellWord(text: string): string {
  if (/^[\p{L}\p{N} _.,:;@%+=/-]*$/u.test(text)) return `"${text}"`
  if (!/[\x00-\x1f\x7f]/.test(text)) return `'${text.replaceAll("'", `'\\''`)}'`
  const escaped = text.replace(
    /[\\'\x00-\x1f\x7f]/g,
    (char) =>
      ansiEscapes[char] ??
      `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  )
  return `$'${escaped}'`
}

/** A flag's value: strings as words, numbers, booleans and null bare, the rest as JSON. */
const argument = (value: SampleValue): string =>
  typeof value === 'string'
    ? shellWord(value)
    : typeof value === 'object' && value !== null
      ? shellWord(JSON.stringify(value))
      : String(value)

const flag = (name: string): string =>
  /^[A-Za-z0-9_-]+$/.test(name) ? `--${name}` : shellWord(`--${name}`)

export const seamCli: SampleRenderer = {
  lang: 'bash',
  label: 'Seam CLI',
  id: 'seam-cli',
  name: 'Seam CLI',
  callsUndocumented: false,
  render(sample): RenderedSample {
    const { operation } = sample
    const command = [
      'seam',
      ...[...operation.namespace, operation.name].map(kebab),
    ]
    const flags = Object.entries(sample.parameters).map(
      ([name, value]) => `${flag(name)} ${argument(value)}`,
    )
    const request = [...command, ...flags].join(' ')
    const response = commentLines(
      sample.response === undefined ? '{}' : jsonText(sample.response),
      '# ',
      '# ',
    )
    return { request, response, source: `${request}\n\n${response}` }
  },
}
