/**
 * Small stand-ins for Seam's Go, Java and C# SDKs, made from the spec with the rules each SDK's
 * generator follows, so that the compile test can build every sample against them. They hold
 * only what a call needs (clients, methods, request types, enums, unions) and no behaviour.
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
import {
  bodyVariants,
  identifierWords,
} from '../../scripts/samples/typed-value.js'
import {
  isObject,
  type JsonObject,
  type OpenApiDocument,
} from '../../scripts/spec/load.js'
import {
  camelCase,
  pascalCase,
  type Operation,
} from '../../scripts/spec/model.js'

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
function namedTypes(
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
function namespacePaths(requests: readonly StubRequest[]): string[][] {
  const keys = new Set<string>()
  for (const { operation } of requests) {
    for (let i = 1; i <= operation.namespace.length; i++)
      keys.add(JSON.stringify(operation.namespace.slice(0, i)))
  }
  return [...keys]
    .map((key) => JSON.parse(key) as string[])
    .sort((a, b) => a.length - b.length)
}

const unique = <T>(items: T[], key: (item: T) => string): T[] => {
  const seen = new Set<string>()
  return items.filter(
    (item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined,
  )
}

// ---------------------------------------------------------------------------------------------
// Go (seamapi/go, generated by Fern)

/** A Go module, path to file text, that stands in for `github.com/seamapi/go`. */
export function goStub(requests: readonly StubRequest[]): Map<string, string> {
  // Rule: request types of a nested namespace live in a package named after its first segment,
  // without underscores (`acs.UsersCreateRequest`); the rest in the root package `api`.
  const packageOf = (operation: Operation): string =>
    operation.namespace.length > 1
      ? operation.namespace[0]!.replaceAll('_', '')
      : 'api'
  const requestName = (operation: Operation): string =>
    `${pascalCase([...operation.namespace.slice(packageOf(operation) === 'api' ? 0 : 1), operation.name].join('_'))}Request`
  // Rule: a nested type is named by the property names down to it; a list's element type ends in `Item`.
  const typeName = (operation: Operation, path: string[]): string =>
    requestName(operation) + path.map(pascalCase).join('')

  const byPackage = new Map<string, string[]>([['api', []]])
  const declare = (pkg: string, text: string): void =>
    void byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), text])

  /**
   * Rule: a required field holds its value and an optional one a pointer (`*string`, `*Enum`,
   * `*Struct`); lists and maps are never pointers; lists hold structs by pointer.
   */
  const goType = (
    operation: Operation,
    type: StubType,
    pointer: boolean,
  ): string => {
    const star = pointer ? '*' : ''
    switch (type.kind) {
      case 'string':
        return `${star}string`
      case 'integer':
        return `${star}int`
      case 'number':
        return `${star}float64`
      case 'boolean':
        return `${star}bool`
      case 'map':
        return 'map[string]interface{}'
      case 'any':
        return 'interface{}'
      case 'enum':
        return star + typeName(operation, type.path)
      case 'object':
        return star + typeName(operation, type.path)
      case 'list':
        return `[]${goType(operation, type.item, type.item.kind === 'object')}`
    }
  }
  const struct = (
    operation: Operation,
    name: string,
    fields: StubField[],
  ): string =>
    `type ${name} struct {\n${fields.map((f) => `\t${pascalCase(f.key)} ${goType(operation, f.type, !f.required)}\n`).join('')}}\n`

  const declared = new Set<string>()
  for (const { operation, fields, variants } of requests) {
    if (fields === undefined) continue
    const pkg = packageOf(operation)
    const own = (name: string): boolean =>
      !declared.has(`${pkg}.${name}`) &&
      declared.add(`${pkg}.${name}`) !== undefined
    const types =
      variants.length > 0
        ? variants.flatMap((v) => v.fields.flatMap((f) => namedTypes(f.type)))
        : fields.flatMap((f) => namedTypes(f.type))
    for (const type of types) {
      const name = typeName(operation, type.path)
      if (!own(name)) continue
      if (type.kind === 'object')
        declare(pkg, struct(operation, name, type.fields))
      else {
        // Rule: an enum is a string type with a constant per value (type name + the value's
        // words) and a `Ptr()` for optional fields.
        const constants = unique(type.values, (v) =>
          identifierWords(v).map(pascalCase).join(''),
        ).filter((v) => identifierWords(v).length > 0)
        declare(
          pkg,
          `type ${name} string\n\nconst (\n${constants.map((v) => `\t${name}${identifierWords(v).map(pascalCase).join('')} ${name} = ${JSON.stringify(v)}\n`).join('')})\n\nfunc (e ${name}) Ptr() *${name} { return &e }\n`,
        )
      }
    }
    const request = requestName(operation)
    if (!own(request)) continue
    if (variants.length === 0) {
      declare(pkg, struct(operation, request, fields))
      continue
    }
    // Rule: a `oneOf` body is a union with one constructor per variant,
    // `New<Union>From<Variant>(*<Variant>) *<Union>`, the variant named `<Union><Name>`.
    declare(pkg, `type ${request} struct {\n\tvalue interface{}\n}\n`)
    for (const variant of variants) {
      const name = typeName(operation, [variant.name])
      if (own(name)) declare(pkg, struct(operation, name, variant.fields))
      declare(
        pkg,
        `func New${request}From${name}(value *${name}) *${request} {\n\treturn &${request}{value: value}\n}\n`,
      )
    }
  }

  // Rule: pointer helpers for optional scalars: api.String, api.Bool, api.Int, api.Float64.
  declare(
    'api',
    ['String string', 'Bool bool', 'Int int', 'Float64 float64']
      .map((pair) => {
        const [name, type] = pair.split(' ')
        return `func ${name}(value ${type}) *${type} { return &value }\n`
      })
      .join('\n'),
  )

  // Rule: the client has a field per namespace (`client.Acs.Users`) and a method per operation
  // taking a context and, when the operation has a body, a pointer to its request.
  const clientName = (path: string[]): string =>
    path.length === 0 ? 'Client' : `${pascalCase(path.join('__'))}Client`
  const client: string[] = []
  const imports = new Set<string>()
  for (const path of [[], ...namespacePaths(requests)]) {
    const children = namespacePaths(requests).filter(
      (p) => p.length === path.length + 1 && path.every((s, i) => p[i] === s),
    )
    client.push(
      `type ${clientName(path)} struct {\n${children.map((c) => `\t${pascalCase(c.at(-1)!)} *${clientName(c)}\n`).join('')}}\n`,
    )
    for (const { operation, fields } of requests.filter(
      (r) => JSON.stringify(r.operation.namespace) === JSON.stringify(path),
    )) {
      const pkg = packageOf(operation)
      const parameter =
        fields === undefined
          ? ''
          : `, request *${pkg}.${requestName(operation)}`
      if (fields !== undefined) imports.add(pkg)
      client.push(
        `func (c *${clientName(path)}) ${pascalCase(operation.name)}(ctx context.Context${parameter}) (interface{}, error) {\n\treturn nil, nil\n}\n`,
      )
    }
  }
  const importLine = (pkg: string): string =>
    `\t${pkg} "github.com/seamapi/go${pkg === 'api' ? '' : `/${pkg}`}"\n`
  const files = new Map<string, string>([
    ['go.mod', 'module github.com/seamapi/go\n\ngo 1.19\n'],
  ])
  for (const [pkg, parts] of byPackage)
    files.set(
      pkg === 'api' ? 'types.go' : `${pkg}/types.go`,
      `package ${pkg}\n\n${parts.join('\n')}`,
    )
  files.set(
    'client/client.go',
    `package client\n\nimport (\n\t"context"\n\n${[...imports].sort().map(importLine).join('')})\n\n${client.join('\n')}`,
  )
  return files
}

/** The import lines a Go sample needs: each stub package it names. */
export function goImports(code: string, packages: readonly string[]): string {
  const used = packages.filter((pkg) =>
    new RegExp(`(^|[^\\w.])${pkg}\\.`, 'm').test(code),
  )
  return used
    .map(
      (pkg) =>
        `\t${pkg} "github.com/seamapi/go${pkg === 'api' ? '' : `/${pkg}`}"\n`,
    )
    .join('')
}

// ---------------------------------------------------------------------------------------------
// Java (seamapi/java, generated by Fern)

const javaKeywords = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double else enum extends ' +
    'final finally float for goto if implements import instanceof int interface long native new package private ' +
    'protected public return short static strictfp super switch synchronized this throw throws transient try void ' +
    'volatile while true false null _'
  ).split(' '),
)
/** Rule: a reserved word gets an underscore after it (`default_`). */
const javaMember = (snake: string): string =>
  javaKeywords.has(camelCase(snake)) ? `${camelCase(snake)}_` : camelCase(snake)

/**
 * Rule: an operation's request types live in a package of its namespace (the SDK's
 * `com.seam.api.resources.<namespace>`); here `requests.<segments>`. Class names repeat across
 * namespaces (`UnmanagedGetRequest`), so a sample imports its own operation's package alone.
 */
export const javaPackageOf = (operation: Operation): string =>
  ['requests', ...operation.namespace].join('.')

/** The client package, holding `Seam`. */
export const javaClientPackage = 'com.seam.api'

/** Java source files (path to text), one public type a file, with the `Seam` client the samples call. */
export function javaStub(
  requests: readonly StubRequest[],
): Map<string, string> {
  // Rule: request classes are named after the namespace below the first segment and the
  // method (`UsersCreateRequest` for acs.users.create); nested types by the property names
  // down to them, a list's element type ending in `Item`.
  const requestName = (operation: Operation): string =>
    `${pascalCase([...(operation.namespace.length > 1 ? operation.namespace.slice(1) : operation.namespace), operation.name].join('_'))}Request`
  const typeName = (operation: Operation, path: string[]): string =>
    requestName(operation) + path.map(pascalCase).join('')
  // Rule: integer is Integer, number is Double, objects without properties Map<String, Object>.
  const javaType = (operation: Operation, type: StubType): string => {
    switch (type.kind) {
      case 'string':
        return 'String'
      case 'integer':
        return 'Integer'
      case 'number':
        return 'Double'
      case 'boolean':
        return 'Boolean'
      case 'map':
        return 'Map<String, Object>'
      case 'any':
        return 'Object'
      case 'enum':
      case 'object':
        return typeName(operation, type.path)
      case 'list':
        return `List<${javaType(operation, type.item)}>`
    }
  }
  /**
   * Rule: builders are staged. `builder()` returns the first required field's stage; each
   * required setter, in the order of the schema's `required`, returns the next one's; the last
   * returns `_FinalStage`, which has the optional setters (a value or an `Optional`) and `build()`.
   */
  const builderClass = (
    operation: Operation,
    name: string,
    fields: StubField[],
    requiredOrder: string[],
  ): string => {
    const required = requiredOrder
      .map((key) => fields.find((f) => f.key === key))
      .filter((f) => f !== undefined)
    const optional = fields.filter((f) => !required.includes(f))
    const stage = (i: number): string =>
      i < required.length
        ? `${pascalCase(required[i]!.key)}Stage`
        : '_FinalStage'
    const stages = required.map(
      (field, i) =>
        `    public interface ${stage(i)} {\n        ${stage(i + 1)} ${javaMember(field.key)}(${javaType(operation, field.type)} value);\n    }\n`,
    )
    const setters = optional.map((field) => {
      const type = javaType(operation, field.type)
      return `        _FinalStage ${javaMember(field.key)}(${type} value);\n        _FinalStage ${javaMember(field.key)}(Optional<${type}> value);\n`
    })
    return (
      `public final class ${name} {\n    public static ${stage(0)} builder() {\n        return null;\n    }\n${stages.join('')}` +
      `    public interface _FinalStage {\n${setters.join('')}        ${name} build();\n    }\n}\n`
    )
  }
  const files = new Map<string, string>()
  const declareIn = (pkg: string, name: string, text: string): void => {
    const file = `${pkg.replaceAll('.', '/')}/${name}.java`
    if (!files.has(file))
      files.set(file, `package ${pkg};\n\nimport java.util.*;\n\n${text}`)
  }
  for (const { operation, fields, required, variants } of requests) {
    if (fields === undefined) continue
    const declare = (name: string, text: string): void =>
      declareIn(javaPackageOf(operation), name, text)
    const types =
      variants.length > 0
        ? variants.flatMap((v) => v.fields.flatMap((f) => namedTypes(f.type)))
        : fields.flatMap((f) => namedTypes(f.type))
    for (const type of types) {
      const name = typeName(operation, type.path)
      if (type.kind === 'object')
        declare(name, builderClass(operation, name, type.fields, type.required))
      else {
        // Rule: enum constants are the value's words in capitals (`UNLOCK_DOOR`), `_` before a digit.
        // A value with no words (`=`) is EMPTY (seamapi/csharp names it `empty`; the Java SDK has none).
        const constants = unique(
          type.values
            .map((v) => identifierWords(v).join('_').toUpperCase())
            .map((c) => (c === '' ? 'EMPTY' : /^[0-9]/.test(c) ? `_${c}` : c)),
          (c) => c,
        )
        declare(
          name,
          `public enum ${name} {\n    ${constants.join(',\n    ')}\n}\n`,
        )
      }
    }
    const request = requestName(operation)
    if (variants.length === 0) {
      declare(request, builderClass(operation, request, fields, required))
      continue
    }
    // Rule: a `oneOf` body is a union built with `<Union>.of(<variant>)`.
    const ofs = variants.map(
      ({ name }) =>
        `    public static ${request} of(${typeName(operation, [name])} value) {\n        return null;\n    }\n`,
    )
    declare(request, `public final class ${request} {\n${ofs.join('')}}\n`)
    for (const variant of variants) {
      const name = typeName(operation, [variant.name])
      declare(
        name,
        builderClass(operation, name, variant.fields, variant.required),
      )
    }
  }

  // Rule: the client has an accessor per namespace (`seam.acs().users()`) and a method per
  // operation taking its request, with an overload without it when no field is required.
  const clientName = (path: string[]): string =>
    path.length === 0 ? 'Seam' : `${pascalCase(path.join('__'))}Client`
  for (const path of [[], ...namespacePaths(requests)]) {
    const children = namespacePaths(requests).filter(
      (p) => p.length === path.length + 1 && path.every((s, i) => p[i] === s),
    )
    const members = children.map(
      (c) =>
        `    public ${clientName(c)} ${javaMember(c.at(-1)!)}() {\n        return null;\n    }\n`,
    )
    for (const { operation, fields, variants } of requests.filter(
      (r) => JSON.stringify(r.operation.namespace) === JSON.stringify(path),
    )) {
      const method = javaMember(operation.name)
      const noneRequired =
        fields === undefined ||
        (variants.length === 0 && fields.every((f) => !f.required))
      const request = `${javaPackageOf(operation)}.${requestName(operation)}`
      if (noneRequired)
        members.push(
          `    public Object ${method}() {\n        return null;\n    }\n`,
        )
      if (fields !== undefined)
        members.push(
          `    public Object ${method}(${request} request) {\n        return null;\n    }\n`,
        )
    }
    declareIn(
      javaClientPackage,
      clientName(path),
      `public final class ${clientName(path)} {\n${members.join('')}}\n`,
    )
  }
  return files
}

// ---------------------------------------------------------------------------------------------
// C# (seamapi/csharp)

const csharpKeywords = new Set(
  (
    'abstract as base bool break byte case catch char checked class const continue decimal default delegate do ' +
    'double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface ' +
    'internal is lock long namespace new null object operator out override params private protected public ' +
    'readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try ' +
    'typeof uint ulong unchecked unsafe ushort using virtual void volatile while'
  ).split(' '),
)

/** One C# file: the `Seam.Api` client classes with their request classes and enums, and `SeamClient`. */
export function csharpStub(requests: readonly StubRequest[]): string {
  // Rule: a namespace is one client class named with its segments reversed (`UsersAcs` for acs.users).
  const clientClass = (namespace: string[]): string =>
    pascalCase([...namespace].reverse().join('_'))
  // Rule: nested classes are named by the property names down to them, with no `Item` for a
  // list's elements (`CreateRequestRequestedAccessMethods`); an enum nests in the class that
  // has the field, as `<Field>Enum`, and a list of enums uses the list field's name.
  const className = (operation: Operation, path: string[]): string =>
    `${pascalCase(operation.name)}Request${path
      .filter((k) => k !== 'item')
      .map(pascalCase)
      .join('')}`
  const enumName = (operation: Operation, path: string[]): string => {
    const keys = path.filter((k) => k !== 'item')
    return `${className(operation, keys.slice(0, -1))}.${pascalCase(keys.at(-1) ?? 'value')}Enum`
  }
  // Rule: integer is int, number float, objects without properties Dictionary<string, object>.
  const csharpType = (
    operation: Operation,
    type: StubType,
    nullable: boolean,
  ): string => {
    const q = nullable ? '?' : ''
    switch (type.kind) {
      case 'string':
        return 'string'
      case 'integer':
        return `int${q}`
      case 'number':
        return `float${q}`
      case 'boolean':
        return `bool${q}`
      case 'map':
        return 'Dictionary<string, object>'
      case 'any':
        return 'object'
      case 'enum':
        return `${enumName(operation, type.path)}${q}`
      case 'object':
        return className(operation, type.path)
      case 'list':
        return `List<${csharpType(operation, type.item, false)}>`
    }
  }
  const enumMembers = (values: string[]): string[] =>
    unique(
      // Rule: a value with no words to name it (`=`) is `empty`.
      values
        .map((v) => identifierWords(v).map(pascalCase).join(''))
        .map((m) => (m === '' ? 'empty' : /^[0-9]/.test(m) ? `_${m}` : m)),
      (m) => m,
    )

  const byClient = new Map<
    string,
    { classes: Map<string, string[]>; methods: string[] }
  >()
  const clientOf = (name: string) => {
    const known = byClient.get(name) ?? {
      classes: new Map<string, string[]>(),
      methods: [],
    }
    byClient.set(name, known)
    return known
  }
  for (const { operation, fields } of requests) {
    const client = clientOf(clientClass(operation.namespace))
    const member = (name: string, text: string): void => {
      const members = client.classes.get(name) ?? []
      if (!members.includes(text)) members.push(text)
      client.classes.set(name, members)
    }
    member(className(operation, []), '')
    const types = (fields ?? []).flatMap((f) => namedTypes(f.type))
    for (const type of types) {
      if (type.kind === 'object') {
        member(className(operation, type.path), '')
        for (const field of type.fields) {
          member(
            className(operation, type.path),
            `public ${csharpType(operation, field.type, true)} ${pascalCase(field.key)} { get; set; }`,
          )
        }
      } else {
        const [owner, name] = enumName(operation, type.path).split('.') as [
          string,
          string,
        ]
        member(
          owner,
          `public enum ${name} { ${enumMembers(type.values).join(', ')} }`,
        )
      }
    }
    // Rule: a method per operation with every field as a named, optional argument in camelCase
    // (`@` before a reserved word); a `oneOf` body's variants are flattened into one request.
    const parameters = (fields ?? []).map((field) => {
      const name = camelCase(field.key)
      return `${csharpType(operation, field.type, true)} ${csharpKeywords.has(name) ? `@${name}` : name} = null`
    })
    client.methods.push(
      `public object ${pascalCase(operation.name)}(${parameters.join(', ')}) { return null; }`,
    )
  }
  const root = byClient.get('') ?? { classes: new Map(), methods: [] }
  const classesText = (classes: Map<string, string[]>): string =>
    [...classes]
      .map(
        ([name, members]) =>
          `        public class ${name} {\n${members
            .filter((m) => m !== '')
            .map((m) => `            ${m}\n`)
            .join('')}        }\n`,
      )
      .join('')
  const clients = [...byClient]
    .filter(([name]) => name !== '')
    .map(
      ([name, { classes, methods }]) =>
        `    public class ${name} {\n${classesText(classes)}${methods.map((m) => `        ${m}\n`).join('')}    }\n`,
    )
  const properties = [...byClient.keys()]
    .filter((name) => name !== '')
    .map(
      (name) =>
        `        public Seam.Api.${name} ${name} { get { return null; } }\n`,
    )
  return (
    `using System.Collections.Generic;\n\nnamespace Seam.Api {\n${clients.join('')}}\n\n` +
    `namespace Seam.Client {\n    public class SeamClient {\n${properties.join('')}${classesText(root.classes)}${root.methods.map((m) => `        ${m}\n`).join('')}    }\n}\n`
  )
}
