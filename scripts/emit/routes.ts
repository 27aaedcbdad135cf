// One file because a route module's functions, types and class come from one walk over a namespace.
import { createRequire } from 'node:module'

import type {
  ClassDeclarationStructure,
  ImportDeclarationStructure,
  Project,
  StatementStructures,
  WriterFunction,
} from 'ts-morph'

import { hashOf } from '../cache.js'
import type { EmitContext } from './context.js'
import { isObject, type JsonObject } from '../spec/load.js'
import {
  allNamespaces,
  camelCase,
  pascalCase,
  type ApiModel,
  type Namespace,
  type Operation,
} from '../spec/model.js'

// Through require: as an ES module, ts-morph's bundle goes through Node's CommonJS export scanner first.
const {
  Project: TsMorphProject,
  Scope,
  StructureKind,
  VariableDeclarationKind,
} = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph')

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
function parametersType(operation: Operation): string {
  const post = `paths['${operation.path}']['post']`
  const parts: string[] = []
  if (operation.requestSchema !== undefined) {
    parts.push(
      `NonNullable<${post}['requestBody']>['content']['application/json']`,
    )
  }
  if (operation.queryParameters.length > 0)
    parts.push(`${post}['parameters']['query']`)
  return parts.length === 0 ? 'Record<string, never>' : parts.join(' & ')
}

function responseType(operation: Operation): string {
  if (operation.responseKey === undefined) return 'void'
  return `paths['${operation.path}']['post']['responses'][200]['content']['application/json']['${operation.responseKey}']`
}

/** The runtime's description of an operation: only what it needs to send and read the call. */
function operationSpec(operation: Operation): string {
  const fields = [`path: ${JSON.stringify(operation.path)}`]
  if (operation.responseKey !== undefined)
    fields.push(`responseKey: ${JSON.stringify(operation.responseKey)}`)
  if (operation.queryParameters.length > 0) {
    fields.push(
      `queryParameters: ${JSON.stringify(operation.queryParameters.map((p) => p.name))}`,
    )
  }
  // A path the spec also publishes as GET is safe to send twice, so the runtime may retry it
  // after a failure that could have reached the server (see src/retry-policy.ts).
  if (operation.httpMethods.includes('get')) fields.push('read: true')
  if (operation.returnsActionAttempt)
    fields.push('actionAttempt: waitForActionAttempt')
  if (operation.undocumented || operation.draft)
    fields.push('undocumented: true')
  // A non-empty `required` implies requiresParameters; leaving it out keeps every bundle smaller.
  const required = requiredParameterNames(operation)
  if (required.length > 0) fields.push(`required: ${JSON.stringify(required)}`)
  else if (requiresParameters(operation.requestSchema, operation))
    fields.push('requiresParameters: true')
  if (operation.paginated) fields.push('paginated: true')
  return `{ ${fields.join(', ')} }`
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

/** Separates the statements of one operation from the previous one's. */
const blankLine: WriterFunction = (writer) => writer.blankLineIfLastNot()

// With no required parameter `{}` is a valid argument; the assertion is there because TypeScript
// rejects `{}` for a type with a property named like a member of Object (`constructor`).
function operationStatements(
  operation: Operation,
): Array<StatementStructures | WriterFunction> {
  const base = typeBaseName(operation)
  const optional = parametersOptional(operation)
  return [
    blankLine,
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${base}Parameters`,
      type: parametersType(operation),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${base}Response`,
      type: responseType(operation),
    },
    // Per-call options; only an operation that returns an action attempt can wait for it.
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${base}Options`,
      type: operation.returnsActionAttempt
        ? 'RequestOptions'
        : "Omit<RequestOptions, 'waitForActionAttempt'>",
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${base}Request`,
      type: `SeamHttpRequest<${base}Parameters, ${base}Response>`,
    },
    blankLine,
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: docsOf(operation),
      declarations: [
        {
          name: operationFunctionName(operation),
          initializer: `(client: SeamClient, parameters${optional ? '?' : ''}: ${base}Parameters, options?: ${base}Options): ${base}Request =>
          client.request<${base}Parameters, ${base}Response>(${operationSpec(operation)}, parameters${optional ? ` ?? ({} as ${base}Parameters)` : ''}, options)`,
        },
      ],
    },
  ]
}

/** An operation's JSDoc (title, description, undocumented note, `@deprecated`), or none. */
export const docsOf = (operation: Operation): string[] =>
  [operationDocs(operation)].filter((d) => d !== '')

function namespaceClass(
  namespace: Namespace,
  prefix: string,
): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: routeClassName(namespace.path, prefix),
    docs: [
      `The \`${namespace.path.map(camelCase).join('.')}\` namespace of the Seam API.`,
    ],
    ctors: [
      {
        parameters: [
          {
            name: 'client',
            type: 'SeamClient',
            scope: Scope.Private,
            isReadonly: true,
          },
        ],
      },
    ],
    getAccessors: namespace.children.map((child) => ({
      name: camelCase(child.path.at(-1) ?? ''),
      returnType: routeClassName(child.path, prefix),
      statements: `return new ${routeClassName(child.path, prefix)}(this.client)`,
    })),
    methods: namespace.operations.map((operation) => {
      const base = typeBaseName(operation)
      return {
        name: camelCase(operation.name),
        docs: docsOf(operation),
        parameters: [
          {
            name: 'parameters',
            type: `${base}Parameters`,
            hasQuestionToken: parametersOptional(operation),
          },
          { name: 'options', type: `${base}Options`, hasQuestionToken: true },
        ],
        returnType: `${base}Request`,
        statements: `return ${operationFunctionName(operation)}(this.client, parameters, options)`,
      }
    }),
  }
}

const importOf = (
  moduleSpecifier: string,
  namedImports: string[],
  isTypeOnly = false,
): ImportDeclarationStructure => ({
  kind: StructureKind.ImportDeclaration,
  isTypeOnly,
  moduleSpecifier,
  namedImports,
})

const siblingModule = (namespace: string[]): string =>
  `./${routeFile(namespace).slice('routes/'.length).replace(/\.ts$/, '.js')}`

/**
 * One module per namespace: the request/response types of each operation, a standalone
 * function per operation (so a bundler keeps only what an app calls), and the class that
 * `seam.<namespace>` returns. A second, smaller tree of classes serves clients without a
 * workspace, holding only the operations callable that way.
 */
export async function emitRoutes(
  model: ApiModel,
  { cache, runtimeImport }: EmitContext,
): Promise<Map<string, string>> {
  const runtimeModule = runtimeModuleOf(runtimeImport)
  let project: Project | undefined
  const files = new Map<string, string>()
  const keys = namespaceKeys(model.root)
  for (const namespace of allNamespaces(model.root)) {
    const path = routeFile(namespace.path)
    const module = await cache.memo(
      cache.key('route-module', keys.get(namespace)!, runtimeModule),
      () =>
        routeModule(
          (project ??= new TsMorphProject({ useInMemoryFileSystem: true })),
          namespace,
          runtimeModule,
        ),
    )
    files.set(path, module)
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
 * What a routes module takes from the runtime: the types its functions name, and the polling
 * only where an operation returns an action attempt (so that other calls' bundles leave it out).
 */
function runtimeImportOf(
  namespace: Namespace,
  runtimeModule: string,
): ImportDeclarationStructure {
  const types =
    namespace.operations.length > 0
      ? ['RequestOptions', 'SeamClient', 'SeamHttpRequest']
      : ['SeamClient']
  if (!namespace.operations.some((operation) => operation.returnsActionAttempt))
    return importOf(runtimeModule, types, true)
  return {
    ...importOf(runtimeModule, []),
    namedImports: [
      ...types.map((name) => ({ name, isTypeOnly: true })),
      { name: 'waitForActionAttempt' },
    ],
  }
}

function routeModule(
  project: Project,
  namespace: Namespace,
  runtimeModule: string,
): string {
  const path = routeFile(namespace.path)
  const hasOperations = namespace.operations.length > 0
  const statements: Array<StatementStructures | WriterFunction> = [
    ...(hasOperations ? [importOf('../types.js', ['paths'], true)] : []),
    runtimeImportOf(namespace, runtimeModule),
    ...namespace.children.map((child) =>
      importOf(siblingModule(child.path), [routeClassName(child.path)]),
    ),
    ...namespace.operations.flatMap(operationStatements),
    namespaceClass(namespace, 'SeamHttp'),
  ]
  return banner + project.createSourceFile(path, { statements }).getFullText()
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

/** The classes of the workspace-less client, in one module: they are few. */
export function emitWorkspacelessRoutes(
  model: ApiModel,
  { runtimeImport }: Pick<EmitContext, 'runtimeImport'>,
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
  const statements: StatementStructures[] = [
    importOf(runtimeModule, ['SeamClient'], true),
    ...[...imports]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([module, names]) => importOf(module, names)),
    ...namespaces.map((namespace) =>
      namespaceClass(namespace, 'SeamHttpWithoutWorkspace'),
    ),
  ]
  const path = 'routes/without-workspace.ts'
  const file = new TsMorphProject({
    useInMemoryFileSystem: true,
  }).createSourceFile(path, { statements })
  return new Map([[path, banner + file.getFullText()]])
}
