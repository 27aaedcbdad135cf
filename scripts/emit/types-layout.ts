// One file because it ports one printer, prettier's layout of the node kinds openapi-typescript emits, and its parts call each other.
/**
 * openapi-typescript's nodes printed exactly as prettier (with the project's config) lays out
 * their text, without running prettier: formatting the 1.8 MB types file took longer than
 * openapi-typescript's whole run. It is a port of the parts of prettier's TypeScript printer
 * that these nodes reach (unions, intersections, object types, arrays, indexed access, JSDoc)
 * over the copy of prettier's document printer in doc-printer.ts. A node of another kind throws
 * `UnsupportedNode`, and the caller lets prettier format that part. test/incremental/types-layout.test.ts
 * holds the proof: the whole spec's types, and random schemas, equal prettier's output.
 */
import type * as TypeScript from 'typescript'

import {
  align,
  group,
  hardline,
  ifBreak,
  indent,
  join,
  line,
  printDoc,
  softline,
  type Doc,
} from './doc-printer.js'

export class UnsupportedNode extends Error {}

/** Where a type sits, as prettier's path sees it (TypeScript's parentheses are not nodes there). */
type Place =
  | 'annotation'
  | 'union'
  | 'intersection'
  | 'array'
  | 'index-object'
  | 'index'
  | 'type-argument'
  | 'alias'

export class TypesLayout {
  constructor(private readonly ts: typeof TypeScript) {}

  /** A top-level statement, with its final newline. */
  statement(node: TypeScript.Node): string {
    return `${printDoc(this.withComments(node, this.statementDoc(node)))}\n`
  }

  /**
   * One member of a top-level interface, as it sits inside the printed interface: indented one
   * level, with its final newline.
   */
  member(member: TypeScript.TypeElement): string {
    return `  ${printDoc(this.withComments(member, this.memberDoc(member)), 2)}\n`
  }

  private statementDoc(node: TypeScript.Node): Doc {
    const { ts } = this
    const exported =
      ts.canHaveModifiers(node) &&
      ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    if (
      ts
        .getModifiers(node as TypeScript.HasModifiers)
        ?.some((m) => m.kind !== ts.SyntaxKind.ExportKeyword)
    ) {
      throw new UnsupportedNode('a modifier other than export')
    }
    const prefix = exported ? 'export ' : ''
    if (
      ts.isInterfaceDeclaration(node) &&
      node.typeParameters === undefined &&
      node.heritageClauses === undefined
    ) {
      return [
        prefix,
        'interface ',
        node.name.text,
        ' ',
        this.objectBody(node.members),
      ]
    }
    if (ts.isTypeAliasDeclaration(node) && node.typeParameters === undefined) {
      // Prettier's layouts for a type alias too long for one line are not ported: those here are short.
      const text = printDoc(
        group([
          prefix,
          'type ',
          node.name.text,
          ' = ',
          this.type(node.type, 'alias'),
        ]),
      )
      if (text.includes('\n')) {
        throw new UnsupportedNode('a type alias too long for one line')
      }
      return text
    }
    throw new UnsupportedNode(ts.SyntaxKind[node.kind])
  }

  private memberDoc(member: TypeScript.TypeElement): Doc {
    const { ts } = this
    const readonly = ts
      .getModifiers(member as TypeScript.HasModifiers)
      ?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword)
      ? 'readonly '
      : ''
    if (ts.isPropertySignature(member) && member.type !== undefined) {
      return group([
        readonly,
        this.propertyKey(member.name),
        member.questionToken ? '?' : '',
        ': ',
        this.type(member.type, 'annotation'),
      ])
    }
    if (
      ts.isIndexSignatureDeclaration(member) &&
      member.parameters.length === 1
    ) {
      const parameter = member.parameters[0]!
      if (!ts.isIdentifier(parameter.name) || parameter.type === undefined)
        throw new UnsupportedNode('an index signature parameter')
      const parameters = group([
        indent([
          softline,
          parameter.name.text,
          ': ',
          this.type(parameter.type, 'annotation'),
        ]),
        softline,
      ])
      return group([
        readonly,
        '[',
        parameters,
        ']: ',
        this.type(member.type, 'annotation'),
      ])
    }
    throw new UnsupportedNode(ts.SyntaxKind[member.kind])
  }

  /**
   * An interface body or type literal. openapi-typescript has TypeScript's printer write both over
   * several lines (it never asks for one line), and prettier keeps an object broken where its
   * source is.
   */
  private objectBody(
    members: TypeScript.NodeArray<TypeScript.TypeElement>,
  ): Doc {
    if (members.length === 0) return '{}'
    const printed = members.map((member) =>
      this.withComments(member, this.memberDoc(member)),
    )
    return group([
      '{',
      indent([hardline, join(hardline, printed)]),
      hardline,
      '}',
    ])
  }

  private propertyKey(name: TypeScript.PropertyName): string {
    const { ts } = this
    if (ts.isIdentifier(name)) return name.text
    if (ts.isNumericLiteral(name)) return printNumber(name.text)
    if (ts.isStringLiteral(name)) {
      const quoted = stringLiteral(name.text)
      // Prettier unquotes a key that is an identifier name and has nothing escaped.
      return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name.text) &&
        quoted.slice(1, -1) === name.text
        ? name.text
        : quoted
    }
    throw new UnsupportedNode(
      `a property name of kind ${ts.SyntaxKind[name.kind]}`,
    )
  }

  /** Prettier's leading comments: each block comment on a line of its own above the node. */
  private withComments(node: TypeScript.Node, doc: Doc): Doc {
    const comments = this.ts.getSyntheticLeadingComments(node)
    if (comments === undefined || comments.length === 0) return doc
    return [
      ...comments.flatMap((comment) => {
        if (
          comment.kind !== this.ts.SyntaxKind.MultiLineCommentTrivia ||
          !comment.hasTrailingNewLine
        ) {
          throw new UnsupportedNode(
            'a comment that is not a block comment on lines of its own',
          )
        }
        return [blockComment(comment.text), hardline]
      }),
      doc,
    ]
  }

  private unwrap(node: TypeScript.TypeNode): TypeScript.TypeNode {
    while (this.ts.isParenthesizedTypeNode(node)) node = node.type
    return node
  }

  private type(node: TypeScript.TypeNode, place: Place): Doc {
    const { ts } = this
    node = this.unwrap(node)
    if (ts.getSyntheticLeadingComments(node)?.length)
      throw new UnsupportedNode('a comment on a type')
    // A union or intersection of one type is that type in the text prettier reads.
    if (
      (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) &&
      node.types.length === 1
    )
      return this.type(node.types[0]!, place)
    if (ts.isUnionTypeNode(node)) return this.union(node, place)
    if (ts.isIntersectionTypeNode(node))
      return this.parenthesized(node, place, this.intersection(node))
    if (ts.isTypeLiteralNode(node)) return this.objectBody(node.members)
    if (ts.isArrayTypeNode(node))
      return [this.type(node.elementType, 'array'), '[]']
    if (ts.isIndexedAccessTypeNode(node))
      return [
        this.type(node.objectType, 'index-object'),
        '[',
        this.type(node.indexType, 'index'),
        ']',
      ]
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      if (node.typeArguments === undefined) return node.typeName.text
      const typeArguments = node.typeArguments.map((argument) =>
        this.type(argument, 'type-argument'),
      )
      if (typeArguments.length !== 2 || !typeArguments.every(isOneLine))
        throw new UnsupportedNode('type arguments other than two simple ones')
      // Prettier's type arguments: no trailing comma, one a line when they do not fit.
      return [
        node.typeName.text,
        group([
          '<',
          indent([softline, join([',', line], typeArguments)]),
          softline,
          '>',
        ]),
      ]
    }
    // openapi-typescript writes enum values as identifiers holding their source text.
    if (ts.isIdentifier(node as TypeScript.Node))
      return identifierText((node as unknown as TypeScript.Identifier).text)
    if (ts.isLiteralTypeNode(node)) return this.literal(node.literal)
    const keyword = keywords[ts.SyntaxKind[node.kind]!]
    if (keyword !== undefined) return keyword
    throw new UnsupportedNode(ts.SyntaxKind[node.kind])
  }

  private literal(literal: TypeScript.LiteralTypeNode['literal']): string {
    const { ts } = this
    if (ts.isStringLiteral(literal)) return stringLiteral(literal.text)
    if (ts.isNumericLiteral(literal)) return printNumber(literal.text)
    if (literal.kind === ts.SyntaxKind.TrueKeyword) return 'true'
    if (literal.kind === ts.SyntaxKind.FalseKeyword) return 'false'
    if (literal.kind === ts.SyntaxKind.NullKeyword) return 'null'
    if (
      ts.isPrefixUnaryExpression(literal) &&
      literal.operator === ts.SyntaxKind.MinusToken &&
      ts.isNumericLiteral(literal.operand)
    ) {
      return `-${printNumber(literal.operand.text)}`
    }
    throw new UnsupportedNode(
      `a literal of kind ${ts.SyntaxKind[literal.kind]}`,
    )
  }

  /** Prettier's `shouldHugType` for unions: one object type (or type reference) with only `null`s beside it. */
  private hugs(node: TypeScript.UnionTypeNode): boolean {
    const { ts } = this
    const types = node.types.map((t) => this.unwrap(t))
    const object = types.find(
      (t) => ts.isTypeLiteralNode(t) || ts.isTypeReferenceNode(t),
    )
    const isNull = (t: TypeScript.TypeNode): boolean =>
      t.kind === ts.SyntaxKind.VoidKeyword ||
      (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword)
    return object !== undefined && types.every((t) => t === object || isNull(t))
  }

  /** Prettier's union layout: `A | B` on one line, or one `| member` a line, indented under what holds it. */
  private union(node: TypeScript.UnionTypeNode, place: Place): Doc {
    if (this.hugs(node)) {
      const hugged = join(
        ' | ',
        node.types.map((t) => this.type(t, 'union')),
      )
      return this.needsParentheses(node, place) ? ['(', hugged, ')'] : hugged
    }
    const code = group(
      node.types.map((t, i) => [
        i === 0 ? ifBreak('| ') : [line, '| '],
        align(2, this.type(t, 'union')),
      ]),
    )
    if (this.needsParentheses(node, place))
      return ['(', group([indent([softline, code]), softline]), ')']
    return group(indent([softline, code]))
  }

  /** Prettier's intersection layout: objects joined by ` & ` where they meet, other types on lines of their own when long. */
  private intersection(node: TypeScript.IntersectionTypeNode): Doc {
    const { ts } = this
    const isObject = (t: TypeScript.TypeNode): boolean =>
      ts.isTypeLiteralNode(this.unwrap(t))
    let wasIndented = false
    return group(
      node.types.map((t, i): Doc => {
        const printed = this.type(t, 'intersection')
        if (i === 0) return printed
        const previousIsObject = isObject(node.types[i - 1]!)
        if (previousIsObject && isObject(t))
          return [' & ', wasIndented ? indent(printed) : printed]
        if (!previousIsObject && !isObject(t))
          return indent([' &', line, printed])
        if (i > 1) wasIndented = true
        return [' & ', i > 1 ? indent(printed) : printed]
      }),
    )
  }

  private needsParentheses(
    node: TypeScript.UnionTypeNode | TypeScript.IntersectionTypeNode,
    place: Place,
  ): boolean {
    if (place === 'union' || place === 'intersection')
      return node.types.length > 1
    return place === 'array' || place === 'index-object'
  }

  private parenthesized(
    node: TypeScript.IntersectionTypeNode,
    place: Place,
    doc: Doc,
  ): Doc {
    return this.needsParentheses(node, place) ? ['(', doc, ')'] : doc
  }
}

const keywords: Record<string, string> = {
  StringKeyword: 'string',
  NumberKeyword: 'number',
  BooleanKeyword: 'boolean',
  UnknownKeyword: 'unknown',
  NeverKeyword: 'never',
  AnyKeyword: 'any',
  UndefinedKeyword: 'undefined',
  VoidKeyword: 'void',
  ObjectKeyword: 'object',
  BigIntKeyword: 'bigint',
  NullKeyword: 'null',
}

function isOneLine(doc: Doc): boolean {
  if (typeof doc === 'string') return true
  if (Array.isArray(doc)) return doc.every(isOneLine)
  if (doc.kind === 'line') return false
  if (doc.kind === 'if-break')
    return isOneLine(doc.flat) && isOneLine(doc.broken)
  return isOneLine(doc.contents)
}

/** A string as TypeScript's printer writes it (double quotes, non-ASCII and control characters escaped), then as prettier rewrites it. */
function stringLiteral(value: string): string {
  const named: Record<string, string> = {
    '\\': '\\\\',
    '"': '\\"',
    '\t': '\\t',
    '\n': '\\n',
    '\r': '\\r',
    '\b': '\\b',
    '\f': '\\f',
    '\v': '\\v',
    '\0': '\\0',
  }

  const raw = value.replace(
    /[\\"\u0000-\u001f\u007f-\uffff]/g,
    (c) =>
      named[c] ??
      `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
  return prettierString(raw)
}

/** An identifier's text: source text openapi-typescript wrote itself (a JSON string, a number) or a name. */
function identifierText(text: string): string {
  if (/^".*"$/s.test(text)) return prettierString(text.slice(1, -1))
  if (/^-?\d/.test(text))
    return text.startsWith('-')
      ? `-${printNumber(text.slice(1))}`
      : printNumber(text)
  return text
}

/**
 * Prettier's string printing with `singleQuote`: single quotes unless the text holds more of
 * them than double quotes; only the quotes' escapes change.
 */
function prettierString(raw: string): string {
  const singles = (raw.match(/'/g) ?? []).length
  const doubles = (raw.match(/"/g) ?? []).length
  const quote = singles > doubles ? '"' : "'"
  const other = quote === '"' ? "'" : '"'
  const content = raw.replace(
    /\\(.)|(["'])/gs,
    (match, escaped: string | undefined, bare: string | undefined) => {
      if (escaped === other) return escaped
      if (bare === quote) return `\\${bare}`
      return bare ?? match
    },
  )
  return quote + content + quote
}

/** Prettier's number printing: lower-case, no `+` in exponents, no trailing zeros after the point. */
function printNumber(text: string): string {
  return text
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)\+/, '$1')
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, '$1')
    .replace(/^([+-]?\d+\.\d*?)0+(?=e|$)/, '$1')
    .replace(/\.(?=e|$)/, '')
}

/** A block comment on lines of its own at `indentation`, as the layout prints one above a member. */
export const printedComment = (text: string, indentation: number): string =>
  `${' '.repeat(indentation)}${printDoc(blockComment(text), indentation)}`

/** A block comment as prettier prints it: re-indented when every line starts with `*`, else as written. */
function blockComment(text: string): Doc {
  const lines = `*${text}*`.split('\n')
  if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith('*'))) {
    const body = text
      .split('\n')
      .map((l, i, all) =>
        i === 0
          ? l.trimEnd()
          : ` ${i < all.length - 1 ? l.trim() : l.trimStart()}`,
      )
    return ['/*', join(hardline, body), '*/']
  }
  if (text.includes('\n'))
    throw new UnsupportedNode('a block comment prettier would keep as written')
  return `/*${text}*/`
}
