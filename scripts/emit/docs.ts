/**
 * `docs/<path>.md`: one page per documented operation, in the layout of Seam's published docs
 * pages: the title, the description, and the OpenAPI excerpt as YAML (that one path and
 * method, with its code samples and only the components it references) in a fence.
 */
import { hashOf } from '../cache.js'

import type { EmittedFiles } from '../output.js'
import type { EmitContext } from './context.js'
import type { RenderedOperation } from '../samples/collection.js'
import {
  escapePointerToken,
  resolvePointer,
  unescapePointerToken,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import { componentHash, referencedComponents } from '../spec/references.js'
import type { ApiModel } from '../spec/model.js'
import { postWithSamples } from './openapi-with-samples.js'
import { yamlText } from './yaml-text.js'

/** Top-level fields in the order the published excerpts show them; the rest follow in the spec's order. */
const leadingFields = ['openapi', 'info', 'servers', 'security', 'tags']

const indentLines = (text: string, indent: string): string =>
  text.replace(/^(?=.)/gm, indent)

/**
 * YAML made once per spec and shared by the pages: the top-level fields every excerpt repeats,
 * and each component (`name:` and its schema, indented under `components: kind:`). The same
 * schemas recur on many pages, and writing YAML is most of the docs' cost.
 */
interface SharedYaml {
  top: string
  components: Map<string, string>
}

const sharedYamlCache = new WeakMap<OpenApiDocument, SharedYaml>()

function sharedYaml(document: OpenApiDocument): SharedYaml {
  let shared = sharedYamlCache.get(document)
  if (shared === undefined) {
    const topLevel = Object.keys(document).filter(
      (key) => key !== 'paths' && key !== 'components',
    )
    const ordered = [
      ...leadingFields.filter((key) => topLevel.includes(key)),
      ...topLevel.filter((key) => !leadingFields.includes(key)),
    ]
    const top =
      ordered.length === 0
        ? ''
        : yamlText(
            Object.fromEntries(ordered.map((key) => [key, document[key]])),
          )
    shared = { top, components: new Map() }
    sharedYamlCache.set(document, shared)
  }
  return shared
}

/** One component as the excerpt writes it: `name:` and its schema, under `components: kind:`. */
type ComponentYaml = (ref: string, name: string) => string | Promise<string>

/** A component written as YAML, once per spec. */
function componentYaml(
  document: OpenApiDocument,
  ref: string,
  name: string,
): string {
  const { components } = sharedYaml(document)
  let text = components.get(ref)
  if (text === undefined) {
    text = indentLines(
      yamlText({ [name]: resolvePointer(document, ref) }),
      '    ',
    )
    components.set(ref, text)
  }
  return text
}

/** `components:` holding only the given components, kinds in the spec's order. */
async function componentsYaml(
  document: OpenApiDocument,
  refs: string[],
  component: ComponentYaml,
): Promise<string> {
  const byKind = new Map<string, Array<[string, string]>>()
  for (const ref of refs) {
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref)
    if (match === null) continue
    const kind = match[1]!
    byKind.set(kind, [
      ...(byKind.get(kind) ?? []),
      [ref, unescapePointerToken(match[2]!)],
    ])
  }
  if (byKind.size === 0) return ''
  const order = Object.keys(document.components ?? {})
  const kinds = [...byKind.keys()].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  )
  const body = await Promise.all(
    kinds.map(
      async (kind) =>
        `  ${kind}:\n${(
          await Promise.all(
            byKind.get(kind)!.map(([ref, name]) => component(ref, name)),
          )
        ).join('')}`,
    ),
  )
  return `components:\n${body.join('')}`
}

/**
 * The spec cut down to one operation (with its `x-codeSamples`) and the components it needs, as
 * YAML: the top-level fields and `paths:` with that path's POST alone (`head`), and the components
 * to write under `components:` (refs).
 */
export function openApiExcerpt(
  document: OpenApiDocument,
  rendered: RenderedOperation,
): { head: string; refs: string[] } {
  const { operation } = rendered
  const post = postWithSamples(
    document.paths[operation.path]?.post as JsonObject,
    rendered,
  )
  const security = operation.security
    .map((name) => `#/components/securitySchemes/${escapePointerToken(name)}`)
    .filter((ref) => resolvePointer(document, ref) !== undefined)
  const refs = [
    ...new Set([...referencedComponents(document, [post]), ...security]),
  ]
  const head =
    sharedYaml(document).top +
    yamlText({ paths: { [operation.path]: { post } } })
  return { head, refs }
}

/**
 * A fence longer than any run of backticks that could close it, one indented at most three
 * spaces. Components sit four spaces deep, so only the head of the excerpt can hold one.
 */
function fenceFor(head: string): string {
  const longest = Math.max(
    0,
    ...(head.match(/^ {0,3}`+/gm) ?? []).map((run) => run.trim().length),
  )
  return '`'.repeat(Math.max(4, longest + 1))
}

/**
 * An operation's page; `component` writes one component of the excerpt (with a cache, one that an
 * earlier run wrote is not written as YAML again).
 */
export async function docsPage(
  document: OpenApiDocument,
  rendered: RenderedOperation,
  component: ComponentYaml = (ref, name) => componentYaml(document, ref, name),
): Promise<string> {
  const { operation } = rendered
  const { head, refs } = openApiExcerpt(document, rendered)
  const fence = fenceFor(head)
  const description = operation.description
    ?.trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n')
  return (
    [
      `# ${operation.title ?? operation.path}`,
      ...(description === undefined ? [] : [description]),
      '## OpenAPI',
      `${fence}yaml /openapi.json post ${operation.path}\n${head}${await componentsYaml(document, refs, component)}${fence}`,
    ].join('\n\n') + '\n'
  )
}

/**
 * The pages are final as written: prettier would take seconds a page (it formats the YAML
 * inside) and rewrite the excerpt in a style of its own, so they are marked as needing none.
 * A page is made from its operation's sample inputs and the spec's top-level fields; with a
 * cache, only pages whose inputs changed are written as YAML again.
 */
export async function emitDocs(
  model: ApiModel,
  {
    samples,
    formatter,
    cache,
  }: Pick<EmitContext, 'samples'> &
    Partial<Pick<EmitContext, 'formatter' | 'cache'>>,
): Promise<EmittedFiles> {
  const files: EmittedFiles = new Map()
  const { paths: _, components: __, ...topLevel } = model.document
  const topLevelHash = hashOf(JSON.stringify(topLevel))
  const { document } = model
  const component: ComponentYaml = (ref, name) =>
    cache === undefined
      ? componentYaml(document, ref, name)
      : cache.memo(
          cache.key('docs-component', ref, componentHash(document, ref)),
          () => componentYaml(document, ref, name),
        )
  for (const rendered of samples) {
    if (rendered.operation.undocumented) continue
    const make = (): Promise<string> => docsPage(document, rendered, component)
    const page =
      cache === undefined
        ? await make()
        : await cache.memoOutput(
            cache.key(
              'docs-page',
              rendered.inputs,
              topLevelHash,
              ...rendered.renderers.map(({ id }) => id),
            ),
            make,
          )
    formatter?.markFormatted(page, 'markdown')
    files.set(`docs${rendered.operation.path}.md`, page)
  }
  return files
}
