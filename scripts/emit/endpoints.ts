import { createRequire } from 'node:module'

import type {
  ClassDeclarationStructure,
  GetAccessorDeclarationStructure,
  ImportDeclarationStructure,
  Project,
  StatementStructures,
  TypeAliasDeclarationStructure,
} from 'ts-morph'

import type { EmitContext } from './context.js'
import type { ApiModel, Operation } from '../spec/model.js'
import {
  docsOf,
  operationFunctionName,
  parametersOptional,
  routeFile,
  typeBaseName,
} from './routes.js'

// Through require: as an ES module, ts-morph's bundle goes through Node's CommonJS export scanner first.
const { Project: TsMorphProject, StructureKind } = createRequire(
  import.meta.url,
)('ts-morph') as typeof import('ts-morph')

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

interface EndpointsClass {
  name: string
  base: string
  docs: string
  operations: Operation[]
}

/** The class without its getters: they are formatted one by one, and put in its `{}`. */
const emptyClass = ({
  name,
  base,
  docs,
}: EndpointsClass): ClassDeclarationStructure => ({
  kind: StructureKind.Class,
  isExported: true,
  name,
  extends: base,
  docs: [docs],
})

const emptyClassText = ({ name, base }: EndpointsClass): string =>
  `export class ${name} extends ${base} {}\n`

const byPath = (a: Operation, b: Operation): number =>
  a.path < b.path ? -1 : 1

const memberHead = 'class Member {\n'

/**
 * `SeamHttpEndpoints` and `SeamHttpEndpointsWithoutWorkspace`: every operation as a getter named by
 * its path (`seam['/devices/list']({ limit: 20 })`), over the same functions the namespace classes call.
 *
 * Prettier takes seconds over the whole file, so the file is formatted in parts, each cached by
 * what it is made from: the frame (imports, empty classes, path unions) and each getter (a class
 * member formats the same alone as among its siblings). A changed operation re-formats its getter.
 */
export async function emitEndpoints(
  model: ApiModel,
  { cache, formatter, runtimeImport }: EmitContext,
): Promise<Map<string, string>> {
  const operations = [...model.operations].sort(byPath)
  const classes: EndpointsClass[] = [
    {
      name: 'SeamHttpEndpoints',
      base: 'SeamHttpBase',
      docs: "A client of the Seam Connect API with every operation named by its path: `seam['/devices/list']({ limit: 20 })`. It is made as `SeamHttp` is.",
      operations,
    },
    {
      name: 'SeamHttpEndpointsWithoutWorkspace',
      base: 'SeamHttpWithoutWorkspaceBase',
      docs: 'The operations callable without a workspace, named by their paths; made as `SeamHttpWithoutWorkspace` is.',
      operations: operations.filter((o) => o.workspaceless),
    },
  ]
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
  const [endpoints, withoutWorkspace] = classes as [
    EndpointsClass,
    EndpointsClass,
  ]
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: runtimeImport,
      namedImports: ['SeamHttpBase', 'SeamHttpWithoutWorkspaceBase'],
    },
    ...[...imports]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([moduleSpecifier, namedImports]): ImportDeclarationStructure => ({
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier,
        namedImports,
      })),
    emptyClass(endpoints),
    ...pathUnions('SeamHttpEndpoint', endpoints.operations),
    emptyClass(withoutWorkspace),
    ...pathUnions(
      'SeamHttpEndpointWithoutWorkspace',
      withoutWorkspace.operations,
    ),
  ]
  let project: Project | undefined
  const print = (name: string, structures: StatementStructures[]): string =>
    (project ??= new TsMorphProject({ useInMemoryFileSystem: true }))
      .createSourceFile(name, { statements: structures }, { overwrite: true })
      .getFullText()
  const frame = await cache.memo(
    cache.key('endpoints-frame', JSON.stringify(statements)),
    () =>
      formatter.format(banner + print('frame.ts', statements), 'typescript'),
  )
  // Every getter either cached or formatted with the others missing, in one class: prettier
  // costs per call as much as per line. Getters hold no blank line, so the class body splits at them.
  const keyOf = (operation: Operation): string =>
    cache.key('endpoint-getter', JSON.stringify(endpointGetter(operation)))
  const getters = new Map<string, string>()
  const missing: Operation[] = []
  for (const operation of operations) {
    const cached = await cache.get(keyOf(operation))
    if (cached === undefined) missing.push(operation)
    else getters.set(operation.path, cached)
  }
  if (missing.length > 0) {
    const member: ClassDeclarationStructure = {
      kind: StructureKind.Class,
      name: 'Member',
      getAccessors: missing.map(endpointGetter),
    }
    const formatted = await formatter.format(
      print('member.ts', [member]),
      'typescript',
    )
    const bodies =
      formatted.startsWith(memberHead) && formatted.endsWith('\n}\n')
        ? formatted.slice(memberHead.length, -'}\n'.length).split('\n\n')
        : []
    if (bodies.length !== missing.length) {
      throw new Error(
        `prettier formatted the getters in an unexpected way: ${bodies.length} parts for ${missing.length} getters`,
      )
    }
    missing.forEach((operation, index) => {
      const body = `${bodies[index]!.replace(/\n$/, '')}\n`
      getters.set(operation.path, body)
      cache.set(keyOf(operation), body)
    })
  }
  let text = frame
  for (const endpointsClass of classes) {
    const empty = emptyClassText(endpointsClass)
    if (!text.includes(empty))
      throw new Error(
        `prettier formatted the class ${endpointsClass.name} in an unexpected way`,
      )
    const members = endpointsClass.operations.map((operation) =>
      getters.get(operation.path)!,
    )
    if (members.length > 0)
      text = text.replace(
        empty,
        () => `${empty.slice(0, -'}\n'.length)}\n${members.join('\n')}}\n`,
      )
  }
  formatter.markFormatted(text, 'typescript')
  return new Map([['seam-http-endpoints.ts', text]])
}
