/**
 * Rewritings of a spec that change how its schemas are written and not what they mean, for the
 * metamorphic tests of the diff. Each works in place on a copy of the spec.
 */
type Json = { [key: string]: unknown }

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const schemaRefPrefix = '#/components/schemas/'

export interface Spec extends Json {
  paths: Record<string, { post: Json }>
  components: { schemas: Record<string, Json> }
}

/** The schemas an operation holds directly: its JSON request body, query parameters and 200 response. */
function operationRoots(
  spec: Spec,
  path: string,
): Array<{ holder: Json; key: string }> {
  const post = spec.paths[path]!.post
  const roots: Array<{ holder: Json; key: string }> = []
  const json = (content: unknown) =>
    isObject(content) ? content['application/json'] : undefined
  const body = isObject(post.requestBody)
    ? json(post.requestBody.content)
    : undefined
  if (isObject(body)) roots.push({ holder: body, key: 'schema' })
  const ok = isObject(post.responses) ? post.responses['200'] : undefined
  const response = isObject(ok) ? json(ok.content) : undefined
  if (isObject(response)) roots.push({ holder: response, key: 'schema' })
  if (Array.isArray(post.parameters))
    for (const parameter of post.parameters)
      if (isObject(parameter)) roots.push({ holder: parameter, key: 'schema' })
  return roots.filter(({ holder, key }) => isObject(holder[key]))
}

/** Every place a schema sits under a schema (properties, items, union and allOf branches), outermost first. */
function nestedSchemaSlots(
  schema: unknown,
  slots: Array<{ holder: Json | unknown[]; key: string | number }> = [],
) {
  if (!isObject(schema) || typeof schema.$ref === 'string') return slots
  const visit = (holder: Json | unknown[], key: string | number) => {
    const child = (holder as Record<string | number, unknown>)[key]
    if (!isObject(child)) return
    slots.push({ holder, key })
    nestedSchemaSlots(child, slots)
  }
  if (isObject(schema.properties))
    for (const name of Object.keys(schema.properties))
      visit(schema.properties, name)
  if (isObject(schema.items)) visit(schema, 'items')
  for (const union of ['oneOf', 'anyOf', 'allOf']) {
    const branches = schema[union]
    if (Array.isArray(branches))
      branches.forEach((_, index) => visit(branches, index))
  }
  return slots
}

const refName = (node: unknown): string | undefined =>
  isObject(node) &&
  typeof node.$ref === 'string' &&
  node.$ref.startsWith(schemaRefPrefix)
    ? node.$ref.slice(schemaRefPrefix.length)
    : undefined

/** Replaces each `$ref` to a component schema in the operation by a copy of that schema, recursively (a recursive one stays a `$ref` where it recurs). */
export function inlineRefs(spec: Spec, path: string): void {
  const copy = (node: unknown, within: ReadonlySet<string>): unknown => {
    const name = refName(node)
    if (name !== undefined) {
      if (within.has(name)) return node
      return copy(
        structuredClone(spec.components.schemas[name]),
        new Set([...within, name]),
      )
    }
    if (Array.isArray(node)) return node.map((item) => copy(item, within))
    if (!isObject(node)) return node
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, copy(value, within)]),
    )
  }
  for (const { holder, key } of operationRoots(spec, path))
    holder[key] = copy(holder[key], new Set())
}

/** Moves the `pick`-th inline object schema nested in the operation (never its root) into a new component. Returns the component's name, if any. */
export function extractObject(
  spec: Spec,
  path: string,
  pick: number,
  name: string,
): string | undefined {
  const slots = operationRoots(spec, path).flatMap(({ holder, key }) =>
    nestedSchemaSlots(holder[key]),
  )
  const objects = slots.filter(
    ({ holder, key }) =>
      isObject((holder as Json)[key as string]) &&
      isObject(((holder as Json)[key as string] as Json).properties),
  )
  if (objects.length === 0) return undefined
  const { holder, key } = objects[pick % objects.length]!
  const target = holder as Record<string | number, unknown>
  spec.components.schemas[name] = target[key] as Json
  target[key] = { $ref: `${schemaRefPrefix}${name}` }
  return name
}

/** Renames a component schema and every `$ref` to it. */
export function renameComponent(spec: Spec, from: string, to: string): void {
  const { schemas } = spec.components
  spec.components.schemas = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name === from ? to : name,
      schema,
    ]),
  )
  const ref = `${schemaRefPrefix}${from}`
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (isObject(node)) {
      if (node.$ref === ref) node.$ref = `${schemaRefPrefix}${to}`
      Object.values(node).forEach(walk)
    }
  }
  walk(spec)
}

/** Rotates every `oneOf`/`anyOf` list and reverses the keys of every object under a node, `by` places. */
export function reorder(node: unknown, by: number): void {
  if (Array.isArray(node)) {
    node.forEach((item) => reorder(item, by))
    return
  }
  if (!isObject(node)) return
  for (const union of ['oneOf', 'anyOf']) {
    const branches = node[union]
    if (Array.isArray(branches) && branches.length > 1) {
      const shift = by % branches.length
      node[union] = [...branches.slice(shift), ...branches.slice(0, shift)]
    }
  }
  const entries = Object.entries(node).reverse()
  for (const key of Object.keys(node)) delete node[key]
  for (const [key, value] of entries) {
    node[key] = value
    reorder(value, by)
  }
}

/** Reorders an operation's schemas. */
export const reorderOperation = (spec: Spec, path: string, by: number): void =>
  reorder(spec.paths[path]!.post, by)

/**
 * Splits the `pick`-th inline object nested in the operation with two or more properties into
 * an `allOf` of two objects, each with half of the properties (and what of `required` is theirs).
 */
export function splitIntoAllOf(
  spec: Spec,
  path: string,
  pick: number,
): boolean {
  const slots = operationRoots(spec, path).flatMap(({ holder, key }) =>
    nestedSchemaSlots(holder[key]),
  )
  const objects = slots.filter(({ holder, key }) => {
    const schema = (holder as Record<string | number, unknown>)[key]
    return (
      isObject(schema) &&
      isObject(schema.properties) &&
      Object.keys(schema.properties).length > 1 &&
      schema.allOf === undefined
    )
  })
  if (objects.length === 0) return false
  const { holder, key } = objects[pick % objects.length]!
  const target = holder as Record<string | number, unknown>
  const { properties, required, type, additionalProperties, ...rest } = target[
    key
  ] as Json
  const names = Object.keys(properties as Json)
  const halves = [
    names.slice(0, names.length >> 1),
    names.slice(names.length >> 1),
  ]
  const requiredNames = Array.isArray(required) ? (required as string[]) : []
  target[key] = {
    ...rest,
    allOf: halves.map((half, index) => ({
      type: type ?? 'object',
      properties: Object.fromEntries(
        half.map((name) => [name, (properties as Json)[name]]),
      ),
      ...(requiredNames.some((name) => half.includes(name))
        ? { required: requiredNames.filter((name) => half.includes(name)) }
        : {}),
      ...(index === 0 && additionalProperties !== undefined
        ? { additionalProperties }
        : {}),
    })),
  }
  return true
}
