// One file because every check of the input spec, each naming its JSON pointer, sits beside the loader that runs them.
import { readFile } from 'node:fs/promises'

import { parse as parseYaml } from 'yaml'

/** A problem in the spec, located by a JSON pointer into it. */
export class SpecError extends Error {
  constructor(
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`${pointer === '' ? '#' : `#${pointer}`}: ${problem}`)
    this.name = 'SpecError'
  }
}

export type JsonObject = { [key: string]: unknown }

export interface OpenApiDocument extends JsonObject {
  openapi: string
  paths: Record<string, JsonObject>
  components?: JsonObject & { schemas?: Record<string, JsonObject> }
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** One reference token of a JSON pointer (RFC 6901): `~` and `/` escaped. */
export const escapePointerToken = (token: string | number): string =>
  String(token).replaceAll('~', '~0').replaceAll('/', '~1')

/** A JSON pointer's reference token as the key it names. */
export const unescapePointerToken = (token: string): string =>
  token.replaceAll('~1', '/').replaceAll('~0', '~')

/** Encodes path segments as a JSON pointer (RFC 6901). */
export const pointerOf = (...segments: Array<string | number>): string =>
  segments.map((s) => `/${escapePointerToken(s)}`).join('')

/** Resolves a local `$ref` such as `#/components/schemas/device`, or returns undefined. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined
  let node: unknown = document
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = unescapePointerToken(decodeURIComponent(raw))
    if (Array.isArray(node)) node = node[Number(key)]
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key]
    else return undefined
  }
  return node
}

/** A spec source: a file path, or an http(s) URL. */
export const isSpecUrl = (source: string): boolean =>
  /^https?:\/\//i.test(source)

/** Reads and parses a spec (a file or an http(s) URL, JSON or YAML); every failure names the source. */
export async function readSpecFile(
  source: string,
): Promise<{ text: string; document: unknown }> {
  const text = await readSpecText(source)
  return { text, document: parseSpecText(source, text) }
}

/** Reads a spec's text from a file or an http(s) URL; a failure names the source (and the HTTP status). */
export async function readSpecText(source: string): Promise<string> {
  if (isSpecUrl(source)) return fetchSpecText(source)
  return (await readSpecBytes(source)).toString('utf8')
}

/** A spec file's bytes: their hash is cheaper to take than the decoded text's. */
export async function readSpecBytes(source: string): Promise<Buffer> {
  try {
    return await readFile(source)
  } catch (error) {
    throw new Error(
      `${source}: cannot read the spec (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      { cause: error },
    )
  }
}

async function fetchSpecText(url: string): Promise<string> {
  let response
  try {
    response = await fetch(url, {
      headers: {
        accept: 'application/json, application/yaml;q=0.9, */*;q=0.1',
      },
    })
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } })
      .cause
    throw new Error(
      `${url}: cannot fetch the spec (${cause?.code ?? cause?.message ?? (error as Error).message})`,
      { cause: error },
    )
  }
  if (!response.ok) {
    throw new Error(
      `${url}: cannot fetch the spec (HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`})`,
    )
  }
  return response.text()
}

/** JSON or YAML: by the extension (`.json`, `.yaml`, `.yml`, of the URL's path for a URL), else by the first character. */
function specFormat(source: string, text: string): 'JSON' | 'YAML' {
  const name = isSpecUrl(source) ? new URL(source).pathname : source
  if (/\.json$/i.test(name)) return 'JSON'
  if (/\.ya?ml$/i.test(name)) return 'YAML'
  return /^\s*[{[]/.test(text) ? 'JSON' : 'YAML'
}

/** Parses a spec's text as JSON or YAML; a failure names the source it came from. */
export function parseSpecText(source: string, text: string): unknown {
  const format = specFormat(source, text)
  try {
    return format === 'JSON' ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    throw new Error(
      `${source}: not valid ${format} (${(error as Error).message.split('\n')[0]})`,
      { cause: error },
    )
  }
}

/**
 * Checks that a parsed document is an OpenAPI 3 spec this pipeline can read: every `$ref`
 * resolves, no `$ref` only points at another `$ref` in a loop, and the parts the model relies
 * on have the right shape. Throws a SpecError naming the first problem's JSON pointer.
 */
export function checkSpec(document: unknown): OpenApiDocument {
  if (!isObject(document))
    throw new SpecError('', 'the spec must be a JSON object')
  if (
    typeof document.openapi !== 'string' ||
    !/^3\.\d+\.\d+/.test(document.openapi)
  ) {
    throw new SpecError(
      pointerOf('openapi'),
      document.swagger === undefined
        ? `expected an OpenAPI 3.x version string, got ${JSON.stringify(document.openapi ?? null)}`
        : `this is a Swagger ${String(document.swagger)} document; only OpenAPI 3.x is supported`,
    )
  }
  if (!isObject(document.paths))
    throw new SpecError(pointerOf('paths'), 'expected an object of paths')
  if (Object.keys(document.paths).length === 0) {
    throw new SpecError(
      pointerOf('paths'),
      'the spec has no paths, so there is nothing to generate',
    )
  }
  checkRefs(document, document, [])
  forEachSchema(document, checkSchema)
  checkOperationIds(document.paths)
  return document as OpenApiDocument
}

/** openapi-typescript keys its `operations` type by operationId, so two alike would clash. */
function checkOperationIds(paths: JsonObject): void {
  const seen = new Map<string, string>()
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue
    for (const method of httpMethods) {
      const operation = item[method]
      if (!isObject(operation) || operation.operationId === undefined) continue
      const pointer = pointerOf('paths', path, method, 'operationId')
      const id = operation.operationId
      if (typeof id !== 'string')
        throw new SpecError(pointer, 'expected a string')
      const first = seen.get(id)
      if (first !== undefined)
        throw new SpecError(
          pointer,
          `"${id}" is also the operationId of #${first}`,
        )
      seen.set(id, pointer)
    }
  }
}

const schemaTypes = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'array',
  'object',
  'null',
])
const schemaBranches = ['allOf', 'oneOf', 'anyOf'] as const
const httpMethods = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
]

/**
 * The object at `at`, or undefined where the spec leaves it out; anything else there is refused,
 * so that no later stage meets a string where the OpenAPI structure has an object.
 */
function objectAt(
  value: unknown,
  ...at: Array<string | number>
): JsonObject | undefined {
  if (value === undefined || isObject(value)) return value
  throw new SpecError(
    pointerOf(...at),
    `expected an object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`,
  )
}

/**
 * Calls `visit` on every schema the spec holds inline, with the path to it as segments, made a
 * pointer by `visit` only for a problem (as in checkRefs); refuses a path item, operation, body,
 * response, parameter or schema on the way that is not an object.
 */
function forEachSchema(
  document: JsonObject,
  visit: (schema: JsonObject, at: Array<string | number>) => void,
): void {
  const at: Array<string | number> = []
  const walk = (value: unknown, ...segments: Array<string | number>): void => {
    if (value === undefined) return
    // The pointer is built only for a problem: a spec has tens of thousands of schemas.
    const node = isObject(value) ? value : objectAt(value, ...at, ...segments)!
    if (typeof node.$ref === 'string') return
    at.push(...segments)
    visit(node, at)
    if (isObject(node.properties)) {
      for (const name in node.properties)
        walk(node.properties[name], 'properties', name)
    }
    walk(node.items, 'items')
    walk(node.not, 'not')
    if (typeof node.additionalProperties !== 'boolean')
      walk(node.additionalProperties, 'additionalProperties')
    for (const key of schemaBranches) {
      const branches = node[key]
      if (Array.isArray(branches))
        branches.forEach((branch, i) => walk(branch, key, i))
    }
    at.length -= segments.length
  }
  const walkContent = (
    value: unknown,
    ...segments: Array<string | number>
  ): void => {
    const content = objectAt(value, ...segments)
    for (const [mediaType, media] of Object.entries(content ?? {}))
      walk(
        objectAt(media, ...segments, mediaType)?.schema,
        ...segments,
        mediaType,
        'schema',
      )
  }
  const schemas = isObject(document.components)
    ? document.components.schemas
    : undefined
  if (isObject(schemas)) {
    for (const [name, schema] of Object.entries(schemas))
      walk(schema, 'components', 'schemas', name)
  }
  for (const [path, value] of Object.entries(document.paths as JsonObject)) {
    const item = objectAt(value, 'paths', path)
    for (const method of httpMethods) {
      const here = ['paths', path, method]
      const operation = objectAt(item?.[method], ...here)
      if (operation === undefined) continue
      const body = objectAt(operation.requestBody, ...here, 'requestBody')
      walkContent(body?.content, ...here, 'requestBody', 'content')
      const responses = objectAt(operation.responses, ...here, 'responses')
      for (const [status, response] of Object.entries(responses ?? {}))
        walkContent(
          objectAt(response, ...here, 'responses', status)?.content,
          ...here,
          'responses',
          status,
          'content',
        )
      if (operation.parameters === undefined) continue
      if (!Array.isArray(operation.parameters))
        throw new SpecError(
          pointerOf(...here, 'parameters'),
          'expected an array',
        )
      operation.parameters.forEach((parameter, i) =>
        walk(
          objectAt(parameter, ...here, 'parameters', i)?.schema,
          ...here,
          'parameters',
          i,
          'schema',
        ),
      )
    }
  }
}

/** The few schema facts the generated types and samples rely on. */
function checkSchema(schema: JsonObject, at: Array<string | number>): void {
  const types = Array.isArray(schema.type)
    ? (schema.type as unknown[])
    : schema.type === undefined
      ? []
      : [schema.type]
  for (const type of types) {
    if (typeof type !== 'string' || !schemaTypes.has(type)) {
      throw new SpecError(
        pointerOf(...at, 'type'),
        `unknown schema type ${JSON.stringify(type)}; expected one of ${[...schemaTypes].join(', ')}`,
      )
    }
  }
  if (schema.properties !== undefined && !isObject(schema.properties)) {
    throw new SpecError(
      pointerOf(...at, 'properties'),
      'expected an object of property schemas',
    )
  }
  if (
    schema.required !== undefined &&
    !(
      Array.isArray(schema.required) &&
      schema.required.every((r) => typeof r === 'string')
    )
  ) {
    throw new SpecError(
      pointerOf(...at, 'required'),
      'expected an array of property names',
    )
  }
  if (schema.enum !== undefined && !Array.isArray(schema.enum)) {
    throw new SpecError(pointerOf(...at, 'enum'), 'expected an array of values')
  }
}

/**
 * Checks every `$ref` under a node. `at` is the path to the node, kept as segments and made a
 * pointer only for a `$ref`: building a pointer string for each of the spec's nodes took most
 * of the check's time.
 */
function checkRefs(
  document: JsonObject,
  node: unknown,
  at: Array<string | number>,
): void {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      const item: unknown = node[index]
      if (typeof item !== 'object' || item === null) continue
      at.push(index)
      checkRefs(document, item, at)
      at.pop()
    }
    return
  }
  if (!isObject(node)) return
  if (typeof node.$ref === 'string')
    checkRef(document, node.$ref, pointerOf(...at, '$ref'))
  for (const key in node) {
    const value = node[key]
    if (typeof value !== 'object' || value === null) continue
    at.push(key)
    checkRefs(document, value, at)
    at.pop()
  }
}

function checkRef(document: JsonObject, ref: string, pointer: string): void {
  const seen = new Set<string>()
  let current = ref
  for (;;) {
    if (!current.startsWith('#/')) {
      throw new SpecError(
        pointer,
        `only local $refs (#/...) are supported, got "${current}"`,
      )
    }
    if (seen.has(current)) {
      throw new SpecError(
        pointer,
        `$ref cycle: ${[...seen, current].join(' -> ')} never reaches a schema`,
      )
    }
    seen.add(current)
    const target = resolvePointer(document, current)
    if (target === undefined)
      throw new SpecError(pointer, `$ref "${current}" points at nothing`)
    if (!isObject(target) || typeof target.$ref !== 'string') return
    current = target.$ref
  }
}
