import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from 'vitest'

import {
  SeamHttp,
  SeamHttpAmbiguousAuthError,
  SeamHttpInvalidOptionsError,
  SeamHttpInvalidTokenError,
  SeamHttpMissingCredentialsError,
  SeamHttpMissingWorkspaceIdError,
  SeamHttpUndocumentedApiError,
  SeamHttpWithoutWorkspace,
} from '../../src/index.js'
import {
  consoleSessionToken,
  type CountingFake,
  startCountingFake,
} from './fake.js'
import { failureOf } from './failure.js'

const apiKey = 'seam_apikey1_token'
const clientSessionToken = 'seam_cst1_token'
const personalAccessToken = 'seam_at1_longtoken'
const publishableKey = 'seam_pk1_token'
const workspaceId = 'seed_workspace_1'

let seam: CountingFake
beforeAll(async () => {
  seam = await startCountingFake()
})
afterAll(async () => {
  await seam.stop()
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

/** Clears the credentials a developer's shell may hold, so that tests see only what they set. */
const clearSeamEnv = (): void => {
  for (const name of [
    'SEAM_API_KEY',
    'SEAM_PERSONAL_ACCESS_TOKEN',
    'SEAM_WORKSPACE_ID',
    'SEAM_ENDPOINT',
  ]) {
    vi.stubEnv(name, '')
  }
}

describe(
  'each auth scheme makes a real request and reaches the seeded workspace',
  { timeout: 10_000 },
  () => {
    const endpoint = (): string => seam.endpoint
    const lastHeaders = (): Record<string, unknown> =>
      seam.received.at(-1)?.headers ?? {}

    it('API key: as a string, fromApiKey, and options; sends it as a bearer token', async () => {
      for (const client of [
        new SeamHttp({ apiKey, endpoint: endpoint() }),
        SeamHttp.fromApiKey(apiKey, { endpoint: endpoint() }),
      ]) {
        expect((await client.workspaces.get()).workspace_id).toBe(workspaceId)
        expect(lastHeaders()).toMatchObject({
          authorization: `Bearer ${apiKey}`,
        })
        expect(await client.devices.list()).toHaveLength(5)
      }
    })

    it('API key and endpoint from SEAM_API_KEY and SEAM_ENDPOINT', async () => {
      clearSeamEnv()
      vi.stubEnv('SEAM_API_KEY', apiKey)
      vi.stubEnv('SEAM_ENDPOINT', endpoint())
      expect((await new SeamHttp().workspaces.get()).workspace_id).toBe(
        workspaceId,
      )
    })

    it('the endpoint defaults to https://connect.getseam.com (shown by the client, which never shows its token)', () => {
      clearSeamEnv()
      expect(JSON.parse(JSON.stringify(new SeamHttp(apiKey)))).toEqual({
        client: { endpoint: 'https://connect.getseam.com', auth: 'apiKey' },
      })
    })

    it('client session token: sent as bearer and client-session-token', async () => {
      const client = SeamHttp.fromClientSessionToken(clientSessionToken, {
        endpoint: endpoint(),
      })
      expect((await client.workspaces.get()).workspace_id).toBe(workspaceId)
      expect(lastHeaders()).toMatchObject({
        authorization: `Bearer ${clientSessionToken}`,
        'client-session-token': clientSessionToken,
      })
    })

    it('personal access token + workspace: sent as bearer and seam-workspace (workspaces.get: the fake refuses PATs on devices/list, unlike the spec)', async () => {
      const client = SeamHttp.fromPersonalAccessToken(
        personalAccessToken,
        workspaceId,
        { endpoint: endpoint() },
      )
      expect((await client.workspaces.get()).workspace_id).toBe(workspaceId)
      expect(lastHeaders()).toMatchObject({
        authorization: `Bearer ${personalAccessToken}`,
        'seam-workspace': workspaceId,
      })
    })

    it('personal access token + workspace from SEAM_PERSONAL_ACCESS_TOKEN and SEAM_WORKSPACE_ID', async () => {
      clearSeamEnv()
      vi.stubEnv('SEAM_PERSONAL_ACCESS_TOKEN', personalAccessToken)
      vi.stubEnv('SEAM_WORKSPACE_ID', workspaceId)
      expect(
        (await new SeamHttp({ endpoint: endpoint() }).workspaces.get())
          .workspace_id,
      ).toBe(workspaceId)
    })

    it('console session token + workspace', async () => {
      const token = consoleSessionToken()
      const client = SeamHttp.fromConsoleSessionToken(token, workspaceId, {
        endpoint: endpoint(),
      })
      expect((await client.workspaces.get()).workspace_id).toBe(workspaceId)
      expect(lastHeaders()).toMatchObject({
        authorization: `Bearer ${token}`,
        'seam-workspace': workspaceId,
      })
    })

    it('publishable key: exchanged for a client session token through /client_sessions/get_or_create', async () => {
      const before = seam.received.length
      const client = await SeamHttp.fromPublishableKey(
        publishableKey,
        'user-123',
        { endpoint: endpoint() },
      )
      expect(client).toBeInstanceOf(SeamHttp)
      const exchange = seam.received[before]
      expect(exchange?.path).toBe('/client_sessions/get_or_create')
      expect(exchange?.headers).toMatchObject({
        'seam-publishable-key': publishableKey,
      })
      expect(exchange?.headers.authorization).toBeUndefined()
      expect((await client.workspaces.get()).workspace_id).toBe(workspaceId)
      expect(String(lastHeaders()['client-session-token'])).toMatch(/^seam_cst/)
    })

    it('SeamHttpWithoutWorkspace: personal access token, console session token, SEAM_PERSONAL_ACCESS_TOKEN; no seam-workspace header', async () => {
      clearSeamEnv()
      vi.stubEnv('SEAM_PERSONAL_ACCESS_TOKEN', personalAccessToken)
      for (const client of [
        SeamHttpWithoutWorkspace.fromPersonalAccessToken(personalAccessToken, {
          endpoint: endpoint(),
        }),
        SeamHttpWithoutWorkspace.fromConsoleSessionToken(
          consoleSessionToken(),
          { endpoint: endpoint() },
        ),
        new SeamHttpWithoutWorkspace({ endpoint: endpoint() }),
      ]) {
        const workspaces = await client.workspaces.list()
        expect(workspaces.map((w) => w.workspace_id)).toContain(workspaceId)
        expect(lastHeaders()['seam-workspace']).toBeUndefined()
      }
    })

    it('updateClientSessionToken checks the new token with /client_sessions/get, then sends it', async () => {
      const admin = SeamHttp.fromApiKey(apiKey, { endpoint: endpoint() })
      const session = await admin.clientSessions.create({
        user_identifier_key: 'another-user',
      })
      const client = SeamHttp.fromClientSessionToken(clientSessionToken, {
        endpoint: endpoint(),
      })
      await client.updateClientSessionToken(session.token)
      expect(seam.received.at(-1)?.path).toBe('/client_sessions/get')
      expect((await client.clientSessions.get()).client_session_id).toBe(
        session.client_session_id,
      )
      expect(lastHeaders()).toMatchObject({
        authorization: `Bearer ${session.token}`,
        'client-session-token': session.token,
      })
    })

    it('the SDK names itself in seam-sdk-name and seam-sdk-version', async () => {
      await SeamHttp.fromApiKey(apiKey, {
        endpoint: endpoint(),
      }).workspaces.get()
      expect(lastHeaders()).toMatchObject({
        'seam-sdk-name': 'seam-connect-sdk',
        'seam-sdk-version': expect.any(String),
      })
    })
  },
)

describe(
  'misuse is rejected before any request, with its own error class, never showing the token',
  { timeout: 10_000 },
  () => {
    const endpoint = (): string => seam.endpoint
    const jwt = consoleSessionToken()

    const cases: Array<
      [string, () => unknown, new (...args: never[]) => Error, RegExp, string?]
    > = [
      [
        'a client session token as apiKey',
        () =>
          new SeamHttp({ apiKey: clientSessionToken, endpoint: endpoint() }),
        SeamHttpInvalidTokenError,
        /received an invalid token: A Client Session Token cannot be used as an apiKey/,
        clientSessionToken,
      ],
      [
        'a JWT as apiKey',
        () => SeamHttp.fromApiKey(jwt, { endpoint: endpoint() }),
        SeamHttpInvalidTokenError,
        /A JWT cannot be used as an apiKey/,
        jwt,
      ],
      [
        'a personal access token as apiKey',
        () => SeamHttp.fromApiKey(personalAccessToken),
        SeamHttpInvalidTokenError,
        /An Access Token cannot be used as an apiKey/,
        personalAccessToken,
      ],
      [
        'a publishable key as apiKey',
        () => new SeamHttp(publishableKey),
        SeamHttpInvalidTokenError,
        /A Publishable Key cannot be used as an apiKey/,
        publishableKey,
      ],
      [
        'a token of no known format',
        () => new SeamHttp('sk_live_abc123'),
        SeamHttpInvalidTokenError,
        /Unknown or invalid apiKey format, expected token to start with seam_/,
        'sk_live_abc123',
      ],
      [
        'an API key as clientSessionToken',
        () => SeamHttp.fromClientSessionToken(apiKey),
        SeamHttpInvalidTokenError,
        /Unknown or invalid clientSessionToken format, expected token to start with seam_cst/,
        apiKey,
      ],
      [
        'an API key as personalAccessToken',
        () => SeamHttp.fromPersonalAccessToken(apiKey, workspaceId),
        SeamHttpInvalidTokenError,
        /Unknown or invalid personalAccessToken format, expected token to start with seam_at/,
        apiKey,
      ],
      [
        'a personal access token as consoleSessionToken',
        () =>
          SeamHttpWithoutWorkspace.fromConsoleSessionToken(personalAccessToken),
        SeamHttpInvalidTokenError,
        /An Access Token cannot be used as a consoleSessionToken/,
        personalAccessToken,
      ],
      [
        'an API key as publishable key',
        () =>
          SeamHttp.fromPublishableKey(apiKey, 'user', { endpoint: endpoint() }),
        SeamHttpInvalidTokenError,
        /Unknown or invalid publishableKey format, expected token to start with seam_pk/,
        apiKey,
      ],
      [
        'a token with CR LF (header injection)',
        () => new SeamHttp('seam_abc\r\nx-injected: 1'),
        SeamHttpInvalidTokenError,
        /characters a token cannot hold/,
        'x-injected',
      ],
      [
        'a token with a space',
        () => new SeamHttp('seam_abc def'),
        SeamHttpInvalidTokenError,
        /characters a token cannot hold/,
        'abc def',
      ],
      [
        'a token with non-ASCII',
        () => new SeamHttp('seam_äbc'),
        SeamHttpInvalidTokenError,
        /characters a token cannot hold/,
        'äbc',
      ],
      [
        'an empty token',
        () => SeamHttp.fromApiKey(''),
        SeamHttpInvalidTokenError,
        /Unknown or invalid apiKey format/,
      ],
      [
        'a workspace id with a line break',
        () =>
          SeamHttp.fromPersonalAccessToken(personalAccessToken, 'ws\nx', {
            endpoint: endpoint(),
          }),
        SeamHttpInvalidOptionsError,
        /workspaceId must be a string of visible ASCII/,
        personalAccessToken,
      ],
      [
        'two schemes at once',
        () =>
          new SeamHttp({
            apiKey,
            clientSessionToken,
            endpoint: endpoint(),
          } as never),
        SeamHttpAmbiguousAuthError,
        /The apiKey option cannot be used with the clientSessionToken option/,
        apiKey,
      ],
      [
        'a personal access token without workspace',
        () => SeamHttp.fromPersonalAccessToken(personalAccessToken, ''),
        SeamHttpMissingWorkspaceIdError,
        /Must pass a workspaceId when using a personalAccessToken/,
        personalAccessToken,
      ],
      [
        'a console session token without workspace',
        () => new SeamHttp({ consoleSessionToken: jwt } as never),
        SeamHttpMissingWorkspaceIdError,
        /Must pass a workspaceId when using a consoleSessionToken/,
        jwt,
      ],
      [
        'an API key for SeamHttpWithoutWorkspace',
        () => new SeamHttpWithoutWorkspace({ apiKey } as never),
        SeamHttpInvalidOptionsError,
        /SeamHttpWithoutWorkspace takes a personalAccessToken or consoleSessionToken, not apiKey/,
        apiKey,
      ],
      [
        'a non-http endpoint',
        () => new SeamHttp({ apiKey, endpoint: 'ftp://connect.getseam.com' }),
        SeamHttpInvalidOptionsError,
        /endpoint must be an http\(s\) URL, not ftp:/,
        apiKey,
      ],
      [
        'an endpoint that is not a URL',
        () => new SeamHttp({ apiKey, endpoint: 'connect getseam com' }),
        SeamHttpInvalidOptionsError,
        /endpoint must be an http\(s\) URL/,
        apiKey,
      ],
      [
        'an endpoint holding a password',
        () =>
          new SeamHttp({
            apiKey,
            endpoint: 'https://me:hunter2@connect.getseam.com',
          }),
        SeamHttpInvalidOptionsError,
        /must not hold a user name or password/,
        'hunter2',
      ],
      [
        'a negative timeout',
        () => new SeamHttp({ apiKey, timeout: -1 }),
        SeamHttpInvalidOptionsError,
        /timeout must be a finite number/,
        apiKey,
      ],
      [
        "an axios option of @seamapi/http's that has no counterpart",
        () =>
          new SeamHttp({
            apiKey,
            axiosOptions: { proxy: false } as unknown as Record<string, never>,
          }),
        SeamHttpInvalidOptionsError,
        /axiosOptions\.proxy has no counterpart in this SDK: this SDK sends with fetch/,
        apiKey,
      ],
      [
        "an axios-retry option of @seamapi/http's that has no counterpart",
        () =>
          new SeamHttp({
            apiKey,
            axiosRetryOptions: { retryCondition: () => true } as object,
          }),
        SeamHttpInvalidOptionsError,
        /axiosRetryOptions\.retryCondition has no counterpart in this SDK: what is retried is up to the retry policy/,
        apiKey,
      ],
      [
        'retries out of range',
        () => new SeamHttp({ apiKey, retries: 1.5 }),
        SeamHttpInvalidOptionsError,
        /retries must be false or a whole number/,
        apiKey,
      ],
      [
        'a zero polling interval',
        () =>
          new SeamHttp({
            apiKey,
            waitForActionAttempt: { pollingInterval: 0 },
          }),
        SeamHttpInvalidOptionsError,
        /pollingInterval must be more than 0/,
        apiKey,
      ],
      [
        'a bad per-call option',
        () =>
          SeamHttp.fromApiKey(apiKey, { endpoint: endpoint() }).devices.list(
            {},
            { timeout: Number.NaN },
          ),
        SeamHttpInvalidOptionsError,
        /timeout must be a finite number/,
        apiKey,
      ],
      [
        'an undocumented operation without isUndocumentedApiEnabled',
        () =>
          SeamHttp.fromApiKey(apiKey, { endpoint: endpoint() }).devices.delete({
            device_id: 'x',
          }),
        SeamHttpUndocumentedApiError,
        /\/devices\/delete is undocumented: create the client with isUndocumentedApiEnabled: true/,
        apiKey,
      ],
      [
        'updateClientSessionToken on an API key client',
        () =>
          SeamHttp.fromApiKey(apiKey, {
            endpoint: endpoint(),
          }).updateClientSessionToken(clientSessionToken),
        SeamHttpInvalidOptionsError,
        /Cannot update a clientSessionToken on a client created without a clientSessionToken \(this one uses apiKey\)/,
        clientSessionToken,
      ],
    ]

    it.each(cases)('%s', async (_, misuse, ErrorClass, message, secret) => {
      const before = seam.received.length
      const error = await failureOf(misuse)
      expect(error).toBeInstanceOf(ErrorClass)
      expect(error.message).toMatch(message)
      if (secret !== undefined) expect(error.message).not.toContain(secret)
      expect(seam.received.length).toBe(before)
    })

    it('no credentials anywhere', async () => {
      clearSeamEnv()
      const error = await failureOf(
        () => new SeamHttp({ endpoint: endpoint() }),
      )
      expect(error).toBeInstanceOf(SeamHttpMissingCredentialsError)
      expect(error.message).toMatch(
        /Must specify an apiKey, clientSessionToken, publishableKey, consoleSessionToken or personalAccessToken\. Attempted reading configuration from the environment, but the environment variable SEAM_API_KEY is not set\./,
      )
      expect(
        await failureOf(() => new SeamHttpWithoutWorkspace()),
      ).toBeInstanceOf(SeamHttpMissingCredentialsError)
    })

    it('both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN set', async () => {
      clearSeamEnv()
      vi.stubEnv('SEAM_API_KEY', apiKey)
      vi.stubEnv('SEAM_PERSONAL_ACCESS_TOKEN', personalAccessToken)
      const error = await failureOf(() => new SeamHttp())
      expect(error).toBeInstanceOf(SeamHttpAmbiguousAuthError)
      expect(error.message).toMatch(
        /Both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN environment variables are defined\. Please use only one authentication method\./,
      )
      expect(error.message).not.toContain(apiKey)
    })

    it('every class above is a SeamHttpInvalidOptionsError, as in @seamapi/http', () => {
      for (const ErrorClass of [
        SeamHttpInvalidTokenError,
        SeamHttpAmbiguousAuthError,
        SeamHttpMissingWorkspaceIdError,
        SeamHttpMissingCredentialsError,
      ]) {
        expect(ErrorClass.prototype).toBeInstanceOf(SeamHttpInvalidOptionsError)
      }
    })
  },
)

describe('the endpoint', { timeout: 10_000 }, () => {
  it('plain http to a host that is not loopback is accepted with one warning naming the origin', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    new SeamHttp({ apiKey, endpoint: 'http://seam.internal.example:8080/api' })
    new SeamHttp({ apiKey, endpoint: 'http://seam.internal.example:8080/api' })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /http:\/\/seam\.internal\.example:8080 uses plain http/,
    )
    expect(String(warn.mock.calls[0]?.[0])).not.toContain(apiKey)
  })

  it('https, and http to loopback, give no warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (const endpoint of [
      'https://connect.getseam.com',
      'http://localhost:3000',
      'http://127.0.0.1:9',
      'http://[::1]:8080',
    ]) {
      new SeamHttp({ apiKey, endpoint })
    }
    expect(warn).not.toHaveBeenCalled()
  })
})
