// How one attempt goes on the wire: openapi-fetch builds the URL, the query string and the JSON
// body, and reads the body of an error response; fetch sends them with the client's headers.

import createClient, {
  type Client,
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
} from 'openapi-fetch'

import type { Auth } from './auth.js'
import type { OperationSpec, ResponseBody } from './operation.js'
import { sdkName, sdkVersion } from './version.js'

/**
 * What openapi-fetch builds in place of a `Request`: `new Array(url, init)`, the URL and init as
 * `createTransport` sends them. openapi-fetch only constructs it, copies a few init fields onto it,
 * checks its `method` for HEAD and hands it to `fetch`.
 */
type PendingRequest = [url: string, init: RequestInit]

export type Transport = Client<Record<string, never>>

const querySerializer = createQuerySerializer()

/**
 * fetch gets what openapi-fetch built with the client's headers, fixed when the client is made.
 * Left to its defaults, openapi-fetch builds a Request (which fetch then copies) and merges the
 * headers into new Headers objects on every call: far more client CPU per call than raw fetch
 * with the same headers and body (`npm run bench -- --only request-overhead` shows the cost).
 */
export const createTransport = (endpoint: string, auth: Auth): Transport => {
  const headers = {
    ...auth.headers,
    'content-type': 'application/json',
    'seam-sdk-name': sdkName,
    'seam-sdk-version': sdkVersion,
  }
  const send = ([url, init]: PendingRequest): Promise<Response> =>
    fetch(url, {
      method: init.method,
      headers,
      body: init.body,
      signal: init.signal,
    })
  return createClient({
    baseUrl: endpoint,
    querySerializer,
    Request: Array as unknown as typeof Request,
    fetch: send as unknown as (request: Request) => Promise<Response>,
  })
}

/** Sends one attempt; resolves with the response and, when it is not 2xx, its body as openapi-fetch read it. */
export const post = (
  transport: Transport,
  operation: OperationSpec,
  parameters: unknown,
  signal: AbortSignal | undefined,
): Promise<{ response: Response; error?: unknown }> =>
  transport.POST(
    operation.path as never,
    requestInit(operation, parameters, signal) as never,
  )

/** openapi-fetch's options for one attempt. */
const requestInit = (
  operation: OperationSpec,
  parameters: unknown,
  signal: AbortSignal | undefined,
) => {
  const { query, body } = splitParameters(operation, parameters)
  // 'stream' leaves a 2xx body unread, for read-response.ts to check.
  return { body, params: { query }, signal, parseAs: 'stream' as const }
}

/** The parameters named in the operation's `queryParameters` go to the query string, the others to the JSON body. */
export const splitParameters = (
  operation: OperationSpec,
  parameters: unknown,
): { query?: ResponseBody; body: ResponseBody } => {
  const body = (parameters ?? {}) as ResponseBody
  const names = operation.queryParameters
  if (names === undefined) return { body }
  const query: ResponseBody = {}
  const rest: ResponseBody = { ...body }
  for (const name of names) {
    if (name in rest) {
      query[name] = rest[name]
      delete rest[name]
    }
  }
  return { query, body: rest }
}

/** The URL openapi-fetch sends an operation to: the endpoint, the path, and the query string if any. */
export const requestUrl = (
  endpoint: string,
  operation: OperationSpec,
  query: ResponseBody | undefined,
): URL =>
  new URL(
    createFinalURL(operation.path, {
      baseUrl: endpoint,
      params: { query },
      querySerializer,
      pathSerializer: defaultPathSerializer,
    }),
  )
