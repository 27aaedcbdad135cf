// One file because it is one view of the spec, each of its changes needed by the others (tags, titles, variants, examples).
/**
 * The spec one reference page shows: the operations of one SDK namespace, as a reader of the
 * docs meets them. It is a view of `generated/openapi.json`, changed only where the renderer
 * would otherwise mislead or say little: the page's title and version, tab titles, notes for
 * undocumented, draft and deprecated operations, the response example the samples show, and
 * titles and dropdowns for schema variants.
 */
import { renderers } from '../samples/renderers.js'
import {
  isObject,
  pointerOf,
  SpecError,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import {
  sdkNamespaceOf,
  type Namespace,
  type Operation,
} from '../spec/model.js'
import { referencedComponents } from '../spec/references.js'

/** `seam.acs.users`: how an SDK user reaches a namespace. */
export const sdkNameOf = (namespace: Namespace): string =>
  sdkNamespaceOf(namespace.path)

/** The reference page of a namespace, relative to the site's root: `reference/acs.users.html`. */
export const referencePageOf = (namespace: Namespace): string =>
  `reference/${namespace.path.join('.')}.html`

/**
 * Where an operation sits on its page (Redoc's own anchor for an untagged operation), e.g.
 * `#operation/actionAttemptsGetPost`. The page's operations carry no tag: a page is one
 * namespace, whose name the page's title already gives.
 */
export const operationAnchorOf = (operationId: string): string =>
  `#operation/${encodeURIComponent(operationId)}`

// The generated samples are labelled as the docs site's spec wants ("Seam SDK" for seven of
// them); a tab shows the language itself, which the renderer that wrote the sample names.
const languageNameOf = new Map(
  renderers.map((r) => [`${r.lang}\u0000${r.label}`, r.name]),
)
const curl = renderers.find((renderer) => renderer.id === 'curl')!

/** The operation's POST form as its page shows it. */
function pageOperation(operation: Operation, post: JsonObject): JsonObject {
  const samples = post['x-codeSamples']
  const samplesPointer = `${operation.pointer}/x-codeSamples`
  if (!Array.isArray(samples) || samples.length === 0) {
    throw new SpecError(
      samplesPointer,
      'has no code samples: this is not the pipeline\'s output; run "npm run generate" first',
    )
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
    operation.deprecated === false
      ? undefined
      : `**Deprecated.**${typeof operation.deprecated === 'string' ? ` ${operation.deprecated}` : ''}`,
    operation.undocumented
      ? `**Undocumented:** not shown on the public docs site.${reasonOf(post['x-undocumented'])}`
      : undefined,
    operation.draft
      ? `**Draft:** may change without notice.${reasonOf(post['x-draft'])}`
      : undefined,
  ].filter((note) => note !== undefined)
  const description = [
    ...notes.map((note) => `> ${note}`),
    operation.description ?? '',
  ]
    .join('\n\n')
    .trim()
  const { tags: _tags, ...untagged } = post
  return {
    ...untagged,
    summary: operation.title ?? operation.path,
    description,
    responses: withResponseExample(operation, post.responses, samples),
    ...(operation.deprecated === false ? {} : { deprecated: true }),
    'x-codeSamples': codeSamples,
  }
}

/**
 * The responses with the 200 response's example set to the body the code samples show, so that
 * the response pane and the samples beside it give one answer. The spec's own example is kept
 * when it has one; otherwise it is the body the cURL sample prints after `# Response:`.
 */
function withResponseExample(
  operation: Operation,
  responses: unknown,
  samples: unknown[],
): unknown {
  const ok = isObject(responses) ? responses['200'] : undefined
  const content = isObject(ok) && isObject(ok.content) ? ok.content : undefined
  const media = content?.['application/json']
  if (!isObject(responses) || !isObject(media) || media.example !== undefined)
    return responses
  const index = samples.findIndex(
    (sample) =>
      isObject(sample) &&
      sample.lang === curl.lang &&
      sample.label === curl.label,
  )
  const pointer = `${operation.pointer}/x-codeSamples/${index}/source`
  if (index < 0)
    throw new SpecError(
      `${operation.pointer}/x-codeSamples`,
      'has no cURL sample, whose response the page shows as the example',
    )
  const example = responseOfCurlSample(
    String((samples[index] as JsonObject).source),
    pointer,
  )
  return {
    ...responses,
    200: {
      ...(ok as JsonObject),
      content: { ...content, 'application/json': { ...media, example } },
    },
  }
}

/** The JSON body a cURL sample prints, commented, after its `# Response:` line. */
export function responseOfCurlSample(source: string, pointer: string): unknown {
  const marker = '\n# Response:\n'
  const at = source.lastIndexOf(marker)
  if (at < 0)
    throw new SpecError(
      pointer,
      'has no "# Response:" part: this is not the pipeline\'s output; run "npm run generate" first',
    )
  const json = source
    .slice(at + marker.length)
    .split('\n')
    .map((line) => line.replace(/^# ?/, ''))
    .join('\n')
  try {
    return JSON.parse(json)
  } catch (error) {
    throw new SpecError(
      pointer,
      `its response is not JSON (${(error as Error).message})`,
    )
  }
}

/** A union with more variants than this is shown as a dropdown; a shorter one as a row of buttons. */
export const longUnion = 8

/**
 * A copy of a schema tree as the page shows it. Each untitled object variant of a `oneOf` or
 * `anyOf` is titled by the values that tell it apart (its single-value enums, such as
 * `UNLOCK_DOOR · pending` for an action attempt): Redoc names a variant by its title, and
 * would otherwise write "object or object or ...". A long `oneOf` whose variants all carry such
 * a value under one property becomes a discriminated union of variants moved into `variants`
 * (by name), so that Redoc shows a dropdown at that property instead of dozens of buttons above
 * the fields.
 */
export function readableSchema(
  node: unknown,
  variants: Map<string, unknown>,
): unknown {
  if (Array.isArray(node))
    return node.map((item) => readableSchema(item, variants))
  if (!isObject(node)) return node
  const copy: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      (key === 'oneOf' || key === 'anyOf') && Array.isArray(value)
        ? value.map((variant) => readableSchema(titled(variant), variants))
        : readableSchema(value, variants)
  }
  return Array.isArray(copy.oneOf) &&
    copy.oneOf.length > longUnion &&
    copy.discriminator === undefined
    ? (discriminated(copy, copy.oneOf, variants) ?? copy)
    : copy
}

function discriminated(
  union: JsonObject,
  members: unknown[],
  variants: Map<string, unknown>,
): JsonObject | undefined {
  const objects = members.filter(isObject)
  const titles = new Set(objects.map((variant) => variant.title))
  if (
    objects.length !== members.length ||
    titles.size !== members.length ||
    !objects.every((v) => typeof v.title === 'string')
  )
    return undefined
  const [first] = objects
  const propertyName = Object.keys(
    isObject(first?.properties) ? first.properties : {},
  ).find((name) =>
    objects.every(
      (variant) =>
        isObject(variant.properties) &&
        singleValueOf(variant.properties[name]) !== undefined,
    ),
  )
  if (propertyName === undefined) return undefined
  const mapping: Record<string, string> = {}
  for (const variant of objects) {
    const name = `variant-${variants.size + 1}`
    variants.set(name, withConstant(variant, propertyName))
    mapping[variant.title as string] = `#/components/schemas/${name}`
  }
  // Redoc labels a discriminated union by its own type, `any` when it has none.
  const type = objects.every((variant) => variant.type === 'object')
    ? { type: 'object' }
    : {}
  return {
    ...type,
    ...union,
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName, mapping },
  }
}

/**
 * The variant with its discriminating property's single-value enum written as a `const`: Redoc
 * orders the dropdown by that property's enum, and with one value out of many it scrambles it.
 */
function withConstant(variant: JsonObject, propertyName: string): JsonObject {
  const properties = variant.properties as JsonObject
  const property = properties[propertyName] as JsonObject
  if (!Array.isArray(property.enum)) return variant
  const {
    enum: [value],
    ...rest
  } = property as { enum: unknown[] }
  return {
    ...variant,
    properties: { ...properties, [propertyName]: { ...rest, const: value } },
  }
}

const singleValueOf = (property: unknown): string | undefined => {
  if (!isObject(property)) return undefined
  if (property.const !== undefined) return String(property.const)
  return Array.isArray(property.enum) && property.enum.length === 1
    ? String(property.enum[0])
    : undefined
}

function titled(variant: unknown): unknown {
  if (
    !isObject(variant) ||
    variant.title !== undefined ||
    !isObject(variant.properties)
  )
    return variant
  const distinguishing = Object.values(variant.properties).flatMap(
    (property) => singleValueOf(property) ?? [],
  )
  return distinguishing.length === 0
    ? variant
    : { title: distinguishing.join(' · '), ...variant }
}

const reasonOf = (value: unknown): string =>
  typeof value === 'string' && value.trim() !== '' ? ` ${value.trim()}` : ''

/**
 * One namespace's operations with the components they reach, titled with the namespace and the
 * API's version (`apiVersion`, the `@seamapi/types` release the spec comes from). Only the POST
 * form of each path is kept: it is the one the SDK calls and the one that carries the samples,
 * and the GET aliases would list every read twice.
 */
export function referenceSpec(
  document: OpenApiDocument,
  namespace: Namespace,
  apiVersion: string | undefined,
): OpenApiDocument {
  const name = sdkNameOf(namespace)
  const variants = new Map<string, unknown>()
  const paths: Record<string, JsonObject> = {}
  for (const operation of namespace.operations) {
    const post = pageOperation(
      operation,
      document.paths[operation.path]!.post as JsonObject,
    )
    paths[operation.path] = {
      post: readableSchema(post, variants) as JsonObject,
    }
  }
  const components: Record<string, Record<string, unknown>> = {}
  const securitySchemes = document.components?.securitySchemes
  if (isObject(securitySchemes)) components.securitySchemes = securitySchemes
  for (const ref of referencedComponents(document, Object.values(paths))) {
    const [, , kind, component] = ref.split('/') as [
      string,
      string,
      string,
      string,
    ]
    const section = (components[kind] ??= {})
    section[component] = readableSchema(
      (document.components as Record<string, Record<string, unknown>>)[kind]![
        component
      ],
      variants,
    )
  }
  for (const [variant, schema] of variants) {
    if (components.schemas?.[variant] !== undefined)
      throw new SpecError(
        pointerOf('components', 'schemas', variant),
        'is a name the docs site gives to union variants',
      )
    ;(components.schemas ??= {})[variant] = schema
  }
  const count = Object.keys(paths).length
  const { tags: _tags, ...untagged } = document
  return {
    ...untagged,
    info: {
      title: name,
      version: apiVersion === undefined ? '' : `@seamapi/types ${apiVersion}`,
      description: `${count} operation${count === 1 ? '' : 's'} of the Seam Connect API, called as \`${name}.<method>(...)\`.`,
    },
    paths,
    components,
  }
}
