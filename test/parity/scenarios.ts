// The scenarios, as tables: each runs the same code against either SDK (`sdk` is the module).
// `endpoint` is the local recording server, which answers as `respond` says (by default: a 200
// body that holds every response key the scenarios read).

import type { LocalRequest, Reply } from '../runtime/local-server.js'

// The SDKs' shapes differ in their types, not in what the scenarios call.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySdk = any

export type Responder = (request: LocalRequest, reply: Reply) => void

export interface Scenario {
  id: string
  env?: Record<string, string>
  respond?: Responder
  run: (sdk: AnySdk, endpoint: string) => unknown
}

export const tokens = {
  apiKey: 'seam_apikey1_abc',
  clientSessionToken: 'seam_cst1_abc',
  personalAccessToken: 'seam_at1_abc',
  consoleSessionToken: 'eyJhbGciOiJIUzI1NiJ9.e30.abc',
  publishableKey: 'seam_pk1_abc',
  unknown: 'sk_live_abc',
} as const
type TokenName = keyof typeof tokens
const workspaceId = 'ws_1'

const device = {
  device_id: 'd1',
  device_type: 'august_lock',
  display_name: 'Front door',
}
const succeeded = {
  action_attempt_id: 'aa1',
  action_type: 'UNLOCK_DOOR',
  status: 'success',
  result: {},
  error: null,
}
const pending = { ...succeeded, status: 'pending', result: null }
const failed = {
  ...succeeded,
  status: 'error',
  result: null,
  error: { type: 'lock_jammed', message: 'The lock is jammed' },
}
const noMorePages = {
  has_next_page: false,
  next_page_cursor: null,
  next_page_url: null,
}

export const defaultBody = {
  ok: true,
  device,
  devices: [device],
  device_providers: [],
  workspaces: [{ workspace_id: workspaceId, name: 'Main' }],
  client_session: { client_session_id: 'cs1', token: 'seam_cst1_exchanged' },
  action_attempt: succeeded,
  pagination: noMorePages,
}

export const answer =
  (
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): Responder =>
  (_, reply) =>
    reply.json(status, body, headers)

const raw =
  (status: number, contentType: string, body: string): Responder =>
  (_, reply) => {
    reply.raw.writeHead(status, {
      'content-type': contentType,
      'seam-request-id': 'raw1',
    })
    reply.raw.end(body)
  }

const list = (seam: AnySdk) => seam.devices.list({ limit: 2 })
const withKey = (sdk: AnySdk, endpoint: string, options: object = {}) =>
  new sdk.SeamHttp({ apiKey: tokens.apiKey, endpoint, ...options })

/** A client made with a client session token, then switched to another one. */
const withUpdatedToken = async (Client: AnySdk, endpoint: string) => {
  const seam = Client.fromClientSessionToken(tokens.clientSessionToken, {
    endpoint,
  })
  await seam.updateClientSessionToken('seam_cst1_new')
  return seam
}

// Construction and authentication: every scheme, factory and environment variable.
const auth: Scenario[] = [
  {
    id: 'auth/api-key-string',
    run: async (sdk, endpoint) => {
      process.env['SEAM_ENDPOINT'] = endpoint
      return list(new sdk.SeamHttp(tokens.apiKey))
    },
  },
  {
    id: 'auth/option/apiKey',
    run: (sdk, endpoint) => list(withKey(sdk, endpoint)),
  },
  {
    id: 'auth/option/clientSessionToken',
    run: (sdk, endpoint) =>
      list(
        new sdk.SeamHttp({
          clientSessionToken: tokens.clientSessionToken,
          endpoint,
        }),
      ),
  },
  {
    id: 'auth/option/personalAccessToken',
    run: (sdk, endpoint) =>
      list(
        new sdk.SeamHttp({
          personalAccessToken: tokens.personalAccessToken,
          workspaceId,
          endpoint,
        }),
      ),
  },
  {
    id: 'auth/option/consoleSessionToken',
    run: (sdk, endpoint) =>
      list(
        new sdk.SeamHttp({
          consoleSessionToken: tokens.consoleSessionToken,
          workspaceId,
          endpoint,
        }),
      ),
  },
  {
    id: 'auth/factory/fromApiKey',
    run: (sdk, endpoint) =>
      list(sdk.SeamHttp.fromApiKey(tokens.apiKey, { endpoint })),
  },
  {
    id: 'auth/factory/fromClientSessionToken',
    run: (sdk, endpoint) =>
      list(
        sdk.SeamHttp.fromClientSessionToken(tokens.clientSessionToken, {
          endpoint,
        }),
      ),
  },
  {
    id: 'auth/factory/fromPersonalAccessToken',
    run: (sdk, endpoint) =>
      list(
        sdk.SeamHttp.fromPersonalAccessToken(
          tokens.personalAccessToken,
          workspaceId,
          { endpoint },
        ),
      ),
  },
  {
    id: 'auth/factory/fromConsoleSessionToken',
    run: (sdk, endpoint) =>
      list(
        sdk.SeamHttp.fromConsoleSessionToken(
          tokens.consoleSessionToken,
          workspaceId,
          { endpoint },
        ),
      ),
  },
  {
    id: 'auth/factory/fromPublishableKey',
    run: async (sdk, endpoint) =>
      list(
        await sdk.SeamHttp.fromPublishableKey(tokens.publishableKey, 'user-1', {
          endpoint,
        }),
      ),
  },
  {
    id: 'auth/factory/fromPublishableKey-email',
    run: async (sdk, endpoint) =>
      list(
        await sdk.SeamHttp.fromPublishableKey(
          tokens.publishableKey,
          'jane@example.com',
          { endpoint },
        ),
      ),
  },
  {
    id: 'auth/factory/fromClient-missing',
    run: (sdk) => sdk.SeamHttp.fromClient(undefined),
  },
  {
    id: 'auth/without-workspace/fromPersonalAccessToken',
    run: (sdk, endpoint) =>
      sdk.SeamHttpWithoutWorkspace.fromPersonalAccessToken(
        tokens.personalAccessToken,
        { endpoint },
      ).workspaces.list(),
  },
  {
    id: 'auth/without-workspace/fromConsoleSessionToken',
    run: (sdk, endpoint) =>
      sdk.SeamHttpWithoutWorkspace.fromConsoleSessionToken(
        tokens.consoleSessionToken,
        { endpoint },
      ).workspaces.list(),
  },
  {
    id: 'auth/without-workspace/missing-pat',
    run: (sdk) =>
      sdk.SeamHttpWithoutWorkspace.fromPersonalAccessToken(undefined),
  },
  {
    id: 'auth/without-workspace/missing-cst',
    run: (sdk) =>
      sdk.SeamHttpWithoutWorkspace.fromConsoleSessionToken(undefined),
  },
  {
    id: 'auth/without-workspace/api-key',
    run: (sdk, endpoint) =>
      new sdk.SeamHttpWithoutWorkspace({
        apiKey: tokens.apiKey,
        endpoint,
      }).workspaces.list(),
  },
  {
    id: 'auth/multi-workspace-alias',
    run: (sdk) => sdk.SeamHttpMultiWorkspace === sdk.SeamHttpWithoutWorkspace,
  },
  {
    id: 'auth/missing/fromApiKey',
    run: (sdk) => sdk.SeamHttp.fromApiKey(undefined),
  },
  {
    id: 'auth/missing/fromClientSessionToken',
    run: (sdk) => sdk.SeamHttp.fromClientSessionToken(undefined),
  },
  {
    id: 'auth/missing/fromPersonalAccessToken-token',
    run: (sdk) => sdk.SeamHttp.fromPersonalAccessToken(undefined, workspaceId),
  },
  {
    id: 'auth/missing/fromPersonalAccessToken-workspace',
    run: (sdk) =>
      sdk.SeamHttp.fromPersonalAccessToken(
        tokens.personalAccessToken,
        undefined,
      ),
  },
  {
    id: 'auth/missing/fromConsoleSessionToken-token',
    run: (sdk) => sdk.SeamHttp.fromConsoleSessionToken(undefined, workspaceId),
  },
  {
    id: 'auth/missing/fromConsoleSessionToken-workspace',
    run: (sdk) =>
      sdk.SeamHttp.fromConsoleSessionToken(
        tokens.consoleSessionToken,
        undefined,
      ),
  },
  {
    id: 'auth/missing/workspaceId-option',
    run: (sdk, endpoint) =>
      new sdk.SeamHttp({
        personalAccessToken: tokens.personalAccessToken,
        endpoint,
      }),
  },
  {
    id: 'auth/update-client-session-token/ok',
    run: async (sdk, endpoint) =>
      list(await withUpdatedToken(sdk.SeamHttp, endpoint)),
  },
  {
    id: 'auth/update-client-session-token/api-key-client',
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint).updateClientSessionToken('seam_cst1_new'),
  },
  {
    id: 'auth/update-client-session-token/bad-token',
    run: (sdk, endpoint) =>
      sdk.SeamHttp.fromClientSessionToken(tokens.clientSessionToken, {
        endpoint,
      }).updateClientSessionToken(tokens.apiKey),
  },
]

// A token of each kind given for each option.
const optionsTakingTokens = [
  'apiKey',
  'clientSessionToken',
  'personalAccessToken',
  'consoleSessionToken',
  'publishableKey',
] as const
const tokenMatrix: Scenario[] = optionsTakingTokens.flatMap((option) =>
  (Object.keys(tokens) as TokenName[])
    .filter((name) => name !== option)
    .map((name): Scenario => ({
      id: `token/${option}/${name}`,
      run: async (sdk, endpoint) => {
        const token = tokens[name]
        if (option === 'publishableKey')
          return sdk.SeamHttp.fromPublishableKey(token, 'user-1', { endpoint })
        const workspace =
          option === 'personalAccessToken' || option === 'consoleSessionToken'
            ? { workspaceId }
            : {}
        return new sdk.SeamHttp({ [option]: token, ...workspace, endpoint })
      },
    })),
)

// Two schemes at once.
const schemes = [
  'apiKey',
  'clientSessionToken',
  'consoleSessionToken',
  'personalAccessToken',
] as const
const ambiguity: Scenario[] = schemes.flatMap((first, i) =>
  schemes.slice(i + 1).map((second): Scenario => ({
    id: `ambiguous/${first}+${second}`,
    run: (sdk, endpoint) =>
      new sdk.SeamHttp({
        [first]: tokens[first],
        [second]: tokens[second],
        workspaceId,
        endpoint,
      }),
  })),
)

// The environment.
const environment: Scenario[] = [
  {
    id: 'env/SEAM_API_KEY',
    env: { SEAM_API_KEY: tokens.apiKey },
    run: (sdk, endpoint) => list(new sdk.SeamHttp({ endpoint })),
  },
  {
    id: 'env/SEAM_PERSONAL_ACCESS_TOKEN+SEAM_WORKSPACE_ID',
    env: {
      SEAM_PERSONAL_ACCESS_TOKEN: tokens.personalAccessToken,
      SEAM_WORKSPACE_ID: workspaceId,
    },
    run: (sdk, endpoint) => list(new sdk.SeamHttp({ endpoint })),
  },
  {
    id: 'env/SEAM_PERSONAL_ACCESS_TOKEN-alone',
    env: { SEAM_PERSONAL_ACCESS_TOKEN: tokens.personalAccessToken },
    run: (sdk, endpoint) => new sdk.SeamHttp({ endpoint }),
  },
  {
    id: 'env/both-tokens',
    env: {
      SEAM_API_KEY: tokens.apiKey,
      SEAM_PERSONAL_ACCESS_TOKEN: tokens.personalAccessToken,
    },
    run: (sdk, endpoint) => new sdk.SeamHttp({ endpoint }),
  },
  { id: 'env/none', run: (sdk, endpoint) => new sdk.SeamHttp({ endpoint }) },
  {
    id: 'env/option-pat+SEAM_WORKSPACE_ID',
    env: { SEAM_WORKSPACE_ID: workspaceId },
    run: (sdk, endpoint) =>
      list(
        new sdk.SeamHttp({
          personalAccessToken: tokens.personalAccessToken,
          endpoint,
        }),
      ),
  },
  {
    id: 'env/option-cst+SEAM_WORKSPACE_ID',
    env: { SEAM_WORKSPACE_ID: workspaceId },
    run: (sdk, endpoint) =>
      list(
        new sdk.SeamHttp({
          consoleSessionToken: tokens.consoleSessionToken,
          endpoint,
        }),
      ),
  },
  {
    id: 'env/option-api-key-over-env',
    env: { SEAM_PERSONAL_ACCESS_TOKEN: tokens.personalAccessToken },
    run: (sdk, endpoint) => list(withKey(sdk, endpoint)),
  },
  {
    id: 'env/SEAM_ENDPOINT',
    run: (sdk, endpoint) => {
      process.env['SEAM_ENDPOINT'] = endpoint
      return list(new sdk.SeamHttp(tokens.apiKey))
    },
  },
  {
    id: 'env/SEAM_API_URL',
    run: (sdk, endpoint) => {
      process.env['SEAM_API_URL'] = endpoint
      return list(new sdk.SeamHttp(tokens.apiKey))
    },
  },
  {
    id: 'env/SEAM_API_URL+SEAM_ENDPOINT',
    run: (sdk, endpoint) => {
      process.env['SEAM_ENDPOINT'] = endpoint
      process.env['SEAM_API_URL'] = 'http://127.0.0.1:9'
      return list(new sdk.SeamHttp(tokens.apiKey))
    },
  },
  {
    id: 'env/endpoint-option-over-env',
    env: { SEAM_ENDPOINT: 'http://127.0.0.1:9' },
    run: (sdk, endpoint) => list(withKey(sdk, endpoint)),
  },
  {
    id: 'env/without-workspace/SEAM_PERSONAL_ACCESS_TOKEN',
    env: { SEAM_PERSONAL_ACCESS_TOKEN: tokens.personalAccessToken },
    run: (sdk, endpoint) =>
      new sdk.SeamHttpWithoutWorkspace({ endpoint }).workspaces.list(),
  },
  {
    id: 'env/without-workspace/none',
    run: (sdk, endpoint) => new sdk.SeamHttpWithoutWorkspace({ endpoint }),
  },
]

// Errors of each status class, for a read (devices.get) and a mutation (devices.update).
const apiError = (type: string, message: string, extra: object = {}) => ({
  error: { type, message, ...extra },
})
const errorResponses: Array<[string, Responder]> = [
  [
    '400-invalid-input',
    answer(
      400,
      apiError('invalid_input', 'Invalid input', {
        validation_errors: {
          device_id: { _errors: ['Required'] },
          _errors: [],
        },
      }),
    ),
  ],
  ['400-other', answer(400, apiError('bad_request', 'Bad request'))],
  ['401-json', answer(401, apiError('unauthorized', 'Unauthorized token'))],
  ['401-empty', raw(401, 'text/plain', '')],
  [
    '403',
    answer(
      403,
      apiError('forbidden', 'Not allowed', { data: { reason: 'scope' } }),
    ),
  ],
  ['404', answer(404, apiError('device_not_found', 'Device not found'))],
  ['409', answer(409, apiError('conflict', 'Conflict'))],
  [
    '429',
    answer(429, apiError('rate_limited', 'Slow down'), { 'retry-after': '0' }),
  ],
  ['500', answer(500, apiError('internal_server_error', 'Something broke'))],
  ['503-html', raw(503, 'text/html', '<html>busy</html>')],
  ['200-missing-key', answer(200, { ok: true })],
  ['200-not-json', raw(200, 'text/html', '<html>hi</html>')],
]
const errors: Scenario[] = errorResponses.flatMap(
  ([name, respond]): Scenario[] => [
    {
      id: `error/read/${name}`,
      respond,
      run: (sdk, endpoint) =>
        withKey(sdk, endpoint, {
          axiosRetryOptions: { retryDelay: () => 0 },
          retries: 2,
        }).devices.get({ device_id: 'd1' }),
    },
    {
      id: `error/mutation/${name}`,
      respond,
      run: (sdk, endpoint) =>
        withKey(sdk, endpoint).devices.update({
          device_id: 'd1',
          name: 'Back door',
        }),
    },
  ],
)

// Action attempts.
let polls = 0
const pollingAnswers =
  (...attempts: object[]): Responder =>
  (request, reply) => {
    if (request.path === '/action_attempts/get') {
      const attempt = attempts[Math.min(polls++, attempts.length - 1)]
      return reply.json(200, { action_attempt: attempt })
    }
    polls = 0
    reply.json(200, { action_attempt: pending })
  }
const quickWait = {
  waitForActionAttempt: { timeout: 400, pollingInterval: 50 },
}
const actionAttempts: Scenario[] = [
  {
    id: 'action-attempt/succeeds',
    respond: pollingAnswers(pending, succeeded),
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint, quickWait).locks.unlockDoor({ device_id: 'd1' }),
  },
  {
    id: 'action-attempt/fails',
    respond: pollingAnswers(failed),
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint, quickWait).locks.unlockDoor({ device_id: 'd1' }),
  },
  {
    id: 'action-attempt/times-out',
    respond: pollingAnswers(pending),
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint, {
        waitForActionAttempt: { timeout: 100, pollingInterval: 1000 },
      }).locks.unlockDoor({ device_id: 'd1' }),
  },
  {
    id: 'action-attempt/no-wait-client',
    respond: pollingAnswers(pending),
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint, { waitForActionAttempt: false }).locks.unlockDoor({
        device_id: 'd1',
      }),
  },
  {
    id: 'action-attempt/no-wait-call',
    respond: pollingAnswers(pending),
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint).locks.unlockDoor(
        { device_id: 'd1' },
        { waitForActionAttempt: false },
      ),
  },
  {
    id: 'action-attempt/already-succeeded',
    respond: answer(200, { action_attempt: succeeded }),
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint).locks.unlockDoor({ device_id: 'd1' }),
  },
]

// The paginator, over pages the server hands out by cursor.
const pages: Responder = (request, reply) => {
  const params =
    request.body === ''
      ? Object.fromEntries(new URL(request.url, 'http://x').searchParams)
      : (JSON.parse(request.body) as Record<string, unknown>)
  const second = params['page_cursor'] === 'c2'
  reply.json(200, {
    devices: second
      ? [{ ...device, device_id: 'd3' }]
      : [device, { ...device, device_id: 'd2' }],
    pagination: second
      ? noMorePages
      : {
          has_next_page: true,
          next_page_cursor: 'c2',
          next_page_url: 'http://x/devices/list?page_cursor=c2',
        },
  })
}
const paginator: Scenario[] = [
  {
    id: 'paginator/first-page',
    respond: pages,
    run: (sdk, endpoint) => {
      const seam = withKey(sdk, endpoint)
      return seam.createPaginator(list(seam)).firstPage()
    },
  },
  {
    id: 'paginator/next-page',
    respond: pages,
    run: (sdk, endpoint) => {
      const seam = withKey(sdk, endpoint)
      return seam.createPaginator(list(seam)).nextPage('c2')
    },
  },
  {
    id: 'paginator/flatten-to-array',
    respond: pages,
    run: (sdk, endpoint) => {
      const seam = withKey(sdk, endpoint)
      return seam.createPaginator(list(seam)).flattenToArray()
    },
  },
  {
    id: 'paginator/flatten',
    respond: pages,
    run: async (sdk, endpoint) => {
      const seam = withKey(sdk, endpoint)
      const all = []
      for await (const d of seam.createPaginator(list(seam)).flatten())
        all.push(d)
      return all
    },
  },
  {
    id: 'paginator/pages',
    respond: pages,
    run: async (sdk, endpoint) => {
      const seam = withKey(sdk, endpoint)
      const all = []
      for await (const page of seam.createPaginator(list(seam))) all.push(page)
      return all
    },
  },
  {
    id: 'paginator/not-paginated',
    run: (sdk, endpoint) => {
      const seam = withKey(sdk, endpoint)
      return seam.createPaginator(seam.devices.get({ device_id: 'd1' }))
    },
  },
  {
    id: 'paginator/null-cursor',
    respond: pages,
    run: (sdk, endpoint) => {
      const seam = withKey(sdk, endpoint)
      return seam.createPaginator(list(seam)).nextPage(null)
    },
  },
  {
    id: 'paginator/no-pagination-in-body',
    respond: answer(200, { devices: [] }),
    run: (sdk, endpoint) => {
      const seam = withKey(sdk, endpoint)
      return seam.createPaginator(list(seam)).firstPage()
    },
  },
]

// Requests: laziness, at-most-once, whole bodies, parameters on the wire.
const requests: Scenario[] = [
  {
    id: 'request/not-sent-until-awaited',
    run: (sdk, endpoint) => {
      withKey(sdk, endpoint).devices.list()
      return new Promise((resolve) => setTimeout(resolve, 50))
    },
  },
  {
    id: 'request/awaited-twice',
    run: async (sdk, endpoint) => {
      const request = list(withKey(sdk, endpoint))
      return [await request, await request]
    },
  },
  {
    id: 'request/fetch-response',
    run: (sdk, endpoint) => list(withKey(sdk, endpoint)).fetchResponse(),
  },
  {
    id: 'request/nested-parameters',
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint).devices.list({
        device_types: ['august_lock', 'schlage_lock'],
        custom_metadata_has: { room: '5' },
        limit: 3,
      }),
  },
  {
    id: 'request/mutation-body',
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint).devices.update({
        device_id: 'd1',
        name: 'Back door',
        properties: { name: 'x' },
      }),
  },
  {
    id: 'request/no-response-key',
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint).accessCodes.delete({ access_code_id: 'ac1' }),
  },
  {
    id: 'request/parameters-not-object',
    run: (sdk, endpoint) => withKey(sdk, endpoint).devices.get('d1'),
  },
  {
    id: 'request/devices.get-no-parameters',
    run: (sdk, endpoint) => withKey(sdk, endpoint).devices.get(),
  },
  {
    id: 'request/report_provider_metadata-missing',
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint).devices.reportProviderMetadata({}),
  },
  {
    id: 'request/access_codes.create-missing',
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint).accessCodes.create({ code: '1234' }),
  },
  {
    id: 'request/access_codes.create-no-parameters',
    run: (sdk, endpoint) => withKey(sdk, endpoint).accessCodes.create(),
  },
  {
    id: 'request/inspect-before-sending',
    run: (sdk, endpoint) =>
      inspect(
        withKey(sdk, endpoint).accessCodes.create({
          device_id: 'd1',
          code: '1234',
        }),
      ),
  },
  {
    id: 'request/inspect-without-parameters',
    run: (sdk, endpoint) =>
      inspect(withKey(sdk, endpoint).connectWebviews.create()),
  },
  {
    id: 'request/inspect-paginated',
    run: (sdk, endpoint) => {
      const { responseKey, hasPagination, pathname } = list(
        withKey(sdk, endpoint),
      )
      return { responseKey, hasPagination, pathname }
    },
  },
  {
    id: 'request/with-page-cursor',
    run: (sdk, endpoint) => list(withKey(sdk, endpoint)).withPageCursor('c2'),
  },
]

/** What @seamapi/http lets a caller read of a request before it is sent. */
const inspect = (request: AnySdk) => ({
  responseKey: request.responseKey,
  hasPagination: request.hasPagination,
  url: String(request.url),
  pathname: request.pathname,
  method: request.method,
  params: request.params,
  body: request.body,
  tag: Object.prototype.toString.call(request),
})

// The functions both export, on tables of inputs.
const serializeInputs: Array<[string, unknown]> = [
  ['empty', {}],
  ['scalars', { b: 1, a: 'x', c: true, d: null, e: undefined, f: '' }],
  ['arrays', { ids: ['b', 'a'], none: [] }],
  ['nested', { filter: { room: '5', floor: 2 } }],
  ['date', { since: new Date(Date.UTC(2024, 0, 2)) }],
  ['temporal-like', { at: { epochMilliseconds: 0 } }],
  ['dot-in-name', { 'a.b': 1 }],
  ['array-of-empty-string', { a: [''] }],
  ['array-with-empty-string', { a: ['x', ''] }],
  ['array-with-null', { a: ['x', null] }],
  ['nan', { a: Number.NaN }],
  ['infinity', { a: Number.POSITIVE_INFINITY }],
  ['function', { a: () => 1 }],
  ['bigint', { a: 10n }],
]
const guardNames = [
  'isSeamHttpOptionsWithApiKey',
  'isSeamHttpOptionsWithClient',
  'isSeamHttpOptionsWithClientSessionToken',
  'isSeamHttpOptionsWithConsoleSessionToken',
  'isSeamHttpOptionsWithPersonalAccessToken',
  'isSeamHttpWithoutWorkspaceOptionsWithClient',
  'isSeamHttpWithoutWorkspaceOptionsWithConsoleSessionToken',
  'isSeamHttpWithoutWorkspaceOptionsWithPersonalAccessToken',
] as const
const guardInputs: Array<[string, object]> = [
  ['empty', {}],
  ['apiKey', { apiKey: tokens.apiKey }],
  ['apiKey-null', { apiKey: null }],
  ['clientSessionToken', { clientSessionToken: tokens.clientSessionToken }],
  ['pat', { personalAccessToken: tokens.personalAccessToken }],
  [
    'pat+workspace',
    { personalAccessToken: tokens.personalAccessToken, workspaceId },
  ],
  ['cst', { consoleSessionToken: tokens.consoleSessionToken }],
  [
    'cst+workspace',
    { consoleSessionToken: tokens.consoleSessionToken, workspaceId },
  ],
  [
    'apiKey+cst',
    { apiKey: tokens.apiKey, clientSessionToken: tokens.clientSessionToken },
  ],
  [
    'pat+console',
    {
      personalAccessToken: tokens.personalAccessToken,
      consoleSessionToken: tokens.consoleSessionToken,
    },
  ],
  ['client', { client: {} }],
  ['client+wait', { client: {}, waitForActionAttempt: false }],
  ['client+endpoint', { client: {}, endpoint: 'https://x' }],
]
const axiosError = (
  status: number | undefined,
  data: unknown,
  contentType = 'application/json',
) => ({
  isAxiosError: true,
  message: 'Request failed',
  response:
    status === undefined
      ? undefined
      : {
          status,
          data,
          headers: { 'content-type': contentType, 'seam-request-id': 'req1' },
        },
})
const interceptorInputs: Array<[string, unknown]> = [
  ['not-axios', new Error('other')],
  ['no-response', axiosError(undefined, undefined)],
  ['401-no-body', axiosError(401, '', 'text/plain')],
  ['401-json', axiosError(401, apiError('unauthorized', 'Nope'))],
  [
    '400-invalid-input',
    axiosError(
      400,
      apiError('invalid_input', 'Bad', {
        validation_errors: { name: { _errors: ['Too long'] } },
      }),
    ),
  ],
  ['404-json', axiosError(404, apiError('device_not_found', 'Gone'))],
  ['500-html', axiosError(500, '<html>', 'text/html')],
]
const exports: Scenario[] = [
  ...serializeInputs.map(([name, params]): Scenario => ({
    id: `export/serializeUrlSearchParams/${name}`,
    run: (sdk) => sdk.serializeUrlSearchParams(params),
  })),
  ...serializeInputs.map(([name, params]): Scenario => ({
    id: `export/updateUrlSearchParams/${name}`,
    run: (sdk) => {
      const searchParams = new URLSearchParams('z=1')
      sdk.updateUrlSearchParams(searchParams, params)
      return searchParams.toString()
    },
  })),
  ...guardNames.flatMap((guard) =>
    guardInputs.map(([name, options]): Scenario => ({
      id: `export/${guard}/${name}`,
      run: (sdk) => sdk[guard](options),
    })),
  ),
  ...interceptorInputs.map(([name, error]): Scenario => ({
    id: `export/errorInterceptor/${name}`,
    run: (sdk) => sdk.errorInterceptor(error),
  })),
  ...(Object.keys(tokens) as TokenName[]).flatMap((name) =>
    [
      'isApiKey',
      'isClientSessionToken',
      'isPersonalAccessToken',
      'isConsoleSessionToken',
      'isPublishableKey',
    ].map((guard): Scenario => ({
      id: `export/${guard}/${name}`,
      run: (sdk) => sdk[guard](tokens[name]),
    })),
  ),
  {
    id: 'export/readResponseData/present',
    run: (sdk) => sdk.readResponseData({ device }, 'device', '/devices/get'),
  },
  {
    id: 'export/readResponseData/missing',
    run: (sdk) => sdk.readResponseData({ ok: true }, 'device', '/devices/get'),
  },
  {
    id: 'export/readResponseData/not-object',
    run: (sdk) => sdk.readResponseData(null, 'device', '/devices/get'),
  },
  {
    id: 'export/getOpenapiSchema',
    respond: answer(200, { openapi: '3.0.0', paths: {} }),
    run: (sdk, endpoint) => sdk.getOpenapiSchema(endpoint),
  },
  {
    id: 'export/UnserializableParamError',
    run: (sdk) => {
      throw new sdk.UnserializableParamError('a', 'is bad')
    },
  },
  {
    id: 'export/SeamHttpWithoutWorkspaceInvalidOptionsError',
    run: (sdk) => {
      throw new sdk.SeamHttpWithoutWorkspaceInvalidOptionsError('bad')
    },
  },
  {
    id: 'export/SeamHttpInvalidOptionsError',
    run: (sdk) => {
      throw new sdk.SeamHttpInvalidOptionsError('bad')
    },
  },
]

// @seamapi/http's axios options, as far as they mean something without axios.
const unavailable = answer(503, apiError('service_unavailable', 'Down'))
const axiosOptions: Scenario[] = [
  {
    id: 'options/axios-empty',
    run: (sdk, endpoint) =>
      list(withKey(sdk, endpoint, { axiosOptions: {}, axiosRetryOptions: {} })),
  },
  ...[0, 1].map((retries): Scenario => ({
    id: `options/axiosRetryOptions-retries-${retries}`,
    respond: unavailable,
    run: (sdk, endpoint) =>
      withKey(sdk, endpoint, {
        axiosRetryOptions: { retries, retryDelay: () => 0 },
      }).devices.get({ device_id: 'd1' }),
  })),
  {
    id: 'options/axiosOptions-headers',
    run: (sdk, endpoint) =>
      list(
        withKey(sdk, endpoint, { axiosOptions: { headers: { 'x-a': '1' } } }),
      ),
  },
]

// Every namespace class is also a client of its own, made as SeamHttp is.
const devices = (sdk: AnySdk, endpoint: string, options: object = {}) =>
  sdk.SeamHttpDevices.fromApiKey(tokens.apiKey, { endpoint, ...options })
const namespaces: Scenario[] = [
  {
    id: 'namespace/constructor',
    run: (sdk, endpoint) =>
      new sdk.SeamHttpDevices({ apiKey: tokens.apiKey, endpoint }).get({
        device_id: 'd1',
      }),
  },
  {
    id: 'namespace/fromApiKey',
    run: (sdk, endpoint) => devices(sdk, endpoint).list({ limit: 2 }),
  },
  {
    id: 'namespace/fromApiKey-missing',
    run: (sdk) => sdk.SeamHttpDevices.fromApiKey(undefined),
  },
  {
    id: 'namespace/fromClientSessionToken',
    run: (sdk, endpoint) =>
      sdk.SeamHttpAcsUsers.fromClientSessionToken(tokens.clientSessionToken, {
        endpoint,
      }).list(),
  },
  {
    id: 'namespace/fromPersonalAccessToken',
    run: (sdk, endpoint) =>
      sdk.SeamHttpLocks.fromPersonalAccessToken(
        tokens.personalAccessToken,
        workspaceId,
        { endpoint },
      ).get({ device_id: 'd1' }),
  },
  {
    id: 'namespace/fromPublishableKey',
    run: async (sdk, endpoint) =>
      (
        await sdk.SeamHttpDevices.fromPublishableKey(
          tokens.publishableKey,
          'user-1',
          { endpoint },
        )
      ).get({ device_id: 'd1' }),
  },
  {
    id: 'namespace/fromClient-of-another',
    run: (sdk, endpoint) =>
      sdk.SeamHttpDevices.fromClient(withKey(sdk, endpoint).client).get({
        device_id: 'd1',
      }),
  },
  {
    id: 'namespace/child',
    run: (sdk, endpoint) =>
      devices(sdk, endpoint).simulate.connect({ device_id: 'd1' }),
  },
  {
    id: 'namespace/defaults',
    run: (sdk, endpoint) => [
      devices(sdk, endpoint).defaults,
      devices(sdk, endpoint, { waitForActionAttempt: false }).defaults,
      withKey(sdk, endpoint).devices.defaults,
    ],
  },
  {
    id: 'namespace/createPaginator',
    run: (sdk, endpoint) => {
      const seam = devices(sdk, endpoint)
      return seam.createPaginator(seam.list({ limit: 2 })).flattenToArray()
    },
  },
  {
    id: 'namespace/updateClientSessionToken',
    run: async (sdk, endpoint) =>
      (await withUpdatedToken(sdk.SeamHttpDevices, endpoint)).get({
        device_id: 'd1',
      }),
  },
]

export const scenarios: Scenario[] = [
  ...auth,
  ...tokenMatrix,
  ...ambiguity,
  ...environment,
  ...errors,
  ...actionAttempts,
  ...paginator,
  ...requests,
  ...axiosOptions,
  ...namespaces,
  ...exports,
]
