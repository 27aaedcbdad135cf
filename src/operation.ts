// What the generated code tells the runtime about one operation and one call, and what a request
// needs of the client that sends it. Types only: every other runtime module may import this one.

/** How long and how often to poll an action attempt; `true` uses the defaults. */
export interface ResolveActionAttemptOptions {
  /** Milliseconds to wait for the attempt to finish (default 10 000). */
  timeout?: number
  /** Milliseconds between polls of `/action_attempts/get` (default 500). */
  pollingInterval?: number
}

export type WaitForActionAttempt = boolean | ResolveActionAttemptOptions

/** What the generated code tells the runtime about one operation. */
export interface OperationSpec {
  /** The spec's path, called with POST and a JSON body. */
  readonly path: string
  /** The response property to return; absent when the operation returns nothing. */
  readonly responseKey?: string
  /** Parameters sent in the query string instead of the body. */
  readonly queryParameters?: readonly string[]
  /**
   * The response is an action attempt, and this waits for it (`waitForActionAttempt` from
   * action-attempts.ts). The generated operation hands the function over, so that only an app
   * that calls such an operation bundles the polling.
   */
  actionAttempt?(
    client: RequestSender,
    actionAttempt: unknown,
    options: ResolveActionAttemptOptions,
    signal: AbortSignal | undefined,
    origin: OperationSpec,
  ): Promise<unknown>
  /** Callable only on a client created with `isUndocumentedApiEnabled: true`. */
  readonly undocumented?: true
  /** Safe to send twice (a read); when absent, the path decides (see retry-policy.ts). */
  readonly read?: boolean
  /** The call needs parameters: leaving them out is refused before sending (implied by a non-empty `required`). */
  readonly requiresParameters?: true
  /** Parameters that must not be undefined; checked before sending. */
  readonly required?: readonly string[]
  /** The response carries `pagination`, so the operation can be paginated. */
  readonly paginated?: true
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

/** A parsed response body: always a JSON object. */
export type ResponseBody = Record<string, unknown>

/** What a request needs of its client (a `SeamClient`): where and how to send it, and the default wait. */
export interface RequestSender {
  readonly endpoint: string
  readonly waitForActionAttempt: WaitForActionAttempt
  /** Sends the operation (with retries) and resolves with the whole response body. */
  send(
    operation: OperationSpec,
    parameters: unknown,
    options: RequestOptions,
  ): Promise<ResponseBody>
}
