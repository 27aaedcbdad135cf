import { commentLines } from './layout.js'
import type { RenderedSample, SampleRenderer, SampleValue } from './sample.js'

const kebab = (snake: string): string => snake.replaceAll('_', '-')

/**
 * One shell word: in double quotes as the published samples write it when nothing inside
 * could be expanded, else in single quotes, where the shell expands nothing.
 */
export function shellWord(text: string): string {
  if (/^[\p{L}\p{N} _.,:;@%+=/-]*$/u.test(text)) return `"${text}"`
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/** A flag's value: strings as words, numbers and booleans bare, the rest as JSON. */
const argument = (value: SampleValue): string =>
  typeof value === 'string'
    ? shellWord(value)
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : shellWord(JSON.stringify(value))

const flag = (name: string): string => (/^[A-Za-z0-9_-]+$/.test(name) ? `--${name}` : shellWord(`--${name}`))

export const seamCli: SampleRenderer = {
  lang: 'bash',
  label: 'Seam CLI',
  id: 'seam-cli',
  render(sample): RenderedSample {
    const { operation } = sample
    const command = ['seam', ...[...operation.namespace, operation.name].map(kebab)]
    const flags = Object.entries(sample.parameters).map(([name, value]) => `${flag(name)} ${argument(value)}`)
    const request = [...command, ...flags].join(' ')
    const response = commentLines(sample.response === undefined ? '{}' : JSON.stringify(sample.response, null, 2), '# ', '# ')
    return { request, response, source: `${request}\n\n${response}` }
  },
}
