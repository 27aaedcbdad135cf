import { createRequire } from 'node:module'

import type {
  ClassDeclarationStructure,
  ExportDeclarationStructure,
  ImportDeclarationStructure,
  StatementStructures,
} from 'ts-morph'

import type { EmitContext } from './context.js'
import { camelCase, type ApiModel, type Namespace } from '../spec/model.js'
import { routeClassName, routeFile, workspacelessTree } from './routes.js'

// Through require: as an ES module, ts-morph's bundle goes through Node's CommonJS export scanner first.
const { Project, StructureKind, VariableDeclarationKind } = createRequire(
  import.meta.url,
)('ts-morph') as typeof import('ts-morph')

const banner =
  '// Generated from openapi.json by scripts/emit/clients.ts (npm run generate). Do not edit.\n'

const moduleOf = (file: string): string => `./${file.replace(/\.ts$/, '.js')}`

function clientClass(
  name: string,
  base: string,
  prefix: string,
  namespaces: Namespace[],
  docs: string,
): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    isExported: true,
    name,
    extends: base,
    docs: [docs],
    getAccessors: namespaces.map((namespace) => ({
      name: camelCase(namespace.path.at(-1) ?? ''),
      returnType: routeClassName(namespace.path, prefix),
      statements: `return new ${routeClassName(namespace.path, prefix)}(this.client)`,
    })),
  }
}

const allRouteModules = (namespace: Namespace): string[] =>
  namespace.children
    .flatMap((child) => [routeFile(child.path), ...allRouteModules(child)])
    .sort()

const exportAll = (
  moduleSpecifier: string,
  isTypeOnly = false,
): ExportDeclarationStructure => ({
  kind: StructureKind.ExportDeclaration,
  moduleSpecifier,
  isTypeOnly,
})

/** `SeamHttp` and `SeamHttpWithoutWorkspace` (the runtime's base classes plus a getter per top-level namespace; the latter also under its deprecated name), and the index. */
export function emitClients(
  model: ApiModel,
  { runtimeImport }: Pick<EmitContext, 'runtimeImport'>,
): Map<string, string> {
  const workspaceless = workspacelessTree(model.root)?.children ?? []
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: runtimeImport,
      namedImports: ['SeamHttpBase', 'SeamHttpWithoutWorkspaceBase'],
    },
    ...model.root.children.map((namespace): ImportDeclarationStructure => ({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: moduleOf(routeFile(namespace.path)),
      namedImports: [routeClassName(namespace.path)],
    })),
    ...(workspaceless.length > 0
      ? [
          {
            kind: StructureKind.ImportDeclaration,
            moduleSpecifier: './routes/without-workspace.js',
            namedImports: workspaceless.map((n) =>
              routeClassName(n.path, 'SeamHttpWithoutWorkspace'),
            ),
          } satisfies ImportDeclarationStructure,
        ]
      : []),
    clientClass(
      'SeamHttp',
      'SeamHttpBase',
      'SeamHttp',
      model.root.children,
      'A client of the Seam Connect API: one getter per namespace, e.g. `seam.devices.list()`.',
    ),
    clientClass(
      'SeamHttpWithoutWorkspace',
      'SeamHttpWithoutWorkspaceBase',
      'SeamHttpWithoutWorkspace',
      workspaceless,
      'A client for a personal access token or console session token used without a workspace; it exposes only the operations callable that way.',
    ),
    // @seamapi/http's older name for the class, kept so code written for it still runs.
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['@deprecated Use SeamHttpWithoutWorkspace instead.'],
      declarations: [
        {
          name: 'SeamHttpMultiWorkspace',
          initializer: 'SeamHttpWithoutWorkspace',
        },
      ],
    },
  ]
  const index: StatementStructures[] = [
    exportAll('./seam-http.js'),
    exportAll('./seam-http-endpoints.js'),
    exportAll('./types.js', true),
    exportAll('./resources.js', true),
    exportAll('./routes/without-workspace.js'),
    ...allRouteModules(model.root).map((file) => exportAll(moduleOf(file))),
  ]
  const project = new Project({ useInMemoryFileSystem: true })
  return new Map([
    [
      'seam-http.ts',
      banner +
        project.createSourceFile('seam-http.ts', { statements }).getFullText(),
    ],
    [
      'index.ts',
      banner +
        project
          .createSourceFile('index.ts', { statements: index })
          .getFullText(),
    ],
  ])
}
