/**
 * `samples/<path>.json`: one file per operation with its example values and, per language,
 * the request code and the response comment apart, for tools that build docs or tests.
 */
import type { OutputFiles } from '../output.js'
import { inLanguages, renderedSamples, samplesDirOf, type SamplesEmitContext } from '../samples/collection.js'
import type { ApiModel } from '../spec/model.js'
import { prettierJson } from './json.js'

export async function emitSamples(model: ApiModel, { specFile, samplesDir, languages: selected, formatter, cache }: SamplesEmitContext): Promise<OutputFiles> {
  const files: OutputFiles = new Map()
  for (const rendered of await renderedSamples(model, samplesDir ?? samplesDirOf(specFile), cache)) {
    const { sample, code } = inLanguages(rendered, selected)
    const { operation } = sample
    const languages = Object.fromEntries(
      code.map(({ renderer, rendered }) => [
        renderer.id,
        { lang: renderer.lang, label: renderer.label, request: rendered.request, response: rendered.response },
      ]),
    )
    const text = prettierJson({
      path: operation.path,
      parameters: sample.parameters,
      ...(sample.response === undefined ? {} : { response: sample.response }),
      responseBody: sample.responseBody,
      languages,
    })
    formatter?.markFormatted(text, 'json')
    files.set(`samples${operation.path}.json`, text)
  }
  return files
}
