/**
 * The spec one reference page shows: the operations of one SDK namespace, as a reader of the
 * docs meets them. It is a view of `generated/openapi.json`, changed only where the renderer
 * would otherwise mislead or say little: tab titles, the SDK's namespace as the tag, notes for
 * undocumented, draft and deprecated operations, and titles for schema variants.
 */
import { renderers } from '../samples/renderers.js'
import { isObject, SpecError, type JsonObject, type OpenApiDocument } from '../spec/load.js'
import { sdkNamespaceOf, type Namespace, type Operation } from '../spec/model.js'
import { referencedComponents } from '../spec/references.js'

/** `seam.acs.users`: how an SDK user reaches a namespace. */
export const sdkNameOf = (namespace: Namespace): string => sdkNamespaceOf(namespace.path)

/** The reference page of a namespace, relative to the site's root: `reference/acs.users.html`. */
export const referencePageOf = (namespace: Namespace): string => `reference/${namespace.path.join('.')}.html`

/** Where an operation sits on its page (Redoc's own anchor), e.g. `#tag/seam.actionAttempts/operation/actionAttemptsGetPost`. */
export const operationAnchorOf = (namespace: Namespace, operationId: string): string =>
  `#tag/${encodeURIComponent(sdkNameOf(namespace))}/operation/${encodeURIComponent(operationId)}`

// The generated samples are labelled as the docs site's spec wants ("Seam SDK" for seven of
// them); a tab shows the language itself, which the renderer that wrote the sample names.
const languageNameOf = new Map(renderers.map((r) => [`${r.lang}\u0000${r.label}`, r.name]))

/** The operation's POST form as its page shows it. */
function pageOperation(operation: Operation, post: JsonObject, tag: string): JsonObject {
  const samples = post['x-codeSamples']
  const samplesPointer = `${operation.pointer}/x-codeSamples`
  if (!Array.isArray(samples) || samples.length === 0) {
    throw new SpecError(samplesPointer, 'has no code samples: this is not the pipeline\'s output; run "npm run generate" first')
  }
  const codeSamples = samples.map((sample: unknown, i) => {
    const { lang, label, source } = isObject(sample) ? sample : {}
    const name = languageNameOf.get(`${String(lang)}\u0000${String(label)}`)
    if (name === undefined || typeof source !== 'string') {
      throw new SpecError(
        `${samplesPointer}/${i}`,
        `expected a sample written by this pipeline (lang and label of one of its ${renderers.length} languages, and a source)`,
      )
    }
    return { lang, label: name, source }
  })
  const notes = [
    operation.deprecated === false ? undefined : `**Deprecated.**${typeof operation.deprecated === 'string' ? ` ${operation.deprecated}` : ''}`,
    operation.undocumented ? `**Undocumented:** not shown on the public docs site.${reasonOf(post['x-undocumented'])}` : undefined,
    operation.draft ? `**Draft:** may change without notice.${reasonOf(post['x-draft'])}` : undefined,
  ].filter((note) => note !== undefined)
  const description = [...notes.map((note) => `> ${note}`), operation.description ?? ''].join('\n\n').trim()
  return {
    ...post,
    summary: operation.title ?? operation.path,
    description,
    tags: [tag],
    ...(operation.deprecated === false ? {} : { deprecated: true }),
    'x-codeSamples': codeSamples,
  }
}

/**
 * A copy of a schema tree in which each untitled object variant of a `oneOf` or `anyOf` is
 * titled by the values that tell it apart (its single-value enums, such as `LOCK_DOOR · pending`
 * for an action attempt). Redoc names a variant by its title, and would otherwise list 63
 * variants as "object or object or ...".
 */
export function withVariantTitles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withVariantTitles)
  if (!isObject(node)) return node
  const copy: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      (key === 'oneOf' || key === 'anyOf') && Array.isArray(value)
        ? value.map((variant) => withVariantTitles(titled(variant)))
        : withVariantTitles(value)
  }
  return copy
}

function titled(variant: unknown): unknown {
  if (!isObject(variant) || variant.title !== undefined || !isObject(variant.properties)) return variant
  const distinguishing = Object.values(variant.properties).flatMap((property) => {
    if (!isObject(property)) return []
    if (property.const !== undefined) return [String(property.const)]
    return Array.isArray(property.enum) && property.enum.length === 1 ? [String(property.enum[0])] : []
  })
  return distinguishing.length === 0 ? variant : { title: distinguishing.join(' · '), ...variant }
}

const reasonOf = (value: unknown): string => (typeof value === 'string' && value.trim() !== '' ? ` ${value.trim()}` : '')

/**
 * One namespace's operations with the components they reach. Only the POST form of each path
 * is kept: it is the one the SDK calls and the one that carries the samples, and the GET
 * aliases would list every read twice.
 */
export function referenceSpec(document: OpenApiDocument, namespace: Namespace): OpenApiDocument {
  const tag = sdkNameOf(namespace)
  const paths: Record<string, JsonObject> = {}
  for (const operation of namespace.operations) {
    const post = pageOperation(operation, document.paths[operation.path]!.post as JsonObject, tag)
    paths[operation.path] = { post: withVariantTitles(post) as JsonObject }
  }
  const components: Record<string, Record<string, unknown>> = {}
  const securitySchemes = document.components?.securitySchemes
  if (isObject(securitySchemes)) components.securitySchemes = securitySchemes
  for (const ref of referencedComponents(document, Object.values(paths))) {
    const [, , kind, name] = ref.split('/') as [string, string, string, string]
    const section = (components[kind] ??= {})
    section[name] = withVariantTitles((document.components as Record<string, Record<string, unknown>>)[kind]![name])
  }
  const paged = Object.keys(paths).length
  return {
    ...document,
    info: { ...(isObject(document.info) ? document.info : {}), title: tag },
    tags: [{ name: tag, description: `${paged} operation${paged === 1 ? '' : 's'}, called as \`${tag}.<method>(...)\`.` }],
    paths,
    components,
  }
}
