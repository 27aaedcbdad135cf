import { readFile } from 'node:fs/promises'

/** A problem in the spec, located by a JSON pointer into it. */
export class SpecError extends Error {
  constructor(
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`${pointer === '' ? '#' : `#${pointer}`}: ${problem}`)
    this.name = 'SpecError'
  }
}

export type JsonObject = { [key: string]: unknown }

export interface OpenApiDocument extends JsonObject {
  openapi: string
  paths: Record<string, JsonObject>
  components?: JsonObject & { schemas?: Record<string, JsonObject> }
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Encodes path segments as a JSON pointer (RFC 6901). */
export const pointerOf = (...segments: Array<string | number>): string =>
  segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')

/** Resolves a local `$ref` such as `#/components/schemas/device`, or returns undefined. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined
  let node: unknown = document
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~')
    if (Array.isArray(node)) node = node[Number(key)]
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key]
    else return undefined
  }
  return node
}

/** Reads and parses a spec file; every failure names the file. */
export async function readSpecFile(file: string): Promise<{ text: string; document: unknown }> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`${file}: cannot read the spec (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  try {
    return { text, document: JSON.parse(text) }
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`)
  }
}

/**
 * Checks that a parsed document is an OpenAPI 3 spec this pipeline can read: every `$ref`
 * resolves, no `$ref` only points at another `$ref` in a loop, and the parts the model relies
 * on have the right shape. Throws a SpecError naming the first problem's JSON pointer.
 */
export function checkSpec(document: unknown): OpenApiDocument {
  if (!isObject(document)) throw new SpecError('', 'the spec must be a JSON object')
  if (typeof document.openapi !== 'string' || !/^3\.\d+\.\d+/.test(document.openapi)) {
    throw new SpecError(
      pointerOf('openapi'),
      `expected an OpenAPI 3.x version string, got ${JSON.stringify(document.openapi ?? null)}`,
    )
  }
  if (!isObject(document.paths)) throw new SpecError(pointerOf('paths'), 'expected an object of paths')
  if (Object.keys(document.paths).length === 0) {
    throw new SpecError(pointerOf('paths'), 'the spec has no paths, so there is nothing to generate')
  }
  checkRefs(document, document, '')
  return document as OpenApiDocument
}

function checkRefs(document: JsonObject, node: unknown, pointer: string): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => checkRefs(document, item, `${pointer}${pointerOf(index)}`))
    return
  }
  if (!isObject(node)) return
  if (typeof node.$ref === 'string') checkRef(document, node.$ref, `${pointer}${pointerOf('$ref')}`)
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'object' && value !== null) checkRefs(document, value, `${pointer}${pointerOf(key)}`)
  }
}

function checkRef(document: JsonObject, ref: string, pointer: string): void {
  const seen = new Set<string>()
  let current = ref
  for (;;) {
    if (!current.startsWith('#/')) {
      throw new SpecError(pointer, `only local $refs (#/...) are supported, got "${current}"`)
    }
    if (seen.has(current)) {
      throw new SpecError(pointer, `$ref cycle: ${[...seen, current].join(' -> ')} never reaches a schema`)
    }
    seen.add(current)
    const target = resolvePointer(document, current)
    if (target === undefined) throw new SpecError(pointer, `$ref "${current}" points at nothing`)
    if (!isObject(target) || typeof target.$ref !== 'string') return
    current = target.$ref
  }
}
