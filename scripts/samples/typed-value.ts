// One file because the statically typed languages share one walk from a value and its schema to a typed literal.
import {
  isObject,
  resolvePointer,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import { snakeIdentifier } from '../spec/model.js'
import type { Sample, SampleValue } from './sample.js'

/**
 * The statically typed SDKs (Go, Java, C#) need more than a JSON value to write a literal:
 * which objects are classes with fields and which are free-form maps, which strings are enum
 * members, what type a list's items have. This module reads that from the schema a value was
 * synthesised from, and falls back to what the value itself shows where the schema is silent.
 * A `$ref` (a resource in a response) names the type, and its schema types what is inside.
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
  | {
      kind: 'struct'
      name: TypeName
      fields: Array<[string, TypedValue]>
      required: readonly string[]
    }
  | { kind: 'map'; entries: Array<[string, TypedValue]> }

const componentPrefix = '#/components/schemas/'

/**
 * The request: its fields, and which of them the schema requires, in the schema's `required`
 * order. A `oneOf` body is a union in the Go and Java SDKs; `variant` then names the
 * alternative the values fill, and the fields' types are named under it.
 */
export interface TypedRequest {
  fields: Array<[string, TypedValue]>
  required: readonly string[]
  variant?: string
}

/**
 * The request parameters as the fields of the operation's request type; with `unions`, a
 * `oneOf` body as the variant the parameters fill (C#'s SDK flattens unions, Go's and Java's
 * do not).
 */
export function typedRequest(
  sample: Sample,
  options: { unions: boolean },
): TypedRequest {
  const { operation, document } = sample
  const variants =
    operation.requestSchema === undefined
      ? []
      : bodyVariants(document, operation.requestSchema)
  const variant = options.unions
    ? chosenVariant(variants, sample.parameters)
    : undefined
  const root: TypeName = {
    root: { kind: 'request' },
    path: variant === undefined ? [] : [variant.name],
  }
  const schema = variant?.schema ?? operation.requestSchema
  const fields = Object.entries(sample.parameters).map(
    ([key, value]): [string, TypedValue] => {
      const property =
        propertySchema(document, schema, key) ??
        propertySchema(document, operation.requestSchema, key) ??
        operation.queryParameters.find((parameter) => parameter.name === key)
          ?.schema
      return [key, typeValue(document, property, child(root, key), value)]
    },
  )
  const required = [
    ...requiredOf(document, schema),
    ...operation.queryParameters
      .filter((parameter) => parameter.required)
      .map((parameter) => parameter.name),
  ]
  return {
    fields,
    required,
    ...(variant === undefined ? {} : { variant: variant.name }),
  }
}

/** One alternative of a `oneOf` request body, with the name the SDKs give its type. */
export interface BodyVariant {
  /** snake_case, e.g. `connected_account_id` for `ConnectedAccountsGetRequestConnectedAccountId`. */
  name: string
  schema: JsonObject
}

/**
 * The alternatives of a `oneOf` body (none for any other body), named as Fern names them in
 * the Go and Java SDKs: after the properties only that alternative has
 * (`ConnectedAccountsGetRequestEmail`); when it has none of its own, after the value of a
 * one-value enum that tells it apart (`...RequestOff` for `hvac_mode_setting: off`); else by
 * its position, from 1.
 */
export function bodyVariants(
  document: OpenApiDocument,
  body: JsonObject,
): BodyVariant[] {
  if (!Array.isArray(body.oneOf)) return []
  const schemas = body.oneOf.map((raw) => derefSchema(document, raw) ?? {})
  const keysOf = (schema: JsonObject): string[] =>
    isObject(schema.properties) ? Object.keys(schema.properties) : []
  const constantOf = (schema: JsonObject): string | undefined => {
    const properties = isObject(schema.properties)
      ? Object.values(schema.properties)
      : []
    for (const raw of properties) {
      const property = derefSchema(document, raw)
      if (
        Array.isArray(property?.enum) &&
        property.enum.length === 1 &&
        typeof property.enum[0] === 'string'
      )
        return property.enum[0]
    }
    return undefined
  }
  return schemas.map((schema, index) => {
    const others = schemas.filter((_, i) => i !== index)
    const own = keysOf(schema).filter((key) =>
      others.every((other) => !keysOf(other).includes(key)),
    )
    const constant = constantOf(schema)
    const constantIsOwn =
      constant !== undefined &&
      others.every((other) => constantOf(other) !== constant)
    const name =
      own.length > 0
        ? own.join('_')
        : constantIsOwn && identifierWords(constant).length > 0
          ? identifierWords(constant).join('_')
          : String(index + 1)
    return { name, schema }
  })
}

/** The first alternative whose properties hold every parameter and whose required ones are all given. */
function chosenVariant(
  variants: BodyVariant[],
  parameters: Sample['parameters'],
): BodyVariant | undefined {
  const keys = Object.keys(parameters)
  return variants.find(({ schema }) => {
    const properties = isObject(schema.properties) ? schema.properties : {}
    const required = Array.isArray(schema.required)
      ? (schema.required as string[])
      : []
    return (
      keys.every((key) => Object.hasOwn(properties, key)) &&
      required.every((key) => keys.includes(key))
    )
  })
}

/** The response as the SDK returns it, typed after the response key's schema; undefined for void. */
export function typedResponse(sample: Sample): TypedValue | undefined {
  const { operation, response, document } = sample
  if (response === undefined || operation.responseKey === undefined)
    return undefined
  const schema = isObject(operation.responseSchema?.properties)
    ? operation.responseSchema.properties[operation.responseKey]
    : undefined
  const name: TypeName = {
    root: { kind: 'component', name: operation.responseKey },
    path: [],
  }
  return typeValue(document, schema, name, response)
}

/**
 * Words of an identifier made from free text (an enum member, a property name), or an empty
 * list when the text has no letters or digits to make one from.
 */
export const identifierWords = (text: string): string[] =>
  snakeIdentifier(text)
    .split('_')
    .filter((w) => w !== '')

// A key a class can have as a field: the SDKs derive the field's name from it.
const fieldKey = /^[A-Za-z][A-Za-z0-9_]*$/

const child = (name: TypeName, key: string): TypeName => ({
  root: name.root,
  path: [...name.path, key],
})

function typeValue(
  document: OpenApiDocument,
  raw: unknown,
  name: TypeName,
  value: SampleValue,
): TypedValue {
  const named = componentName(raw)
  const typeName: TypeName =
    named === undefined
      ? name
      : { root: { kind: 'component', name: named }, path: [] }
  const schemas = alternatives(document, raw)
  if (value === null) return { kind: 'null' }
  if (typeof value === 'boolean') return { kind: 'boolean', value }
  if (typeof value === 'number') {
    const declared = schemas.find(
      (s) => s.type === 'integer' || s.type === 'number',
    )?.type
    // Past 2^53 a whole number is a float in JSON, and overflows the SDKs' integer types.
    const kind =
      declared === 'integer' ||
      (declared === undefined && Number.isSafeInteger(value))
        ? 'integer'
        : 'number'
    return { kind, value }
  }
  if (typeof value === 'string') {
    const isMember = schemas.some(
      (s) => Array.isArray(s.enum) && s.enum.includes(value),
    )
    return isMember
      ? { kind: 'enum', name: typeName, value }
      : { kind: 'string', value }
  }
  if (Array.isArray(value)) {
    const itemSchema = schemas.find((s) => s.items !== undefined)?.items
    const itemName = child(typeName, 'item')
    const items = value.map((item) =>
      typeValue(document, itemSchema, itemName, item),
    )
    return {
      kind: 'list',
      item: commonType(items) ?? schemaType(document, itemSchema, itemName),
      items,
    }
  }
  const keys = Object.keys(value)
  // Without a schema, an object whose keys can all be field names reads as a class.
  const declaresFields =
    schemas.length === 0
      ? keys.length > 0
      : schemas.some((s) => isObject(s.properties))
  const isStruct = declaresFields && keys.every((key) => fieldKey.test(key))
  // Of a union's alternatives, those the value's enum-valued properties fit (`action_type: UNLOCK_DOOR`).
  const fitting = schemas.filter((schema) => fits(document, schema, value))
  const entries = keys.map((key): [string, TypedValue] => {
    const schema =
      propertyOf(fitting, key) ??
      propertyOf(schemas, key) ??
      schemas.find((s) => isObject(s.additionalProperties))
        ?.additionalProperties
    return [
      key,
      typeValue(document, schema, child(typeName, key), value[key] ?? null),
    ]
  })
  return isStruct
    ? {
        kind: 'struct',
        name: typeName,
        fields: entries,
        required: requiredOf(document, raw),
      }
    : { kind: 'map', entries }
}

/** The type of a list whose items do not show it (none, or only nulls), from the item schema. */
function schemaType(
  document: OpenApiDocument,
  raw: unknown,
  name: TypeName,
): ValueType {
  const named = componentName(raw)
  const typeName: TypeName =
    named === undefined
      ? name
      : { root: { kind: 'component', name: named }, path: [] }
  const schema = alternatives(document, raw)[0]
  if (schema === undefined) return { kind: 'any' }
  if (Array.isArray(schema.enum)) return { kind: 'enum', name: typeName }
  switch (schema.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return { kind: schema.type }
    case 'array':
      return {
        kind: 'list',
        item: schemaType(document, schema.items, child(typeName, 'item')),
      }
    case 'object':
      return isObject(schema.properties)
        ? { kind: 'struct', name: typeName }
        : { kind: 'map' }
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
  return types.every((type) => JSON.stringify(type) === first)
    ? types[0]
    : { kind: 'any' }
}

const componentName = (raw: unknown): string | undefined =>
  isObject(raw) &&
  typeof raw.$ref === 'string' &&
  raw.$ref.startsWith(componentPrefix)
    ? raw.$ref.slice(componentPrefix.length)
    : undefined

/** The schema a node stands for, through `$ref`s (none there is no such schema). */
function derefSchema(
  document: OpenApiDocument,
  raw: unknown,
): JsonObject | undefined {
  let current = raw
  for (
    const seen = new Set<string>();
    isObject(current) && typeof current.$ref === 'string';
  ) {
    if (seen.has(current.$ref)) return undefined
    seen.add(current.$ref)
    current = resolvePointer(document, current.$ref)
  }
  return isObject(current) ? current : undefined
}

/** The schema and every schema it combines (allOf, oneOf, anyOf), outermost first, through `$ref`s. */
function alternatives(
  document: OpenApiDocument,
  raw: unknown,
  seen = new Set<JsonObject>(),
): JsonObject[] {
  const schema = derefSchema(document, raw)
  if (schema === undefined || seen.has(schema)) return []
  seen.add(schema)
  const parts = ['allOf', 'oneOf', 'anyOf'].flatMap((k) =>
    Array.isArray(schema[k]) ? (schema[k] as unknown[]) : [],
  )
  return [
    schema,
    ...parts.flatMap((part) => alternatives(document, part, seen)),
  ]
}

/**
 * The properties an object must have: its own `required` and its `allOf` parts'; of a `oneOf`
 * or `anyOf`, those every alternative requires.
 */
function requiredOf(document: OpenApiDocument, raw: unknown): string[] {
  const schema = derefSchema(document, raw)
  if (schema === undefined) return []
  const own = Array.isArray(schema.required)
    ? schema.required.filter((key): key is string => typeof key === 'string')
    : []
  const fromAll = Array.isArray(schema.allOf)
    ? schema.allOf.flatMap((part) => requiredOf(document, part))
    : []
  const choices = ['oneOf', 'anyOf'].flatMap((key) =>
    Array.isArray(schema[key])
      ? [(schema[key] as unknown[]).map((part) => requiredOf(document, part))]
      : [],
  )
  const fromChoices = choices.flatMap((lists) =>
    (lists[0] ?? []).filter((key) => lists.every((list) => list.includes(key))),
  )
  return [...new Set([...own, ...fromAll, ...fromChoices])]
}

const propertyOf = (schemas: readonly JsonObject[], key: string): unknown =>
  schemas.find(
    (schema) =>
      isObject(schema.properties) && Object.hasOwn(schema.properties, key),
  )?.properties?.[key as never]

const propertySchema = (
  document: OpenApiDocument,
  raw: unknown,
  key: string,
): unknown => propertyOf(alternatives(document, raw), key)

/** No string property of the value lies outside the enum the schema gives that property. */
function fits(
  document: OpenApiDocument,
  schema: JsonObject,
  value: { [key: string]: SampleValue },
): boolean {
  if (!isObject(schema.properties)) return true
  return Object.entries(schema.properties).every(([key, raw]) => {
    const property = derefSchema(document, raw)
    const given = value[key]
    return (
      typeof given !== 'string' ||
      !Array.isArray(property?.enum) ||
      property.enum.includes(given)
    )
  })
}
