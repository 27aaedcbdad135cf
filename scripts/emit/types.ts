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
import { printedComment, TypesLayout, UnsupportedNode } from './types-layout.js'

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
 * A path's part is keyed without its operation's summary and description, which openapi-typescript
 * shows only in the JSDoc above the method in `paths`, and keeps the ones it was made from: a part
 * whose prose alone changed gets the new JSDoc in place of the old, and openapi-typescript (with the
 * TypeScript it loads) is spared for it.
 */
interface KeptPart extends PathPart {
  prose: Prose
}
type Prose = Partial<Record<'summary' | 'description', string>>

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
  const prose = new Map(paths.map(([path, item]) => [path, proseOf(item)]))
  const partKeys = new Map(
    paths.map(([path, item]) => [
      path,
      cache.key(
        'types-path',
        frameKey,
        path,
        JSON.stringify(withoutProse(item, prose.get(path)!)),
      ),
    ]),
  )

  const cachedFrame = await cache.get(frameKey)
  let frame =
    cachedFrame === undefined
      ? undefined
      : (JSON.parse(cachedFrame) as FrameSegment[])
  const parts = new Map<string, PathPart>()
  for (const [path, item] of paths) {
    const cached = await cache.get(partKeys.get(path)!)
    if (cached === undefined) continue
    const part = withProse(
      JSON.parse(cached) as KeptPart,
      item.post,
      prose.get(path)!,
    )
    if (part !== undefined) parts.set(path, part)
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
      cache.set(
        partKeys.get(path)!,
        JSON.stringify({ ...part, prose: prose.get(path)! }),
      )
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

const proseFields = ['summary', 'description'] as const

/** The POST operation's summary and description, where they are strings. */
function proseOf(item: JsonObject): Prose {
  const prose: Prose = {}
  if (isObject(item.post))
    for (const field of proseFields) {
      const value = item.post[field]
      if (typeof value === 'string') prose[field] = value
    }
  return prose
}

function withoutProse(item: JsonObject, prose: Prose): JsonObject {
  if (!isObject(item.post) || Object.keys(prose).length === 0) return item
  const post = { ...item.post }
  for (const field of proseFields) if (field in prose) delete post[field]
  return { ...item, post }
}

/** Where a path item's methods sit in its part: inside the `paths` interface, inside the path. */
const methodIndentation = 4

/**
 * The kept part with the JSDoc above its `post` made from `post`'s own prose, or undefined when the
 * part's JSDoc is not where and what the kept prose makes it (then openapi-typescript types it).
 */
function withProse(
  kept: KeptPart,
  post: unknown,
  prose: Prose,
): PathPart | undefined {
  const { prose: keptProse, ...part } = kept
  if (
    proseFields.every((field) => keptProse?.[field] === prose[field]) ||
    !isObject(post)
  )
    return part
  const stripped = { ...post }
  for (const field of proseFields) delete stripped[field]
  const before = printedJsDoc({ ...stripped, ...keptProse })
  const after = printedJsDoc({ ...stripped, ...prose })
  if (before === undefined || after === undefined) return undefined
  const method = `\n${' '.repeat(methodIndentation)}post:`
  const [head, ...rest] = part.path.split(`\n${before}${method}`)
  if (rest.length !== 1) return undefined
  return { ...part, path: `${head}\n${after}${method}${rest[0]}` }
}

/** The JSDoc openapi-typescript puts above an operation in `paths`, laid out where it sits there. */
function printedJsDoc(operation: JsonObject): string | undefined {
  const text = jsDocText(operation)
  if (text === undefined) return undefined
  try {
    return printedComment(text, methodIndentation)
  } catch (error) {
    if (error instanceof UnsupportedNode) return undefined
    throw error
  }
}

const lineBreaks = /\r?\n/g

/**
 * openapi-typescript's `addJSDocComment` (7.x, src/lib/ts.ts): the text of the comment it adds above
 * a node for a schema or operation object, or undefined for none. Ported because it is the one
 * piece of openapi-typescript that a prose change reaches, and loading it loads TypeScript.
 */
export function jsDocText(object: JsonObject): string | undefined {
  const multiline = (value: unknown) =>
    String(value).trim().replace(lineBreaks, '\n *     ')
  const output: string[] = []
  if (object.title) output.push(multiline(object.title))
  if (object.summary) output.push(multiline(object.summary))
  if (object.format) output.push(`Format: ${String(object.format)}`)
  if (object.deprecated) output.push('@deprecated')
  for (const field of ['description', 'default', 'example'] as const) {
    const value = object[field]
    if (value === undefined) continue
    if (value === '' && field === 'description') continue
    const serialized =
      typeof value === 'object' ? JSON.stringify(value, null, 2) : value
    output.push(`@${field} ${multiline(serialized)}`)
  }
  if (Array.isArray(object.examples))
    for (const example of object.examples) {
      const serialized =
        typeof example === 'object' ? JSON.stringify(example, null, 2) : example
      output.push(`@example ${multiline(serialized)}`)
    }
  if ('const' in object) output.push('@constant')
  if (object.enum) {
    const type = Array.isArray(object.type)
      ? object.type.join('|')
      : typeof object.type === 'string'
        ? object.type
        : 'unknown'
    output.push(`@enum {${type}${object.nullable ? '|null' : ''}}`)
  }
  if (output.length === 0) return undefined
  const text =
    output.length === 1 && !output.some((item) => item.includes('\n'))
      ? `* ${output.join('\n')} `
      : `*\n * ${output.join('\n * ')}\n `
  return text.replace(/\*\//g, '*\\/')
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
