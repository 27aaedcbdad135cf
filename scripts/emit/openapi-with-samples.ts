/**
 * `openapi.json`: the input spec with `x-codeSamples` on every path's POST operation, the
 * form every sample calls, and as its 200 response's `example` the very body the samples show
 * (cURL's response), so a renderer shows one answer beside the code rather than inventing
 * another. The alias methods (GET, PUT, PATCH, DELETE) get neither: a sample there would show
 * a POST request on a page that documents another method.
 */
import type { BuildCache } from '../cache.js'
import type { EmittedFiles } from '../output.js'
import type { EmitContext } from './context.js'
import type { RenderedOperation } from '../samples/collection.js'
import { isObject, type JsonObject } from '../spec/load.js'
import type { ApiModel } from '../spec/model.js'
import { prettierJsonBytes, Printed, printAt } from './json.js'

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
 * Top-level parts printed by earlier runs in this process, by the spec's object they print: while
 * a watch keeps the spec's model, its parts are the same objects from run to run.
 */
const printedParts = new WeakMap<object, string | Uint8Array>()

/**
 * A part of the document (a top-level one, or a path without samples), printed once per object,
 * and kept in the cache by its JSON.
 */
async function printedPart(
  key: string,
  value: unknown,
  indent: string,
  cache: BuildCache | undefined,
): Promise<unknown> {
  if (!isObject(value) || Object.keys(value).length === 0) return value
  let text = printedParts.get(value)
  if (text === undefined) {
    const print = () => printAt(key, value, indent)
    text =
      cache === undefined
        ? print()
        : await cache.memoBytes(
            cache.key('printed-part', key, JSON.stringify(value)),
            print,
          )
    printedParts.set(value, text)
  }
  return new Printed(text)
}

/**
 * A path's item, with its operation's samples when it has one. The cache keeps it by what the
 * samples are made from (which holds the item): a run with one changed operation prints one path.
 */
async function printedPath(
  path: string,
  item: JsonObject,
  operation: RenderedOperation | undefined,
  cache: BuildCache | undefined,
): Promise<unknown> {
  const indent = '    '
  if (operation === undefined) return printedPart(path, item, indent, cache)
  const print = () =>
    printAt(
      path,
      { ...item, post: postWithSamples(item.post as JsonObject, operation) },
      indent,
    )
  return new Printed(
    cache === undefined
      ? print()
      : await cache.memoBytes(
          cache.key(
            'printed-path',
            path,
            operation.inputs,
            ...operation.renderers.map(({ id }) => id),
          ),
          print,
        ),
  )
}

export async function emitOpenApiWithSamples(
  model: ApiModel,
  {
    samples,
    formatter,
    cache,
  }: Pick<EmitContext, 'samples'> &
    Partial<Pick<EmitContext, 'formatter' | 'cache'>>,
): Promise<EmittedFiles> {
  const byPath = new Map(
    samples.map((rendered) => [rendered.operation.path, rendered]),
  )
  const paths: Record<string, unknown> = {}
  for (const [path, item] of Object.entries(model.document.paths))
    paths[path] = await printedPath(path, item, byPath.get(path), cache)
  const document: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(model.document))
    document[key] =
      key === 'paths' ? paths : await printedPart(key, value, '  ', cache)
  const content = prettierJsonBytes(document)
  formatter?.markFormatted(content, 'json')
  return new Map([['openapi.json', content]])
}
