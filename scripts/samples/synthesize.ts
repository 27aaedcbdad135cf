// One file because one synthesiser, a case per schema kind, that must give the same value for the same schema.
/**
 * Deterministic example values from JSON schemas, for operations the hand-kept samples do not
 * cover. The same schema always gives the same value: nothing random, no clock.
 */
import { createHash } from 'node:crypto'

import {
  isObject,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import { deref, type Operation } from '../spec/model.js'
import type { SampleValue } from './sample.js'

interface Context {
  document: OpenApiDocument
  /** Responses show documented optional properties too; requests only what a call needs. */
  show: 'required' | 'documented'
  /** `$ref`s being expanded, outermost first: a schema met again inside itself is left out. */
  refs: readonly string[]
  /** What the value describes (`device`, `access_code`), for readable names. */
  subject: string
  /** How many objects enclose the value. */
  depth: number
  /** The operation's name as a constant (`UNLOCK_DOOR`), to pick the oneOf variant about it. */
  operationConstant: string
}

/**
 * Responses show optional properties in the resource and in the objects directly inside it;
 * deeper, only required ones, so that a device (hundreds of provider-specific properties)
 * reads as a device.
 */
const optionalDepth = 2

/** Fixed instants, so that outputs do not change from run to run. */
const startInstant = '2025-06-16T16:54:17.946Z'
const endInstant = '2025-06-18T16:54:17.946Z'

/** A UUID derived from a name: `device_id` is the same UUID wherever it appears. */
export function stableUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const words = (name: string): string => name.replace(/_+/g, ' ').trim()
const titleWords = (name: string): string =>
  words(name).replace(/\b[a-z]/g, (c) => c.toUpperCase())

/** `access_codes` -> `access_code`, `user_identities` -> `user_identity`. */
export const singular = (name: string): string =>
  name.endsWith('ies')
    ? `${name.slice(0, -3)}y`
    : name.endsWith('s') && !name.endsWith('ss')
      ? name.slice(0, -1)
      : name

const isDocumented = (schema: JsonObject): boolean =>
  schema['x-undocumented'] === undefined &&
  schema.deprecated !== true &&
  schema['x-deprecated'] === undefined

/** A string that says what it is, from the property's format and name. */
function exampleString(
  schema: JsonObject,
  name: string,
  context: Context,
): string {
  const lower = name.toLowerCase()
  switch (schema.format) {
    case 'uuid':
      return stableUuid(name || context.subject)
    case 'date-time':
      return /(^|_)(end|ends|until|expires|expiry)(_|$)/.test(lower)
        ? endInstant
        : startInstant
    case 'date':
      return startInstant.slice(0, 10)
    case 'email':
      return 'jane@example.com'
    case 'uri':
    case 'url':
      return 'https://example.com'
  }
  if (lower === 'id' || lower.endsWith('_id')) return stableUuid(name)
  if (
    lower === 'email' ||
    lower.endsWith('email') ||
    lower.endsWith('email_address')
  )
    return 'jane@example.com'
  if (lower.endsWith('url')) return 'https://example.com'
  if (lower === 'phone' || lower.endsWith('phone_number')) return '+15555550100'
  if (lower === 'full_name') return 'Jane Doe'
  if (lower === 'first_name') return 'Jane'
  if (lower === 'last_name') return 'Doe'
  if (lower === 'code') return fitLength('1234', schema)
  if (lower === 'time_zone' || lower === 'timezone')
    return 'America/Los_Angeles'
  if (lower === 'name' || lower.endsWith('_name'))
    return fitLength(`My ${titleWords(context.subject)}`, schema)
  return fitLength(name === '' ? 'example' : `Example ${words(name)}`, schema)
}

function fitLength(text: string, schema: JsonObject): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity
  return text.padEnd(min, 'x').slice(0, max)
}

/** The middle of the allowed range where there is one, else its bound, else 1. */
function exampleNumber(schema: JsonObject): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined
  const value =
    min !== undefined && max !== undefined ? (min + max) / 2 : (min ?? max ?? 1)
  return schema.type === 'integer' ? Math.round(value) : value
}

/**
 * An object of the pairs whose value is defined. Object.fromEntries makes each an own
 * property, even one named `__proto__`, which assignment would turn into the prototype.
 */
const definedEntries = (
  pairs: Array<[string, SampleValue | undefined]>,
): { [key: string]: SampleValue } =>
  Object.fromEntries(
    pairs.filter(
      (pair): pair is [string, SampleValue] => pair[1] !== undefined,
    ),
  )

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean'

/** Whether an object schema has a property fixed to `constant` (`action_type: [UNLOCK_DOOR]`). */
function fixesConstant(
  document: OpenApiDocument,
  schema: JsonObject,
  constant: string,
): boolean {
  const properties = isObject(schema.properties)
    ? Object.values(schema.properties)
    : []
  return properties.some((property) => {
    const enumeration = deref(document, property)?.enum
    return (
      Array.isArray(enumeration) &&
      enumeration.length === 1 &&
      enumeration[0] === constant
    )
  })
}

/**
 * The oneOf/anyOf variant to show: the first that names the operation in a fixed property
 * (the `UNLOCK_DOOR` action attempt for `/locks/unlock_door`), else the first that is more
 * than `null`.
 */
function chooseVariant(variants: unknown[], context: Context): unknown {
  const schemas = variants.map((variant) => deref(context.document, variant))
  const named = schemas.findIndex(
    (schema) =>
      schema !== undefined &&
      fixesConstant(context.document, schema, context.operationConstant),
  )
  if (named >= 0) return variants[named]
  const substantial = schemas.findIndex(
    (schema) =>
      schema !== undefined &&
      schema.type !== 'null' &&
      !(schema.nullable === true && schema.type === undefined),
  )
  return variants[Math.max(substantial, 0)]
}

/**
 * allOf's parts as one object schema: properties and required lists joined, a oneOf/anyOf part
 * contributing its chosen variant. Each schema is merged once, so a part that refers back to
 * the whole cannot loop.
 */
function mergeAllOf(parts: unknown[], context: Context): JsonObject {
  let properties: JsonObject = {}
  const required: unknown[] = []
  const seen = new Set<JsonObject>()
  const add = (part: unknown): void => {
    const schema = deref(context.document, part)
    if (schema === undefined || seen.has(schema)) return
    seen.add(schema)
    // Entries, not Object.assign: a property named __proto__ stays a property.
    if (isObject(schema.properties))
      properties = Object.fromEntries([
        ...Object.entries(properties),
        ...Object.entries(schema.properties),
      ])
    if (Array.isArray(schema.required)) required.push(...schema.required)
    if (Array.isArray(schema.allOf)) schema.allOf.forEach(add)
    const variants = Array.isArray(schema.oneOf)
      ? schema.oneOf
      : Array.isArray(schema.anyOf)
        ? schema.anyOf
        : []
    if (variants.length > 0) add(chooseVariant(variants, context))
  }
  parts.forEach(add)
  return { type: 'object', properties, required }
}

function synthesize(
  node: unknown,
  name: string,
  context: Context,
): SampleValue | undefined {
  if (isObject(node) && typeof node.$ref === 'string') {
    const ref = node.$ref
    if (context.refs.includes(ref)) return undefined
    const subject = ref.startsWith('#/components/schemas/')
      ? ref.slice('#/components/schemas/'.length)
      : context.subject
    return synthesize(deref(context.document, node), name, {
      ...context,
      refs: [...context.refs, ref],
      subject,
    })
  }
  if (!isObject(node)) return null
  const schema = node
  if (schema.example !== undefined) return schema.example as SampleValue
  if (Array.isArray(schema.examples) && schema.examples.length > 0)
    return schema.examples[0] as SampleValue
  if (isScalar(schema.default)) return schema.default
  if (Array.isArray(schema.enum)) {
    const value = schema.enum.find((v) => v !== null)
    return value === undefined ? null : (value as SampleValue)
  }
  const variants = Array.isArray(schema.oneOf)
    ? schema.oneOf
    : Array.isArray(schema.anyOf)
      ? schema.anyOf
      : []
  if (
    Array.isArray(schema.allOf) ||
    (variants.length > 0 && isObject(schema.properties))
  ) {
    return synthesizeObject(mergeAllOf([schema], context), context)
  }
  if (variants.length > 0)
    return synthesize(chooseVariant(variants, context), name, context)
  switch (schema.type) {
    case 'string':
      return exampleString(schema, name, context)
    case 'integer':
    case 'number':
      return exampleNumber(schema)
    case 'boolean':
      return true
    case 'array':
      return synthesizeArray(schema, name, context)
    case 'object':
      return synthesizeObject(schema, context)
  }
  if (isObject(schema.properties)) return synthesizeObject(schema, context)
  if (schema.items !== undefined) return synthesizeArray(schema, name, context)
  return schema.nullable === true ? null : {}
}

/** One item, named after the array's singular (`device_ids` items are `device_id`s). */
function synthesizeArray(
  schema: JsonObject,
  name: string,
  context: Context,
): SampleValue {
  if (schema.items === undefined) return []
  const item = synthesize(schema.items, singular(name), context)
  return item === undefined ? [] : [item]
}

/**
 * The object's required properties, and in responses every documented one down to
 * `optionalDepth`. A request object with no required property shows its first documented
 * one, so that the reader sees how the object is filled.
 */
function synthesizeObject(schema: JsonObject, context: Context): SampleValue {
  const properties = isObject(schema.properties) ? schema.properties : {}
  const required = new Set(
    Array.isArray(schema.required) ? schema.required : [],
  )
  const documented = (key: string): boolean => {
    const property = deref(context.document, properties[key])
    return property !== undefined && isDocumented(property)
  }
  const showOptional =
    context.show === 'documented' && context.depth < optionalDepth
  let shown = Object.keys(properties).filter(
    (key) => required.has(key) || (showOptional && documented(key)),
  )
  if (shown.length === 0 && context.show === 'required')
    shown = Object.keys(properties).filter(documented).slice(0, 1)
  return definedEntries(
    shown.map((key) => [
      key,
      synthesize(properties[key], key, {
        ...context,
        depth: context.depth + 1,
      }),
    ]),
  )
}

/** The subject a request is about: `/acs/users/create` -> `user`. */
const requestSubject = (operation: Operation): string =>
  singular(operation.namespace.at(-1) ?? operation.name)

const contextFor = (
  document: OpenApiDocument,
  operation: Operation,
  show: Context['show'],
  subject: string,
): Context => ({
  document,
  show,
  refs: [],
  subject,
  depth: 0,
  operationConstant: operation.name.toUpperCase(),
})

/** Example request parameters: the body's, then the query string's required ones. */
export function synthesizeParameters(
  document: OpenApiDocument,
  operation: Operation,
): { [key: string]: SampleValue } {
  const context = contextFor(
    document,
    operation,
    'required',
    requestSubject(operation),
  )
  const body =
    operation.requestSchema === undefined
      ? {}
      : synthesize(operation.requestSchema, '', context)
  const query = operation.queryParameters
    .filter((parameter) => parameter.required)
    .map((parameter): [string, SampleValue | undefined] => [
      parameter.name,
      synthesize(parameter.schema, parameter.name, context),
    ])
  return definedEntries([
    ...(isObject(body)
      ? Object.entries(body as { [key: string]: SampleValue })
      : []),
    ...query,
  ])
}

/**
 * An example 200 body: every documented property of the response schema, and the one the
 * SDKs return, but `ok`, which is `true` on every success and which Seam's docs leave out.
 */
export function synthesizeResponseBody(
  document: OpenApiDocument,
  operation: Operation,
): { [key: string]: SampleValue } {
  const properties = isObject(operation.responseSchema?.properties)
    ? operation.responseSchema.properties
    : {}
  const shown = Object.entries(properties).filter(([key, property]) => {
    const schema = deref(document, property)
    return (
      key !== 'ok' &&
      schema !== undefined &&
      (isDocumented(schema) || key === operation.responseKey)
    )
  })
  return definedEntries(
    shown.map(([key, property]) => [
      key,
      synthesize(
        property,
        key,
        contextFor(document, operation, 'documented', singular(key)),
      ),
    ]),
  )
}
