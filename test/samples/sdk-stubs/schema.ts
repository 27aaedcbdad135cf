/**
 * What the SDK stubs (`go.ts`, `java.ts`, `csharp.ts` beside this file) read from the spec:
 * each operation's request as fields and types. The stubs are small stand-ins for Seam's Go,
 * Java and C# SDKs, made from the spec with the rules each SDK's generator follows, so that the
 * compile test can build every sample against them. They hold only what a call needs
 * (clients, methods, request types, enums, unions) and no behaviour.
 *
 * Written apart from the renderers on purpose: the renderers name types from the sample's
 * values, these from the schemas alone, so a sample that writes a pointer, an order, a literal
 * or a class name the SDK would not accept fails to compile. They share the case conversions
 * (`pascalCase`, `camelCase`, `identifierWords`) and the naming of `oneOf` body variants
 * (`bodyVariants`), which are naming facts, not structure.
 *
 * Each rule is stated where it is encoded, with the SDK it comes from (seamapi/go v0.6.1,
 * seamapi/java 0.2.0, seamapi/csharp 1.4.0).
 */
import { bodyVariants } from '../../../scripts/samples/typed-value.js'
import {
  isObject,
  type JsonObject,
  type OpenApiDocument,
} from '../../../scripts/spec/load.js'
import type { Operation } from '../../../scripts/spec/model.js'

/** What a request value is, read from its schema alone. */
export type StubType =
  | { kind: 'string' | 'integer' | 'number' | 'boolean' | 'map' | 'any' }
  | { kind: 'enum'; path: string[]; values: string[] }
  /** `required` lists the required fields in the order of the schema's `required`. */
  | { kind: 'object'; path: string[]; fields: StubField[]; required: string[] }
  | { kind: 'list'; item: StubType }

export interface StubField {
  key: string
  type: StubType
  required: boolean
}

/** One operation's request: its fields, or for a `oneOf` body its variants. */
export interface StubRequest {
  operation: Operation
  /** undefined when the operation takes no body and no query parameters; a union's flattened. */
  fields: StubField[] | undefined
  /** The required fields in the order of the schema's `required`, query parameters last. */
  required: string[]
  variants: Array<{ name: string; fields: StubField[]; required: string[] }>
}

const primitive = new Set(['string', 'integer', 'number', 'boolean'])

/** A schema as a stub type; `path` is the property names from the request down (`item` into a list). */
function stubType(schema: unknown, path: string[]): StubType {
  if (!isObject(schema)) return { kind: 'any' }
  const choices = (['oneOf', 'anyOf'] as const).flatMap((key) =>
    Array.isArray(schema[key]) ? (schema[key] as unknown[]) : [],
  )
  if (choices.length > 0) {
    const types = choices
      .filter((choice) => !(isObject(choice) && choice.type === 'null'))
      .map((choice) => stubType(choice, path))
    if (types.every((type) => type.kind === 'enum')) {
      return {
        kind: 'enum',
        path,
        values: [
          ...new Set(
            types.flatMap((type) => (type.kind === 'enum' ? type.values : [])),
          ),
        ],
      }
    }
    const first = JSON.stringify(types[0])
    return types.every((type) => JSON.stringify(type) === first) &&
      types[0] !== undefined
      ? types[0]
      : { kind: 'any' }
  }
  if (
    Array.isArray(schema.enum) &&
    schema.enum.every((value) => typeof value === 'string')
  ) {
    return { kind: 'enum', path, values: schema.enum as string[] }
  }
  const type = Array.isArray(schema.type)
    ? schema.type.find((t) => t !== 'null')
    : schema.type
  if (typeof type === 'string' && primitive.has(type))
    return { kind: type as 'string' }
  if (type === 'array')
    return { kind: 'list', item: stubType(schema.items, [...path, 'item']) }
  if (
    type === 'object' ||
    isObject(schema.properties) ||
    Array.isArray(schema.allOf)
  ) {
    const fields = fieldsOf(schema, path)
    return fields.length > 0
      ? { kind: 'object', path, fields, required: requiredOf(schema) }
      : { kind: 'map' }
  }
  return { kind: 'any' }
}

/** The parts an object schema is made of: itself and its `allOf` parts, through nesting. */
const objectParts = (schema: JsonObject): JsonObject[] => [
  schema,
  ...(Array.isArray(schema.allOf)
    ? schema.allOf.filter(isObject).flatMap(objectParts)
    : []),
]

/** The required properties in the order of `required`, the schema's own first, then its `allOf` parts'. */
const requiredOf = (schema: JsonObject): string[] => [
  ...new Set(
    objectParts(schema).flatMap((part) =>
      Array.isArray(part.required)
        ? part.required.filter((key): key is string => typeof key === 'string')
        : [],
    ),
  ),
]

/**
 * The fields of an object: its properties and its `allOf` parts'. A `oneOf` inside an `allOf`
 * is not a union of the request (no SDK has one to follow), so its alternatives' properties
 * are optional fields, as the renderers write them.
 */
function fieldsOf(schema: JsonObject, path: string[]): StubField[] {
  const required = requiredOf(schema)
  const parts = objectParts(schema)
  const nested = parts
    .slice(1)
    .flatMap((part) =>
      (['oneOf', 'anyOf'] as const).flatMap((key) =>
        Array.isArray(part[key]) ? part[key].filter(isObject) : [],
      ),
    )
  const fields = new Map<string, StubField>()
  for (const part of [...parts, ...nested]) {
    for (const [key, property] of Object.entries(
      isObject(part.properties) ? part.properties : {},
    )) {
      if (!fields.has(key))
        fields.set(key, {
          key,
          type: stubType(property, [...path, key]),
          required: required.includes(key),
        })
    }
  }
  return [...fields.values()]
}

export function stubRequest(
  document: OpenApiDocument,
  operation: Operation,
): StubRequest {
  const query = operation.queryParameters.map((parameter) => ({
    key: parameter.name,
    type: stubType(parameter.schema, [parameter.name]),
    required: parameter.required,
  }))
  const requiredQuery = query
    .filter((field) => field.required)
    .map((field) => field.key)
  const body = operation.requestSchema
  if (body === undefined)
    return {
      operation,
      fields: query.length === 0 ? undefined : query,
      required: requiredQuery,
      variants: [],
    }
  const variants = bodyVariants(document, body).map(({ name, schema }) => ({
    name,
    fields: fieldsOf(schema, [name]),
    required: requiredOf(schema),
  }))
  // The flat view of a union (C#): every variant's properties, none required.
  const flat = new Map<string, StubField>()
  for (const field of [
    ...fieldsOf(body, []),
    ...variants.flatMap(({ fields }) =>
      fields.map((f) => ({ ...f, type: retype(f.type, 1) })),
    ),
  ]) {
    const known = flat.get(field.key)
    if (known === undefined)
      flat.set(
        field.key,
        variants.length > 0 ? { ...field, required: false } : field,
      )
    else if (known.type.kind === 'enum' && field.type.kind === 'enum') {
      flat.set(field.key, {
        ...known,
        type: {
          ...known.type,
          values: [...new Set([...known.type.values, ...field.type.values])],
        },
      })
    } else if (JSON.stringify(known.type) !== JSON.stringify(field.type))
      flat.set(field.key, { ...known, type: { kind: 'any' } })
  }
  return {
    operation,
    fields: [...flat.values(), ...query],
    required: [...requiredOf(body), ...requiredQuery],
    variants,
  }
}

/** A variant's types with the variant's name dropped from their paths, for the flat view. */
function retype(type: StubType, drop: number): StubType {
  switch (type.kind) {
    case 'enum':
      return { ...type, path: type.path.slice(drop) }
    case 'object':
      return {
        ...type,
        path: type.path.slice(drop),
        fields: type.fields.map((f) => ({ ...f, type: retype(f.type, drop) })),
      }
    case 'list':
      return { kind: 'list', item: retype(type.item, drop) }
    default:
      return type
  }
}

/** Every named type (enums and objects) inside a type, outermost first. */
export function namedTypes(
  type: StubType,
): Array<Extract<StubType, { path: string[] }>> {
  switch (type.kind) {
    case 'enum':
      return [type]
    case 'object':
      return [type, ...type.fields.flatMap((field) => namedTypes(field.type))]
    case 'list':
      return namedTypes(type.item)
    default:
      return []
  }
}

/** The SDK namespaces (snake_case paths) that hold operations or namespaces that do, shortest first. */
export function namespacePaths(requests: readonly StubRequest[]): string[][] {
  const keys = new Set<string>()
  for (const { operation } of requests) {
    for (let i = 1; i <= operation.namespace.length; i++)
      keys.add(JSON.stringify(operation.namespace.slice(0, i)))
  }
  return [...keys]
    .map((key) => JSON.parse(key) as string[])
    .sort((a, b) => a.length - b.length)
}

export const unique = <T>(items: T[], key: (item: T) => string): T[] => {
  const seen = new Set<string>()
  return items.filter(
    (item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined,
  )
}
