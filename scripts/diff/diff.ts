import { isDeepStrictEqual } from 'node:util'

import { checkSpec, isObject, readSpecFile, type JsonObject, type OpenApiDocument } from '../spec/load.js'
import { buildModel, deref, sdkMethodOf, type Operation } from '../spec/model.js'
import { impliedBump, isBreaking, ruleOrder, rules, type Bump, type RuleId } from './rules.js'
import { acceptsAnyProperty, admits, arrayOfShape, describeShape, membersOf, sameShape, shapeOf, splitLiterals, type Member, type Shape } from './schema.js'

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

type Change = Pick<ChangeEntry, 'rule' | 'member' | 'detail'>

const scopeOrder: Scope[] = ['operation', 'schema', 'security-scheme']

/** What changed from one spec to the other, in a stable order. Throws a SpecError when either is not a spec this pipeline reads. */
export function diffSpecs(oldSpec: unknown, newSpec: unknown, labels: { from: string; to: string }): Changelog {
  const before = checkSpec(oldSpec)
  const after = checkSpec(newSpec)
  const entries = [...diffOperations(before, after), ...diffSchemas(before, after), ...diffSecuritySchemes(before, after)].sort(
    compareEntries,
  )
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
export async function diffSpecFiles(oldFile: string, newFile: string): Promise<Changelog> {
  const [before, after] = await Promise.all([readSpecFile(oldFile), readSpecFile(newFile)])
  return diffSpecs(before.document, after.document, { from: oldFile, to: newFile })
}

function entry(scope: Scope, name: string, change: Change, extra: Partial<ChangeEntry> = {}): ChangeEntry {
  const { rule, member, detail } = change
  return {
    rule,
    breaking: isBreaking(rule),
    bump: rules[rule].bump,
    scope,
    name,
    ...extra,
    ...(member === undefined ? {} : { member }),
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

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const isHidden = (operation: Operation): boolean => operation.undocumented || operation.draft
const aboutOperation = (operation: Operation): Partial<ChangeEntry> => ({
  method: sdkMethodOf(operation),
  ...(isHidden(operation) ? { undocumented: true } : {}),
})

function diffOperations(before: OpenApiDocument, after: OpenApiDocument): ChangeEntry[] {
  const oldOperations = new Map(buildModel(before).operations.map((o) => [o.path, o]))
  const newOperations = buildModel(after).operations
  const entries: ChangeEntry[] = []
  for (const operation of newOperations) {
    const old = oldOperations.get(operation.path)
    const changes = old === undefined ? [{ rule: 'operation-added' as const }] : diffOperation(before, old, after, operation)
    entries.push(...changes.map((change) => entry('operation', operation.path, change, aboutOperation(operation))))
  }
  const kept = new Set(newOperations.map((o) => o.path))
  for (const old of oldOperations.values()) {
    if (!kept.has(old.path)) entries.push(entry('operation', old.path, { rule: 'operation-removed' }, aboutOperation(old)))
  }
  return entries
}

function diffOperation(before: OpenApiDocument, old: Operation, after: OpenApiDocument, operation: Operation): Change[] {
  const changes: Change[] = []
  if (isHidden(old) !== isHidden(operation)) changes.push({ rule: isHidden(operation) ? 'operation-hidden' : 'operation-published' })
  if ((old.deprecated !== false) !== (operation.deprecated !== false)) {
    changes.push({ rule: operation.deprecated !== false ? 'operation-deprecated' : 'operation-undeprecated' })
  }
  if (old.responseKey !== operation.responseKey) {
    changes.push({ rule: 'operation-returns-changed', detail: `${old.responseKey ?? 'nothing'} -> ${operation.responseKey ?? 'nothing'}` })
  }
  if (old.title !== operation.title || old.description !== operation.description) changes.push({ rule: 'operation-docs-changed' })
  changes.push(...diffAuth(authOf(before, old), authOf(after, operation)))
  const requestOpen = acceptsAnyProperty(after, operation.requestSchema)
  changes.push(...diffMembers(requestMembers(before, old), requestMembers(after, operation), 'request', requestOpen))
  changes.push(...diffMembers(membersOf(before, old.responseSchema), membersOf(after, operation.responseSchema), 'response'))
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
    ...(removed.length > 0 ? [{ rule: 'auth-removed' as const, detail: removed.join(', ') }] : []),
    ...(added.length > 0 ? [{ rule: 'auth-added' as const, detail: added.join(', ') }] : []),
  ]
}

/** The JSON body's properties and the query parameters, as one set of members. */
function requestMembers(document: OpenApiDocument, operation: Operation): Map<string, Member> {
  const members = membersOf(document, operation.requestSchema)
  for (const parameter of operation.queryParameters) {
    members.set(parameter.name, {
      required: parameter.required,
      deprecated: parameter.schema.deprecated === true,
      shape: shapeOf(document, parameter.schema),
      open: acceptsAnyProperty(document, parameter.schema),
    })
  }
  return members
}

/** The member a dotted name sits in: `a.b` -> `a`, `a[].b` -> `a`. */
const parentOf = (name: string): string | undefined => {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? undefined : name.slice(0, dot).replace(/\[\]$/, '')
}

type Side = 'request' | 'response'

/**
 * Changes between two sets of members. A member added or removed together with the member it
 * sits in is not listed again: the outer one says it all. `openRoot`: the new top-level object
 * accepts any property.
 */
function diffMembers(old: Map<string, Member>, next: Map<string, Member>, side: Side, openRoot = false): Change[] {
  const request = side === 'request'
  const changes: Change[] = []
  const onlyIn = (a: Map<string, Member>, b: Map<string, Member>): string[] => [...a.keys()].filter((name) => !b.has(name))
  const added = new Set(onlyIn(next, old))
  const removed = new Set(onlyIn(old, next))
  const outermost = (names: Set<string>) => [...names].filter((name) => !names.has(parentOf(name) ?? ''))

  for (const name of outermost(added)) {
    const member = next.get(name)!
    const rule = request ? (member.required ? 'required-parameter-added' : 'parameter-added') : 'property-added'
    changes.push({ rule, member: name, detail: describeShape(member.shape) })
  }
  // A parameter whose object now takes any property is still accepted, just no longer typed.
  const stillAccepted = (name: string): boolean => {
    const parent = parentOf(name)
    return parent === undefined ? openRoot : next.get(parent)?.open === true
  }
  for (const name of outermost(removed)) {
    const rule = !request ? 'property-removed' : stillAccepted(name) ? 'parameter-untyped' : 'parameter-removed'
    changes.push({ rule, member: name })
  }

  for (const [name, member] of next) {
    const was = old.get(name)
    if (was === undefined) continue
    if (was.required !== member.required) {
      const rule = request
        ? member.required ? 'parameter-made-required' : 'parameter-made-optional'
        : member.required ? 'property-made-required' : 'property-made-optional'
      changes.push({ rule, member: name })
    }
    if (was.deprecated !== member.deprecated) {
      const rule = request
        ? member.deprecated ? 'parameter-deprecated' : 'parameter-undeprecated'
        : member.deprecated ? 'property-deprecated' : 'property-undeprecated'
      changes.push({ rule, member: name })
    }
    changes.push(...diffShape(name, was.shape, member.shape, side))
  }
  return changes
}

/** Type changes of one member; an array whose items change is reported as its items (`name[]`), enum values and all. */
function diffShape(name: string, was: Shape, now: Shape, side: Side): Change[] {
  if (sameShape(was, now)) return []
  const [wasArray, nowArray] = [arrayOfShape(was), arrayOfShape(now)]
  if (wasArray !== undefined && nowArray !== undefined && wasArray.others.join('\n') === nowArray.others.join('\n')) {
    return diffShape(`${name}[]`, wasArray.items, nowArray.items, side)
  }
  const request = side === 'request'
  const before = splitLiterals(was)
  const after = splitLiterals(now)
  const sameKinds = before.others.join('\n') === after.others.join('\n')
  if (sameKinds && before.literals.length > 0 && after.literals.length > 0) {
    const added = after.literals.filter((value) => !before.literals.includes(value))
    const removed = before.literals.filter((value) => !after.literals.includes(value))
    return [
      ...(added.length > 0
        ? [{ rule: request ? ('parameter-enum-values-added' as const) : ('property-enum-values-added' as const), member: name, detail: added.join(', ') }]
        : []),
      ...(removed.length > 0
        ? [{ rule: request ? ('parameter-enum-values-removed' as const) : ('property-enum-values-removed' as const), member: name, detail: removed.join(', ') }]
        : []),
    ]
  }
  const detail = `${describeShape(was)} -> ${describeShape(now)}`
  const rule = request
    ? admits(now, was) ? 'parameter-type-widened' : 'parameter-type-changed'
    : admits(was, now) ? 'property-type-narrowed' : 'property-type-changed'
  return [{ rule, member: name, detail }]
}

const schemasOf = (document: OpenApiDocument): Record<string, JsonObject> => document.components?.schemas ?? {}

function diffSchemas(before: OpenApiDocument, after: OpenApiDocument): ChangeEntry[] {
  const old = schemasOf(before)
  const next = schemasOf(after)
  const entries: ChangeEntry[] = []
  for (const [name, schema] of Object.entries(next)) {
    if (!Object.hasOwn(old, name)) {
      entries.push(entry('schema', name, { rule: 'schema-added' }))
      continue
    }
    const changes = diffMembers(membersOf(before, old[name]), membersOf(after, schema), 'response')
    entries.push(...changes.map((change) => entry('schema', name, change)))
  }
  for (const name of Object.keys(old)) {
    if (!Object.hasOwn(next, name)) entries.push(entry('schema', name, { rule: 'schema-removed' }))
  }
  return entries
}

/** How a security scheme has credentials sent, e.g. `http bearer`, `apiKey in header seam-workspace` (not its descriptions). */
const schemeTransport = (scheme: unknown): string => {
  if (!isObject(scheme)) return JSON.stringify(scheme)
  const { type, scheme: httpScheme, in: location, name, flows, openIdConnectUrl } = scheme
  const parts = [type, httpScheme, location === undefined ? undefined : `in ${String(location)}`, name, openIdConnectUrl]
  const text = parts.filter((part) => part !== undefined).map(String).join(' ')
  return flows === undefined ? text : `${text} flows ${JSON.stringify(flows)}`
}

function diffSecuritySchemes(before: OpenApiDocument, after: OpenApiDocument): ChangeEntry[] {
  const schemesOf = (document: OpenApiDocument): JsonObject =>
    isObject(document.components?.securitySchemes) ? document.components.securitySchemes : {}
  const old = schemesOf(before)
  const next = schemesOf(after)
  const entries: ChangeEntry[] = []
  for (const [name, scheme] of Object.entries(next)) {
    if (!Object.hasOwn(old, name)) entries.push(entry('security-scheme', name, { rule: 'security-scheme-added' }))
    else if (schemeTransport(old[name]) !== schemeTransport(scheme)) {
      const detail = `${schemeTransport(old[name])} -> ${schemeTransport(scheme)}`
      entries.push(entry('security-scheme', name, { rule: 'security-scheme-changed', detail }))
    }
  }
  for (const name of Object.keys(old)) {
    if (!Object.hasOwn(next, name)) entries.push(entry('security-scheme', name, { rule: 'security-scheme-removed' }))
  }
  return entries
}
