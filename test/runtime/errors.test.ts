import { inspect } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  SeamHttp,
  SeamHttpApiError,
  SeamHttpInvalidInputError,
  SeamHttpUnauthorizedError,
  SeamHttpWithoutWorkspace,
} from '../../src/index.js'
import {
  consoleSessionToken,
  type CountingFake,
  startCountingFake,
} from './fake.js'
import { failureOf } from './failure.js'

let seam: CountingFake
beforeAll(async () => {
  seam = await startCountingFake()
})
afterAll(async () => {
  await seam.stop()
})

const requestIdPattern = /^request\d+$/

/** Each way an object can end up in a log: none may hold `secret`. */
const renderings = (value: unknown): string[] => [
  JSON.stringify(value) ?? '',
  inspect(value, { depth: Infinity, showHidden: true }),
  inspect(value, { depth: Infinity, showHidden: true, customInspect: false }),
  String(value),
]

describe(
  'API errors from the fake surface as typed errors with every field filled',
  { timeout: 10_000 },
  () => {
    it('401: SeamHttpUnauthorizedError, sent once', async () => {
      const before = seam.received.length
      const error = await failureOf(() =>
        SeamHttp.fromApiKey('seam_apikey_unknown', {
          endpoint: seam.endpoint,
        }).devices.list(),
      )
      expect(error).toBeInstanceOf(SeamHttpUnauthorizedError)
      expect(error).toBeInstanceOf(SeamHttpApiError)
      expect(error).toMatchObject({
        name: 'SeamHttpUnauthorizedError',
        code: 'unauthorized',
        message: 'API Key not found',
        statusCode: 401,
        requestId: expect.stringMatching(requestIdPattern),
        attempts: 1,
      })
      expect(seam.received.length).toBe(before + 1)
    })

    it('404: SeamHttpApiError with the API error type as code and its data (a read, yet not retried)', async () => {
      const before = seam.received.length
      const client = SeamHttp.fromApiKey('seam_apikey1_token', {
        endpoint: seam.endpoint,
      })
      const error = await failureOf(() =>
        client.actionAttempts.get({ action_attempt_id: 'no_such_attempt' }),
      )
      expect(error.constructor).toBe(SeamHttpApiError)
      expect(error).toMatchObject({
        name: 'SeamHttpApiError',
        code: 'action_attempt_not_found',
        message: 'action_attempt not found',
        statusCode: 404,
        requestId: expect.stringMatching(requestIdPattern),
        data: { action_attempt_id: 'no_such_attempt' },
        attempts: 1,
      })
      expect(seam.received.length).toBe(before + 1)
    })

    it('400 invalid_input: SeamHttpInvalidInputError with the per-parameter validation messages', async () => {
      const client = SeamHttp.fromApiKey('seam_apikey1_token', {
        endpoint: seam.endpoint,
      })
      const error = await failureOf(() =>
        client.devices.update({ device_id: 42 as unknown as string }),
      )
      expect(error).toBeInstanceOf(SeamHttpInvalidInputError)
      expect(error).toMatchObject({
        code: 'invalid_input',
        statusCode: 400,
        requestId: expect.stringMatching(requestIdPattern),
        message: expect.stringContaining('device_id'),
        validationErrors: [
          {
            parameterName: 'device_id',
            errorMessages: ['Expected string, received number'],
          },
        ],
      })
      const invalid = error as SeamHttpInvalidInputError
      expect(invalid.getValidationErrorMessages('device_id')).toEqual([
        'Expected string, received number',
      ])
      expect(invalid.getValidationErrorMessages('name')).toEqual([])
    })
  },
)

describe(
  'no error, client or request, however rendered, contains the token',
  { timeout: 10_000 },
  () => {
    const apiKey = 'seam_apikey1_token'
    const jwt = consoleSessionToken()

    it('errors from the API and from misuse', async () => {
      const client = SeamHttp.fromApiKey(apiKey, { endpoint: seam.endpoint })
      const failures: Array<[string, Error]> = [
        [
          '401',
          await failureOf(() =>
            SeamHttp.fromApiKey('seam_apikey_wrong', {
              endpoint: seam.endpoint,
            }).devices.list(),
          ),
        ],
        [
          '404',
          await failureOf(() => client.devices.get({ device_id: 'nope' })),
        ],
        [
          '400',
          await failureOf(() =>
            client.devices.update({ device_id: 42 as unknown as string }),
          ),
        ],
        [
          'wrong kind',
          await failureOf(() => SeamHttp.fromClientSessionToken(apiKey)),
        ],
        [
          'missing workspace',
          await failureOf(() => SeamHttp.fromConsoleSessionToken(jwt, '')),
        ],
        [
          'two schemes',
          await failureOf(
            () => new SeamHttp({ apiKey, consoleSessionToken: jwt } as never),
          ),
        ],
        [
          'undocumented',
          await failureOf(() => client.devices.delete({ device_id: 'x' })),
        ],
      ]
      for (const [label, error] of failures) {
        for (const rendering of renderings(error)) {
          expect(rendering, label).not.toContain(apiKey)
          expect(rendering, label).not.toContain(jwt)
        }
      }
    })

    it('the clients and a request object', () => {
      const clients = [
        SeamHttp.fromApiKey(apiKey, { endpoint: seam.endpoint }),
        SeamHttp.fromConsoleSessionToken(jwt, 'seed_workspace_1', {
          endpoint: seam.endpoint,
        }),
        SeamHttpWithoutWorkspace.fromConsoleSessionToken(jwt, {
          endpoint: seam.endpoint,
        }),
      ]
      const request = SeamHttp.fromApiKey(apiKey, {
        endpoint: seam.endpoint,
      }).devices.list({ limit: 1 })
      for (const value of [...clients, request]) {
        for (const rendering of renderings(value)) {
          expect(rendering).not.toContain(apiKey)
          expect(rendering).not.toContain(jwt)
        }
      }
      expect(inspect(clients[0])).toContain("auth: 'apiKey'")
    })
  },
)
