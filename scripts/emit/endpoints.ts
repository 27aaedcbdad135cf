import { createRequire } from 'node:module'

import type {
  ClassDeclarationStructure,
  GetAccessorDeclarationStructure,
  ImportDeclarationStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
} from 'ts-morph'

import type { ApiModel, Operation } from '../spec/model.js'
import {
  docsOf,
  operationFunctionName,
  parametersOptional,
  routeFile,
  typeBaseName,
} from './routes.js'

// Through require: as an ES module, ts-morph's bundle goes through Node's CommonJS export scanner first.
const { Project, StructureKind } = createRequire(import.meta.url)(
  'ts-morph',
) as typeof import('ts-morph')

const banner =
  '// Generated from openapi.json by scripts/emit/endpoints.ts (npm run generate). Do not edit.\n'

/** `seam['/devices/list']`: a getter named by the path, returning the call as a function of its own. */
function endpointGetter(operation: Operation): GetAccessorDeclarationStructure {
  const base = typeBaseName(operation)
  const optional = parametersOptional(operation) ? '?' : ''
  return {
    kind: StructureKind.GetAccessor,
    name: JSON.stringify(operation.path),
    docs: docsOf(operation),
    returnType: `(parameters${optional}: ${base}Parameters, options?: ${base}Options) => ${base}Request`,
    statements: [
      'const { client } = this',
      `return (parameters, options) => ${operationFunctionName(operation)}(client, parameters, options)`,
    ],
  }
}

/**
 * The unions of paths by kind, as `@seamapi/http` names them: reads (the paths the spec also
 * publishes as GET, as for the retry policy), the reads that paginate, and the rest. An empty
 * union is left out, as there.
 */
function pathUnions(
  prefix: string,
  operations: Operation[],
): TypeAliasDeclarationStructure[] {
  const reads = operations.filter((o) => o.httpMethods.includes('get'))
  const unions: Array<[string, Operation[]]> = [
    ['QueryPaths', reads],
    ['PaginatedQueryPaths', reads.filter((o) => o.paginated)],
    ['MutationPaths', operations.filter((o) => !o.httpMethods.includes('get'))],
  ]
  return unions
    .filter(([, members]) => members.length > 0)
    .map(([suffix, members]) => ({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${prefix}${suffix}`,
      type: members.map((o) => JSON.stringify(o.path)).join(' | '),
    }))
}

function endpointsClass(
  name: string,
  base: string,
  operations: Operation[],
  docs: string,
): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    isExported: true,
    name,
    extends: base,
    docs: [docs],
    getAccessors: operations.map(endpointGetter),
  }
}

const byPath = (a: Operation, b: Operation): number =>
  a.path < b.path ? -1 : 1

/**
 * `SeamHttpEndpoints` and `SeamHttpEndpointsWithoutWorkspace`: every operation as a getter named by
 * its path (`seam['/devices/list']({ limit: 20 })`), over the same functions the namespace classes call.
 */
export function emitEndpoints(model: ApiModel): Map<string, string> {
  const operations = [...model.operations].sort(byPath)
  const workspaceless = operations.filter((o) => o.workspaceless)
  const imports = new Map<string, string[]>()
  for (const operation of operations) {
    const module = `./${routeFile(operation.namespace).replace(/\.ts$/, '.js')}`
    const base = typeBaseName(operation)
    const names = imports.get(module) ?? []
    names.push(
      operationFunctionName(operation),
      `type ${base}Parameters`,
      `type ${base}Options`,
      `type ${base}Request`,
    )
    imports.set(module, names)
  }
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: '../src/seam-http-base.js',
      namedImports: ['SeamHttpBase', 'SeamHttpWithoutWorkspaceBase'],
    },
    ...[...imports]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([moduleSpecifier, namedImports]): ImportDeclarationStructure => ({
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier,
        namedImports,
      })),
    endpointsClass(
      'SeamHttpEndpoints',
      'SeamHttpBase',
      operations,
      "A client of the Seam Connect API with every operation named by its path: `seam['/devices/list']({ limit: 20 })`. It is made as `SeamHttp` is.",
    ),
    ...pathUnions('SeamHttpEndpoint', operations),
    endpointsClass(
      'SeamHttpEndpointsWithoutWorkspace',
      'SeamHttpWithoutWorkspaceBase',
      workspaceless,
      'The operations callable without a workspace, named by their paths; made as `SeamHttpWithoutWorkspace` is.',
    ),
    ...pathUnions('SeamHttpEndpointWithoutWorkspace', workspaceless),
  ]
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile(
    'seam-http-endpoints.ts',
    { statements },
  )
  return new Map([['seam-http-endpoints.ts', banner + file.getFullText()]])
}
