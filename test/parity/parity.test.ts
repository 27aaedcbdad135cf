import { isDeepStrictEqual } from 'node:util'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { serializeUrlSearchParams } from '../../src/index.js'
import {
  startLocalServer,
  type LocalRequest,
  type LocalServer,
} from '../runtime/local-server.js'
import {
  covers,
  differences,
  intendedDifferences,
  type Outcome,
  outcomeOf,
  sdks,
  type Side,
} from './harness.js'
import { defaultBody, type Responder, scenarios } from './scenarios.js'

/** What a run sent, reduced to what the API could tell apart. */
interface Wire {
  path: string
  method: string
  /** The credentials and workspace headers, by name. */
  auth: Record<string, string>
  /** Which SDK the request says it is from. */
  sdk: string
  /** The parameters, wherever they were sent (query string or JSON body), as one sorted query string. */
  parameters: string
}

interface Run {
  outcome: Outcome
  requests: Wire[]
  warnings: string[]
}

const authHeaders = [
  'authorization',
  'client-session-token',
  'seam-workspace',
  'seam-publishable-key',
]

const wireOf = (request: LocalRequest): Wire => {
  const auth: Record<string, string> = {}
  for (const name of authHeaders) {
    const value = request.headers[name]
    if (typeof value === 'string') auth[name] = value
  }
  const query = new URL(request.url, 'http://local').searchParams
  query.delete('_strict')
  const body =
    request.body === ''
      ? ''
      : serializeUrlSearchParams(
          JSON.parse(request.body) as Record<string, unknown>,
        ).replace(/&?_strict=true/, '')
  query.sort()
  return {
    path: request.path,
    method: request.method,
    auth,
    sdk: String(request.headers['seam-sdk-name']),
    parameters: [query.toString(), body].filter((p) => p !== '').join('&'),
  }
}

let server: LocalServer
let respond: Responder = (_, reply) => reply.json(200, defaultBody)

beforeAll(async () => {
  server = await startLocalServer((request, reply) => respond(request, reply))
})
afterAll(() => server.close())

const seamVariables = () =>
  Object.keys(process.env).filter((name) => name.startsWith('SEAM_'))

/** Runs one scenario on one side, in an environment holding only the scenario's SEAM_ variables. */
const runOn = async (
  side: Side,
  scenario: (typeof scenarios)[number],
): Promise<Run> => {
  const saved = Object.fromEntries(
    seamVariables().map((name) => [name, process.env[name]]),
  )
  for (const name of seamVariables()) delete process.env[name]
  Object.assign(process.env, scenario.env)
  respond = scenario.respond ?? ((_, reply) => reply.json(200, defaultBody))
  server.received.length = 0
  const warnings: string[] = []
  const warn = vi
    .spyOn(console, 'warn')
    .mockImplementation((...parts: unknown[]) => {
      warnings.push(parts.join(' '))
    })
  try {
    const outcome = await outcomeOf(() =>
      scenario.run(sdks[side], server.endpoint),
    )
    return { outcome, requests: server.received.map(wireOf), warnings }
  } finally {
    warn.mockRestore()
    for (const name of seamVariables()) delete process.env[name]
    Object.assign(process.env, saved)
  }
}

/** Every field in which the runs differ: the outcome's, then the wire's request by request, then the warnings. */
const runDifferences = (reference: Run, ours: Run): Map<string, unknown> => {
  const found = new Map<string, unknown>()
  for (const [field, pair] of Object.entries(
    differences(reference.outcome, ours.outcome),
  ))
    found.set(field, pair)
  if (reference.requests.length !== ours.requests.length)
    found.set('requests', {
      reference: reference.requests,
      ours: ours.requests,
    })
  else
    reference.requests.forEach((request, i) => {
      for (const key of Object.keys(request) as (keyof Wire)[]) {
        if (!isDeepStrictEqual(request[key], ours.requests[i]![key]))
          found.set(`wire.${key}`, {
            reference: request[key],
            ours: ours.requests[i]![key],
          })
      }
    })
  if (!isDeepStrictEqual(reference.warnings, ours.warnings))
    found.set('warnings', {
      reference: reference.warnings,
      ours: ours.warnings,
    })
  return found
}

const table = intendedDifferences()
const rowsSeen = new Set<number>()

describe('parity with @seamapi/http: every difference is in docs/PARITY.md', () => {
  it('has scenarios with unique ids', () => {
    const ids = scenarios.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s',
    async (_, scenario) => {
      const reference = await runOn('reference', scenario)
      const ours = await runOn('ours', scenario)
      const unexplained: Record<string, unknown> = {}
      for (const [field, pair] of runDifferences(reference, ours)) {
        const row = table.findIndex((r) => covers(r, scenario.id, field))
        if (row === -1) unexplained[field] = pair
        else rowsSeen.add(row)
      }
      expect(unexplained, `${scenario.id}: not in docs/PARITY.md`).toEqual({})
    },
  )

  // Runs last: a row no scenario needs any more is a claim the table should not make.
  it('has no row in docs/PARITY.md that no scenario needs', () => {
    const unused = table.filter((_, i) => !rowsSeen.has(i))
    expect(unused).toEqual([])
  })
})
