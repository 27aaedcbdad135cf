import { isObject, type JsonObject, type OpenApiDocument } from '../spec/load.js'
import { deref } from '../spec/model.js'

/**
 * What values a schema admits, as a TypeScript user sees them: a set of alternatives (a union),
 * each a primitive type (`type:string`), a literal (`value:"on"`, `value:null`), an array of a
 * shape (`array:[...]`, the item alternatives as JSON) or a named resource schema (`ref:device`).
 * Object properties are not part of a shape: the diff lists them one by one as members.
 */
export type Shape = ReadonlySet<string>

const schemaRefPrefix = '#/components/schemas/'

/** The resource schema a `$ref` names, when it names one directly (`#/components/schemas/device`). */
const schemaRefName = (node: unknown): string | undefined => {
  if (!isObject(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith(schemaRefPrefix)) return undefined
  const name = node.$ref.slice(schemaRefPrefix.length)
  return name.includes('/') ? undefined : name.replaceAll('~1', '/').replaceAll('~0', '~')
}

const primitiveTypes = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'])
const anything = 'type:unknown'

const typeOf = (name: string): string => `type:${name}`
const valueOf = (value: unknown): string => `value:${JSON.stringify(value)}`
const arrayOf = (items: Shape): string => `array:${JSON.stringify([...items].sort())}`
const refTo = (name: string): string => `ref:${name}`
const itemsOf = (array: string): Shape => new Set(JSON.parse(array.slice('array:'.length)) as string[])

/** The shape of a schema; `$ref`s to resource schemas stay names, other `$ref`s are followed. */
export function shapeOf(document: OpenApiDocument, node: unknown, seen: ReadonlySet<unknown> = new Set()): Shape {
  const name = schemaRefName(node)
  if (name !== undefined) return new Set([refTo(name)])
  const schema = deref(document, node)
  if (schema === undefined || seen.has(schema)) return new Set([anything])
  const inner = new Set([...seen, schema])
  const alternatives = new Set<string>()
  const branches = (key: string): unknown[] => (Array.isArray(schema[key]) ? (schema[key] as unknown[]) : [])
  const union = [...branches('oneOf'), ...branches('anyOf')]

  if (Array.isArray(schema.enum)) for (const value of schema.enum) alternatives.add(valueOf(value))
  else if (schema.const !== undefined) alternatives.add(valueOf(schema.const))
  else if (union.length > 0) {
    for (const branch of union) for (const alternative of shapeOf(document, branch, inner)) alternatives.add(alternative)
  } else if (branches('allOf').length > 0) {
    for (const alternative of intersect(branches('allOf').map((branch) => shapeOf(document, branch, inner)))) {
      alternatives.add(alternative)
    }
  } else {
    const types: unknown[] = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type]
    for (const type of types) {
      if (typeof type !== 'string' || !primitiveTypes.has(type)) alternatives.add(anything)
      else if (type === 'array') alternatives.add(arrayOf(shapeOf(document, schema.items, inner)))
      else alternatives.add(typeOf(type))
    }
    if (types.length === 0) alternatives.add(isObject(schema.properties) ? typeOf('object') : anything)
  }
  if (schema.nullable === true) alternatives.add(typeOf('null'))
  return alternatives
}

/** allOf: the alternatives every branch admits (a branch that admits anything does not narrow). */
function intersect(shapes: Shape[]): Shape {
  const narrowing = shapes.filter((shape) => !shape.has(anything))
  const [first] = narrowing
  if (first === undefined) return new Set([anything])
  return new Set([...first].filter((alternative) => narrowing.every((shape) => admits(shape, new Set([alternative])))))
}

function admitsAlternative(wide: string, narrow: string): boolean {
  if (wide === narrow || wide === anything) return true
  if (wide.startsWith('array:') && narrow.startsWith('array:')) return admits(itemsOf(wide), itemsOf(narrow))
  if (!wide.startsWith('type:')) return false
  const type = wide.slice('type:'.length)
  if (narrow.startsWith('type:')) return type === 'number' && narrow === typeOf('integer')
  if (!narrow.startsWith('value:')) return false
  const value: unknown = JSON.parse(narrow.slice('value:'.length))
  if (type === 'null') return value === null
  if (type === 'integer') return Number.isInteger(value)
  return typeof value === type
}

/** Whether every value `narrow` admits is also admitted by `wide`. */
export function admits(wide: Shape, narrow: Shape): boolean {
  return [...narrow].every((n) => [...wide].some((w) => admitsAlternative(w, n)))
}

/** A shape that is one array (beside other alternatives): its items, and the other alternatives. */
export function arrayOfShape(shape: Shape): { items: Shape; others: string[] } | undefined {
  const arrays = [...shape].filter((a) => a.startsWith('array:'))
  if (arrays.length !== 1) return undefined
  return { items: itemsOf(arrays[0]!), others: [...shape].filter((a) => !a.startsWith('array:')).sort() }
}

export const sameShape = (a: Shape, b: Shape): boolean => a.size === b.size && [...a].every((x) => b.has(x))

/** The literal alternatives of a shape (its enum values, as JSON), and the rest. */
export function splitLiterals(shape: Shape): { literals: string[]; others: string[] } {
  const all = [...shape].sort()
  return {
    literals: all.filter((a) => a.startsWith('value:')).map((a) => a.slice('value:'.length)),
    others: all.filter((a) => !a.startsWith('value:')),
  }
}

/** A shape as a TypeScript-like type: `"on" | "off" | null`, `string[]`, `device`. */
export function describeShape(shape: Shape): string {
  const text = (alternative: string): string => {
    if (alternative.startsWith('ref:')) return alternative.slice('ref:'.length)
    if (alternative.startsWith('value:')) return alternative.slice('value:'.length)
    if (alternative.startsWith('array:')) {
      const items = itemsOf(alternative)
      return items.size === 1 ? `${describeShape(items)}[]` : `Array<${describeShape(items)}>`
    }
    return alternative.slice('type:'.length)
  }
  const nullLast = (a: string): number => (a === typeOf('null') || a === valueOf(null) ? 1 : 0)
  return [...shape]
    .sort()
    .sort((a, b) => nullLast(a) - nullLast(b))
    .map(text)
    .join(' | ')
}

/** One property of an object schema (or parameter of a request), flattened to a dotted name. */
export interface Member {
  required: boolean
  deprecated: boolean
  shape: Shape
  /** An object that accepts any other property too (`additionalProperties`), so any name type-checks in it. */
  open: boolean
}

/** Whether an object schema (or one of its allOf/oneOf/anyOf branches) accepts properties it does not name. */
export function acceptsAnyProperty(document: OpenApiDocument, node: unknown, seen: ReadonlySet<unknown> = new Set()): boolean {
  const schema = deref(document, node)
  if (schema === undefined || seen.has(schema)) return false
  if (schema.additionalProperties === true || isObject(schema.additionalProperties)) return true
  const inner = new Set([...seen, schema])
  return ['allOf', 'oneOf', 'anyOf'].some(
    (key) => Array.isArray(schema[key]) && (schema[key] as unknown[]).some((branch) => acceptsAnyProperty(document, branch, inner)),
  )
}

const isDeprecated = (schema: JsonObject): boolean =>
  schema.deprecated === true || (schema['x-deprecated'] !== undefined && schema['x-deprecated'] !== false)

/**
 * The properties of an object schema by dotted name (`settings.auto_lock`, `devices[].name`),
 * with the properties of allOf branches merged in, and those of oneOf/anyOf branches too (a
 * property is required when every branch requires it). Resource schemas named by `$ref` are
 * not entered: they are diffed once, on their own.
 */
export function membersOf(document: OpenApiDocument, node: unknown, prefix = '', members = new Map<string, Member>()): Map<string, Member> {
  collect(document, node, prefix, members, new Set())
  return members
}

function collect(document: OpenApiDocument, node: unknown, prefix: string, members: Map<string, Member>, seen: ReadonlySet<unknown>): void {
  if (schemaRefName(node) !== undefined) return
  const schema = deref(document, node)
  if (schema === undefined || seen.has(schema)) return
  const inner = new Set([...seen, schema])
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [])
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      const resolved = deref(document, property) ?? {}
      addMember(members, `${prefix}${name}`, {
        required: required.has(name),
        deprecated: isDeprecated(resolved),
        shape: shapeOf(document, property),
        open: acceptsAnyProperty(document, property),
      })
      const items = resolved.type === 'array' ? resolved.items : undefined
      if (items !== undefined) collect(document, items, `${prefix}${name}[].`, members, inner)
      else collect(document, property, `${prefix}${name}.`, members, inner)
    }
  }
  const branches = (key: string): unknown[] => (Array.isArray(schema[key]) ? (schema[key] as unknown[]) : [])
  for (const branch of branches('allOf')) collect(document, branch, prefix, members, inner)
  const alternatives = [...branches('oneOf'), ...branches('anyOf')]
  if (alternatives.length > 0) {
    const perBranch = alternatives.map((branch) => {
      const own = new Map<string, Member>()
      collect(document, branch, prefix, own, inner)
      return own
    })
    for (const own of perBranch) {
      for (const [name, member] of own) {
        const everywhere = perBranch.every((other) => other.get(name)?.required === true)
        addMember(members, name, { ...member, required: member.required && everywhere })
      }
    }
  }
}

/** A member seen twice (in two branches) admits either shape, and is required if either place requires it. */
function addMember(members: Map<string, Member>, name: string, member: Member): void {
  const known = members.get(name)
  if (known === undefined) {
    members.set(name, member)
    return
  }
  members.set(name, {
    required: known.required || member.required,
    deprecated: known.deprecated && member.deprecated,
    shape: new Set([...known.shape, ...member.shape]),
    open: known.open || member.open,
  })
}
