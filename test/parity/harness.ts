// The differential harness: runs one scenario against @seamapi/http and against this SDK, reduces
// each run to an outcome (a value, or an error's fields), and compares the two field by field.
// Every difference must be a row of the table in docs/PARITY.md; every row must still be true.

import { readFileSync } from 'node:fs'

import * as reference from '@seamapi/http'
import { isDeepStrictEqual } from 'node:util'

import * as ours from '../../src/index.js'

export type Sdk = typeof reference | typeof ours
export const sdks = { reference, ours } as const
export type Side = keyof typeof sdks

/** What a run came to: its value, or the error it threw, reduced to what an app could look at. */
export type Outcome =
  | { kind: 'value'; value: unknown }
  | {
      kind: 'error'
      /** Constructor names from the error's class up to Error. */
      classes: string[]
      fields: Record<string, unknown>
    }

const errorFields = [
  'name',
  'message',
  'code',
  'statusCode',
  'requestId',
  'data',
  'validationErrors',
  'actionAttempt',
] as const

export const outcomeOf = async (run: () => unknown): Promise<Outcome> => {
  try {
    return { kind: 'value', value: await run() }
  } catch (error) {
    if (!(error instanceof Error))
      return { kind: 'error', classes: [], fields: { thrown: error } }
    const classes: string[] = []
    for (
      let proto = Object.getPrototypeOf(error) as object | null;
      proto !== null && proto !== Object.prototype;
      proto = Object.getPrototypeOf(proto) as object | null
    )
      classes.push((proto.constructor as { name: string }).name)
    const fields: Record<string, unknown> = {}
    for (const field of errorFields) {
      const value = (error as unknown as Record<string, unknown>)[field]
      if (value !== undefined) fields[field] = value
    }
    return { kind: 'error', classes, fields }
  }
}

/**
 * The fields in which this SDK's outcome differs from @seamapi/http's. Equal when: both values are
 * deeply equal; or both are errors, this SDK's class is @seamapi/http's or extends a class of that
 * name, its message contains @seamapi/http's, and every other field @seamapi/http sets is equal.
 */
export const differences = (
  expected: Outcome,
  actual: Outcome,
): Record<string, { reference: unknown; ours: unknown }> => {
  const found: Record<string, { reference: unknown; ours: unknown }> = {}
  if (expected.kind !== actual.kind) {
    found['outcome'] = { reference: summary(expected), ours: summary(actual) }
    return found
  }
  if (expected.kind === 'value' && actual.kind === 'value') {
    if (!isDeepStrictEqual(plain(expected.value), plain(actual.value)))
      found['value'] = { reference: expected.value, ours: actual.value }
    return found
  }
  if (expected.kind !== 'error' || actual.kind !== 'error') return found
  const referenceClass = expected.classes[0]
  if (referenceClass !== undefined && !actual.classes.includes(referenceClass))
    found['class'] = { reference: expected.classes, ours: actual.classes }
  for (const [field, value] of Object.entries(expected.fields)) {
    const mine = actual.fields[field]
    if (field === 'name') {
      if (!actual.classes.includes(String(value)) && mine !== value)
        found[field] = { reference: value, ours: mine }
    } else if (field === 'message') {
      if (typeof mine !== 'string' || !mine.includes(String(value)))
        found[field] = { reference: value, ours: mine }
    } else if (!isDeepStrictEqual(plain(value), plain(mine))) {
      found[field] = { reference: value, ours: mine }
    }
  }
  return found
}

const summary = (outcome: Outcome): unknown =>
  outcome.kind === 'value'
    ? { value: outcome.value }
    : { error: outcome.classes[0], message: outcome.fields['message'] }

/** Values as JSON would carry them: class instances and prototypes do not count. */
const plain = (value: unknown): unknown =>
  value === undefined
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as unknown)

/** One row of the table of intended differences in docs/PARITY.md. */
export interface IntendedDifference {
  /** The scenarios it covers: ids, or prefixes ending in `*`. */
  scenarios: string[]
  fields: string[]
}

export const intendedDifferences = (): IntendedDifference[] => {
  const text = readFileSync(
    new URL('../../docs/PARITY.md', import.meta.url),
    'utf8',
  )
  const table = text.slice(text.indexOf('<!-- parity-table -->'))
  return [...table.matchAll(/^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|/gm)].map(
    ([, scenarios, fields]) => ({
      scenarios: scenarios!.split(', '),
      fields: fields!.split(', '),
    }),
  )
}

export const covers = (
  row: IntendedDifference,
  id: string,
  field: string,
): boolean =>
  row.fields.includes(field) &&
  row.scenarios.some((scenario) =>
    scenario.endsWith('*')
      ? id.startsWith(scenario.slice(0, -1))
      : scenario === id,
  )
