import { hashOf } from '../cache.js'
import { isObject, resolvePointer, type OpenApiDocument } from './load.js'

/** `#/components/schemas/device` for a ref to it or into it; the ref itself otherwise. */
const componentOf = (ref: string): string =>
  /^#\/components\/[^/]+\/[^/]+/.exec(ref)?.[0] ?? ref

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
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!isObject(node)) return
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const component = componentOf(value)
        if (!seen.has(component)) {
          seen.add(component)
          found.push(component)
          visit(resolvePointer(document, component))
        }
      } else visit(value)
    }
  }
  roots.forEach(visit)
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
