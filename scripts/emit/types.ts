// One file because openapi-typescript per path, its parts and their assembly into one types file are one emitter.
import type * as TypeScript from 'typescript'

import type { EmitContext } from './context.js'
import {
  isObject,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import type { ApiModel } from '../spec/model.js'
import { openapiTypescript, translateDocument } from './openapi-typescript.js'
import { TypesLayout, UnsupportedNode } from './types-layout.js'

export const typesFile = 'types.ts'

const banner =
  '// Generated from openapi.json by openapi-typescript (npm run generate). Do not edit.\n\n'

/**
 * The file is openapi-typescript's output for the whole spec, but built and kept in parts so
 * that a change to one path redoes only that path: one member of the `paths` interface and one
 * of `operations` per path, and the rest (components, ...) as one frame. Each part is laid out
 * on its own (scripts/emit/types-layout.ts); prettier lays out an interface member the same alone
 * as among its siblings, so the parts put together are what prettier makes of the whole file.
 */
type FrameSegment = { text: string } | { block: BlockName }
type BlockName = 'paths' | 'operations'
interface PathPart {
  path: string
  operation?: string
}

/**
 * The spec's types, through openapi-typescript. The SDK calls every path through its POST
 * form, so the other methods (GET/PUT/PATCH/DELETE aliases) are left out of the input: that
 * halves the file every user's compiler has to read.
 */
export async function emitTypes(
  model: ApiModel,
  { cache, formatter }: EmitContext,
): Promise<Map<string, string>> {
  const document = postOnly(model.document)
  const paths = Object.entries(document.paths)
  const { paths: _, ...rest } = document
  const frameKey = cache.key(
    'types-frame',
    JSON.stringify(rest),
    JSON.stringify(pathDiscriminators(paths)),
  )
  const partKeys = new Map(
    paths.map(([path, item]) => [
      path,
      cache.key('types-path', frameKey, path, JSON.stringify(item)),
    ]),
  )

  const cachedFrame = await cache.get(frameKey)
  let frame =
    cachedFrame === undefined
      ? undefined
      : (JSON.parse(cachedFrame) as FrameSegment[])
  const parts = new Map<string, PathPart>()
  for (const [path, key] of partKeys) {
    const cached = await cache.get(key)
    if (cached !== undefined) parts.set(path, JSON.parse(cached) as PathPart)
  }
  const missing = paths.filter(([path]) => !parts.has(path))
  if (frame === undefined || missing.length > 0) {
    // Without the frame, the whole document is translated (and every part taken from it).
    const whole = frame === undefined
    const translated = await translate(
      whole ? document : (reducedDocument(document, missing) ?? document),
      formatter,
    )
    frame ??= translated.frame
    if (whole) cache.set(frameKey, JSON.stringify(frame))
    for (const [path] of whole ? paths : missing) {
      const part = translated.parts.get(path)
      if (part === undefined)
        throw new Error(
          `openapi-typescript produced no type for the path ${path}`,
        )
      parts.set(path, part)
      cache.set(partKeys.get(path)!, JSON.stringify(part))
    }
  }
  const members = (block: BlockName): string[] =>
    paths.flatMap(([path]) => {
      const part = parts.get(path)!
      return block === 'paths'
        ? [part.path]
        : part.operation === undefined
          ? []
          : [part.operation]
    })
  const text =
    banner +
    frame
      .map((segment) =>
        'text' in segment
          ? segment.text
          : blockText(segment.block, members(segment.block)),
      )
      .join('')
  formatter.markFormatted(text, 'typescript')
  return new Map([[typesFile, text]])
}

const blockText = (name: BlockName, members: string[]): string =>
  members.length === 0
    ? `export type ${name} = Record<string, never>\n`
    : `export interface ${name} {\n${members.join('')}}\n`

function postOnly(document: OpenApiDocument): OpenApiDocument {
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path,
      isObject(item) && item.parameters !== undefined
        ? { parameters: item.parameters, post: item.post }
        : { post: item.post },
    ]),
  )
  return { ...document, paths }
}

/** openapi-typescript over a document, cut into the frame and one formatted part per path. */
async function translate(
  source: OpenApiDocument,
  formatter: EmitContext['formatter'],
): Promise<{ frame: FrameSegment[]; parts: Map<string, PathPart> }> {
  const { astToString, ts } = openapiTypescript()
  const nodes = translateDocument(source)
  const layout = new TypesLayout(ts)
  // Laid out as prettier would; prettier itself only for a node the layout does not know.
  const laidOut = async (
    print: () => string,
    node: TypeScript.Node,
  ): Promise<string> => {
    try {
      return print()
    } catch (error) {
      if (!(error instanceof UnsupportedNode)) throw error
      return formatter.format(astToString(node), 'typescript')
    }
  }
  const frame: FrameSegment[] = []
  const members = {
    paths: new Map<string, string>(),
    operations: new Map<string, string>(),
  }
  for (const node of nodes) {
    const block = blockName(ts, node)
    if (block === undefined) {
      frame.push({ text: await laidOut(() => layout.statement(node), node) })
      continue
    }
    frame.push({ block })
    if (!ts.isInterfaceDeclaration(node)) continue
    for (const member of node.members) {
      const single = ts.factory.updateInterfaceDeclaration(
        node,
        node.modifiers,
        node.name,
        node.typeParameters,
        node.heritageClauses,
        [member],
      )
      const text = await laidOut(
        () => `export interface ${block} {\n${layout.member(member)}}\n`,
        single,
      )
      members[block].set(memberName(ts, member), interfaceBody(block, text))
    }
  }
  const parts = new Map<string, PathPart>()
  for (const [path, item] of Object.entries(source.paths)) {
    const text = members.paths.get(path)
    if (text === undefined) continue
    const operationId =
      isObject(item.post) && typeof item.post.operationId === 'string'
        ? item.post.operationId
        : undefined
    const operation =
      operationId === undefined
        ? undefined
        : members.operations.get(operationId)
    parts.set(
      path,
      operation === undefined ? { path: text } : { path: text, operation },
    )
  }
  return { frame, parts }
}

function blockName(
  ts: typeof TypeScript,
  node: TypeScript.Node,
): BlockName | undefined {
  if (!ts.isInterfaceDeclaration(node) && !ts.isTypeAliasDeclaration(node))
    return undefined
  const name = node.name.text
  return name === 'paths' || name === 'operations' ? name : undefined
}

function memberName(
  ts: typeof TypeScript,
  member: TypeScript.TypeElement,
): string {
  const name = member.name
  if (
    name !== undefined &&
    (ts.isStringLiteral(name) ||
      ts.isIdentifier(name) ||
      ts.isNumericLiteral(name))
  )
    return name.text
  throw new Error(
    `openapi-typescript produced a member without a plain name (kind ${member.kind})`,
  )
}

/** The members of a formatted one-member interface, as they sit inside the whole one. */
function interfaceBody(name: string, formatted: string): string {
  const head = `export interface ${name} {\n`
  if (!formatted.startsWith(head) || !formatted.endsWith('\n}\n')) {
    throw new Error(
      `prettier formatted the ${name} interface in an unexpected way: ${formatted.slice(0, 80)}`,
    )
  }
  return formatted.slice(head.length, -'}\n'.length)
}

/**
 * A document with just the given paths, and of the components just those they reach: enough
 * for openapi-typescript to type those paths exactly as it does within the whole spec, in a
 * fraction of the time. Undefined when a path refers outside `#/components/` (then only the
 * whole document will do).
 */
function reducedDocument(
  document: OpenApiDocument,
  paths: Array<[string, JsonObject]>,
): OpenApiDocument | undefined {
  const all = isObject(document.components) ? document.components : {}
  const reached: Record<string, JsonObject> = {}
  const pending: unknown[] = paths.map(([, item]) => item)
  while (pending.length > 0) {
    const node = pending.pop()
    if (Array.isArray(node)) pending.push(...node)
    if (!isObject(node)) continue
    if (typeof node.$ref === 'string') {
      const match = /^#\/components\/([^/]+)\/([^/]+)(\/.*)?$/.exec(node.$ref)
      if (match === null) return undefined
      const [, group, name] = match as unknown as [string, string, string]
      const target = isObject(all[group]) ? all[group][name] : undefined
      const kept = (reached[group] ??= {})
      if (target !== undefined && !Object.hasOwn(kept, name)) {
        kept[name] = target
        pending.push(target)
      }
    }
    pending.push(...Object.values(node))
  }
  // Security schemes are named by operations, not $ref'd: keep them all (they are few).
  const components =
    all.securitySchemes === undefined
      ? reached
      : { ...reached, securitySchemes: all.securitySchemes }
  return { ...document, paths: Object.fromEntries(paths), components }
}

/**
 * Discriminators inside paths, with where they are: openapi-typescript lets one patch the enum
 * of the component schemas it maps to, so they belong to what the frame is built from.
 */
function pathDiscriminators(
  paths: Array<[string, JsonObject]>,
): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = []
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node))
      node.forEach((item, i) => visit(item, `${at}/${i}`))
    if (!isObject(node)) return
    if (node.discriminator !== undefined) found.push([at, node])
    for (const [key, value] of Object.entries(node))
      if (typeof value === 'object') visit(value, `${at}/${key}`)
  }
  for (const [path, item] of paths)
    if (JSON.stringify(item).includes('"discriminator"')) visit(item, path)
  return found
}
