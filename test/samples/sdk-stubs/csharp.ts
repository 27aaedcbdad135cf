/** The C# stub: classes standing in for seamapi/csharp 1.4.0. */
import { csharpKeywords } from '../../../scripts/samples/csharp.js'
import { identifierWords } from '../../../scripts/samples/typed-value.js'
import {
  camelCase,
  pascalCase,
  type Operation,
} from '../../../scripts/spec/model.js'
import {
  namedTypes,
  unique,
  type StubRequest,
  type StubType,
} from './schema.js'

/** One C# file: the `Seam.Api` client classes with their request classes and enums, and `SeamClient`. */
export function csharpStub(requests: readonly StubRequest[]): string {
  // Rule: a namespace is one client class named with its segments reversed (`UsersAcs` for acs.users).
  const clientClass = (namespace: string[]): string =>
    pascalCase([...namespace].reverse().join('_'))
  // Rule: nested classes are named by the property names down to them, with no `Item` for a
  // list's elements (`CreateRequestRequestedAccessMethods`); an enum nests in the class that
  // has the field, as `<Field>Enum`, and a list of enums uses the list field's name.
  const className = (operation: Operation, path: string[]): string =>
    `${pascalCase(operation.name)}Request${path
      .filter((k) => k !== 'item')
      .map(pascalCase)
      .join('')}`
  const enumName = (operation: Operation, path: string[]): string => {
    const keys = path.filter((k) => k !== 'item')
    return `${className(operation, keys.slice(0, -1))}.${pascalCase(keys.at(-1) ?? 'value')}Enum`
  }
  // Rule: integer is int, number float, objects without properties Dictionary<string, object>.
  const csharpType = (
    operation: Operation,
    type: StubType,
    nullable: boolean,
  ): string => {
    const q = nullable ? '?' : ''
    switch (type.kind) {
      case 'string':
        return 'string'
      case 'integer':
        return `int${q}`
      case 'number':
        return `float${q}`
      case 'boolean':
        return `bool${q}`
      case 'map':
        return 'Dictionary<string, object>'
      case 'any':
        return 'object'
      case 'enum':
        return `${enumName(operation, type.path)}${q}`
      case 'object':
        return className(operation, type.path)
      case 'list':
        return `List<${csharpType(operation, type.item, false)}>`
    }
  }
  const enumMembers = (values: string[]): string[] =>
    unique(
      // Rule: a value with no words to name it (`=`) is `empty`.
      values
        .map((v) => identifierWords(v).map(pascalCase).join(''))
        .map((m) => (m === '' ? 'empty' : /^[0-9]/.test(m) ? `_${m}` : m)),
      (m) => m,
    )

  const byClient = new Map<
    string,
    { classes: Map<string, string[]>; methods: string[] }
  >()
  const clientOf = (name: string) => {
    const known = byClient.get(name) ?? {
      classes: new Map<string, string[]>(),
      methods: [],
    }
    byClient.set(name, known)
    return known
  }
  for (const { operation, fields } of requests) {
    const client = clientOf(clientClass(operation.namespace))
    const member = (name: string, text: string): void => {
      const members = client.classes.get(name) ?? []
      if (!members.includes(text)) members.push(text)
      client.classes.set(name, members)
    }
    member(className(operation, []), '')
    const types = (fields ?? []).flatMap((f) => namedTypes(f.type))
    for (const type of types) {
      if (type.kind === 'object') {
        member(className(operation, type.path), '')
        for (const field of type.fields) {
          member(
            className(operation, type.path),
            `public ${csharpType(operation, field.type, true)} ${pascalCase(field.key)} { get; set; }`,
          )
        }
      } else {
        const [owner, name] = enumName(operation, type.path).split('.') as [
          string,
          string,
        ]
        member(
          owner,
          `public enum ${name} { ${enumMembers(type.values).join(', ')} }`,
        )
      }
    }
    // Rule: a method per operation with every field as a named, optional argument in camelCase
    // (`@` before a reserved word); a `oneOf` body's variants are flattened into one request.
    const parameters = (fields ?? []).map((field) => {
      const name = camelCase(field.key)
      return `${csharpType(operation, field.type, true)} ${csharpKeywords.has(name) ? `@${name}` : name} = null`
    })
    client.methods.push(
      `public object ${pascalCase(operation.name)}(${parameters.join(', ')}) { return null; }`,
    )
  }
  const root = byClient.get('') ?? { classes: new Map(), methods: [] }
  const classesText = (classes: Map<string, string[]>): string =>
    [...classes]
      .map(
        ([name, members]) =>
          `        public class ${name} {\n${members
            .filter((m) => m !== '')
            .map((m) => `            ${m}\n`)
            .join('')}        }\n`,
      )
      .join('')
  const clients = [...byClient]
    .filter(([name]) => name !== '')
    .map(
      ([name, { classes, methods }]) =>
        `    public class ${name} {\n${classesText(classes)}${methods.map((m) => `        ${m}\n`).join('')}    }\n`,
    )
  const properties = [...byClient.keys()]
    .filter((name) => name !== '')
    .map(
      (name) =>
        `        public Seam.Api.${name} ${name} { get { return null; } }\n`,
    )
  return (
    `using System.Collections.Generic;\n\nnamespace Seam.Api {\n${clients.join('')}}\n\n` +
    `namespace Seam.Client {\n    public class SeamClient {\n${properties.join('')}${classesText(root.classes)}${root.methods.map((m) => `        ${m}\n`).join('')}    }\n}\n`
  )
}
