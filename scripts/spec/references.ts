import { hashOf } from '../cache.js'
import { isObject, resolvePointer, type OpenApiDocument } from './load.js'

/** `#/components/schemas/device` for a ref to it or into it; the ref itself otherwise. */
const componentOf = (ref: string): string =>
  /^#\/components\/[^/]+\/[^/]+/.exec(ref)?.[0] ?? ref

/** The components a node refers to itself (not through them), in the order they appear. */
function refsIn(node: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found)
  else if (isObject(node))
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string')
        found.add(componentOf(value))
      else refsIn(value, found)
    }
  return found
}

const componentRefs = new WeakMap<OpenApiDocument, Map<string, string[]>>()

/** What `refsIn` finds in a component, once per spec: big components are reached from many roots. */
function refsOfComponent(
  document: OpenApiDocument,
  component: string,
): string[] {
  let known = componentRefs.get(document)
  if (known === undefined) {
    known = new Map()
    componentRefs.set(document, known)
  }
  let refs = known.get(component)
  if (refs === undefined) {
    refs = [...refsIn(resolvePointer(document, component))]
    known.set(component, refs)
  }
  return refs
}

/**
 * The components reachable from `roots` through `$ref`s, each once, in the order a reader
 * meets them: a component and then what it refers to. A ref into part of a component counts
 * as one to the whole component, which the excerpt holds whole.
 */
export function referencedComponents(
  document: OpenApiDocument,
  roots: unknown[],
): string[] {
  const found: string[] = []
  const seen = new Set<string>()
  const follow = (components: Iterable<string>): void => {
    for (const component of components) {
      if (seen.has(component)) continue
      seen.add(component)
      found.push(component)
      follow(refsOfComponent(document, component))
    }
  }
  for (const root of roots) follow(refsIn(root))
  return found
}

const componentHashes = new WeakMap<OpenApiDocument, Map<string, string>>()

/**
 * The hash of what a ref points at (with the ref), computed once per spec: the big components
 * are reached from many operations.
 */
export function componentHash(document: OpenApiDocument, ref: string): string {
  let known = componentHashes.get(document)
  if (known === undefined) {
    known = new Map()
    componentHashes.set(document, known)
  }
  let hash = known.get(ref)
  if (hash === undefined) {
    hash = hashOf(ref, JSON.stringify(resolvePointer(document, ref) ?? null))
    known.set(ref, hash)
  }
  return hash
}
