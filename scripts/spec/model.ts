// One file because the model and the rules it enforces (names, namespaces, clashes) are read together.
import {
  isObject,
  pointerOf,
  resolvePointer,
  SpecError,
  type JsonObject,
  type OpenApiDocument,
} from './load.js'
import { workspacelessSpecSchemes } from '../../src/auth-schemes.js'

/** A parameter sent in the query string rather than the JSON body. */
export interface QueryParameter {
  name: string
  required: boolean
  schema: JsonObject
}

/** One path of the spec, called through its POST form. */
export interface Operation {
  /** The spec's path, e.g. `/acs/users/create`. */
  path: string
  /** JSON pointer of the POST operation, e.g. `/paths/~1acs~1users~1create/post`. */
  pointer: string
  /** Namespace segments in snake_case, e.g. `['acs', 'users']`. */
  namespace: string[]
  /** Method name in snake_case, e.g. `create`. */
  name: string
  /** `x-title`, else the summary when it is not just the path. */
  title: string | undefined
  description: string | undefined
  /** The deprecation message (`x-deprecated`), `true` when deprecated without one, else false. */
  deprecated: string | boolean
  undocumented: boolean
  draft: boolean
  /** HTTP methods the spec publishes the path with, POST first. */
  httpMethods: string[]
  /** Security scheme names accepted, in the spec's order. */
  security: string[]
  /** Callable without a workspace (a personal access token or console session alone). */
  workspaceless: boolean
  /** The JSON body schema (never a `$ref`), or undefined when there is no body. */
  requestSchema: JsonObject | undefined
  requestBodyRequired: boolean
  queryParameters: QueryParameter[]
  /** The 200 response's JSON schema (never a `$ref`). */
  responseSchema: JsonObject | undefined
  /** The response property the SDK returns, per `x-response-key`. */
  responseKey: string | undefined
  /** The response key names an action attempt the runtime can wait on. */
  returnsActionAttempt: boolean
  /** The response carries `pagination`, so the operation can be paginated. */
  paginated: boolean
}

export interface Namespace {
  /** Segments in snake_case; the root namespace has none. */
  path: string[]
  operations: Operation[]
  children: Namespace[]
}

export interface ApiModel {
  document: OpenApiDocument
  operations: Operation[]
  /** The root namespace; its children are `seam.acs`, `seam.devices`, ... */
  root: Namespace
}

const workspacelessSchemes = new Set(workspacelessSpecSchemes())

/** Turns a path segment or fern name into a snake_case identifier; `[provider]` reads `by_provider`. */
export function snakeIdentifier(segment: string): string {
  const bracketed = /^\[(.+)\]$/.exec(segment)
  const base = bracketed ? `by_${bracketed[1]}` : segment
  const snake = base
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return /^[0-9]/.test(snake) ? `_${snake}` : snake
}

/** `unlock_door` -> `unlockDoor`; a leading underscore (before a digit) stays, to keep it an identifier. */
export const camelCase = (snake: string): string =>
  snake.replace(/(?<=[a-z0-9])_+([a-z0-9])/g, (_, c: string) => c.toUpperCase())

/** How an SDK user reaches a namespace: `seam.acs.users`. */
export const sdkNamespaceOf = (namespacePath: readonly string[]): string =>
  ['seam', ...namespacePath].map(camelCase).join('.')

/** The SDK method of an operation: `seam.locks.unlockDoor`. */
export const sdkMethodOf = (operation: Operation): string =>
  `${sdkNamespaceOf(operation.namespace)}.${camelCase(operation.name)}`

export const pascalCase = (snake: string): string => {
  const camel = camelCase(snake)
  return camel.charAt(0).toUpperCase() + camel.slice(1)
}

/** Follows `$ref`s until a schema object; load.checkSpec has ruled out dangling refs and loops. */
export function deref(
  document: OpenApiDocument,
  node: unknown,
): JsonObject | undefined {
  let current = node
  while (isObject(current) && typeof current.$ref === 'string') {
    current = resolvePointer(document, current.$ref)
  }
  return isObject(current) ? current : undefined
}

// Names that would shadow what every namespace class already has.
const reservedMemberNames = new Set([
  'constructor',
  'client',
  'prototype',
  '__proto__',
  'then',
])

/** Builds the namespaces and operations from a checked spec. */
export function buildModel(document: OpenApiDocument): ApiModel {
  const operations = Object.entries(document.paths)
    .map(([path, item]) => buildOperation(document, path, item))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { document, operations, root: buildNamespaces(operations) }
}

function buildOperation(
  document: OpenApiDocument,
  path: string,
  item: unknown,
): Operation {
  const itemPointer = pointerOf('paths', path)
  if (!path.startsWith('/'))
    throw new SpecError(itemPointer, 'a path must start with "/"')
  if (!isObject(item))
    throw new SpecError(itemPointer, 'expected a path item object')
  const pointer = `${itemPointer}/post`
  const post = item.post
  if (!isObject(post)) {
    throw new SpecError(
      itemPointer,
      'has no POST operation; the SDK calls every path through its POST form',
    )
  }

  const segments = path.split('/').filter((s) => s !== '')
  const fernGroup = post['x-fern-sdk-group-name']
  const fernMethod = post['x-fern-sdk-method-name']
  const namespaceSource =
    Array.isArray(fernGroup) && fernGroup.every((s) => typeof s === 'string')
      ? (fernGroup as string[])
      : segments.slice(0, -1)
  const nameSource =
    typeof fernMethod === 'string' ? fernMethod : segments.at(-1)
  if (nameSource == null)
    throw new SpecError(
      itemPointer,
      'the path has no segment to name a method after',
    )
  const namespace = namespaceSource.map(snakeIdentifier)
  const name = snakeIdentifier(nameSource)
  for (const [i, segment] of [...namespace, name].entries()) {
    if (segment === '') {
      throw new SpecError(
        itemPointer,
        `segment "${[...namespaceSource, nameSource][i]}" has no characters usable in an identifier`,
      )
    }
  }
  if (reservedMemberNames.has(camelCase(name))) {
    throw new SpecError(
      itemPointer,
      `method name "${camelCase(name)}" is reserved in the generated classes`,
    )
  }

  const title =
    stringOrUndefined(post['x-title']) ?? summaryTitle(post.summary, path)
  const xDeprecated = post['x-deprecated']
  const deprecated =
    typeof xDeprecated === 'string' && xDeprecated.trim() !== ''
      ? xDeprecated.trim()
      : post.deprecated === true ||
        xDeprecated === true ||
        typeof xDeprecated === 'string'

  const security = Array.isArray(post.security)
    ? post.security.flatMap((requirement) =>
        isObject(requirement) ? Object.keys(requirement) : [],
      )
    : []

  const { requestSchema, requestBodyRequired } = readRequestBody(
    document,
    post,
    pointer,
  )
  const queryParameters = readQueryParameters(document, post, pointer)
  const responseSchema = readResponseSchema(document, post)

  const rawKey = post['x-response-key']
  const responseKey =
    typeof rawKey === 'string' && rawKey !== '' ? rawKey : undefined
  const responseProperties = isObject(responseSchema?.properties)
    ? responseSchema.properties
    : {}
  if (
    responseKey !== undefined &&
    !Object.hasOwn(responseProperties, responseKey)
  ) {
    throw new SpecError(
      `${pointer}/x-response-key`,
      `names "${responseKey}", which is not a property of the 200 response`,
    )
  }

  return {
    path,
    pointer,
    namespace,
    name,
    title,
    description: stringOrUndefined(post.description),
    deprecated,
    undocumented:
      post['x-undocumented'] !== undefined && post['x-undocumented'] !== false,
    draft: post['x-draft'] !== undefined && post['x-draft'] !== false,
    httpMethods: [
      'post',
      ...['get', 'put', 'patch', 'delete'].filter((m) => isObject(item[m])),
    ],
    security,
    workspaceless: security.some((s) => workspacelessSchemes.has(s)),
    requestSchema,
    requestBodyRequired,
    queryParameters,
    responseSchema,
    responseKey,
    returnsActionAttempt: responseKey === 'action_attempt',
    paginated: Object.hasOwn(responseProperties, 'pagination'),
  }
}

const stringOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

const summaryTitle = (summary: unknown, path: string): string | undefined =>
  typeof summary === 'string' && summary.trim() !== '' && summary !== path
    ? summary
    : undefined

function readRequestBody(
  document: OpenApiDocument,
  post: JsonObject,
  pointer: string,
): { requestSchema: JsonObject | undefined; requestBodyRequired: boolean } {
  const body = deref(document, post.requestBody)
  if (body === undefined)
    return { requestSchema: undefined, requestBodyRequired: false }
  const json = isObject(body.content)
    ? body.content['application/json']
    : undefined
  if (!isObject(json)) {
    throw new SpecError(
      `${pointer}/requestBody`,
      'the request body has no application/json content',
    )
  }
  if (json.schema === undefined) {
    throw new SpecError(
      `${pointer}/requestBody/content/application~1json`,
      'the JSON request body has no schema',
    )
  }
  return {
    requestSchema: deref(document, json.schema),
    requestBodyRequired: body.required === true,
  }
}

function readQueryParameters(
  document: OpenApiDocument,
  post: JsonObject,
  pointer: string,
): QueryParameter[] {
  if (post.parameters === undefined) return []
  if (!Array.isArray(post.parameters))
    throw new SpecError(`${pointer}/parameters`, 'expected an array')
  const query: QueryParameter[] = []
  post.parameters.forEach((raw, index) => {
    const at = `${pointer}/parameters/${index}`
    const parameter = deref(document, raw)
    if (parameter === undefined || typeof parameter.name !== 'string') {
      throw new SpecError(at, 'expected a parameter object with a name')
    }
    if (parameter.in !== 'query') {
      throw new SpecError(
        `${at}/in`,
        `parameters in "${String(parameter.in)}" are not supported; only query parameters are`,
      )
    }
    const schema = deref(document, parameter.schema)
    if (schema === undefined)
      throw new SpecError(at, `parameter "${parameter.name}" has no schema`)
    query.push({
      name: parameter.name,
      required: parameter.required === true,
      schema,
    })
  })
  return query
}

function readResponseSchema(
  document: OpenApiDocument,
  post: JsonObject,
): JsonObject | undefined {
  const responses = isObject(post.responses) ? post.responses : {}
  const ok = deref(document, responses['200'])
  const content = isObject(ok?.content)
    ? ok.content['application/json']
    : undefined
  return isObject(content) ? deref(document, content.schema) : undefined
}

function buildNamespaces(operations: Operation[]): Namespace {
  const root: Namespace = { path: [], operations: [], children: [] }
  const byKey = new Map<string, Namespace>([['', root]])
  const namespaceOf = (path: string[]): Namespace => {
    const key = path.join('.')
    const known = byKey.get(key)
    if (known) return known
    const parent = namespaceOf(path.slice(0, -1))
    const created: Namespace = { path, operations: [], children: [] }
    parent.children.push(created)
    byKey.set(key, created)
    return created
  }
  const methodOwners = new Map<string, Operation>()
  for (const operation of operations) {
    const namespace = namespaceOf(operation.namespace)
    const member = [...operation.namespace, camelCase(operation.name)].join('.')
    const clash = methodOwners.get(member)
    if (clash) {
      throw new SpecError(
        operation.pointer,
        `its method name "${member}" is also the name of ${clash.path} (${clash.pointer}) after camel-casing`,
      )
    }
    methodOwners.set(member, operation)
    namespace.operations.push(operation)
  }
  for (const namespace of byKey.values()) {
    namespace.children.sort((a, b) =>
      a.path.join('.') < b.path.join('.') ? -1 : 1,
    )
    for (const child of namespace.children) {
      const getter = camelCase(child.path.at(-1) ?? '')
      const clash = namespace.operations.find(
        (o) => camelCase(o.name) === getter,
      )
      if (clash) {
        throw new SpecError(
          clash.pointer,
          `its method "${getter}" has the name of the namespace ${child.path.join('.')}`,
        )
      }
    }
  }
  if (root.operations.length > 0) {
    throw new SpecError(
      root.operations[0]!.pointer,
      'a top-level path like /foo has no namespace to put its method in',
    )
  }
  return root
}

/** Every namespace below the root, depth first, in stable order. */
export function allNamespaces(root: Namespace): Namespace[] {
  return root.children.flatMap((child) => [child, ...allNamespaces(child)])
}
