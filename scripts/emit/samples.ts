/**
 * `samples/<path>.json`: one file per operation with its example values and, per language,
 * the request code and the response comment apart, for tools that build docs or tests.
 */
import type { EmittedFiles } from '../output.js'
import type { EmitContext } from './context.js'
import { prettierJson } from './json.js'

/**
 * Each operation's file, kept in the cache by what its samples are made from (and the languages
 * shown): a run with one changed sample prints one file.
 */
export async function emitSamples(
  _model: unknown,
  {
    samples,
    formatter,
    cache,
  }: Pick<EmitContext, 'samples'> &
    Partial<Pick<EmitContext, 'formatter' | 'cache'>>,
): Promise<EmittedFiles> {
  const files: EmittedFiles = new Map()
  for (const rendered of samples) {
    const { operation, renderers, inputs } = rendered
    const print = (): string => {
      const { sample, code } = rendered
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
      return prettierJson({
        path: operation.path,
        parameters: sample.parameters,
        ...(sample.response === undefined ? {} : { response: sample.response }),
        responseBody: sample.responseBody,
        languages,
      })
    }
    const text =
      cache === undefined
        ? print()
        : await cache.memoOutput(
            cache.key('samples-file', inputs, ...renderers.map(({ id }) => id)),
            print,
          )
    formatter?.markFormatted(text, 'json')
    files.set(`samples${operation.path}.json`, text)
  }
  return files
}
