/**
 * Deterministic example values from JSON schemas, for operations the hand-kept samples do not
 * cover. The same schema always gives the same value: nothing random, no clock.
 */
import { createHash } from 'node:crypto'

import { isObject, type JsonObject, type OpenApiDocument } from '../spec/load.js'
import { deref, type Operation } from '../spec/model.js'
import type { SampleValue } from './sample.js'

interface Context {
  document: OpenApiDocument
  /** Responses show every documented property; requests only what a call needs. */
  show: 'required' | 'documented'
  /** `$ref`s being expanded, outermost first: a schema met again inside itself is left out. */
  refs: readonly string[]
  /** What the value describes (`device`, `access_code`), for readable names. */
  subject: string
  /** How many objects enclose the value. */
  depth: number
}

/** Fixed instants, so that outputs do not change from run to run. */
/**
 * Responses show optional properties in the resource and in the objects directly inside it;
 * deeper, only required ones, so that a device (hundreds of provider-specific properties)
 * reads as a device.
 */
const optionalDepth = 2

const startInstant = '2025-06-16T16:54:17.946Z'
const endInstant = '2025-06-18T16:54:17.946Z'

/** A UUID derived from a name: `device_id` is the same UUID wherever it appears. */
export function stableUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const words = (name: string): string => name.replace(/_+/g, ' ').trim()
const titleWords = (name: string): string => words(name).replace(/\b[a-z]/g, (c) => c.toUpperCase())

/** `access_codes` -> `access_code`, `user_identities` -> `user_identity`. */
export const singular = (name: string): string =>
  name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name

const isDocumented = (schema: JsonObject): boolean =>
  schema['x-undocumented'] === undefined && schema.deprecated !== true && schema['x-deprecated'] === undefined

/** A string that says what it is, from the property's format and name. */
function exampleString(schema: JsonObject, name: string, context: Context): string {
  const lower = name.toLowerCase()
  switch (schema.format) {
    case 'uuid':
      return stableUuid(name || context.subject)
    case 'date-time':
      return /(^|_)(end|ends|until|expires|expiry)(_|$)/.test(lower) ? endInstant : startInstant
    case 'date':
      return startInstant.slice(0, 10)
    case 'email':
      return 'jane@example.com'
    case 'uri':
    case 'url':
      return 'https://example.com'
  }
  if (lower === 'id' || lower.endsWith('_id')) return stableUuid(name)
  if (lower === 'email' || lower.endsWith('email') || lower.endsWith('email_address')) return 'jane@example.com'
  if (lower.endsWith('url')) return 'https://example.com'
  if (lower === 'phone' || lower.endsWith('phone_number')) return '+15555550100'
  if (lower === 'full_name') return 'Jane Doe'
  if (lower === 'first_name') return 'Jane'
  if (lower === 'last_name') return 'Doe'
  if (lower === 'code') return fitLength('1234', schema)
  if (lower === 'time_zone' || lower === 'timezone') return 'America/Los_Angeles'
  if (lower === 'name' || lower.endsWith('_name')) return fitLength(`My ${titleWords(context.subject)}`, schema)
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
  const value = min !== undefined && max !== undefined ? (min + max) / 2 : (min ?? max ?? 1)
  return schema.type === 'integer' ? Math.round(value) : value
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

/** allOf's parts as one object schema: properties and required lists joined. */
function mergeAllOf(document: OpenApiDocument, parts: unknown[]): JsonObject {
  const merged: JsonObject = { type: 'object', properties: {}, required: [] }
  for (const part of parts) {
    const schema = deref(document, part)
    if (schema === undefined) continue
    const inner = Array.isArray(schema.allOf) ? mergeAllOf(document, schema.allOf) : schema
    Object.assign(merged.properties as JsonObject, isObject(inner.properties) ? inner.properties : {})
    if (Array.isArray(inner.required)) (merged.required as unknown[]).push(...inner.required)
  }
  return merged
}

/** The first variant of a oneOf/anyOf that is more than `null`. */
function firstVariant(document: OpenApiDocument, variants: unknown[]): unknown {
  return (
    variants.find((variant) => {
      const schema = deref(document, variant)
      return schema !== undefined && schema.type !== 'null' && !(schema.nullable === true && schema.type === undefined)
    }) ?? variants[0]
  )
}

function synthesize(node: unknown, name: string, context: Context): SampleValue | undefined {
  if (isObject(node) && typeof node.$ref === 'string') {
    const ref = node.$ref
    if (context.refs.includes(ref)) return undefined
    const subject = ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : context.subject
    return synthesize(deref(context.document, node), name, { ...context, refs: [...context.refs, ref], subject })
  }
  if (!isObject(node)) return null
  const schema = node
  if (schema.example !== undefined) return schema.example as SampleValue
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0] as SampleValue
  if (isScalar(schema.default)) return schema.default
  if (Array.isArray(schema.enum)) {
    const value = schema.enum.find((v) => v !== null)
    return value === undefined ? null : (value as SampleValue)
  }
  if (Array.isArray(schema.allOf)) return synthesizeObject(mergeAllOf(context.document, schema.allOf), context)
  const variants = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined
  if (variants !== undefined && variants.length > 0) {
    return synthesize(firstVariant(context.document, variants), name, context)
  }
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
function synthesizeArray(schema: JsonObject, name: string, context: Context): SampleValue {
  if (schema.items === undefined) return []
  const item = synthesize(schema.items, singular(name), context)
  return item === undefined ? [] : [item]
}

/**
 * The object's required properties, and in responses every documented one. A request object
 * with no required property shows its first documented one, so that the reader sees how the
 * object is filled.
 */
function synthesizeObject(schema: JsonObject, context: Context): SampleValue {
  const properties = isObject(schema.properties) ? schema.properties : {}
  const required = new Set(Array.isArray(schema.required) ? schema.required : [])
  const documented = (key: string): boolean => {
    const property = deref(context.document, properties[key])
    return property !== undefined && isDocumented(property)
  }
  const showOptional = context.show === 'documented' && context.depth < optionalDepth
  let shown = Object.keys(properties).filter((key) => required.has(key) || (showOptional && documented(key)))
  if (shown.length === 0 && context.show === 'required') shown = Object.keys(properties).filter(documented).slice(0, 1)
  const object: { [key: string]: SampleValue } = {}
  for (const key of shown) {
    const value = synthesize(properties[key], key, { ...context, depth: context.depth + 1 })
    if (value !== undefined) object[key] = value
  }
  return object
}

/** The subject a request is about: `/acs/users/create` -> `user`. */
const requestSubject = (operation: Operation): string => singular(operation.namespace.at(-1) ?? operation.name)

/** Example request parameters: the body's, then the query string's. */
export function synthesizeParameters(document: OpenApiDocument, operation: Operation): { [key: string]: SampleValue } {
  const context: Context = { document, show: 'required', refs: [], subject: requestSubject(operation), depth: 0 }
  const body = operation.requestSchema === undefined ? {} : synthesize(operation.requestSchema, '', context)
  const parameters: { [key: string]: SampleValue } = isObject(body) ? { ...(body as { [key: string]: SampleValue }) } : {}
  for (const query of operation.queryParameters.filter((q) => q.required)) {
    const value = synthesize(query.schema, query.name, context)
    if (value !== undefined) parameters[query.name] = value
  }
  return parameters
}

/**
 * An example 200 body: every documented property of the response schema but `ok`, which is
 * `true` on every success and which Seam's docs leave out.
 */
export function synthesizeResponseBody(document: OpenApiDocument, operation: Operation): { [key: string]: SampleValue } {
  if (operation.responseSchema === undefined) return {}
  const subject = operation.responseKey ?? requestSubject(operation)
  const context: Context = { document, show: 'documented', refs: [], subject, depth: 0 }
  const properties = isObject(operation.responseSchema.properties) ? operation.responseSchema.properties : {}
  const body: { [key: string]: SampleValue } = {}
  for (const [key, property] of Object.entries(properties)) {
    if (key === 'ok') continue
    const schema = deref(document, property)
    if (schema === undefined || (!isDocumented(schema) && key !== operation.responseKey)) continue
    const value = synthesize(property, key, { ...context, subject: singular(key) })
    if (value !== undefined) body[key] = value
  }
  return body
}
