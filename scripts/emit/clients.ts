import { Project, type SourceFile } from 'ts-morph'

import { camelCase, type ApiModel, type Namespace } from '../spec/model.js'
import { routeClassName, routeFile, workspacelessTree } from './routes.js'

const banner = '// Generated from openapi.json by scripts/emit/clients.ts (npm run generate). Do not edit.\n'

const moduleOf = (file: string): string => `./${file.replace(/\.ts$/, '.js')}`

function addClient(file: SourceFile, name: string, base: string, prefix: string, namespaces: Namespace[], docs: string): void {
  const cls = file.addClass({ isExported: true, name, extends: base, docs: [docs] })
  for (const namespace of namespaces) {
    cls.addGetAccessor({
      name: camelCase(namespace.path.at(-1) ?? ''),
      returnType: routeClassName(namespace.path, prefix),
      statements: `return new ${routeClassName(namespace.path, prefix)}(this.client)`,
    })
  }
}

/** `SeamHttp` and `SeamHttpWithoutWorkspace`: the runtime's base classes plus one getter per top-level namespace. */
export function emitClients(model: ApiModel): Map<string, string> {
  const project = new Project({ useInMemoryFileSystem: true })
  const file = project.createSourceFile('seam-http.ts')
  const workspaceless = workspacelessTree(model.root)?.children ?? []
  file.addImportDeclaration({
    moduleSpecifier: '../src/seam-http-base.js',
    namedImports: ['SeamHttpBase', 'SeamHttpWithoutWorkspaceBase'],
  })
  for (const namespace of model.root.children) {
    file.addImportDeclaration({ moduleSpecifier: moduleOf(routeFile(namespace.path)), namedImports: [routeClassName(namespace.path)] })
  }
  if (workspaceless.length > 0) {
    file.addImportDeclaration({
      moduleSpecifier: './routes/without-workspace.js',
      namedImports: workspaceless.map((n) => routeClassName(n.path, 'SeamHttpWithoutWorkspace')),
    })
  }
  addClient(file, 'SeamHttp', 'SeamHttpBase', 'SeamHttp', model.root.children, 'A client of the Seam Connect API: one getter per namespace, e.g. `seam.devices.list()`.')
  addClient(
    file,
    'SeamHttpWithoutWorkspace',
    'SeamHttpWithoutWorkspaceBase',
    'SeamHttpWithoutWorkspace',
    workspaceless,
    'A client for a personal access token or console session token used without a workspace; it exposes only the operations callable that way.',
  )

  const index = project.createSourceFile('index.ts')
  index.addExportDeclaration({ moduleSpecifier: './seam-http.js' })
  index.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './types.js' })
  index.addExportDeclaration({ moduleSpecifier: './routes/without-workspace.js' })
  for (const namespace of allRouteModules(model.root)) index.addExportDeclaration({ moduleSpecifier: moduleOf(namespace) })
  return new Map([
    ['seam-http.ts', banner + file.getFullText()],
    ['index.ts', banner + index.getFullText()],
  ])
}

const allRouteModules = (namespace: Namespace): string[] =>
  namespace.children.flatMap((child) => [routeFile(child.path), ...allRouteModules(child)]).sort()
