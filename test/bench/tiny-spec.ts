// A small real spec for the benchmarks' smoke run: a few paths of openapi.json with the components
// they reach, so that every generator has little to do and the bench code still runs end to end.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every `$ref` string under `value`. */
function refsIn(value: Json, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found)
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.add(item)
      else refsIn(item, found)
    }
  }
  return found
}

/** The spec with only `paths` kept, and of its schemas only those they reach. */
export function subsetSpec(
  spec: { [key: string]: Json },
  paths: readonly string[],
): { [key: string]: Json } {
  const allPaths = spec.paths as { [path: string]: Json }
  const schemas = (spec.components as { schemas: { [name: string]: Json } })
    .schemas
  const kept = Object.fromEntries(paths.map((path) => [path, allPaths[path]!]))
  const reached = new Set<string>()
  const pending = [...refsIn(kept)]
  while (pending.length > 0) {
    const name = pending.pop()!.replace('#/components/schemas/', '')
    if (reached.has(name)) continue
    reached.add(name)
    pending.push(...refsIn(schemas[name]!))
  }
  const components = spec.components as { [key: string]: Json }
  return {
    ...spec,
    paths: kept,
    components: {
      ...components,
      schemas: Object.fromEntries(
        [...reached].sort().map((name) => [name, schemas[name]!]),
      ),
    },
  }
}
