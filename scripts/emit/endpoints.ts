import {
  importNamed,
  jsDoc,
  list,
  literalUnionAlias,
  quoted,
} from './code-layout.js'
import { group, indent, line, printDoc } from './doc-printer.js'
import type { EmitContext } from './context.js'
import type { ApiModel, Operation } from '../spec/model.js'
import {
  docsOf,
  operationFunctionName,
  parametersOptional,
  routeFile,
  typeBaseName,
} from './routes.js'

const banner =
  '// Generated from openapi.json by scripts/emit/endpoints.ts (npm run generate). Do not edit.\n'

/** `seam['/devices/list']`: a getter named by the path, returning the call as a function of its own. */
function endpointGetter(operation: Operation): string {
  const base = typeBaseName(operation)
  const optional = parametersOptional(operation) ? '?' : ''
  const docs = docsOf(operation).map((text) => jsDoc(text, 2))
  const signature = printDoc(
    [
      `get ${quoted(operation.path)}(): `,
      list([
        `parameters${optional}: ${base}Parameters`,
        `options?: ${base}Options`,
      ]),
      ` => ${base}Request {`,
    ],
    2,
  )
  const call = printDoc(
    group([
      'return (parameters, options) =>',
      indent([
        line,
        operationFunctionName(operation),
        list(['client', 'parameters', 'options']),
      ]),
    ]),
    4,
  )
  return `${docs.join('')}  ${signature}\n    const { client } = this\n    ${call}\n  }\n`
}

/**
 * The unions of paths by kind, as `@seamapi/http` names them: reads (the paths the spec also
 * publishes as GET, as for the retry policy), the reads that paginate, and the rest. An empty
 * union is left out, as there.
 */
function pathUnions(prefix: string, operations: Operation[]): string[] {
  const reads = operations.filter((o) => o.httpMethods.includes('get'))
  const unions: Array<[string, Operation[]]> = [
    ['QueryPaths', reads],
    ['PaginatedQueryPaths', reads.filter((o) => o.paginated)],
    ['MutationPaths', operations.filter((o) => !o.httpMethods.includes('get'))],
  ]
  return unions
    .filter(([, members]) => members.length > 0)
    .map(([suffix, members]) =>
      literalUnionAlias(
        `${prefix}${suffix}`,
        members.map((o) => quoted(o.path)),
      ),
    )
}

interface EndpointsClass {
  name: string
  base: string
  docs: string
  operations: Operation[]
}

/** The class with a getter per operation, and its JSDoc. */
function endpointsClass({
  name,
  base,
  docs,
  operations,
}: EndpointsClass): string {
  const getters = operations.map(endpointGetter)
  const open = `${jsDoc(docs)}export class ${name} extends ${base} {`
  return getters.length === 0
    ? `${open}}\n`
    : `${open}\n${getters.join('\n')}}\n`
}

const byPath = (a: Operation, b: Operation): number =>
  a.path < b.path ? -1 : 1

/**
 * `SeamHttpEndpoints` and `SeamHttpEndpointsWithoutWorkspace`: every operation as a getter named by
 * its path (`seam['/devices/list']({ limit: 20 })`), over the same functions the namespace classes call.
 */
export function emitEndpoints(
  model: ApiModel,
  {
    formatter,
    runtimeImport,
  }: Pick<EmitContext, 'formatter' | 'runtimeImport'>,
): Map<string, string> {
  const operations = [...model.operations].sort(byPath)
  const endpoints: EndpointsClass = {
    name: 'SeamHttpEndpoints',
    base: 'SeamHttpBase',
    docs: "A client of the Seam Connect API with every operation named by its path: `seam['/devices/list']({ limit: 20 })`. It is made as `SeamHttp` is.",
    operations,
  }
  const withoutWorkspace: EndpointsClass = {
    name: 'SeamHttpEndpointsWithoutWorkspace',
    base: 'SeamHttpWithoutWorkspaceBase',
    docs: 'The operations callable without a workspace, named by their paths; made as `SeamHttpWithoutWorkspace` is.',
    operations: operations.filter((o) => o.workspaceless),
  }
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
  const importText = [
    importNamed(
      ['SeamHttpBase', 'SeamHttpWithoutWorkspaceBase'],
      runtimeImport,
    ),
    ...[...imports]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([module, names]) => importNamed(names, module)),
  ].join('')
  const text = [
    banner + importText,
    endpointsClass(endpoints),
    pathUnions('SeamHttpEndpoint', endpoints.operations).join(''),
    endpointsClass(withoutWorkspace),
    pathUnions(
      'SeamHttpEndpointWithoutWorkspace',
      withoutWorkspace.operations,
    ).join(''),
  ]
    .filter((part) => part !== '')
    .join('\n')
  formatter.markFormatted(text, 'typescript')
  return new Map([['seam-http-endpoints.ts', text]])
}
