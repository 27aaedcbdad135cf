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
import { prettierJson, Printed, printAt } from './json.js'

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

/**
 * Pieces printed by earlier runs in this process, by the spec's object they print: while a watch
 * keeps the spec's model, its parts are the same objects from run to run, and a run with one
 * changed sample re-prints one path.
 */
const printedParts = new WeakMap<object, string>()
/** A path's item with its samples, printed, and the samples it was printed with. */
const printedWithSamples = new WeakMap<
  object,
  { samples: string; text: string }
>()

/** A top-level part of the document, printed once per object. */
function printedPart(key: string, value: unknown): unknown {
  if (!isObject(value) || Object.keys(value).length === 0) return value
  let text = printedParts.get(value)
  if (text === undefined) {
    text = printAt(key, value, '  ')
    printedParts.set(value, text)
  }
  return new Printed(text)
}

/** A path's item, with its operation's samples when it has one, printed once per item and samples. */
function printedPath(
  path: string,
  item: JsonObject,
  operation: RenderedOperation | undefined,
): Printed {
  const indent = '    '
  if (operation === undefined) {
    let text = printedParts.get(item)
    if (text === undefined) {
      text = printAt(path, item, indent)
      printedParts.set(item, text)
    }
    return new Printed(text)
  }
  const samples = JSON.stringify({
    code: codeSamplesOf(operation),
    body: operation.sample.responseBody,
  })
  const known = printedWithSamples.get(item)
  if (known?.samples === samples) return new Printed(known.text)
  const text = printAt(
    path,
    { ...item, post: postWithSamples(item.post as JsonObject, operation) },
    indent,
  )
  printedWithSamples.set(item, { samples, text })
  return new Printed(text)
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
  const paths: Record<string, Printed> = {}
  for (const [path, item] of Object.entries(model.document.paths))
    paths[path] = printedPath(path, item, byPath.get(path))
  const document = Object.fromEntries(
    Object.entries(model.document).map(([key, value]) => [
      key,
      key === 'paths' ? paths : printedPart(key, value),
    ]),
  )
  const text = prettierJson(document)
  formatter?.markFormatted(text, 'json')
  return new Map([['openapi.json', text]])
}
