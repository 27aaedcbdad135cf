/**
 * The hand-kept sample entries (`samples/*.yaml`): read, parsed and checked against the spec.
 * `collection.ts` makes the samples from them.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { Validator, type Schema, type ValidationError } from 'jsonschema'
import { parse } from 'yaml'

import {
  isObject,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import { deref, type ApiModel, type Operation } from '../spec/model.js'
import type { SampleValue } from './sample.js'

/** One hand-kept entry: example values for one path. Either part may be left out. */
export interface SampleEntry {
  /** Where the entry is written, for errors: `samples/locks.yaml, entry 2 (/locks/unlock_door)`. */
  source: string
  path: string
  parameters?: { [key: string]: SampleValue }
  /** The HTTP response body, as cURL shows it (without `ok`). */
  responseBody?: { [key: string]: SampleValue }
}

/** A hand-kept samples file that does not fit the spec or the format. */
export class SamplesFileError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`)
    this.name = 'SamplesFileError'
  }
}

const entryKeys = new Set(['path', 'parameters', 'response'])

/** Reads every `*.yaml` file of a folder (none when the folder does not exist), in name order. */
export async function readSampleEntries(dir: string): Promise<SampleEntry[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const files = names.filter((name) => name.endsWith('.yaml')).sort()
  const texts = await Promise.all(
    files.map((name) => readFile(join(dir, name), 'utf8')),
  )
  return files.flatMap((name, i) =>
    parseSampleEntries(join(dir, name), texts[i]!),
  )
}

/** Parses one file's text: a YAML list of `{ path, parameters?, response? }`. */
export function parseSampleEntries(file: string, text: string): SampleEntry[] {
  let document: unknown
  try {
    document = parse(text)
  } catch (error) {
    throw new SamplesFileError(
      file,
      `not valid YAML (${(error as Error).message})`,
    )
  }
  if (document === null) return []
  if (!Array.isArray(document))
    throw new SamplesFileError(file, 'expected a list of entries')
  return document.map((raw, index) => {
    const at = `${file}, entry ${index + 1}`
    if (!isObject(raw) || typeof raw.path !== 'string') {
      throw new SamplesFileError(at, 'expected a mapping with a `path`')
    }
    const source = `${at} (${raw.path})`
    const unknown = Object.keys(raw).find((key) => !entryKeys.has(key))
    if (unknown !== undefined) {
      throw new SamplesFileError(
        source,
        `unknown key "${unknown}" (expected path, parameters, response)`,
      )
    }
    for (const key of ['parameters', 'response'] as const) {
      if (raw[key] !== undefined && !isObject(raw[key]))
        throw new SamplesFileError(source, `\`${key}\` must be a mapping`)
    }
    return {
      source,
      path: raw.path,
      parameters: raw.parameters as SampleEntry['parameters'],
      responseBody: raw.response as SampleEntry['responseBody'],
    }
  })
}

/** Every property name an object schema can have, through allOf, oneOf and anyOf. */
function propertyNames(
  document: OpenApiDocument,
  node: unknown,
  seen = new Set<JsonObject>(),
): Set<string> {
  const schema = deref(document, node)
  if (schema === undefined || seen.has(schema)) return new Set()
  seen.add(schema)
  const names = new Set(
    isObject(schema.properties) ? Object.keys(schema.properties) : [],
  )
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const parts = schema[key]
    if (Array.isArray(parts))
      for (const part of parts)
        for (const name of propertyNames(document, part, seen)) names.add(name)
  }
  return names
}

function checkEntry(
  document: OpenApiDocument,
  operation: Operation,
  entry: SampleEntry,
): void {
  const known = propertyNames(document, operation.requestSchema)
  for (const query of operation.queryParameters) known.add(query.name)
  for (const name of Object.keys(entry.parameters ?? {})) {
    if (!known.has(name)) {
      throw new SamplesFileError(
        entry.source,
        `unknown parameter "${name}" (the operation takes: ${[...known].join(', ') || 'none'})`,
      )
    }
  }
  if (entry.responseBody === undefined) return
  const responseProperties = propertyNames(document, operation.responseSchema)
  for (const name of Object.keys(entry.responseBody)) {
    if (!responseProperties.has(name)) {
      throw new SamplesFileError(
        entry.source,
        `unknown response property "${name}" (the response has: ${[...responseProperties].join(', ') || 'none'})`,
      )
    }
  }
  if (
    operation.responseKey !== undefined &&
    !Object.hasOwn(entry.responseBody, operation.responseKey)
  ) {
    throw new SamplesFileError(
      entry.source,
      `the response has no "${operation.responseKey}", the property the SDKs return`,
    )
  }
}

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
class ValueChecker {
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

  /** Throws a SamplesFileError naming the entry, the JSON pointer in it and the rule broken. */
  check(
    entry: SampleEntry,
    at: string,
    schema: JsonObject,
    value: unknown,
  ): void {
    const found = this.#violation(value, jsonSchemaOf(schema))
    if (found === undefined) return
    const pointer = found.path
      .map((key) => `/${escapePointer(String(key))}`)
      .join('')
    throw new SamplesFileError(
      entry.source,
      `${at}${pointer} ${found.error.message} (rule: ${found.error.name})`,
    )
  }
}

/** The entry's values against the operation's request (body and query) and 200 response schemas. */
function checkValues(
  checker: ValueChecker,
  operation: Operation,
  entry: SampleEntry,
): void {
  const parameters = entry.parameters ?? {}
  const queryNames = new Set(
    operation.queryParameters.map((query) => query.name),
  )
  if (entry.parameters !== undefined && operation.requestSchema !== undefined) {
    const body = Object.fromEntries(
      Object.entries(parameters).filter(([name]) => !queryNames.has(name)),
    )
    checker.check(entry, '/parameters', operation.requestSchema, body)
  }
  for (const query of operation.queryParameters) {
    const value = parameters[query.name]
    if (value !== undefined)
      checker.check(
        entry,
        `/parameters/${escapePointer(query.name)}`,
        query.schema,
        value,
      )
    else if (query.required && entry.parameters !== undefined) {
      throw new SamplesFileError(
        entry.source,
        `/parameters must have required property '${query.name}' (rule: required)`,
      )
    }
  }
  // The entry leaves out `ok`, which every response has.
  if (
    entry.responseBody !== undefined &&
    operation.responseSchema !== undefined
  ) {
    checker.check(entry, '/response', operation.responseSchema, {
      ok: true,
      ...entry.responseBody,
    })
  }
}

const escapePointer = (key: string): string =>
  key.replaceAll('~', '~0').replaceAll('/', '~1')

/** The hand-kept entries by path, each checked against the spec. Throws a SamplesFileError for a bad one. */
export function entriesByPath(
  model: ApiModel,
  entries: readonly SampleEntry[],
): Map<string, SampleEntry> {
  const byPath = new Map<string, SampleEntry>()
  const operations = new Map(
    model.operations.map((operation) => [operation.path, operation]),
  )
  const checker = new ValueChecker(model.document)
  for (const entry of entries) {
    const operation = operations.get(entry.path)
    if (operation === undefined)
      throw new SamplesFileError(entry.source, 'no such path in the spec')
    const earlier = byPath.get(entry.path)
    if (earlier !== undefined)
      throw new SamplesFileError(
        entry.source,
        `a second entry for the path (first: ${earlier.source})`,
      )
    checkEntry(model.document, operation, entry)
    checkValues(checker, operation, entry)
    byPath.set(entry.path, entry)
  }
  return byPath
}
