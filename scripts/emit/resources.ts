import {
  isObject,
  pointerOf,
  SpecError,
  type JsonObject,
} from '../spec/load.js'
import { pascalCase, type ApiModel } from '../spec/model.js'
import type { EmitContext } from './context.js'
import {
  importNamed,
  jsDoc,
  quoted,
  typeAlias,
  typeReference,
} from './code-layout.js'
import { jsDocText, typeBaseName } from './routes.js'

const banner =
  '// Generated from openapi.json by scripts/emit/resources.ts (npm run generate). Do not edit.\n'

/** A resource the SDK names as a type: `Device`, `AcsUser`, `SeamEvent`, ... */
export interface Resource {
  /** The type's name. */
  name: string
  /** The TypeScript type it aliases, in terms of generated/types.ts. */
  type: string
  description: string | undefined
  /** Where the resource's schema is, for errors. */
  pointer: string
}

/**
 * `@seamapi/http`'s name for a resource type: its snake_case name in PascalCase, except `event`,
 * which is `SeamEvent` (`Event` is a DOM global every browser app has in scope).
 */
export const resourceTypeName = (resourceType: string): string =>
  resourceType === 'event' ? 'SeamEvent' : pascalCase(resourceType)

const routePathOf = (schema: JsonObject): string | undefined =>
  typeof schema['x-route-path'] === 'string' && schema['x-route-path'] !== ''
    ? schema['x-route-path']
    : undefined

const isDocumented = (schema: JsonObject): boolean =>
  schema['x-undocumented'] === undefined

/**
 * The resources of the spec, as `@seamapi/http` has them: every documented component schema that
 * names the route it belongs to (`x-route-path`), and every documented response object that does so
 * inline. The spec names the first (`unmanaged_access_code`); an inline one takes the response key
 * it is returned under, preceded by its sub-route when that key already names a resource of
 * another route, as the spec itself names them (`access_grant` under `/access_grants/unmanaged`
 * is `unmanaged_access_grant`, as `access_code` under `/access_codes/unmanaged` is `unmanaged_access_code`).
 */
export function resourcesOf(model: ApiModel): Resource[] {
  const schemas = isObject(model.document.components?.schemas)
    ? model.document.components.schemas
    : {}
  const resourceTypes = new Map<
    string,
    { type: string; routePath: string; description: unknown; pointer: string }
  >()
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !isDocumented(schema)) continue
    const routePath = routePathOf(schema)
    if (routePath === undefined) continue
    const pointer = pointerOf('components', 'schemas', name)
    resourceTypes.set(name, {
      type: `components['schemas'][${quoted(name)}]`,
      routePath,
      description: schema.description,
      pointer,
    })
  }
  const components = new Map(resourceTypes)
  for (const operation of model.operations) {
    const key = operation.responseKey
    if (key === undefined || operation.undocumented) continue
    const property = isObject(operation.responseSchema?.properties)
      ? operation.responseSchema.properties[key]
      : undefined
    // A `$ref` is a component schema, already counted; an array is the list form of a `get`.
    if (
      !isObject(property) ||
      property.$ref !== undefined ||
      property.type === 'array' ||
      !isDocumented(property)
    )
      continue
    const routePath = routePathOf(property)
    if (routePath === undefined) continue
    const named = components.get(key)
    const qualifier =
      named !== undefined && routePath.startsWith(`${named.routePath}/`)
        ? routePath.slice(named.routePath.length + 1)
        : undefined
    const resourceType =
      named === undefined
        ? key
        : qualifier === undefined
          ? undefined
          : `${qualifier.replaceAll('/', '_')}_${key}`
    if (resourceType === undefined || resourceTypes.has(resourceType)) continue
    resourceTypes.set(resourceType, {
      type: `NonNullable<paths[${quoted(operation.path)}]['post']['responses'][200]['content']['application/json'][${quoted(key)}]>`,
      routePath,
      description: property.description,
      pointer: `${operation.pointer}${pointerOf('responses', 200, 'content', 'application/json', 'schema', 'properties', key)}`,
    })
  }
  // What the index also exports (the operations' types, the SeamHttp... classes): a resource named
  // like one of them would make the name ambiguous.
  const operationNames = new Set(
    model.operations.flatMap((operation) =>
      ['Parameters', 'Response', 'Options', 'Request'].map(
        (suffix) => typeBaseName(operation) + suffix,
      ),
    ),
  )
  const byName = new Map<string, Resource>()
  for (const [resourceType, { type, description, pointer }] of [
    ...resourceTypes,
  ].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = resourceTypeName(resourceType)
    if (!/^[A-Za-z_$][\w$]*$/.test(name))
      throw new SpecError(
        pointer,
        `its resource type name "${name}" is not a TypeScript identifier`,
      )
    if (operationNames.has(name) || name.startsWith('SeamHttp'))
      throw new SpecError(
        pointer,
        `its resource type name ${name} is also the name of an operation's type or of a class of the SDK`,
      )
    const clash = byName.get(name)
    if (clash !== undefined)
      throw new SpecError(
        pointer,
        `its resource type name ${name} is also that of ${clash.pointer}`,
      )
    byName.set(name, {
      name,
      type,
      description: typeof description === 'string' ? description : undefined,
      pointer,
    })
  }
  return [...byName.values()]
}

const nonNullable = /^NonNullable<(.*)>$/

/** `resources.ts`: one type per resource, the spec's own schema type under `@seamapi/http`'s name. */
export function emitResources(
  model: ApiModel,
  { formatter }: Pick<EmitContext, 'formatter'>,
): Map<string, string> {
  const resources = resourcesOf(model)
  const usesPaths = resources.some((r) => nonNullable.test(r.type))
  const aliases = resources.map((resource) => {
    const inner = nonNullable.exec(resource.type)?.[1]
    return (
      (resource.description === undefined
        ? ''
        : jsDoc(jsDocText(resource.description))) +
      typeAlias(
        resource.name,
        inner === undefined
          ? resource.type
          : typeReference('NonNullable', inner),
      )
    )
  })
  const imports =
    resources.length === 0
      ? []
      : [
          importNamed(
            usesPaths ? ['components', 'paths'] : ['components'],
            './types.js',
            true,
          ),
        ]
  const text = banner + [...imports, ...aliases].join('')
  formatter.markFormatted(text, 'typescript')
  return new Map([['resources.ts', text]])
}
