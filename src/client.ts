import createClient, { type Client, createQuerySerializer } from 'openapi-fetch'

import { waitForActionAttempt } from './action-attempt.js'
import {
  type ActionAttemptLike,
  type ApiErrorBody,
  type RequestFailure,
  SeamHttpAbortError,
  SeamHttpApiError,
  SeamHttpInvalidInputError,
  SeamHttpInvalidResponseError,
  SeamHttpNetworkError,
  SeamHttpTimeoutError,
  SeamHttpUnauthorizedError,
  SeamHttpUndocumentedApiError,
} from './errors.js'
import {
  type Auth,
  checkCallOptions,
  type SeamClientConfig,
  type WaitForActionAttempt,
} from './options.js'
import {
  type FailureKind,
  isRead,
  isUnsent,
  parseRetryAfter,
  retryDelay,
} from './retry.js'
import { noop, sleep } from './signal.js'
import { sdkName, sdkVersion } from './version.js'

/** What the generated code tells the runtime about one operation. */
export interface OperationSpec {
  /** The spec's path, called with POST and a JSON body. */
  readonly path: string
  /** The response property to return; absent when the operation returns nothing. */
  readonly responseKey?: string
  /** Parameters sent in the query string instead of the body. */
  readonly queryParameters?: readonly string[]
  /** The response is an action attempt the runtime can wait on. */
  readonly actionAttempt?: true
  /** Callable only on a client created with `isUndocumentedApiEnabled: true`. */
  readonly undocumented?: true
  /** Safe to send twice (a read); when absent, the path decides (see retry.ts). */
  readonly read?: boolean
}

/** Options of one call. */
export interface RequestOptions {
  /** Aborts the call, its retries and any wait for its action attempt. */
  signal?: AbortSignal
  /** Milliseconds one attempt may take; overrides the client's `timeout`. */
  timeout?: number
  /** Overrides the client's `waitForActionAttempt` for this call. */
  waitForActionAttempt?: WaitForActionAttempt
}

const noOptions: RequestOptions = Object.freeze({})

/** A parsed response body: always a JSON object. */
export type ResponseBody = Record<string, unknown>

/** What openapi-fetch builds in place of a `Request`: the URL and init, as `createTransport` sends them. */
class PendingRequest {
  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {}

  get method(): string | undefined {
    return this.init.method
  }
}

type Transport = Client<Record<string, never>>

const querySerializer = createQuerySerializer()

/**
 * openapi-fetch builds the URL, query string and JSON body; fetch gets them with the client's
 * headers, fixed when the client is made. Left to its defaults, openapi-fetch builds a Request
 * (which fetch then copies) and merges the headers into new Headers objects on every call:
 * measured on Node 20 against raw fetch with the same headers and body, that cost about 40% more
 * client CPU per call; this way the SDK's own JavaScript adds about 10 µs to a call (fetch stubbed
 * out), against the 250-450 µs of CPU a raw fetch call to a loopback server takes.
 */
const createTransport = (endpoint: string, auth: Auth): Transport => {
  const headers = {
    ...auth.headers,
    'content-type': 'application/json',
    'seam-sdk-name': sdkName,
    'seam-sdk-version': sdkVersion,
  }
  const send = ({ url, init }: PendingRequest): Promise<Response> =>
    fetch(url, {
      method: init.method,
      headers,
      body: init.body,
      signal: init.signal,
    })
  return createClient({
    baseUrl: endpoint,
    querySerializer,
    Request: PendingRequest as unknown as typeof Request,
    fetch: send as unknown as (request: Request) => Promise<Response>,
  })
}

// JSON is UTF-8 (RFC 8259); `fatal` turns a malformed byte into an error instead of a silent U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** An attempt's failure: the error to raise, what kind it is for the retry policy, and Retry-After. */
class AttemptFailure {
  constructor(
    readonly error: Error,
    readonly kind: FailureKind,
    readonly retryAfter?: number,
  ) {}
}

/** The state every namespace of one client shares: where to send requests and how to authenticate. */
export class SeamClient {
  readonly #config: SeamClientConfig
  #auth: Auth
  #transport: Transport

  constructor(config: SeamClientConfig) {
    this.#config = config
    this.#auth = config.auth
    this.#transport = createTransport(config.endpoint, config.auth)
  }

  get endpoint(): string {
    return this.#config.endpoint
  }

  /** Which kind of credentials the client sends (`apiKey`, `clientSessionToken`, ...), never the token. */
  get authKind(): string {
    return this.#auth.kind
  }

  get waitForActionAttempt(): WaitForActionAttempt {
    return this.#config.waitForActionAttempt
  }

  /** Replaces the credentials for requests made from now on. */
  setAuth(auth: Auth): void {
    this.#auth = auth
    this.#transport = createTransport(this.#config.endpoint, auth)
  }

  /** A client like this one with other credentials. */
  withAuth(auth: Auth): SeamClient {
    return new SeamClient({ ...this.#config, auth })
  }

  /** What the client shows of itself when logged or serialized: never a token. */
  toJSON(): { endpoint: string; auth: string } {
    return { endpoint: this.endpoint, auth: this.authKind }
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `SeamClient { endpoint: '${this.endpoint}', auth: '${this.authKind}' }`
  }

  /** A lazy request: nothing is sent until it is awaited (or handed to a paginator). */
  request<Parameters, Result>(
    operation: OperationSpec,
    parameters: Parameters,
    options: RequestOptions = noOptions,
  ): SeamHttpRequest<Parameters, Result> {
    if (
      operation.undocumented === true &&
      !this.#config.isUndocumentedApiEnabled
    ) {
      throw new SeamHttpUndocumentedApiError(operation.path)
    }
    if (options !== noOptions) checkCallOptions(options)
    return new SeamHttpRequest(this, operation, parameters, options)
  }

  /** Sends the operation, retrying as the policy in retry.ts allows, and resolves with the whole response body. */
  async send(
    operation: OperationSpec,
    parameters: unknown,
    options: RequestOptions,
  ): Promise<ResponseBody> {
    const { signal } = options
    const timeout = options.timeout ?? this.#config.timeout
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted === true)
        throw new SeamHttpAbortError(
          signal.reason,
          failureAt(operation, attempt),
        )
      try {
        return await this.#sendOnce(
          operation,
          parameters,
          timeout,
          signal,
          attempt,
        )
      } catch (error) {
        if (!(error instanceof AttemptFailure)) throw error
        const read = isRead(operation)
        const delay = retryDelay(
          error.kind,
          read,
          attempt,
          this.#config.retries,
          error.retryAfter,
        )
        if (delay === undefined) throw error.error
        if (!(await sleep(delay, signal)))
          throw new SeamHttpAbortError(
            signal?.reason,
            failureAt(operation, attempt),
          )
      }
    }
  }

  /**
   * One attempt. The timeout rejects the attempt without aborting its fetch: a signal on every
   * fetch cost 5-15% more client CPU per call in our measurements (undici registers, and later
   * finalizes, a listener per request), more than the SDK's whole budget over raw fetch. The abandoned exchange still reads
   * and drops a late response, which frees its connection; a server that never answers holds it
   * until the runtime's own network timeout. A caller's signal does abort the fetch.
   */
  #sendOnce(
    operation: OperationSpec,
    parameters: unknown,
    timeout: number,
    signal: AbortSignal | undefined,
    attempt: number,
  ): Promise<ResponseBody> {
    const exchange = this.#exchange(operation, parameters, signal, attempt)
    if (timeout === 0) return exchange
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        exchange.catch(noop)
        reject(
          new AttemptFailure(
            new SeamHttpTimeoutError(timeout, failureAt(operation, attempt)),
            'timeout',
          ),
        )
      }, timeout)
      exchange.then(
        (body) => {
          clearTimeout(timer)
          resolve(body)
        },
        (error: unknown) => {
          clearTimeout(timer)
          reject(error)
        },
      )
    })
  }

  /** Sends the request and reads the response, turning every failure into an AttemptFailure. */
  async #exchange(
    operation: OperationSpec,
    parameters: unknown,
    signal: AbortSignal | undefined,
    attempt: number,
  ): Promise<ResponseBody> {
    try {
      const { error, response } = await this.#transport.POST(
        operation.path as never,
        requestInit(operation, parameters, signal) as never,
      )
      if (!response.ok)
        throw this.#errorResponse(
          response,
          error,
          failureAt(operation, attempt),
        )
      return await readBody(operation, response, attempt)
    } catch (error) {
      if (error instanceof AttemptFailure) throw error
      const failure = failureAt(operation, attempt)
      if (signal?.aborted === true)
        throw new AttemptFailure(
          new SeamHttpAbortError(signal.reason, failure),
          'final',
        )
      throw new AttemptFailure(
        new SeamHttpNetworkError(error, failure),
        isUnsent(error) ? 'unsent' : 'network',
      )
    }
  }

  /** A non-2xx response as a typed error; openapi-fetch has read its body (parsed if it was JSON). */
  #errorResponse(
    response: Response,
    body: unknown,
    failure: RequestFailure,
  ): AttemptFailure {
    const { status } = response
    const requestId = response.headers.get('seam-request-id') ?? ''
    const kind: FailureKind =
      status === 429 ? 'throttled' : status >= 500 ? 'server' : 'final'
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
    const apiError = seamError(redact(body, this.#auth.secrets))
    if (status === 401) {
      const error = apiError ?? {
        type: 'unauthorized',
        message: 'Unauthorized',
      }
      return new AttemptFailure(
        new SeamHttpUnauthorizedError(error, status, requestId, failure),
        kind,
      )
    }
    if (apiError === undefined) {
      const contentType =
        response.headers.get('content-type') ?? 'no content type'
      const reason =
        body == null || body === ''
          ? 'the error body is empty'
          : `expected a JSON Seam error, got ${contentType}`
      return new AttemptFailure(
        new SeamHttpInvalidResponseError(reason, status, requestId, failure),
        kind,
        retryAfter,
      )
    }
    const ErrorClass =
      status === 400 && apiError.type === 'invalid_input'
        ? SeamHttpInvalidInputError
        : SeamHttpApiError
    return new AttemptFailure(
      new ErrorClass(apiError, status, requestId, failure),
      kind,
      retryAfter,
    )
  }
}

const failureAt = (
  operation: OperationSpec,
  attempt: number,
): RequestFailure => ({
  request: `POST ${operation.path}`,
  attempts: attempt,
})

/** openapi-fetch's options for one attempt; parameters named in `queryParameters` go to the query string. */
const requestInit = (
  operation: OperationSpec,
  parameters: unknown,
  signal: AbortSignal | undefined,
) => {
  const body = (parameters ?? {}) as ResponseBody
  const names = operation.queryParameters
  // 'stream' leaves a 2xx body unread, for readBody to check.
  if (names === undefined) return { body, signal, parseAs: 'stream' as const }
  const query: ResponseBody = {}
  const rest: ResponseBody = { ...body }
  for (const name of names) {
    if (name in rest) {
      query[name] = rest[name]
      delete rest[name]
    }
  }
  return { body: rest, params: { query }, signal, parseAs: 'stream' as const }
}

/** Reads a 2xx body: it must be a UTF-8 JSON object holding the operation's response key. */
const readBody = async (
  operation: OperationSpec,
  response: Response,
  attempt: number,
): Promise<ResponseBody> => {
  const invalid = (reason: string): AttemptFailure => {
    const requestId = response.headers.get('seam-request-id') ?? ''
    const error = new SeamHttpInvalidResponseError(
      reason,
      response.status,
      requestId,
      failureAt(operation, attempt),
    )
    return new AttemptFailure(error, 'final')
  }
  const bytes = await response.arrayBuffer()
  if (bytes.byteLength === 0) throw invalid('the body is empty, expected JSON')
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw invalid('the body is not valid UTF-8')
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    const contentType =
      response.headers.get('content-type') ?? 'no content type'
    throw invalid(
      contentType.includes('json')
        ? `the body is not valid JSON (truncated?): ${bytes.byteLength} bytes`
        : `expected JSON, got ${contentType}`,
    )
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw invalid('expected a JSON object')
  const key = operation.responseKey
  if (key !== undefined && !(key in body))
    throw invalid(`the body has no "${key}"`)
  return body as ResponseBody
}

/** The `error` object of a Seam error body, when the body is one. */
const seamError = (body: unknown): ApiErrorBody | undefined => {
  const error = (body as { error?: Partial<ApiErrorBody> } | null | undefined)
    ?.error
  if (typeof error?.type !== 'string' || typeof error.message !== 'string')
    return undefined
  return error as ApiErrorBody
}

/** Replaces every secret in an error body (a server may echo a token back) with a marker. */
const redact = (body: unknown, secrets: readonly string[]): unknown => {
  if (body == null) return body
  let text = typeof body === 'string' ? body : JSON.stringify(body)
  if (!secrets.some((secret) => text.includes(secret))) return body
  for (const secret of secrets) text = text.replaceAll(secret, '[redacted]')
  return typeof body === 'string' ? text : (JSON.parse(text) as unknown)
}

/**
 * A request that is sent only when awaited (or fetched), and at most once: awaiting it again
 * gives the same result. It can also be handed to `createPaginator`.
 */
export class SeamHttpRequest<
  Parameters,
  Result,
> implements PromiseLike<Result> {
  #body: Promise<ResponseBody> | undefined
  #result: Promise<Result> | undefined

  constructor(
    readonly client: SeamClient,
    readonly operation: OperationSpec,
    readonly parameters: Parameters,
    readonly options: RequestOptions = noOptions,
  ) {}

  get [Symbol.toStringTag](): string {
    return 'SeamHttpRequest'
  }

  /** The whole response body (no waiting on an action attempt). */
  fetchResponse(): Promise<ResponseBody> {
    return (this.#body ??= this.client.send(
      this.operation,
      this.parameters,
      this.options,
    ))
  }

  /** The operation's result: its response key's value, the finished action attempt, or undefined. */
  execute(): Promise<Result> {
    return (this.#result ??= this.#execute())
  }

  /** The same operation with other parameters, not yet sent. */
  withParameters<P extends Parameters>(
    parameters: P,
  ): SeamHttpRequest<P, Result> {
    return new SeamHttpRequest(
      this.client,
      this.operation,
      parameters,
      this.options,
    )
  }

  async #execute(): Promise<Result> {
    const { responseKey, actionAttempt } = this.operation
    const body = await this.fetchResponse()
    if (responseKey === undefined) return undefined as Result
    const value = body[responseKey]
    if (actionAttempt !== true) return value as Result
    const wait =
      this.options.waitForActionAttempt ?? this.client.waitForActionAttempt
    if (wait === false) return value as Result
    const options = wait === true ? {} : wait
    return (await waitForActionAttempt(
      this.client,
      value as ActionAttemptLike,
      options,
      this.options.signal,
      this.operation,
    )) as Result
  }

  then<R1 = Result, R2 = never>(
    onfulfilled?: ((value: Result) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.execute().then(onfulfilled, onrejected)
  }

  catch<R = never>(
    onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<Result | R> {
    return this.execute().catch(onrejected)
  }

  finally(onfinally?: (() => void) | null): Promise<Result> {
    return this.execute().finally(onfinally)
  }
}
