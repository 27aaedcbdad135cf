/**
 * `samples/<path>.json`: one file per operation with its example values and, per language,
 * the request code and the response comment apart, for tools that build docs or tests.
 */
import type { OutputFiles } from '../output.js'
import type { EmitContext } from './context.js'
import { prettierJson } from './json.js'

/** Each operation's file as printed by the last run in this process, and the value it printed. */
const printed = new Map<string, { key: string; text: string }>()

export function emitSamples(
  _model: unknown,
  {
    samples,
    formatter,
  }: Pick<EmitContext, 'samples'> & Partial<Pick<EmitContext, 'formatter'>>,
): OutputFiles {
  const files: OutputFiles = new Map()
  for (const { sample, code } of samples) {
    const { operation } = sample
    const languages = Object.fromEntries(
      code.map(({ renderer, rendered }) => [
        renderer.id,
        {
          lang: renderer.lang,
          label: renderer.label,
          request: rendered.request,
          response: rendered.response,
        },
      ]),
    )
    const value = {
      path: operation.path,
      parameters: sample.parameters,
      ...(sample.response === undefined ? {} : { response: sample.response }),
      responseBody: sample.responseBody,
      languages,
    }
    // Serialising is much cheaper than printing: a run with one changed sample prints one file.
    const key = JSON.stringify(value)
    const known = printed.get(operation.path)
    const text = known?.key === key ? known.text : prettierJson(value)
    printed.set(operation.path, { key, text })
    formatter?.markFormatted(text, 'json')
    files.set(`samples${operation.path}.json`, text)
  }
  return files
}
