/**
 * The values of a hand-kept entry checked against the operation's request and response
 * schemas: the first problem, with the JSON pointer in the entry and the rule broken.
 */
import { Validator, type Schema, type ValidationError } from 'jsonschema'

import {
  escapePointerToken,
  isObject,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import type { Operation } from '../spec/model.js'
import type { SampleValue } from './sample.js'

/**
 * A schema of OpenAPI 3.0 as JSON Schema: `nullable: true` becomes a `null` type (or, beside
 * no `type`, an `anyOf` with one), the one 3.0 keyword that changes what a value may be; Ajv
 * ignores the others (`example`, `x-*`).
 */
function jsonSchemaOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchemaOf)
  if (!isObject(node)) return node
  const { nullable, ...rest } = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      // References point into the spec, which the checker holds under `specId`.
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `${specId}${value}`
        : jsonSchemaOf(value),
    ]),
  )
  if (nullable !== true) return rest
  if (typeof rest.type !== 'string') return { anyOf: [rest, { type: 'null' }] }
  const enumWithNull =
    Array.isArray(rest.enum) && !rest.enum.includes(null)
      ? { enum: [...rest.enum, null] }
      : {}
  return { ...rest, type: [rest.type, 'null'], ...enumWithNull }
}

const specId = '/seam-spec'

/**
 * Checks an entry's values against the operation's schemas (types, enums, formats, required
 * properties) with jsonschema, which interprets a schema where Ajv would first compile it
 * (seconds for the spec's big unions, on every run that checks a sample). One per run: the
 * spec's components are converted and registered once, when the first value is checked.
 */
export class ValueChecker {
  readonly #validator = new Validator()
  #specAdded = false

  constructor(readonly document: OpenApiDocument) {}

  #errors(value: unknown, schema: unknown): ValidationError[] {
    if (!this.#specAdded) {
      this.#validator.addSchema(
        {
          id: specId,
          components: jsonSchemaOf(this.document.components ?? {}),
        } as Schema,
        specId,
      )
      this.#specAdded = true
    }
    return this.#validator.validate(value, schema as Schema).errors
  }

  /**
   * The rule the value breaks deepest in it, with the path to where; through a union, in the
   * alternative the value comes closest to (fewest errors), since the union's own error
   * ("not exactly one of ...") says nothing of what to fix.
   */
  #violation(
    value: unknown,
    schema: unknown,
  ): { path: Array<string | number>; error: ValidationError } | undefined {
    const errors = this.#errors(value, schema)
    const deepest = [...errors].sort((a, b) => b.path.length - a.path.length)[0]
    if (deepest === undefined) return undefined
    const holder =
      typeof deepest.schema === 'string'
        ? this.#validator.schemas[deepest.schema]
        : deepest.schema
    const alternatives = (holder as JsonObject | undefined)?.[deepest.name]
    if (
      (deepest.name === 'oneOf' || deepest.name === 'anyOf') &&
      Array.isArray(alternatives)
    ) {
      const inner = deepest.path.reduce<unknown>(
        (node, key) => (node as Record<string | number, unknown>)?.[key],
        value,
      )
      const ranked = alternatives
        .map((alternative) => ({
          alternative,
          count: this.#errors(inner, alternative).length,
        }))
        .sort((a, b) => a.count - b.count)
      const closest = ranked[0]
      if (closest !== undefined && closest.count > 0) {
        const within = this.#violation(inner, closest.alternative)
        if (within !== undefined)
          return {
            path: [...deepest.path, ...within.path],
            error: within.error,
          }
      }
    }
    return { path: deepest.path, error: deepest }
  }

  /** What is wrong with the value (`<at><pointer> <message> (rule: <keyword>)`), or undefined. */
  problem(at: string, schema: JsonObject, value: unknown): string | undefined {
    const found = this.#violation(value, jsonSchemaOf(schema))
    if (found === undefined) return undefined
    const pointer = found.path
      .map((key) => `/${escapePointerToken(String(key))}`)
      .join('')
    return `${at}${pointer} ${found.error.message} (rule: ${found.error.name})`
  }
}

/**
 * The first problem of an entry's values against the operation's request (body and query)
 * and 200 response schemas, pointed at from the entry (`/parameters/...`, `/response/...`).
 */
export function valuesProblem(
  checker: ValueChecker,
  operation: Operation,
  values: {
    parameters?: { [key: string]: SampleValue }
    responseBody?: { [key: string]: SampleValue }
  },
): string | undefined {
  const parameters = values.parameters ?? {}
  const queryNames = new Set(
    operation.queryParameters.map((query) => query.name),
  )
  const problems: Array<() => string | undefined> = []
  if (
    values.parameters !== undefined &&
    operation.requestSchema !== undefined
  ) {
    const body = Object.fromEntries(
      Object.entries(parameters).filter(([name]) => !queryNames.has(name)),
    )
    problems.push(() =>
      checker.problem('/parameters', operation.requestSchema!, body),
    )
  }
  for (const query of operation.queryParameters) {
    const value = parameters[query.name]
    problems.push(() =>
      value !== undefined
        ? checker.problem(
            `/parameters/${escapePointerToken(query.name)}`,
            query.schema,
            value,
          )
        : query.required && values.parameters !== undefined
          ? `/parameters must have required property '${query.name}' (rule: required)`
          : undefined,
    )
  }
  // The entry leaves out `ok`, which every response has.
  if (
    values.responseBody !== undefined &&
    operation.responseSchema !== undefined
  ) {
    problems.push(() =>
      checker.problem('/response', operation.responseSchema!, {
        ok: true,
        ...values.responseBody,
      }),
    )
  }
  for (const problem of problems) {
    const found = problem()
    if (found !== undefined) return found
  }
  return undefined
}
