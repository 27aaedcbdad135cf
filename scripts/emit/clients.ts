import { exportAll, importNamed, jsDoc, returnNew } from './code-layout.js'
import type { EmitContext } from './context.js'
import { camelCase, type ApiModel, type Namespace } from '../spec/model.js'
import { routeClassName, routeFile, workspacelessTree } from './routes.js'

const banner =
  '// Generated from openapi.json by scripts/emit/clients.ts (npm run generate). Do not edit.\n'

const moduleOf = (file: string): string => `./${file.replace(/\.ts$/, '.js')}`

function clientClass(
  name: string,
  base: string,
  prefix: string,
  namespaces: Namespace[],
  docs: string,
): string {
  const getters = namespaces.map((namespace) => {
    const routes = routeClassName(namespace.path, prefix)
    const getter = camelCase(namespace.path.at(-1) ?? '')
    return `  get ${getter}(): ${routes} {\n    ${returnNew(routes, 'this.client', 4)}\n  }\n`
  })
  const head = `${jsDoc(docs)}export class ${name} extends ${base} {`
  return getters.length === 0
    ? `${head}}\n`
    : `${head}\n${getters.join('\n')}}\n`
}

const allRouteModules = (namespace: Namespace): string[] =>
  namespace.children
    .flatMap((child) => [routeFile(child.path), ...allRouteModules(child)])
    .sort()

/** `SeamHttp` and `SeamHttpWithoutWorkspace` (the runtime's base classes plus a getter per top-level namespace; the latter also under its deprecated name), and the index. */
export function emitClients(
  model: ApiModel,
  {
    runtimeImport,
    formatter,
  }: Pick<EmitContext, 'runtimeImport' | 'formatter'>,
): Map<string, string> {
  const workspaceless = workspacelessTree(model.root)?.children ?? []
  const imports = [
    importNamed(
      ['SeamHttpBase', 'SeamHttpWithoutWorkspaceBase'],
      runtimeImport,
    ),
    ...model.root.children.map((namespace) =>
      importNamed(
        [routeClassName(namespace.path)],
        moduleOf(routeFile(namespace.path)),
      ),
    ),
    ...(workspaceless.length > 0
      ? [
          importNamed(
            workspaceless.map((n) =>
              routeClassName(n.path, 'SeamHttpWithoutWorkspace'),
            ),
            './routes/without-workspace.js',
          ),
        ]
      : []),
  ]
  const declarations = [
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
    `${jsDoc('@deprecated Use SeamHttpWithoutWorkspace instead.')}export const SeamHttpMultiWorkspace = SeamHttpWithoutWorkspace\n`,
  ]
  const index = [
    exportAll('./seam-http.js'),
    exportAll('./seam-http-endpoints.js'),
    exportAll('./types.js', true),
    exportAll('./resources.js', true),
    exportAll('./routes/without-workspace.js'),
    ...allRouteModules(model.root).map((file) => exportAll(moduleOf(file))),
  ]
  const client = [imports.join(''), ...declarations].join('\n')
  formatter.markFormatted(banner + client, 'typescript')
  formatter.markFormatted(banner + index.join(''), 'typescript')
  return new Map([
    ['seam-http.ts', banner + client],
    ['index.ts', banner + index.join('')],
  ])
}
