/**
 * `openapi.json`: the input spec with `x-codeSamples` on every path's POST operation, the
 * form every sample calls. The alias methods (GET, PUT, PATCH, DELETE) get none: a sample
 * there would show a POST request on a page that documents another method.
 */
import type { OutputFiles } from '../output.js'
import { inLanguages, renderedSamples, samplesDirOf, type SamplesEmitContext, type RenderedOperation } from '../samples/collection.js'
import type { JsonObject } from '../spec/load.js'
import type { ApiModel } from '../spec/model.js'
import { prettierJson } from './json.js'

/** The entries of `x-codeSamples` for one operation, in the renderers' order. */
export const codeSamplesOf = ({ code }: RenderedOperation): Array<{ lang: string; label: string; source: string }> =>
  code.map(({ renderer, rendered }) => ({ lang: renderer.lang, label: renderer.label, source: rendered.source }))

export async function emitOpenApiWithSamples(model: ApiModel, { specFile, samplesDir, languages, formatter, cache }: SamplesEmitContext): Promise<OutputFiles> {
  const rendered = await renderedSamples(model, samplesDir ?? samplesDirOf(specFile), cache)
  const byPath = new Map(rendered.map((operation) => [operation.sample.operation.path, operation]))
  // Copies only what changes (paths, their items, the POST operations); the rest is shared.
  const paths: Record<string, JsonObject> = {}
  for (const [path, item] of Object.entries(model.document.paths)) {
    const operation = byPath.get(path)
    paths[path] =
      operation === undefined
        ? item
        : { ...item, post: { ...(item.post as JsonObject), 'x-codeSamples': codeSamplesOf(inLanguages(operation, languages)) } }
  }
  const text = prettierJson({ ...model.document, paths })
  formatter?.markFormatted(text, 'json')
  return new Map([['openapi.json', text]])
}
