// One file because operations, parameters and security are compared by one walk over both specs.
import { isDeepStrictEqual } from 'node:util'

import {
  checkSpec,
  isObject,
  readSpecFile,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import {
  buildModel,
  deref,
  sdkMethodOf,
  type Operation,
} from '../spec/model.js'
import { SchemaComparer, type Change } from './compare.js'
import {
  impliedBump,
  isBreaking,
  ruleOrder,
  rules,
  type Bump,
  type RuleId,
} from './rules.js'
import { SchemaReader } from './schema.js'

export type Scope = 'operation' | 'schema' | 'security-scheme'

/** One change an SDK user may care about, classed by its rule. */
export interface ChangeEntry {
  rule: RuleId
  breaking: boolean
  bump: Bump
  scope: Scope
  /** The operation's path, the resource schema's or the security scheme's name. */
  name: string
  /** The SDK method of an operation, e.g. `seam.devices.get`. */
  method?: string
  /** The operation is undocumented or draft (in the new spec; in the old one when removed). */
  undocumented?: boolean
  /** The parameter or property, dotted (`settings.auto_lock`, `devices[].name`), when the change is to one. */
  member?: string
  /** What there is to show: `string -> string | null`, enum values, scheme names. */
  detail?: string
}

export interface Changelog {
  /** Labels of the two specs, e.g. file names or `@seamapi/types` versions. */
  from: string
  to: string
  /** The release the changes call for; `patch` also when only documentation differs. */
  bump: Bump | 'none'
  /** The two documents are equal as JSON. */
  identical: boolean
  breaking: number
  nonBreaking: number
  entries: ChangeEntry[]
}

const scopeOrder: Scope[] = ['operation', 'schema', 'security-scheme']

/** What changed from one spec to the other, in a stable order. Throws a SpecError when either is not a spec this pipeline reads. */
export function diffSpecs(
  oldSpec: unknown,
  newSpec: unknown,
  labels: { from: string; to: string },
): Changelog {
  const before = checkSpec(oldSpec)
  const after = checkSpec(newSpec)
  const [oldSchemas, newSchemas] = [schemasOf(before), schemasOf(after)]
  const comparer = new SchemaComparer(
    new SchemaReader(before),
    new SchemaReader(after),
    (name) =>
      Object.hasOwn(oldSchemas, name) && Object.hasOwn(newSchemas, name),
  )
  const entries = [
    ...diffOperations(comparer),
    ...diffSchemas(comparer),
    ...diffSecuritySchemes(before, after),
  ].sort(compareEntries)
  const identical = isDeepStrictEqual(before, after)
  const bump = impliedBump(entries.map((e) => e.rule))
  const breaking = entries.filter((e) => e.breaking).length
  return {
    ...labels,
    bump: bump === 'none' && !identical ? 'patch' : bump,
    identical,
    breaking,
    nonBreaking: entries.length - breaking,
    entries,
  }
}

/** Reads two spec files and diffs them, labelled with their file names. */
export async function diffSpecFiles(
  oldFile: string,
  newFile: string,
): Promise<Changelog> {
  const [before, after] = await Promise.all([
    readSpecFile(oldFile),
    readSpecFile(newFile),
  ])
  return diffSpecs(before.document, after.document, {
    from: oldFile,
    to: newFile,
  })
}

function entry(
  scope: Scope,
  name: string,
  change: Change,
  extra: Partial<ChangeEntry> = {},
): ChangeEntry {
  const { rule, member, detail } = change
  return {
    rule,
    breaking: isBreaking(rule),
    bump: rules[rule].bump,
    scope,
    name,
    ...extra,
    ...(member === undefined || member === '' ? {} : { member }),
    ...(detail === undefined ? {} : { detail }),
  }
}

function compareEntries(a: ChangeEntry, b: ChangeEntry): number {
  return (
    scopeOrder.indexOf(a.scope) - scopeOrder.indexOf(b.scope) ||
    compareText(a.name, b.name) ||
    ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule) ||
    compareText(a.member ?? '', b.member ?? '') ||
    compareText(a.detail ?? '', b.detail ?? '')
  )
}

const compareText = (a: string, b: string): number =>
  a < b ? -1 : a > b ? 1 : 0

const isHidden = (operation: Operation): boolean =>
  operation.undocumented || operation.draft
const aboutOperation = (operation: Operation): Partial<ChangeEntry> => ({
  method: sdkMethodOf(operation),
  ...(isHidden(operation) ? { undocumented: true } : {}),
})

function diffOperations(comparer: SchemaComparer): ChangeEntry[] {
  const oldOperations = new Map(
    buildModel(comparer.before.document).operations.map((o) => [o.path, o]),
  )
  const newOperations = buildModel(comparer.after.document).operations
  const entries: ChangeEntry[] = []
  for (const operation of newOperations) {
    const old = oldOperations.get(operation.path)
    const changes =
      old === undefined
        ? [{ rule: 'operation-added' as const }]
        : diffOperation(comparer, old, operation)
    entries.push(
      ...changes.map((change) =>
        entry('operation', operation.path, change, aboutOperation(operation)),
      ),
    )
  }
  const kept = new Set(newOperations.map((o) => o.path))
  for (const old of oldOperations.values()) {
    if (!kept.has(old.path))
      entries.push(
        entry(
          'operation',
          old.path,
          { rule: 'operation-removed' },
          aboutOperation(old),
        ),
      )
  }
  return entries
}

function diffOperation(
  comparer: SchemaComparer,
  old: Operation,
  operation: Operation,
): Change[] {
  const changes: Change[] = []
  if (isHidden(old) !== isHidden(operation))
    changes.push({
      rule: isHidden(operation) ? 'operation-hidden' : 'operation-published',
    })
  if ((old.deprecated !== false) !== (operation.deprecated !== false)) {
    changes.push({
      rule:
        operation.deprecated !== false
          ? 'operation-deprecated'
          : 'operation-undeprecated',
    })
  }
  if (old.responseKey !== operation.responseKey) {
    changes.push({
      rule: 'operation-returns-changed',
      detail: `${old.responseKey ?? 'nothing'} -> ${operation.responseKey ?? 'nothing'}`,
    })
  }
  if (
    old.title !== operation.title ||
    old.description !== operation.description
  )
    changes.push({ rule: 'operation-docs-changed' })
  changes.push(
    ...diffAuth(
      authOf(comparer.before.document, old),
      authOf(comparer.after.document, operation),
    ),
  )
  changes.push(
    ...comparer.compare(old.requestSchema, operation.requestSchema, 'request'),
  )
  changes.push(
    ...comparer.compare(
      queryParametersOf(old),
      queryParametersOf(operation),
      'request',
    ),
  )
  changes.push(
    ...comparer.compare(
      old.responseSchema,
      operation.responseSchema,
      'response',
    ),
  )
  return changes
}

/**
 * The security requirements an operation accepts, each written `a + b` when it needs several
 * schemes at once; `none` when it can be called without credentials.
 */
function authOf(document: OpenApiDocument, operation: Operation): Set<string> {
  const post = deref(document, document.paths[operation.path]?.post)
  const security = post?.security ?? document.security
  if (!Array.isArray(security)) return new Set()
  return new Set(
    security.filter(isObject).map((requirement) => {
      const schemes = Object.keys(requirement).sort()
      return schemes.length === 0 ? 'none' : schemes.join(' + ')
    }),
  )
}

function diffAuth(old: Set<string>, next: Set<string>): Change[] {
  const removed = [...old].filter((r) => !next.has(r)).sort()
  const added = [...next].filter((r) => !old.has(r)).sort()
  return [
    ...(removed.length > 0
      ? [{ rule: 'auth-removed' as const, detail: removed.join(', ') }]
      : []),
    ...(added.length > 0
      ? [{ rule: 'auth-added' as const, detail: added.join(', ') }]
      : []),
  ]
}

/** The query parameters as one object schema, compared beside the JSON body (kept per operation so the comparer's results are too). */
const queryObjects = new WeakMap<Operation, JsonObject>()
function queryParametersOf(operation: Operation): JsonObject {
  let query = queryObjects.get(operation)
  if (query === undefined) {
    const parameters = operation.queryParameters
    query = {
      type: 'object',
      properties: Object.fromEntries(
        parameters.map((parameter) => [parameter.name, parameter.schema]),
      ),
      required: parameters
        .filter((parameter) => parameter.required)
        .map((parameter) => parameter.name),
    }
    queryObjects.set(operation, query)
  }
  return query
}

const schemasOf = (document: OpenApiDocument): Record<string, JsonObject> =>
  document.components?.schemas ?? {}

/**
 * Resource schemas compared by meaning. One removed and one added that mean the same are a
 * rename: its content is unchanged, but code naming the type by its old name stops compiling.
 */
function diffSchemas(comparer: SchemaComparer): ChangeEntry[] {
  const old = schemasOf(comparer.before.document)
  const next = schemasOf(comparer.after.document)
  const entries: ChangeEntry[] = []
  const added: string[] = []
  for (const [name, schema] of Object.entries(next)) {
    if (!Object.hasOwn(old, name)) added.push(name)
    else
      entries.push(
        ...comparer
          .compare(old[name], schema, 'response')
          .map((change) => entry('schema', name, change)),
      )
  }
  const removed = Object.keys(old).filter((name) => !Object.hasOwn(next, name))
  for (const name of removed.sort()) {
    const same = added
      .sort()
      .find(
        (candidate) =>
          comparer.compare(old[name], next[candidate], 'response').length === 0,
      )
    if (same === undefined)
      entries.push(entry('schema', name, { rule: 'schema-removed' }))
    else {
      added.splice(added.indexOf(same), 1)
      entries.push(
        entry('schema', same, {
          rule: 'schema-renamed',
          detail: `${name} -> ${same}`,
        }),
      )
    }
  }
  for (const name of added)
    entries.push(entry('schema', name, { rule: 'schema-added' }))
  return entries
}

/** How a security scheme has credentials sent, e.g. `http bearer`, `apiKey in header seam-workspace` (not its descriptions). */
const schemeTransport = (scheme: unknown): string => {
  if (!isObject(scheme)) return JSON.stringify(scheme)
  const {
    type,
    scheme: httpScheme,
    in: location,
    name,
    flows,
    openIdConnectUrl,
  } = scheme
  const parts = [
    type,
    httpScheme,
    location === undefined ? undefined : `in ${String(location)}`,
    name,
    openIdConnectUrl,
  ]
  const text = parts
    .filter((part) => part !== undefined)
    .map(String)
    .join(' ')
  return flows === undefined ? text : `${text} flows ${JSON.stringify(flows)}`
}

function diffSecuritySchemes(
  before: OpenApiDocument,
  after: OpenApiDocument,
): ChangeEntry[] {
  const schemesOf = (document: OpenApiDocument): JsonObject =>
    isObject(document.components?.securitySchemes)
      ? document.components.securitySchemes
      : {}
  const old = schemesOf(before)
  const next = schemesOf(after)
  const entries: ChangeEntry[] = []
  for (const [name, scheme] of Object.entries(next)) {
    if (!Object.hasOwn(old, name))
      entries.push(
        entry('security-scheme', name, { rule: 'security-scheme-added' }),
      )
    else if (schemeTransport(old[name]) !== schemeTransport(scheme)) {
      const detail = `${schemeTransport(old[name])} -> ${schemeTransport(scheme)}`
      entries.push(
        entry('security-scheme', name, {
          rule: 'security-scheme-changed',
          detail,
        }),
      )
    }
  }
  for (const name of Object.keys(old)) {
    if (!Object.hasOwn(next, name))
      entries.push(
        entry('security-scheme', name, { rule: 'security-scheme-removed' }),
      )
  }
  return entries
}
