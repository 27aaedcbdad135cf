// A misbehaving server on loopback, one fault per test, counting what it receives. A read is
// devices.list; a mutation is devices.update (it must never be sent twice unless it cannot have
// arrived). Every call must settle: each test is time-bound.
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import {
  SeamHttp,
  SeamHttpAbortError,
  SeamHttpApiError,
  type SeamHttpCommonOptions,
  SeamHttpInvalidResponseError,
  SeamHttpNetworkError,
  SeamHttpTimeoutError,
} from '../../src/index.js'
import { failureOf } from './failure.js'
import {
  type LocalRequest,
  type LocalServer,
  type Reply,
  startLocalServer,
} from './local-server.js'

const apiKey = 'seam_apikey1_token'
let server: LocalServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const serve = async (
  handle: (request: LocalRequest, reply: Reply) => void,
): Promise<LocalServer> => {
  server = await startLocalServer(handle)
  return server
}
const clientOf = (
  local: LocalServer,
  options: Omit<SeamHttpCommonOptions, 'endpoint'> = {},
): SeamHttp =>
  SeamHttp.fromApiKey(apiKey, { endpoint: local.endpoint, ...options })
const read = (seam: SeamHttp): PromiseLike<unknown> =>
  seam.devices.list({ limit: 10 })
const mutation = (seam: SeamHttp): PromiseLike<unknown> =>
  seam.devices.update({ device_id: 'd1', name: 'Front door' })

const ok = (reply: Reply): void => reply.json(200, { devices: [], ok: true })
const seamError = (type: string, message: string): object => ({
  error: { type, message },
  ok: false,
})
const raw = (
  reply: Reply,
  status: number,
  contentType: string,
  body: string | Buffer,
): void => {
  reply.raw.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
  })
  reply.raw.end(body)
}

describe(
  'responses that are not the JSON the spec promises: a clear error, sent once',
  { timeout: 10_000 },
  () => {
    const cases: Array<[string, (reply: Reply) => void, RegExp]> = [
      [
        'HTML from a proxy',
        (reply) =>
          raw(reply, 200, 'text/html', '<html><body>Gateway</body></html>'),
        /HTTP 200\): expected JSON, got text\/html/,
      ],
      [
        'an empty body',
        (reply) => raw(reply, 200, 'application/json', ''),
        /HTTP 200\): the body is empty, expected JSON/,
      ],
      [
        'truncated JSON',
        (reply) =>
          raw(reply, 200, 'application/json', '{"devices": [{"device_id": "a"'),
        /HTTP 200\): the body is not valid JSON \(truncated\?\)/,
      ],
      [
        'invalid UTF-8',
        (reply) =>
          raw(
            reply,
            200,
            'application/json',
            Buffer.concat([
              Buffer.from('{"devices":[{"device_id":"'),
              Buffer.from([0xff, 0xfe]),
              Buffer.from('"}],"ok":true}'),
            ]),
          ),
        /HTTP 200\): the body is not valid UTF-8/,
      ],
      [
        'JSON without the response key',
        (reply) => reply.json(200, { ok: true }),
        /HTTP 200\): expected "devices", which the response does not contain/,
      ],
      [
        'a JSON array',
        (reply) => reply.json(200, []),
        /HTTP 200\): expected a JSON object/,
      ],
      [
        'an error status with an HTML body',
        (reply) => raw(reply, 403, 'text/html', '<h1>Forbidden</h1>'),
        /HTTP 403\): expected a JSON Seam error, got text\/html/,
      ],
    ]

    it.each(cases)('%s', async (_, answer, message) => {
      const local = await serve((_request, reply) => answer(reply))
      const error = await failureOf(() => read(clientOf(local)))
      expect(error).toBeInstanceOf(SeamHttpInvalidResponseError)
      const [, status, reason] = /^HTTP (\d+)\\\): (.*)$/.exec(message.source)!
      expect(error.message).toMatch(
        new RegExp(
          `^Seam returned an invalid response for /devices/list: ${reason}.* \\(HTTP ${status}\\)`,
        ),
      )
      expect(local.received).toHaveLength(1)
    })
  },
)

describe(
  'retries: the exact number of requests per fault',
  { timeout: 10_000 },
  () => {
    it('500 twice then 200: a read succeeds on its third request', async () => {
      const local = await serve((request, reply) =>
        request.index < 2
          ? reply.json(500, seamError('internal_server_error', 'Oops'))
          : ok(reply),
      )
      expect(await read(clientOf(local))).toEqual([])
      expect(local.received).toHaveLength(3)
    })

    it('500 twice then 200: a mutation is sent once and fails with the 500', async () => {
      const local = await serve((request, reply) =>
        request.index < 2
          ? reply.json(500, seamError('internal_server_error', 'Oops'))
          : reply.json(200, { ok: true }),
      )
      const error = await failureOf(() => mutation(clientOf(local)))
      expect(error).toBeInstanceOf(SeamHttpApiError)
      expect(error).toMatchObject({
        statusCode: 500,
        code: 'internal_server_error',
        requestId: 'local0',
        attempts: 1,
      })
      expect(local.received).toHaveLength(1)
    })

    it('an HTML 502 from a proxy is retried for a read, and the last error says how many tries were made', async () => {
      const local = await serve((_request, reply) =>
        raw(reply, 502, 'text/html', '<h1>Bad Gateway</h1>'),
      )
      const error = await failureOf(() => read(clientOf(local)))
      expect(error).toBeInstanceOf(SeamHttpInvalidResponseError)
      expect(error).toMatchObject({ statusCode: 502, attempts: 3 })
      expect(error.message).toMatch(/\(gave up after 3 attempts\)$/)
      expect(local.received).toHaveLength(3)
    })

    it('429 with Retry-After: 1 then 200: even a mutation is sent again (the server did not process it)', async () => {
      const local = await serve((request, reply) =>
        request.index === 0
          ? reply.json(429, seamError('rate_limited', 'Slow down'), {
              'retry-after': '1',
            })
          : reply.json(200, { ok: true }),
      )
      await mutation(clientOf(local))
      expect(local.received).toHaveLength(2)
      expect(local.received[1]?.body).toBe(local.received[0]?.body)
    })

    it('429 every time: the error after the last try says how many were made', async () => {
      const local = await serve((_request, reply) =>
        reply.json(429, seamError('rate_limited', 'Slow down'), {
          'retry-after': '0',
        }),
      )
      const error = await failureOf(() => mutation(clientOf(local)))
      expect(error).toMatchObject({
        statusCode: 429,
        code: 'rate_limited',
        attempts: 3,
        message: 'Slow down (gave up after 3 attempts)',
      })
      expect(local.received).toHaveLength(3)
    })

    it('429 with a Retry-After longer than 30 s is not waited for', async () => {
      const local = await serve((_request, reply) =>
        reply.json(429, seamError('rate_limited', 'Slow down'), {
          'retry-after': '120',
        }),
      )
      expect(await failureOf(() => read(clientOf(local)))).toMatchObject({
        statusCode: 429,
        attempts: 1,
      })
      expect(local.received).toHaveLength(1)
    })

    it('retries: false sends a failing read once', async () => {
      const local = await serve((_request, reply) =>
        reply.json(503, seamError('service_unavailable', 'Down')),
      )
      expect(
        await failureOf(() => read(clientOf(local, { retries: false }))),
      ).toMatchObject({ statusCode: 503, attempts: 1 })
      expect(local.received).toHaveLength(1)
    })

    it("@seamapi/http's axiosRetryOptions: retries counts, retryDelay sets each wait", async () => {
      const local = await serve((_request, reply) =>
        reply.json(503, seamError('service_unavailable', 'Down')),
      )
      const waits: Array<[number, string]> = []
      const started = Date.now()
      expect(
        await failureOf(() =>
          read(
            clientOf(local, {
              axiosRetryOptions: {
                retries: 3,
                retryDelay: (retry, error) => {
                  waits.push([retry, error.name])
                  return 0
                },
              },
            }),
          ),
        ),
      ).toMatchObject({ statusCode: 503, attempts: 4 })
      expect(local.received).toHaveLength(4)
      expect(waits).toEqual([
        [1, 'SeamHttpApiError'],
        [2, 'SeamHttpApiError'],
        [3, 'SeamHttpApiError'],
      ])
      // Three back-off waits would take at least 0.125 + 0.25 + 0.5 s.
      expect(Date.now() - started).toBeLessThan(800)
    })

    it('4xx is never retried, even for a read', async () => {
      const local = await serve((_request, reply) =>
        reply.json(404, seamError('device_not_found', 'Device not found')),
      )
      expect(await failureOf(() => read(clientOf(local)))).toMatchObject({
        statusCode: 404,
        attempts: 1,
      })
      expect(local.received).toHaveLength(1)
    })

    const resetMidResponse = (_request: LocalRequest, reply: Reply): void => {
      reply.raw.writeHead(200, {
        'content-type': 'application/json',
        'content-length': '1000',
      })
      reply.raw.write('{"devices": [', () =>
        reply.raw.socket?.resetAndDestroy(),
      )
    }

    it('a connection reset mid-response: a read is retried, then fails with SeamHttpNetworkError', async () => {
      const local = await serve(resetMidResponse)
      const error = await failureOf(() => read(clientOf(local)))
      expect(error).toBeInstanceOf(SeamHttpNetworkError)
      expect(error).toMatchObject({ attempts: 3 })
      expect(error.message).toMatch(
        /^POST \/devices\/list failed: .*\(gave up after 3 attempts\)$/,
      )
      expect(local.received).toHaveLength(3)
    })

    it('a connection reset mid-response: a mutation is sent once (it did arrive)', async () => {
      const local = await serve(resetMidResponse)
      expect(await failureOf(() => mutation(clientOf(local)))).toBeInstanceOf(
        SeamHttpNetworkError,
      )
      expect(local.received).toHaveLength(1)
    })

    it('connection refused: even a mutation is tried again (it cannot have arrived), then fails saying so', async () => {
      const endpoint = await closedPort()
      const error = await failureOf(() =>
        mutation(SeamHttp.fromApiKey(apiKey, { endpoint })),
      )
      expect(error).toBeInstanceOf(SeamHttpNetworkError)
      expect(error).toMatchObject({ attempts: 3 })
      expect(error.message).toMatch(
        /ECONNREFUSED.*\(gave up after 3 attempts\)$/,
      )
    })
  },
)

describe('timeouts and cancellation', { timeout: 10_000 }, () => {
  const answerAfter =
    (ms: number) =>
    (_request: LocalRequest, reply: Reply): void => {
      setTimeout(() => {
        if (!reply.raw.destroyed) ok(reply)
      }, ms).unref()
    }

  it('a response slower than the timeout: a mutation fails with SeamHttpTimeoutError after one request', async () => {
    const local = await serve(answerAfter(2_000))
    const error = await failureOf(() =>
      mutation(clientOf(local, { timeout: 100 })),
    )
    expect(error).toBeInstanceOf(SeamHttpTimeoutError)
    expect(error.message).toBe(
      'POST /devices/update got no response within 100 ms',
    )
    expect(local.received).toHaveLength(1)
  })

  it('a response slower than the timeout: a read is tried again per attempt, then fails saying how often', async () => {
    const local = await serve(answerAfter(2_000))
    const error = await failureOf(() =>
      read(clientOf(local, { timeout: 100, retries: 1 })),
    )
    expect(error).toBeInstanceOf(SeamHttpTimeoutError)
    expect(error.message).toBe(
      'POST /devices/list got no response within 100 ms (gave up after 2 attempts)',
    )
    expect(local.received).toHaveLength(2)
  })

  it('a per-call timeout overrides the client one; 0 disables it', async () => {
    const local = await serve(answerAfter(300))
    const seam = clientOf(local, { timeout: 0 })
    expect(
      await failureOf(() =>
        seam.devices.update({ device_id: 'd1' }, { timeout: 50 }),
      ),
    ).toBeInstanceOf(SeamHttpTimeoutError)
    expect(await seam.devices.list({}, { timeout: 0 })).toEqual([])
  })

  it("the caller's AbortSignal rejects with SeamHttpAbortError, carrying the signal's reason, and is not retried", async () => {
    const local = await serve(answerAfter(2_000))
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user left the page')), 50)
    const error = await failureOf(() =>
      clientOf(local).devices.list({}, { signal: controller.signal }),
    )
    expect(error).toBeInstanceOf(SeamHttpAbortError)
    expect(error.message).toBe('POST /devices/list was aborted by the caller')
    expect((error.cause as Error).message).toBe('user left the page')
    expect(local.received).toHaveLength(1)
  })

  it('an already aborted signal sends nothing', async () => {
    const local = await serve((_request, reply) => ok(reply))
    const error = await failureOf(() =>
      clientOf(local).devices.list({}, { signal: AbortSignal.abort() }),
    )
    expect(error).toBeInstanceOf(SeamHttpAbortError)
    expect(local.received).toHaveLength(0)
  })
})

describe('big and hostile bodies', { timeout: 10_000 }, () => {
  it('a 2 MB body is read whole', async () => {
    const devices = Array.from({ length: 2_000 }, (_, i) => ({
      device_id: `device_${i}`,
      name: 'x'.repeat(1_000),
    }))
    const local = await serve((_request, reply) =>
      reply.json(200, { devices, ok: true }),
    )
    const result = (await read(clientOf(local))) as typeof devices
    expect(result).toHaveLength(2_000)
    expect(result.at(-1)?.device_id).toBe('device_1999')
    expect(local.received).toHaveLength(1)
  })

  it('a server echoing the token in its error: the token is redacted from the message and data', async () => {
    const local = await serve((request, reply) =>
      reply.json(400, {
        error: {
          type: 'bad_token',
          message: `Bad ${request.headers.authorization}`,
          data: { seen: request.headers.authorization },
        },
      }),
    )
    const error = await failureOf(() => read(clientOf(local)))
    expect(error).toMatchObject({
      message: 'Bad Bearer [redacted]',
      data: { seen: 'Bearer [redacted]' },
    })
    expect(JSON.stringify(error)).not.toContain(apiKey)
  })
})

/** An http URL on a loopback port where nothing listens. */
async function closedPort(): Promise<string> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
