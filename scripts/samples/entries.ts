/**
 * The hand-kept sample entries (`samples/*.yaml`): read, parsed and checked against the spec.
 * `collection.ts` makes the samples from them.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { parse } from 'yaml'

import {
  isObject,
  type JsonObject,
  type OpenApiDocument,
} from '../spec/load.js'
import { deref, type ApiModel, type Operation } from '../spec/model.js'
import type { SampleValue } from './sample.js'
import { ValueChecker, valuesProblem } from './values.js'

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
 * The hand-kept entries by path, each checked against the spec (but for those in `checkedBefore`,
 * whose values a run has found good against the same schemas). Throws a SamplesFileError for a
 * bad one.
 */
export function entriesByPath(
  model: ApiModel,
  entries: readonly SampleEntry[],
  checkedBefore: ReadonlySet<SampleEntry> = new Set(),
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
    byPath.set(entry.path, entry)
    if (checkedBefore.has(entry)) continue
    checkEntry(model.document, operation, entry)
    const problem = valuesProblem(checker, operation, entry)
    if (problem !== undefined) throw new SamplesFileError(entry.source, problem)
  }
  return byPath
}
