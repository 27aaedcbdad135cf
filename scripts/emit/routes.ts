// One file because a route module's functions, types and class come from one walk over a namespace.
import { hashOf } from '../cache.js'
import {
  arrayLiteral,
  arrowFunctionConst,
  call,
  childGetter,
  importNamed,
  intersection,
  jsDoc,
  methodReturning,
  nullishOr,
  objectLiteral,
  property,
  quoted,
  stringProperty,
  typeAlias,
  typeReference,
} from './code-layout.js'
import type { EmitContext } from './context.js'
import type { EmittedFiles } from '../output.js'
import type { Doc } from './doc-printer.js'
import { isObject, type JsonObject } from '../spec/load.js'
import {
  allNamespaces,
  camelCase,
  pascalCase,
  type ApiModel,
  type Namespace,
  type Operation,
} from '../spec/model.js'

/** The runtime module as a routes module imports it, from where the output folder's top imports it. */
const runtimeModuleOf = (runtimeImport: string): string =>
  runtimeImport.startsWith('.')
    ? `../${runtimeImport.replace(/^\.\//, '')}`
    : runtimeImport

export const routeFile = (namespace: string[]): string =>
  `routes/${namespace.join('-').replaceAll('_', '-')}.ts`
export const routeClassName = (
  namespace: string[],
  prefix = 'SeamHttp',
): string => prefix + namespace.map(pascalCase).join('')
/** The standalone function for one operation, e.g. `acsUsersCreate`. */
export const operationFunctionName = (operation: Operation): string =>
  camelCase([...operation.namespace, operation.name].join('_'))
/** The prefix of an operation's type names, e.g. `AcsUsersCreate` for `AcsUsersCreateParameters`. */
export const typeBaseName = (operation: Operation): string =>
  pascalCase([...operation.namespace, operation.name].join('_'))
/** Whether a caller may leave the parameters out. */
export const parametersOptional = (operation: Operation): boolean =>
  !requiresParameters(operation.requestSchema, operation)

const banner =
  '// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.\n'

/** Text safe inside a JSDoc block: `*\/` would end the comment early. */
export const jsDocText = (text: string): string =>
  text.replaceAll('*/', '*\\/').trim()

function operationDocs(operation: Operation): string {
  const parts = [operation.title, operation.description]
    .filter((p): p is string => p !== undefined)
    .map(jsDocText)
  if (operation.undocumented)
    parts.push(
      'Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.',
    )
  if (operation.deprecated !== false) {
    parts.push(
      typeof operation.deprecated === 'string'
        ? `@deprecated ${jsDocText(operation.deprecated)}`
        : '@deprecated',
    )
  }
  return parts.join('\n\n')
}

/** Whether a caller must pass at least one parameter (so the argument cannot be left out). */
function requiresParameters(
  schema: JsonObject | undefined,
  operation: Operation,
): boolean {
  if (operation.queryParameters.some((p) => p.required)) return true
  const requires = (node: unknown): boolean => {
    if (!isObject(node)) return false
    if (Array.isArray(node.required) && node.required.length > 0) return true
    const branches = (key: string): unknown[] =>
      Array.isArray(node[key]) ? (node[key] as unknown[]) : []
    if (branches('allOf').some(requires)) return true
    const alternatives = [...branches('oneOf'), ...branches('anyOf')]
    return alternatives.length > 0 && alternatives.every(requires)
  }
  return requires(schema)
}

/** The request parameters type: the JSON body's and the query string's, as one object. */
function parametersType(operation: Operation): Doc {
  const post = `paths['${operation.path}']['post']`
  const parts: Doc[] = []
  if (operation.requestSchema !== undefined) {
    parts.push([
      typeReference('NonNullable', `${post}['requestBody']`),
      "['content']['application/json']",
    ])
  }
  if (operation.queryParameters.length > 0)
    parts.push(`${post}['parameters']['query']`)
  const [first, ...rest] = parts
  return first === undefined
    ? typeReference('Record', 'string', 'never')
    : intersection([first, ...rest])
}

function responseType(operation: Operation): string {
  if (operation.responseKey === undefined) return 'void'
  return `paths['${operation.path}']['post']['responses'][200]['content']['application/json']['${operation.responseKey}']`
}

/** The runtime's description of an operation: only what it needs to send and read the call. */
function operationSpec(operation: Operation): Doc {
  const strings = (values: string[]): Doc => arrayLiteral(values.map(quoted))
  const fields = [stringProperty('path', operation.path)]
  if (operation.responseKey !== undefined)
    fields.push(stringProperty('responseKey', operation.responseKey))
  if (operation.queryParameters.length > 0) {
    fields.push(
      property(
        'queryParameters',
        strings(operation.queryParameters.map((p) => p.name)),
      ),
    )
  }
  // A path the spec also publishes as GET is safe to send twice, so the runtime may retry it
  // after a failure that could have reached the server (see src/retry-policy.ts).
  if (operation.httpMethods.includes('get'))
    fields.push(property('read', 'true'))
  if (operation.returnsActionAttempt)
    fields.push(property('actionAttempt', 'waitForActionAttempt'))
  if (operation.undocumented || operation.draft)
    fields.push(property('undocumented', 'true'))
  // A non-empty `required` implies requiresParameters; leaving it out keeps every bundle smaller.
  const required = requiredParameterNames(operation)
  if (required.length > 0) fields.push(property('required', strings(required)))
  else if (requiresParameters(operation.requestSchema, operation))
    fields.push(property('requiresParameters', 'true'))
  if (operation.paginated) fields.push(property('paginated', 'true'))
  return objectLiteral(fields)
}

/** The parameters the runtime checks are there before sending: the body's top-level `required`, and required query parameters. */
function requiredParameterNames(operation: Operation): string[] {
  const body = Array.isArray(operation.requestSchema?.required)
    ? (operation.requestSchema.required as unknown[])
    : []
  const query = operation.queryParameters
    .filter((p) => p.required)
    .map((p) => p.name)
  return [
    ...new Set([
      ...body.filter((name): name is string => typeof name === 'string'),
      ...query,
    ]),
  ].sort()
}

/**
 * The call of `request` on `client` that an operation's function or method returns. Each writes
 * the operation's spec itself, so that a bundle holds it beside its one use: a module-level
 * constant read by both costs a bundle more than the copy costs the source. With no required
 * parameter `{}` stands in for left-out parameters; the assertion is there because TypeScript
 * rejects `{}` for a type with a property named like a member of Object (`constructor`).
 */
function requestCall(operation: Operation, client: string): Doc {
  const parameters = parametersOptional(operation)
    ? nullishOr('parameters', `({} as ${typeBaseName(operation)}Parameters)`)
    : 'parameters'
  return call(`${client}.request`, [
    operationSpec(operation),
    parameters,
    'options',
  ])
}

/** The signature's parameters, after the client a standalone function takes first. */
function callParameters(operation: Operation): string[] {
  const base = typeBaseName(operation)
  const optional = parametersOptional(operation) ? '?' : ''
  return [
    `parameters${optional}: ${base}Parameters`,
    `options?: ${base}Options`,
  ]
}

/** An operation's types and its standalone function. */
function operationStatements(operation: Operation): string {
  const base = typeBaseName(operation)
  // Per-call options; only an operation that returns an action attempt can wait for it.
  const options = operation.returnsActionAttempt
    ? 'RequestOptions'
    : typeReference('Omit', 'RequestOptions', "'waitForActionAttempt'")
  const types = [
    typeAlias(`${base}Parameters`, parametersType(operation)),
    typeAlias(`${base}Response`, responseType(operation)),
    typeAlias(`${base}Options`, options),
    typeAlias(
      `${base}Request`,
      typeReference('SeamHttpRequest', `${base}Parameters`, `${base}Response`),
    ),
  ]
  const docs = docsOf(operation).map((text) => jsDoc(text))
  const standalone = arrowFunctionConst(
    operationFunctionName(operation),
    ['client: SeamClient', ...callParameters(operation)],
    `${base}Request`,
    requestCall(operation, 'client'),
  )
  return `\n${types.join('')}\n${docs.join('')}${standalone}`
}

/** An operation's JSDoc (title, description, undocumented note, `@deprecated`), or none. */
export const docsOf = (operation: Operation): string[] =>
  [operationDocs(operation)].filter((d) => d !== '')

/**
 * A namespace's class: a getter per child namespace and a method per operation, each returning
 * what `call` makes of the operation. It extends the base class of the client it belongs to
 * (`SeamHttpBase` for `SeamHttp`), so that, as in @seamapi/http, it can also be made on its own.
 */
function namespaceClass(
  namespace: Namespace,
  prefix: string,
  call: (operation: Operation) => Doc,
): string {
  const members = [
    ...namespace.children.map((child) =>
      childGetter(
        camelCase(child.path.at(-1) ?? ''),
        routeClassName(child.path, prefix),
      ),
    ),
    ...namespace.operations.map(
      (operation) =>
        docsOf(operation)
          .map((text) => jsDoc(text, 2))
          .join('') +
        methodReturning(
          camelCase(operation.name),
          callParameters(operation),
          `${typeBaseName(operation)}Request`,
          call(operation),
        ),
    ),
  ]
  const docs = jsDoc(
    `The \`${namespace.path.map(camelCase).join('.')}\` namespace of the Seam API.`,
  )
  const head = `${docs}export class ${routeClassName(namespace.path, prefix)} extends ${prefix}Base {`
  return members.length === 0
    ? `${head}}\n`
    : `${head}\n${members.join('\n')}}\n`
}

const siblingModule = (namespace: string[]): string =>
  `./${routeFile(namespace).slice('routes/'.length).replace(/\.ts$/, '.js')}`

/**
 * One module per namespace: the request/response types of each operation, a standalone
 * function per operation (so a bundler keeps only what an app calls), and the class that
 * `seam.<namespace>` returns, whose methods send the same OperationSpec themselves (so an app
 * that uses the classes bundles no functions besides). A second, smaller tree of classes serves
 * clients without a workspace, holding only the operations callable that way.
 */
export async function emitRoutes(
  model: ApiModel,
  { cache, runtimeImport, formatter }: EmitContext,
): Promise<EmittedFiles> {
  const runtimeModule = runtimeModuleOf(runtimeImport)
  const files: EmittedFiles = new Map()
  const keys = namespaceKeys(model.root)
  for (const namespace of allNamespaces(model.root)) {
    const module = await cache.memoOutput(
      cache.key('route-module', keys.get(namespace)!, runtimeModule),
      () => routeModule(namespace, runtimeModule),
    )
    formatter.markFormatted(module, 'typescript')
    files.set(routeFile(namespace.path), module)
  }
  return files
}

/**
 * A hash per namespace of everything its module is made from: its operations and, through their
 * own hashes, its child namespaces. A changed operation so re-emits its namespace's module and
 * those of the namespaces above it (which come out the same unless they changed), nothing else.
 */
function namespaceKeys(
  namespace: Namespace,
  keys = new Map<Namespace, string>(),
): Map<Namespace, string> {
  for (const child of namespace.children) namespaceKeys(child, keys)
  keys.set(
    namespace,
    hashOf(
      JSON.stringify([namespace.path, namespace.operations]),
      ...namespace.children.map((child) => keys.get(child)!),
    ),
  )
  return keys
}

/**
 * What a routes module takes from the runtime: the base class, the types its functions name, and
 * the polling only where an operation returns an action attempt (so that other calls' bundles
 * leave it out).
 */
function runtimeNames(namespace: Namespace): string[] {
  const { operations } = namespace
  if (operations.length === 0) return ['SeamHttpBase']
  return [
    'type RequestOptions',
    'type SeamClient',
    'SeamHttpBase',
    'type SeamHttpRequest',
    ...(operations.some((operation) => operation.returnsActionAttempt)
      ? ['waitForActionAttempt']
      : []),
  ]
}

function routeModule(namespace: Namespace, runtimeModule: string): string {
  const imports = [
    ...(namespace.operations.length > 0
      ? [importNamed(['paths'], '../types.js', true)]
      : []),
    importNamed(runtimeNames(namespace), runtimeModule),
    ...namespace.children.map((child) =>
      importNamed([routeClassName(child.path)], siblingModule(child.path)),
    ),
  ]
  const operations = namespace.operations.map(operationStatements)
  const namespaceCall = (operation: Operation): Doc =>
    requestCall(operation, 'this.client')
  return [
    banner + imports.join('') + operations.join(''),
    namespaceClass(namespace, 'SeamHttp', namespaceCall),
  ].join('\n')
}

/** The namespaces that hold operations callable without a workspace, with just those operations. */
export function workspacelessTree(namespace: Namespace): Namespace | undefined {
  const children = namespace.children
    .map(workspacelessTree)
    .filter((n): n is Namespace => n !== undefined)
  const operations = namespace.operations.filter((o) => o.workspaceless)
  if (children.length === 0 && operations.length === 0) return undefined
  return { path: namespace.path, operations, children }
}

/** The classes of the workspace-less client, in one module: they are few. Their methods call the standalone functions. */
export function emitWorkspacelessRoutes(
  model: ApiModel,
  {
    runtimeImport,
    formatter,
  }: Pick<EmitContext, 'runtimeImport' | 'formatter'>,
): Map<string, string> {
  const runtimeModule = runtimeModuleOf(runtimeImport)
  const tree = workspacelessTree(model.root)
  const namespaces = tree ? allNamespaces(tree) : []
  const imports = new Map<string, string[]>()
  for (const namespace of namespaces) {
    const names = namespace.operations.flatMap((operation) => {
      const base = typeBaseName(operation)
      return [
        operationFunctionName(operation),
        `type ${base}Parameters`,
        `type ${base}Options`,
        `type ${base}Request`,
      ]
    })
    if (names.length > 0) imports.set(siblingModule(namespace.path), names)
  }
  const functionCall = (operation: Operation): Doc =>
    call(operationFunctionName(operation), [
      'this.client',
      'parameters',
      'options',
    ])
  const text = [
    banner +
      importNamed(['SeamHttpWithoutWorkspaceBase'], runtimeModule) +
      [...imports]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([module, names]) => importNamed(names, module))
        .join(''),
    ...namespaces.map((namespace) =>
      namespaceClass(namespace, 'SeamHttpWithoutWorkspace', functionCall),
    ),
  ].join('\n')
  formatter.markFormatted(text, 'typescript')
  return new Map([['routes/without-workspace.ts', text]])
}
