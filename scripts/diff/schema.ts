// One file because reading a schema by meaning ($ref, allOf, unions, nullable) is one recursive reader.
import {
  isObject,
  unescapePointerToken,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import { deref } from '../spec/model.js'

/**
 * What a schema means, whatever way it is written: `$ref`s followed, `allOf` branches
 * intersected, nested `oneOf`/`anyOf` flattened, `nullable` and `enum: [null]` both a `null`
 * alternative. A meaning is a list of alternatives (a union); object properties, array items
 * and such stay raw schemas, read when a comparison reaches them, so that recursive schemas
 * are read one level at a time.
 */
export type Alternative =
  | { kind: 'any' }
  | { kind: 'type'; type: PrimitiveType; constraints: Constraints }
  | { kind: 'value'; value: unknown }
  | { kind: 'array'; items: unknown; constraints: Constraints }
  | { kind: 'object'; properties: Map<string, Property>; open: boolean }

export type PrimitiveType = 'string' | 'number' | 'integer' | 'boolean' | 'null'

export interface Property {
  /** The property's raw schema (possibly a `$ref`, or an `allOf` of the schemas merged into it). */
  schema: unknown
  required: boolean
}

export interface Meaning {
  alternatives: Alternative[]
}

/** The validation keywords of a request value that TypeScript cannot express (see the constraint rules). */
export const constraintKeywords = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minItems',
  'maxItems',
] as const

export type ConstraintKeyword = (typeof constraintKeywords)[number]
export type Constraints = Partial<Record<ConstraintKeyword, unknown>>

const unionKeys = ['oneOf', 'anyOf'] as const
const primitiveTypes = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'null',
])
const any: Alternative = { kind: 'any' }

const schemaRefPrefix = '#/components/schemas/'

/** The resource schema a `$ref` names, when it names one directly (`#/components/schemas/device`). */
export const schemaRefName = (node: unknown): string | undefined => {
  if (
    !isObject(node) ||
    typeof node.$ref !== 'string' ||
    !node.$ref.startsWith(schemaRefPrefix)
  )
    return undefined
  const name = node.$ref.slice(schemaRefPrefix.length)
  return name.includes('/') ? undefined : unescapePointerToken(name)
}

const constraintsOf = (schema: JsonObject): Constraints => {
  const constraints: Constraints = {}
  for (const keyword of constraintKeywords)
    if (schema[keyword] !== undefined) constraints[keyword] = schema[keyword]
  return constraints
}

/** Reads the meaning of the schemas of one document, each once. */
export class SchemaReader {
  private readonly meanings = new WeakMap<object, Meaning>()
  private readonly reading = new Set<object>()
  private readonly resolved = new WeakMap<object, JsonObject | undefined>()
  private readonly plainKinds = new WeakMap<object, Kinds>()
  private readonly namedKinds = new WeakMap<object, Kinds>()
  private readonly listing = new Set<object>()

  constructor(readonly document: OpenApiDocument) {}

  /** The schema a node resolves to after its `$ref`s. */
  resolve(node: unknown): JsonObject | undefined {
    if (!isObject(node) || typeof node.$ref !== 'string')
      return isObject(node) ? node : undefined
    if (!this.resolved.has(node))
      this.resolved.set(node, deref(this.document, node))
    return this.resolved.get(node)
  }

  /** The kinds of a schema's values (see Kinds). `named`: a `$ref` to a resource schema shows as its name (for display). */
  kinds(node: unknown, named = false): Kinds {
    const name = named ? schemaRefName(node) : undefined
    if (name !== undefined) return new Set([`ref:${name}`])
    const schema = this.resolve(node)
    if (schema === undefined) return new Set([anything])
    const cache = named ? this.namedKinds : this.plainKinds
    const known = cache.get(schema)
    if (known !== undefined) return known
    // An array of itself: its items admit anything as far as its kinds go.
    if (this.listing.has(schema)) return new Set([anything])
    this.listing.add(schema)
    try {
      const kinds = new Set<string>()
      for (const alternative of this.meaning(schema).alternatives) {
        if (alternative.kind === 'any') kinds.add(anything)
        else if (alternative.kind === 'type')
          kinds.add(typeOf(alternative.type))
        else if (alternative.kind === 'value')
          kinds.add(valueOf(alternative.value))
        else if (alternative.kind === 'object') kinds.add(typeOf('object'))
        else kinds.add(arrayOf(this.kinds(alternative.items, named)))
      }
      cache.set(schema, kinds)
      return kinds
    } finally {
      this.listing.delete(schema)
    }
  }

  meaning(node: unknown): Meaning {
    const schema = this.resolve(node)
    if (schema === undefined) return { alternatives: [any] }
    const known = this.meanings.get(schema)
    if (known !== undefined) return known
    // A schema that is its own allOf/oneOf branch admits whatever the rest of it allows.
    if (this.reading.has(schema)) return { alternatives: [any] }
    this.reading.add(schema)
    try {
      const meaning = { alternatives: this.read(schema) }
      this.meanings.set(schema, meaning)
      return meaning
    } finally {
      this.reading.delete(schema)
    }
  }

  /** Whether the property schema, or what it resolves to, or one of its allOf branches, is deprecated. */
  deprecated(node: unknown): boolean {
    const schema = this.resolve(node)
    if (schema === undefined) return false
    if (
      schema.deprecated === true ||
      (schema['x-deprecated'] !== undefined && schema['x-deprecated'] !== false)
    )
      return true
    return (
      Array.isArray(schema.allOf) &&
      schema.allOf.some((branch) => this.deprecated(branch))
    )
  }

  private read(schema: JsonObject): Alternative[] {
    const parts: Alternative[][] = [this.own(schema)]
    for (const key of unionKeys) {
      const branches = schema[key]
      if (!Array.isArray(branches) || branches.length === 0) continue
      const union: Alternative[] = []
      for (const branch of branches)
        union.push(...this.meaning(branch).alternatives)
      parts.push(union)
    }
    if (Array.isArray(schema.allOf)) {
      for (const branch of schema.allOf)
        parts.push(this.meaning(branch).alternatives)
    }
    // Most schemas have no union or allOf, and no enum value twice: nothing to merge.
    const alternatives =
      parts.length === 1 && !Array.isArray(schema.enum)
        ? parts[0]!
        : dedupe(parts.reduce(intersect))
    if (schema.nullable === true && !alternatives.some(isNull))
      alternatives.push(nullType)
    return alternatives
  }

  /** The alternatives the schema's own keywords give, leaving out its allOf/oneOf/anyOf. */
  private own(schema: JsonObject): Alternative[] {
    if (Array.isArray(schema.enum)) return schema.enum.map(literal)
    if (schema.const !== undefined) return [literal(schema.const)]
    const types: unknown[] = Array.isArray(schema.type)
      ? schema.type
      : schema.type === undefined
        ? []
        : [schema.type]
    if (types.length === 0) {
      if (isObject(schema.properties)) return [this.object(schema)]
      return [any]
    }
    return types.map((type): Alternative => {
      if (type === 'object') return this.object(schema)
      if (type === 'array')
        return {
          kind: 'array',
          items: schema.items,
          constraints: constraintsOf(schema),
        }
      if (typeof type === 'string' && primitiveTypes.has(type)) {
        return {
          kind: 'type',
          type: type as PrimitiveType,
          constraints: constraintsOf(schema),
        }
      }
      return any
    })
  }

  private object(schema: JsonObject): Alternative {
    const required = new Set(
      Array.isArray(schema.required) ? schema.required : [],
    )
    const properties = new Map<string, Property>()
    if (isObject(schema.properties)) {
      for (const [name, property] of Object.entries(schema.properties))
        properties.set(name, { schema: property, required: required.has(name) })
    }
    const open =
      schema.additionalProperties === true ||
      isObject(schema.additionalProperties)
    return { kind: 'object', properties, open }
  }
}

const nullType: Alternative = { kind: 'type', type: 'null', constraints: {} }
const isNull = (alternative: Alternative): boolean =>
  alternative.kind === 'type' && alternative.type === 'null'
const literal = (value: unknown): Alternative =>
  value === null ? nullType : { kind: 'value', value }

/** Alternatives that are the same literal or the same unconstrained type once. */
function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>()
  return alternatives.filter((alternative) => {
    const key =
      alternative.kind === 'value'
        ? `value:${JSON.stringify(alternative.value)}`
        : alternative.kind === 'type' &&
            Object.keys(alternative.constraints).length === 0
          ? `type:${alternative.type}`
          : alternative.kind === 'any'
            ? 'any'
            : undefined
    if (key === undefined) return true
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** allOf: every combination of one alternative from each side that some value can meet. */
function intersect(left: Alternative[], right: Alternative[]): Alternative[] {
  const result: Alternative[] = []
  for (const a of left) {
    for (const b of right) {
      const both = intersectAlternatives(a, b)
      if (both !== undefined) result.push(both)
    }
  }
  return result
}

function intersectAlternatives(
  a: Alternative,
  b: Alternative,
): Alternative | undefined {
  if (a.kind === 'any') return b
  if (b.kind === 'any') return a
  if (a.kind === 'value' && b.kind === 'value')
    return JSON.stringify(a.value) === JSON.stringify(b.value) ? a : undefined
  if (a.kind === 'value')
    return b.kind === 'type' && typeAdmits(b.type, a.value) ? a : undefined
  if (b.kind === 'value')
    return a.kind === 'type' && typeAdmits(a.type, b.value) ? b : undefined
  if (a.kind === 'type' && b.kind === 'type') {
    const constraints = { ...a.constraints, ...b.constraints }
    if (a.type === b.type) return { kind: 'type', type: a.type, constraints }
    const types = new Set([a.type, b.type])
    return types.has('integer') && types.has('number')
      ? { kind: 'type', type: 'integer', constraints }
      : undefined
  }
  if (a.kind === 'array' && b.kind === 'array') {
    return {
      kind: 'array',
      items: { allOf: [a.items ?? {}, b.items ?? {}] },
      constraints: { ...a.constraints, ...b.constraints },
    }
  }
  if (a.kind === 'object' && b.kind === 'object') {
    const properties = new Map(a.properties)
    for (const [name, property] of b.properties) {
      const other = properties.get(name)
      properties.set(
        name,
        other === undefined
          ? property
          : {
              schema: { allOf: [other.schema, property.schema] },
              required: other.required || property.required,
            },
      )
    }
    return { kind: 'object', properties, open: a.open || b.open }
  }
  return undefined
}

function typeAdmits(type: PrimitiveType, value: unknown): boolean {
  if (type === 'null') return value === null
  if (type === 'integer') return Number.isInteger(value)
  return typeof value === type
}

/**
 * The kinds of values a meaning admits, as a TypeScript user sees them: each a primitive type
 * (`type:string`), a literal (`value:"on"`), an array of kinds (`array:[...]`, the items' kinds
 * as JSON), an object (`type:object`, its properties compared one by one elsewhere) or a named
 * resource schema (`ref:device`, only in what is shown, never compared).
 */
export type Kinds = ReadonlySet<string>

const anything = 'type:unknown'
const typeOf = (name: string): string => `type:${name}`
const valueOf = (value: unknown): string => `value:${JSON.stringify(value)}`
const arrayOf = (items: Kinds): string =>
  `array:${JSON.stringify([...items].sort())}`
const itemsOf = (array: string): Kinds =>
  new Set(JSON.parse(array.slice('array:'.length)) as string[])

function admitsKind(wide: string, narrow: string): boolean {
  if (wide === narrow || wide === anything) return true
  if (wide.startsWith('array:') && narrow.startsWith('array:'))
    return admits(itemsOf(wide), itemsOf(narrow))
  if (!wide.startsWith('type:')) return false
  const type = wide.slice('type:'.length)
  if (narrow.startsWith('type:'))
    return type === 'number' && narrow === typeOf('integer')
  if (!narrow.startsWith('value:')) return false
  return typeAdmits(
    type as PrimitiveType,
    JSON.parse(narrow.slice('value:'.length)),
  )
}

/** Whether every value `narrow` admits is also admitted by `wide`. */
export function admits(wide: Kinds, narrow: Kinds): boolean {
  return [...narrow].every((n) => [...wide].some((w) => admitsKind(w, n)))
}

/** Kinds that are one array (beside other kinds): its items, and the other kinds. */
export function arrayOfKinds(
  kinds: Kinds,
): { items: Kinds; others: string[] } | undefined {
  const arrays = [...kinds].filter((a) => a.startsWith('array:'))
  if (arrays.length !== 1) return undefined
  return {
    items: itemsOf(arrays[0]!),
    others: [...kinds].filter((a) => !a.startsWith('array:')).sort(),
  }
}

export const sameKinds = (a: Kinds, b: Kinds): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x))

/** The literal kinds (enum values, as JSON), and the rest. */
export function splitLiterals(kinds: Kinds): {
  literals: string[]
  others: string[]
} {
  const all = [...kinds].sort()
  return {
    literals: all
      .filter((a) => a.startsWith('value:'))
      .map((a) => a.slice('value:'.length)),
    others: all.filter((a) => !a.startsWith('value:')),
  }
}

/** Kinds as a TypeScript-like type: `"on" | "off" | null`, `string[]`, `device`. */
export function describeKinds(kinds: Kinds): string {
  const text = (kind: string): string => {
    if (kind.startsWith('ref:')) return kind.slice('ref:'.length)
    if (kind.startsWith('value:')) return kind.slice('value:'.length)
    if (kind.startsWith('array:')) {
      const items = itemsOf(kind)
      return items.size === 1
        ? `${describeKinds(items)}[]`
        : `Array<${describeKinds(items)}>`
    }
    return kind.slice('type:'.length)
  }
  const nullLast = (a: string): number => (a === typeOf('null') ? 1 : 0)
  return [...kinds]
    .sort()
    .sort((a, b) => nullLast(a) - nullLast(b))
    .map(text)
    .join(' | ')
}
