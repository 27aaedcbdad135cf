/**
 * `docs/<path>.md`: one page per documented operation, in the layout of Seam's published docs
 * pages: the title, the description, and the OpenAPI excerpt as YAML (that one path and
 * method, with its code samples and only the components it references) in a fence.
 */
import { stringify } from 'yaml'

import type { OutputFiles } from '../output.js'
import { renderedSamples, samplesDirOf, type SamplesEmitContext, type RenderedOperation } from '../samples/collection.js'
import { isObject, resolvePointer, type JsonObject, type OpenApiDocument } from '../spec/load.js'
import type { ApiModel } from '../spec/model.js'
import { codeSamplesOf } from './openapi-with-samples.js'

/** Top-level fields in the order the published excerpts show them; the rest follow in the spec's order. */
const leadingFields = ['openapi', 'info', 'servers', 'security', 'tags']

/**
 * The `$ref`s reachable from `roots`, each once, in the order a reader meets them: a component
 * and then what it refers to.
 */
export function referencedComponents(document: OpenApiDocument, roots: unknown[]): string[] {
  const found: string[] = []
  const seen = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!isObject(node)) return
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (!seen.has(value)) {
          seen.add(value)
          found.push(value)
          visit(resolvePointer(document, value))
        }
      } else visit(value)
    }
  }
  roots.forEach(visit)
  return found
}

const yamlOptions = { lineWidth: 0, aliasDuplicateObjects: false } as const

const indentLines = (text: string, indent: string): string => text.replace(/^(?=.)/gm, indent)

/**
 * Each component's YAML (`name:` and its schema, indented under `components: kind:`), made
 * once per spec: the same schemas recur on many pages, and YAML-writing them is most of the
 * docs' cost.
 */
const componentYamlCache = new WeakMap<OpenApiDocument, Map<string, string>>()

function componentYaml(document: OpenApiDocument, ref: string, name: string): string {
  const cache = componentYamlCache.get(document) ?? new Map<string, string>()
  componentYamlCache.set(document, cache)
  let text = cache.get(ref)
  if (text === undefined) {
    text = indentLines(stringify({ [name]: resolvePointer(document, ref) }, yamlOptions), '    ')
    cache.set(ref, text)
  }
  return text
}

/** `components:` holding only the given components, kinds in the spec's order. */
function componentsYaml(document: OpenApiDocument, refs: string[]): string {
  const byKind = new Map<string, Array<{ ref: string; name: string }>>()
  for (const ref of refs) {
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref)
    if (match === null) continue
    const kind = match[1]!
    const name = match[2]!.replaceAll('~1', '/').replaceAll('~0', '~')
    byKind.set(kind, [...(byKind.get(kind) ?? []), { ref, name }])
  }
  if (byKind.size === 0) return ''
  const order = Object.keys(document.components ?? {})
  const kinds = [...byKind.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b))
  const body = kinds.map((kind) => `  ${kind}:\n${byKind.get(kind)!.map(({ ref, name }) => componentYaml(document, ref, name)).join('')}`)
  return `components:\n${body.join('')}`
}

/** The spec cut down to one operation (with its `x-codeSamples`) and the components it needs, as YAML. */
export function openApiExcerptYaml(document: OpenApiDocument, rendered: RenderedOperation): string {
  const { operation } = rendered.sample
  const post = { ...(document.paths[operation.path]?.post as JsonObject), 'x-codeSamples': codeSamplesOf(rendered) }
  const security = operation.security
    .map((name) => `#/components/securitySchemes/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .filter((ref) => resolvePointer(document, ref) !== undefined)
  const refs = [...new Set([...referencedComponents(document, [post]), ...security])]
  const topLevel = Object.keys(document).filter((key) => key !== 'paths' && key !== 'components')
  const ordered = [...leadingFields.filter((key) => topLevel.includes(key)), ...topLevel.filter((key) => !leadingFields.includes(key))]
  const head: JsonObject = Object.fromEntries(ordered.map((key) => [key, document[key]]))
  head.paths = { [operation.path]: { post } }
  return stringify(head, yamlOptions) + componentsYaml(document, refs)
}

/** A fence longer than any run of backticks inside it that could close it (indented at most three spaces). */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/^ {0,3}`+/gm) ?? []).map((run) => run.trim().length))
  return '`'.repeat(Math.max(4, longest + 1))
}

export function docsPage(document: OpenApiDocument, rendered: RenderedOperation): string {
  const { operation } = rendered.sample
  const yaml = openApiExcerptYaml(document, rendered)
  const fence = fenceFor(yaml)
  const description = operation.description
    ?.trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n')
  return [
    `# ${operation.title ?? operation.path}`,
    ...(description === undefined ? [] : [description]),
    '## OpenAPI',
    `${fence}yaml /openapi.json post ${operation.path}\n${yaml}${fence}`,
  ].join('\n\n') + '\n'
}

export async function emitDocs(model: ApiModel, { specFile }: SamplesEmitContext): Promise<OutputFiles> {
  const files: OutputFiles = new Map()
  for (const rendered of await renderedSamples(model, samplesDirOf(specFile))) {
    if (rendered.sample.operation.undocumented) continue
    files.set(`docs${rendered.sample.operation.path}.md`, docsPage(model.document, rendered))
  }
  return files
}
