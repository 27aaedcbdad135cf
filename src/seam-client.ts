// The client every namespace of one SeamHttp shares: where requests go, how they authenticate, and
// the loop that sends one request, with the per-attempt timeout and the retry policy.

import type { Auth } from './auth.js'
import {
  SeamHttpAbortError,
  SeamHttpNetworkError,
  SeamHttpTimeoutError,
  SeamHttpUndocumentedApiError,
} from './errors.js'
import { checkCallOptions } from './call-options.js'
import type {
  OperationSpec,
  RequestOptions,
  RequestSender,
  ResponseBody,
  WaitForActionAttempt,
} from './operation.js'
import {
  type AttemptFailure,
  errorResponse,
  failureAt,
  isResponseError,
  readBody,
} from './read-response.js'
import type { RetryPolicy } from './retry-policy.js'
import { noOptions, SeamHttpRequest } from './seam-http-request.js'
import { createTransport, post, type Transport } from './transport.js'

/** Everything a SeamClient is made from, validated (by parse-options.ts). */
export interface SeamClientConfig {
  readonly endpoint: string
  readonly auth: Auth
  readonly timeout: number
  /** Absent when the client never retries. */
  readonly retry?: RetryPolicy | undefined
  readonly waitForActionAttempt: WaitForActionAttempt
  readonly isUndocumentedApiEnabled: boolean
}

/** The state every namespace of one client shares: where to send requests and how to authenticate. */
export class SeamClient implements RequestSender {
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

  /** A client like this one that waits for action attempts as `waitForActionAttempt` says. */
  withWaitForActionAttempt(
    waitForActionAttempt: WaitForActionAttempt,
  ): SeamClient {
    checkCallOptions({ waitForActionAttempt })
    return new SeamClient({ ...this.#config, waitForActionAttempt })
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

  /** Sends the operation, retrying as the policy in retry-policy.ts allows, and resolves with the whole response body. */
  async send(
    operation: OperationSpec,
    parameters: unknown,
    options: RequestOptions,
  ): Promise<ResponseBody> {
    const { signal } = options
    const { retry } = this.#config
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
      } catch (failure) {
        // Every rejection of #sendOnce is an AttemptFailure.
        if (retry === undefined) throw (failure as AttemptFailure).error
        await retry(failure as AttemptFailure, operation, attempt, signal)
      }
    }
  }

  /**
   * One attempt. The timeout rejects the attempt without aborting its fetch: a signal on every
   * fetch costs more client CPU per call than the SDK's whole budget over raw fetch (undici
   * registers, and later finalizes, a listener per request). The abandoned exchange still reads
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
        const failure: AttemptFailure = {
          error: new SeamHttpTimeoutError(
            timeout,
            failureAt(operation, attempt),
          ),
        }
        reject(failure)
      }, timeout)
      // Whichever settles first wins; the exchange's later outcome (handled here) changes nothing.
      exchange.then(resolve, reject).then(() => clearTimeout(timer))
    })
  }

  /** Sends the request and reads the response, turning every failure into an AttemptFailure. */
  async #exchange(
    operation: OperationSpec,
    parameters: unknown,
    signal: AbortSignal | undefined,
    attempt: number,
  ): Promise<ResponseBody> {
    let response: Response | undefined
    try {
      const sent = await post(this.#transport, operation, parameters, signal)
      response = sent.response
      if (!response.ok)
        throw errorResponse(
          response,
          sent.error,
          failureAt(operation, attempt),
          this.#auth.secrets,
        )
      return await readBody(operation, response, attempt)
    } catch (error) {
      const failure = failureAt(operation, attempt)
      const attemptFailure: AttemptFailure = isResponseError(error)
        ? { error: error as Error, response }
        : {
            error:
              signal?.aborted === true
                ? new SeamHttpAbortError(signal.reason, failure)
                : new SeamHttpNetworkError(error, failure),
          }
      throw attemptFailure
    }
  }
}
