// Every name @seamapi/http exports, at runtime and in its declaration files, from its root and its
// /connect entry, must be exported here too, from the same entries, with the same meaning (a value,
// a type or both), so that an app moves over by changing its imports. A new @seamapi/http release
// that adds a name fails this test until the SDK has it.
//
// This SDK's entries are read from package.json and checked in their sources (what the package
// build compiles), so the test needs no build: `./dist/src/index.js` is `src/index.ts`.
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'

import { pascalCase } from '../../scripts/spec/model.js'
import { repoRoot } from '../helpers/run-script.js'

const theirPackage = '@seamapi/http'
const entries = ['.', './connect'] as const

type Entry = (typeof entries)[number]
type ExportTarget = string | { [condition: string]: ExportTarget }
interface PackageJson {
  exports: Record<string, ExportTarget>
  typesVersions?: Record<string, Record<string, string[]>>
  types?: string
}

/** Where an entry's condition leads: the first of `conditions` an export map offers, recursively. */
function target(
  map: ExportTarget | undefined,
  conditions: string[],
  where: string,
): string {
  if (typeof map === 'string') return map
  if (map === undefined) throw new Error(`${where}: no such entry`)
  const condition = conditions.find((c) => c in map)
  if (condition === undefined)
    throw new Error(`${where}: none of the conditions ${conditions.join(', ')}`)
  return target(map[condition], conditions, `${where}.${condition}`)
}

const readJson = async <T>(file: string): Promise<T> =>
  JSON.parse(await readFile(file, 'utf8')) as T

/** What a module exports as a value, a type, or both. */
type Inventory = Map<string, Set<'value' | 'type'>>

/** The exports of declaration or source modules, by meaning, through the TypeScript compiler. */
function declaredExports(files: string[]): Map<string, Inventory> {
  const program = ts.createProgram(files, {
    noEmit: true,
    // Which names a module exports needs no standard library: leaving it out (DOM and all) makes
    // the program a fraction as large.
    noLib: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  })
  const checker = program.getTypeChecker()
  return new Map(
    files.map((file) => {
      const source = program.getSourceFile(file)
      const module = source && checker.getSymbolAtLocation(source)
      if (module === undefined)
        throw new Error(`${file}: the TypeScript compiler found no module`)
      const inventory: Inventory = new Map()
      for (const symbol of checker.getExportsOfModule(module)) {
        const resolved =
          symbol.flags & ts.SymbolFlags.Alias
            ? checker.getAliasedSymbol(symbol)
            : symbol
        const meanings = new Set<'value' | 'type'>()
        if (
          resolved.flags & ts.SymbolFlags.Value &&
          !isTypeOnlyExport(symbol, checker)
        )
          meanings.add('value')
        if (resolved.flags & ts.SymbolFlags.Type) meanings.add('type')
        inventory.set(symbol.name, meanings)
      }
      return [file, inventory]
    }),
  )
}

/**
 * `export type { X }` (here or anywhere along the chain of re-exports) makes even a class a type
 * alone. `export type * from` is not seen (the compiler keeps it to itself); both packages use it
 * only for modules of types, which have no value to hide.
 */
function isTypeOnlyExport(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  for (
    let alias: ts.Symbol | undefined = symbol;
    alias !== undefined && (alias.flags & ts.SymbolFlags.Alias) !== 0;
    alias = checker.getImmediateAliasedSymbol(alias)
  ) {
    if (
      alias.declarations?.some((d) => ts.isTypeOnlyImportOrExportDeclaration(d))
    )
      return true
  }
  return false
}

function runtimeInventory(module: Record<string, unknown>): Inventory {
  return new Map(
    Object.keys(module).map((name) => [name, new Set(['value' as const])]),
  )
}

/** `name (value)` for each name and meaning `theirs` has and `ours` lacks. */
function missing(theirs: Inventory, ours: Inventory): string[] {
  return [...theirs]
    .filter(
      ([name]) =>
        !fromNewerSpec.some((prefix) => isOperationType(name, prefix)),
    )
    .flatMap(([name, meanings]) =>
      [...meanings]
        .filter((m) => !ours.get(name)?.has(m))
        .map((m) => `${name} (${m})`),
    )
    .sort()
}

// @seamapi/http is generated from a newer spec than openapi.json. Its operations that our spec does
// not have yet (and their Parameters, Options, Request and Response types) are left out here, and
// docs/PARITY.md must name each of them; every operation our spec has must be here.
const ourSpecPaths = new Set(
  Object.keys(
    (
      JSON.parse(readFileSync(join(repoRoot, 'openapi.json'), 'utf8')) as {
        paths: object
      }
    ).paths,
  ),
)
/** The name the generator gives an operation's types, before `Parameters`, `Options`, ... */
const operationTypePrefix = (path: string): string =>
  pascalCase(path.slice(1).replaceAll('/', '_'))
const isOperationType = (name: string, prefix: string): boolean =>
  /^(Parameters|Options|Request|Response)$/.test(name.slice(prefix.length)) &&
  name.startsWith(prefix)
let fromNewerSpec: string[] = []

// A devDependency, so installed at the top of node_modules (its exports map hides its package.json).
const theirRoot = join(repoRoot, 'node_modules', theirPackage)
const ours = {
  runtime: new Map<Entry, Inventory>(),
  declared: new Map<Entry, Inventory>(),
}
const theirs = {
  runtime: new Map<Entry, Inventory>(),
  declared: new Map<Entry, Inventory>(),
}
let ourPackage: PackageJson
/** The root modules themselves, for the members of their classes. */
let ourRoot: Record<string, unknown>
let theirRootModule: Record<string, unknown>

beforeAll(async () => {
  ourPackage = await readJson<PackageJson>(join(repoRoot, 'package.json'))
  const theirManifest = await readJson<PackageJson>(
    join(theirRoot, 'package.json'),
  )
  const ourSource = (entry: Entry): string => {
    const built = target(
      ourPackage.exports[entry],
      ['import', 'default'],
      `package.json exports["${entry}"]`,
    )
    return join(
      repoRoot,
      built.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts'),
    )
  }
  const theirDeclarations = (entry: Entry): string =>
    join(
      theirRoot,
      target(
        theirManifest.exports[entry],
        ['types'],
        `${theirPackage} exports["${entry}"]`,
      ),
    )
  const files = entries.flatMap((entry) => [
    ourSource(entry),
    theirDeclarations(entry),
  ])
  const declared = declaredExports([...new Set(files)])
  for (const entry of entries) {
    ours.declared.set(entry, declared.get(ourSource(entry))!)
    theirs.declared.set(entry, declared.get(theirDeclarations(entry))!)
    ours.runtime.set(entry, runtimeInventory(await import(ourSource(entry))))
    theirs.runtime.set(
      entry,
      runtimeInventory(await import(join(theirPackage, entry))),
    )
  }
  ourRoot = (await import(ourSource('.'))) as Record<string, unknown>
  theirRootModule = (await import(theirPackage)) as Record<string, unknown>
  fromNewerSpec = getterNames(theirRootModule, 'SeamHttpEndpoints')
    .filter((path) => !ourSpecPaths.has(path))
    .map(operationTypePrefix)
}, 120_000)

/** The getters a class's instances have: the paths of SeamHttpEndpoints, the namespaces of SeamHttp. */
function getterNames(module: Record<string, unknown>, name: string): string[] {
  const constructor = module[name]
  if (typeof constructor !== 'function') return []
  const members = Object.getOwnPropertyDescriptors(
    constructor.prototype as object,
  )
  return Object.entries(members)
    .filter(([, member]) => member.get !== undefined)
    .map(([member]) => member)
}

describe(`every export of ${theirPackage}`, () => {
  it('is found: both packages have a root and a /connect entry, and theirs export hundreds of names', () => {
    for (const entry of entries) {
      expect(
        theirs.runtime.get(entry)!.size,
        `${theirPackage} ${entry} at runtime`,
      ).toBeGreaterThan(50)
      expect(
        theirs.declared.get(entry)!.size,
        `${theirPackage} ${entry} declared`,
      ).toBeGreaterThan(500)
      // Meanings are told apart: a class is both, a type alias a type, a const a value.
      for (const [inventory, name] of [
        [theirs, theirPackage],
        [ours, 'seam-connect-sdk'],
      ] as const) {
        const declared = inventory.declared.get(entry)!
        expect(declared.get('SeamHttp'), `${name} SeamHttp`).toEqual(
          new Set(['value', 'type']),
        )
        expect(declared.get('Device'), `${name} Device`).toEqual(
          new Set(['type']),
        )
        expect(
          declared.get('SeamHttpMultiWorkspace'),
          `${name} SeamHttpMultiWorkspace`,
        ).toEqual(new Set(['value']))
      }
    }
  })

  it('the /connect entry is the root module under a second name, for every condition and resolution', () => {
    expect(ourPackage.exports['./connect']).toEqual(ourPackage.exports['.'])
    // TypeScript's older `node` resolution reads typesVersions; the root entry there is `types`.
    const connectTypes = ourPackage.typesVersions?.['*']?.['connect']
    expect(connectTypes).toEqual([ourPackage.types])
  })

  it.each(entries)(
    'exported at runtime from %s is exported here from it too',
    (entry) => {
      expect(
        missing(theirs.runtime.get(entry)!, ours.runtime.get(entry)!),
      ).toEqual([])
    },
  )

  it.each(entries)(
    'declared in the declaration files of %s is declared here too, as a value or a type as there',
    (entry) => {
      expect(
        missing(theirs.declared.get(entry)!, ours.declared.get(entry)!),
      ).toEqual([])
    },
  )
})

describe('operations of the newer spec @seamapi/http is generated from', () => {
  it('are each named in docs/PARITY.md, and every other operation is here', () => {
    const parity = readFileSync(join(repoRoot, 'docs', 'PARITY.md'), 'utf8')
    const newer = getterNames(theirRootModule, 'SeamHttpEndpoints').filter(
      (path) => !ourSpecPaths.has(path),
    )
    for (const path of newer) expect(parity, path).toContain(`\`${path}\``)
  })
})

describe.each([
  ['SeamHttpEndpoints', { apiKey: 'seam_apikey1_token' }],
  [
    'SeamHttpEndpointsWithoutWorkspace',
    { personalAccessToken: 'seam_at1_token' },
  ],
])('every endpoint of %s', (name, options) => {
  it('is a getter here too, named by the same path, giving a function', () => {
    const theirPaths = getterNames(theirRootModule, name)
    expect(theirPaths.length).toBeGreaterThan(0)
    const Endpoints = ourRoot[name] as new (
      options: object,
    ) => Record<string, unknown>
    // Loopback and a closed port: nothing here is sent.
    const seam = new Endpoints({ ...options, endpoint: 'http://127.0.0.1:9' })
    const ourPaths = new Set(getterNames(ourRoot, name))
    const shared = theirPaths.filter((path) => ourSpecPaths.has(path))
    expect(shared.filter((path) => !ourPaths.has(path))).toEqual([])
    for (const path of shared) {
      expect(typeof seam[path], path).toBe('function')
    }
  })
})

/**
 * What code can call on a class and its instances without constructing one: the members of its
 * prototype chain and its statics, inherited ones included (the builtins' own are left out).
 */
function classMembers(constructor: unknown): Set<string> {
  const members = new Set<string>()
  const builtins = [Object, Function, Error, Promise]
  for (
    let prototype = (constructor as { prototype: object }).prototype;
    prototype !== null && !builtins.some((b) => b.prototype === prototype);
    prototype = Object.getPrototypeOf(prototype) as object
  )
    for (const key of Reflect.ownKeys(prototype)) members.add(String(key))
  for (
    let statics = constructor as object;
    statics !== Function.prototype && !builtins.includes(statics as never);
    statics = Object.getPrototypeOf(statics) as object
  )
    for (const key of Reflect.ownKeys(statics))
      if (!['length', 'name', 'prototype'].includes(String(key)))
        members.add(`static ${String(key)}`)
  return members
}

describe(`every class ${theirPackage} exports`, () => {
  it('has each of its members and statics here too, inherited or its own', () => {
    const classes = Object.entries(theirRootModule).filter(
      ([name, value]) => typeof value === 'function' && /^[A-Z]/.test(name),
    )
    expect(classes.length).toBeGreaterThan(40)
    const lacking = classes.flatMap(([name, theirClass]) => {
      const ourMembers = classMembers(ourRoot[name])
      // A namespace's method or an endpoint's path for an operation of the newer spec.
      const fromNewer = (member: string): boolean =>
        member.startsWith('/') ||
        fromNewerSpec.includes(
          `${name.replace(/^SeamHttp/, '')}${pascalCase(member)}`,
        )
      return [...classMembers(theirClass)]
        .filter((member) => !ourMembers.has(member) && !fromNewer(member))
        .map((member) => `${name}: ${member}`)
    })
    expect(lacking).toEqual([])
  })
})
