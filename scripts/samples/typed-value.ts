import { isObject, type JsonObject } from '../spec/load.js'
import { snakeIdentifier } from '../spec/model.js'
import type { Sample, SampleValue } from './sample.js'

/**
 * The statically typed SDKs (Go, Java, C#) need more than a JSON value to write a literal:
 * which objects are classes with fields and which are free-form maps, which strings are enum
 * members, what type a list's items have. This module reads that from the schema a value was
 * synthesised from, and falls back to what the value itself shows where the schema is silent.
 * A sample carries its operation's schemas but not the document, so a `$ref` (a resource in a
 * response) gives the type's name only, and what is inside it is typed from the value.
 */

/** A named type of an SDK: a component schema, or a type nested under an operation's request. */
export interface TypeName {
  /** `request` for types an SDK declares per operation, else the component schema's name. */
  root: { kind: 'request' } | { kind: 'component'; name: string }
  /** The property names (snake_case) from the root down; `item` steps into a list's items. */
  path: string[]
}

export type ValueType =
  | { kind: 'string' | 'integer' | 'number' | 'boolean' | 'map' | 'any' }
  | { kind: 'struct' | 'enum'; name: TypeName }
  | { kind: 'list'; item: ValueType }

export type TypedValue =
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'integer' | 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'enum'; name: TypeName; value: string }
  | { kind: 'list'; item: ValueType; items: TypedValue[] }
  | { kind: 'struct'; name: TypeName; fields: Array<[string, TypedValue]> }
  | { kind: 'map'; entries: Array<[string, TypedValue]> }

const componentPrefix = '#/components/schemas/'

/** The request parameters as the fields of the operation's request type. */
export function typedParameters(sample: Sample): Array<[string, TypedValue]> {
  const root: TypeName = { root: { kind: 'request' }, path: [] }
  return Object.entries(sample.parameters).map(([key, value]) => {
    const schema =
      propertySchema(sample.operation.requestSchema, key) ??
      sample.operation.queryParameters.find((parameter) => parameter.name === key)?.schema
    return [key, typeValue(schema, child(root, key), value)]
  })
}

/** The response as the SDK returns it, typed after the response key's schema; undefined for void. */
export function typedResponse(sample: Sample): TypedValue | undefined {
  const { operation, response } = sample
  if (response === undefined || operation.responseKey === undefined) return undefined
  const schema = isObject(operation.responseSchema?.properties)
    ? operation.responseSchema.properties[operation.responseKey]
    : undefined
  const name: TypeName = { root: { kind: 'component', name: operation.responseKey }, path: [] }
  return typeValue(schema, name, response)
}

/**
 * Words of an identifier made from free text (an enum member, a property name), or an empty
 * list when the text has no letters or digits to make one from.
 */
export const identifierWords = (text: string): string[] => snakeIdentifier(text).split('_').filter((w) => w !== '')

// A key a class can have as a field: the SDKs derive the field's name from it.
const fieldKey = /^[A-Za-z][A-Za-z0-9_]*$/

const child = (name: TypeName, key: string): TypeName => ({ root: name.root, path: [...name.path, key] })

function typeValue(raw: unknown, name: TypeName, value: SampleValue): TypedValue {
  const named = componentName(raw)
  const typeName: TypeName = named === undefined ? name : { root: { kind: 'component', name: named }, path: [] }
  const schemas = alternatives(raw)
  if (value === null) return { kind: 'null' }
  if (typeof value === 'boolean') return { kind: 'boolean', value }
  if (typeof value === 'number') {
    const declared = schemas.find((s) => s.type === 'integer' || s.type === 'number')?.type
    // Past 2^53 a whole number is a float in JSON, and overflows the SDKs' integer types.
    const kind = declared === 'integer' || (declared === undefined && Number.isSafeInteger(value)) ? 'integer' : 'number'
    return { kind, value }
  }
  if (typeof value === 'string') {
    const isMember = schemas.some((s) => Array.isArray(s.enum) && s.enum.includes(value))
    return isMember && identifierWords(value).length > 0
      ? { kind: 'enum', name: typeName, value }
      : { kind: 'string', value }
  }
  if (Array.isArray(value)) {
    const itemSchema = schemas.find((s) => s.items !== undefined)?.items
    const itemName = child(typeName, 'item')
    const items = value.map((item) => typeValue(itemSchema, itemName, item))
    return { kind: 'list', item: commonType(items) ?? schemaType(itemSchema, itemName), items }
  }
  const keys = Object.keys(value)
  // Without a schema, an object whose keys can all be field names reads as a class.
  const declaresFields = schemas.length === 0 ? keys.length > 0 : schemas.some((s) => isObject(s.properties))
  const isStruct = declaresFields && keys.every((key) => fieldKey.test(key))
  const entries = keys.map((key): [string, TypedValue] => {
    const schema = propertySchema(raw, key) ?? schemas.find((s) => isObject(s.additionalProperties))?.additionalProperties
    return [key, typeValue(schema, child(typeName, key), value[key] ?? null)]
  })
  return isStruct ? { kind: 'struct', name: typeName, fields: entries } : { kind: 'map', entries }
}

/** The type of a list whose items do not show it (none, or only nulls), from the item schema. */
function schemaType(raw: unknown, name: TypeName): ValueType {
  const named = componentName(raw)
  const typeName: TypeName = named === undefined ? name : { root: { kind: 'component', name: named }, path: [] }
  const schema = alternatives(raw)[0]
  if (schema === undefined) return { kind: 'any' }
  if (Array.isArray(schema.enum)) return { kind: 'enum', name: typeName }
  switch (schema.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return { kind: schema.type }
    case 'array':
      return { kind: 'list', item: schemaType(schema.items, child(typeName, 'item')) }
    case 'object':
      return isObject(schema.properties) ? { kind: 'struct', name: typeName } : { kind: 'map' }
    default:
      return { kind: 'any' }
  }
}

function typeOf(value: TypedValue): ValueType | undefined {
  switch (value.kind) {
    case 'null':
      return undefined
    case 'list':
      return { kind: 'list', item: value.item }
    case 'struct':
    case 'enum':
      return { kind: value.kind, name: value.name }
    case 'map':
    case 'boolean':
    case 'integer':
    case 'number':
    case 'string':
      return { kind: value.kind }
  }
}

/** The one type all non-null items share; `any` when they differ, undefined when none shows one. */
function commonType(items: TypedValue[]): ValueType | undefined {
  const types = items.map(typeOf).filter((type) => type !== undefined)
  if (types.length === 0) return undefined
  const first = JSON.stringify(types[0])
  return types.every((type) => JSON.stringify(type) === first) ? types[0] : { kind: 'any' }
}

const componentName = (raw: unknown): string | undefined =>
  isObject(raw) && typeof raw.$ref === 'string' && raw.$ref.startsWith(componentPrefix)
    ? raw.$ref.slice(componentPrefix.length)
    : undefined

/** The schema and every schema it combines (allOf, oneOf, anyOf), outermost first; none past a `$ref`. */
function alternatives(raw: unknown): JsonObject[] {
  if (!isObject(raw) || raw.$ref !== undefined) return []
  const parts = ['allOf', 'oneOf', 'anyOf'].flatMap((k) => (Array.isArray(raw[k]) ? (raw[k] as unknown[]) : []))
  return [raw, ...parts.flatMap(alternatives)]
}

function propertySchema(raw: unknown, key: string): unknown {
  for (const schema of alternatives(raw)) {
    if (isObject(schema.properties) && Object.hasOwn(schema.properties, key)) return schema.properties[key]
  }
  return undefined
}
