/**
 * `openapi.json`: the input spec with `x-codeSamples` on every path's POST operation, the
 * form every sample calls, and as its 200 response's `example` the very body the samples show
 * (cURL's response), so a renderer shows one answer beside the code rather than inventing
 * another. The alias methods (GET, PUT, PATCH, DELETE) get neither: a sample there would show
 * a POST request on a page that documents another method.
 */
import type { OutputFiles } from '../output.js'
import type { EmitContext } from './context.js'
import type { RenderedOperation } from '../samples/collection.js'
import { isObject, type JsonObject } from '../spec/load.js'
import type { ApiModel } from '../spec/model.js'
import { prettierJson } from './json.js'

/** The entries of `x-codeSamples` for one operation, in the renderers' order. */
export const codeSamplesOf = ({
  code,
}: RenderedOperation): Array<{ lang: string; label: string; source: string }> =>
  code.map(({ renderer, rendered }) => ({
    lang: renderer.lang,
    label: renderer.label,
    source: rendered.source,
  }))

/**
 * The POST operation with its samples, and the sample's response body as the example of its
 * JSON 200 response (`responses.200.content.application/json.example`, where Redoc reads it).
 */
export function postWithSamples(
  post: JsonObject,
  rendered: RenderedOperation,
): JsonObject {
  const withSamples: JsonObject = {
    ...post,
    'x-codeSamples': codeSamplesOf(rendered),
  }
  const ok = isObject(post.responses) ? post.responses['200'] : undefined
  const media =
    isObject(ok) && isObject(ok.content)
      ? ok.content['application/json']
      : undefined
  if (!isObject(ok) || !isObject(media)) return withSamples
  const content = {
    ...(ok.content as JsonObject),
    'application/json': { ...media, example: rendered.sample.responseBody },
  }
  return {
    ...withSamples,
    responses: { ...(post.responses as JsonObject), '200': { ...ok, content } },
  }
}

export function emitOpenApiWithSamples(
  model: ApiModel,
  {
    samples,
    formatter,
  }: Pick<EmitContext, 'samples'> & Partial<Pick<EmitContext, 'formatter'>>,
): OutputFiles {
  const byPath = new Map(
    samples.map((operation) => [operation.sample.operation.path, operation]),
  )
  // Copies only what changes (paths, their items, the POST operations); the rest is shared.
  const paths: Record<string, JsonObject> = {}
  for (const [path, item] of Object.entries(model.document.paths)) {
    const operation = byPath.get(path)
    paths[path] =
      operation === undefined
        ? item
        : { ...item, post: postWithSamples(item.post as JsonObject, operation) }
  }
  const text = prettierJson({ ...model.document, paths })
  formatter?.markFormatted(text, 'json')
  return new Map([['openapi.json', text]])
}
