import { camelCase, pascalCase, type Operation } from '../spec/model.js'
import { brackets, commentLines, print, type Layout } from './layout.js'
import { invisible, numberLiteral, utf16Escapes } from './literals.js'
import type { RenderedSample, SampleRenderer } from './sample.js'
import {
  identifierWords,
  typedRequest,
  typedResponse,
  type TypedValue,
  type TypeName,
  type ValueType,
} from './typed-value.js'

/**
 * seamapi/csharp: `seam.ActionAttempts.Get(actionAttemptId: "...")`, named arguments in
 * camelCase. A nested namespace is one client class named with its segments reversed
 * (`seam.UsersAcs.Create(...)`), holding the operation's request class (`UsersAcs.CreateRequest`),
 * whose enums nest in the class that has the field (`CreateRequest.AccessMethodEnum.Code`).
 * A nested class is named by the properties down to it, a list's element class as the list
 * (`AccessGrants.CreateRequestRequestedAccessMethods`, with no `Item`). A `oneOf` body is one
 * request class with every alternative's properties. Objects are written with object
 * initializers, lists as `List<T>`, free-form objects as `Dictionary<string, object>`; `number`
 * is a `float`, so its literals carry `f`.
 */

// C# has no comma after the last argument, so none after any last item.
const style = { width: 100, indent: '    ', trailingComma: false }

/** C#'s reserved words: they can name an argument only with an `@` before them. */
export const csharpKeywords: ReadonlySet<string> = new Set(
  (
    'abstract as base bool break byte case catch char checked class const continue decimal default delegate do ' +
    'double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface ' +
    'internal is lock long namespace new null object operator out override params private protected public ' +
    'readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try ' +
    'typeof uint ulong unchecked unsafe ushort using virtual void volatile while'
  ).split(' '),
)

const argumentName = (snake: string): string => {
  const name = camelCase(snake)
  return csharpKeywords.has(name) ? `@${name}` : name
}

/** The client class of the operation's namespace, e.g. `UsersAcs` for `acs.users`. */
const clientClass = (operation: Operation): string =>
  pascalCase([...operation.namespace].reverse().join('_'))

/** `seam.UsersAcs.Create`; an operation outside any namespace is a method of the client itself. */
const qualified = (operation: Operation, member: string): string =>
  [clientClass(operation), member].filter((part) => part !== '').join('.')

function typeName(name: TypeName, operation: Operation): string {
  const suffix = name.path
    .filter((key) => key !== 'item')
    .map(pascalCase)
    .join('')
  if (name.root.kind === 'component') return pascalCase(name.root.name) + suffix
  return qualified(operation, `${pascalCase(operation.name)}Request${suffix}`)
}

/**
 * The enum nested in the class holding the field: `Owner.FieldEnum`; a list's items share
 * the list field's enum.
 */
function enumType(name: TypeName, operation: Operation): string {
  const path = [...name.path]
  while (path.at(-1) === 'item') path.pop()
  const field = path.pop() ?? 'value'
  return `${typeName({ root: name.root, path }, operation)}.${pascalCase(field)}Enum`
}

/** C# names cannot start with a digit; the SDK names a value with no words (`=`) `empty`. */
const enumMember = (value: string): string => {
  const member = identifierWords(value).map(pascalCase).join('')
  return member === '' ? 'empty' : /^[0-9]/.test(member) ? `_${member}` : member
}

/**
 * A C# string literal: JSON's escapes are C#'s, and what cannot be seen is escaped, among it
 * the characters C# takes as line breaks besides `\r` and `\n` (U+0085, U+2028, U+2029).
 */
export const csharpString = (value: string): string =>
  JSON.stringify(value).replace(invisible, utf16Escapes)

function csharpType(type: ValueType, operation: Operation): string {
  switch (type.kind) {
    case 'string':
      return 'string'
    case 'integer':
      return 'int'
    case 'number':
      return 'float'
    case 'boolean':
      return 'bool'
    case 'map':
      return 'Dictionary<string, object>'
    case 'any':
      return 'object'
    case 'enum':
      return enumType(type.name, operation)
    case 'struct':
      return typeName(type.name, operation)
    case 'list':
      return `List<${csharpType(type.item, operation)}>`
  }
}

/** The largest finite `float`. */
const floatMax = 3.4028234663852886e38

/** A C# expression; `prefix` is what precedes it on its line. */
function literal(value: TypedValue, operation: Operation, prefix = ''): Layout {
  switch (value.kind) {
    case 'null':
    case 'boolean':
      return prefix + String(value.kind === 'null' ? null : value.value)
    case 'integer':
      // C# infers long past an int's range by itself.
      return prefix + numberLiteral(value.value)
    case 'number':
      // Past a float's range no float literal holds the value; a double literal at least says it.
      return `${prefix}${numberLiteral(value.value)}${Math.abs(value.value) <= floatMax ? 'f' : ''}`
    case 'string':
      return prefix + csharpString(value.value)
    case 'enum':
      return `${prefix}${enumType(value.name, operation)}.${enumMember(value.value)}`
    case 'list': {
      const items = value.items.map((item) => literal(item, operation))
      return brackets(
        `${prefix}new List<${csharpType(value.item, operation)}> {`,
        items,
        '}',
        { padded: true },
      )
    }
    case 'map': {
      const entries = value.entries.map(([key, entry]) =>
        literal(entry, operation, `[${csharpString(key)}] = `),
      )
      return brackets(
        `${prefix}new Dictionary<string, object> {`,
        entries,
        '}',
        { padded: true, broken: entries.length > 0 },
      )
    }
    case 'struct': {
      const fields = value.fields.map(([key, field]) =>
        literal(field, operation, `${pascalCase(key)} = `),
      )
      const open = `${prefix}new ${typeName(value.name, operation)} {`
      return brackets(open, fields, '}', {
        padded: true,
        broken: fields.length > 0,
      })
    }
  }
}

export const csharp: SampleRenderer = {
  lang: 'csharp',
  label: 'Seam SDK',
  id: 'csharp',
  name: 'C#',
  callsUndocumented: false,
  render(sample): RenderedSample {
    const { operation } = sample
    const method = `seam.${qualified(operation, pascalCase(operation.name))}`
    const args = typedRequest(sample, { unions: false }).fields.map(
      ([key, value]) => literal(value, operation, `${argumentName(key)}: `),
    )
    const request = print(brackets(`${method}(`, args, ');'), style)
    const value = typedResponse(sample)
    const response = commentLines(
      value === undefined ? 'void' : print(literal(value, operation), style),
      '// ',
      '// ',
    )
    return { request, response, source: `${request}\n\n${response}` }
  },
}
