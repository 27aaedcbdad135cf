// One call of an operation: sent when awaited, at most once, then read for its result.

import { assertValidRequestParameters } from './request-parameters.js'
import { requestUrl, splitParameters } from './transport.js'
import type {
  OperationSpec,
  RequestOptions,
  RequestSender,
  ResponseBody,
} from './operation.js'

export const noOptions: RequestOptions = Object.freeze({})

/**
 * A request that is sent only when awaited (or fetched), and at most once: awaiting it again
 * gives the same result. It can also be handed to `createPaginator`.
 */
export class SeamHttpRequest<
  Parameters,
  Result,
> implements PromiseLike<Result> {
  // Declared, not class fields: the constructor sets them, and a bundle need not define them too.
  declare readonly client: RequestSender
  declare readonly operation: OperationSpec
  declare readonly parameters: Parameters
  declare readonly options: RequestOptions
  #body: Promise<ResponseBody> | undefined
  #result: Promise<Result> | undefined

  constructor(
    client: RequestSender,
    operation: OperationSpec,
    parameters: Parameters,
    options: RequestOptions = noOptions,
  ) {
    this.client = client
    this.operation = operation
    this.parameters = parameters
    this.options = options
  }

  get [Symbol.toStringTag](): string {
    return 'SeamHttpRequest'
  }

  // What @seamapi/http lets a caller inspect before sending. Every operation is sent with POST, so
  // `params` holds only the parameters the spec puts in the query string.

  /** The response property that holds the result; undefined when the operation returns nothing. */
  get responseKey(): string | undefined {
    return this.operation.responseKey
  }

  /** Whether the response carries `pagination` (the request can be handed to `createPaginator`). */
  get hasPagination(): boolean {
    return this.operation.paginated === true
  }

  /** Where the request goes: the client's endpoint, the path and any query string. */
  get url(): URL {
    return requestUrl(this.client.endpoint, this.operation, this.params)
  }

  get pathname(): string {
    return this.operation.path
  }

  get method(): 'POST' {
    return 'POST'
  }

  /** The query-string parameters; undefined when the operation takes none. */
  get params(): Record<string, unknown> | undefined {
    return splitParameters(this.operation, this.parameters).query
  }

  /** The JSON body. */
  get body(): Record<string, unknown> {
    return splitParameters(this.operation, this.parameters).body
  }

  /** The whole response body (no waiting on an action attempt). */
  fetchResponse(): Promise<ResponseBody> {
    return (this.#body ??= this.#send())
  }

  #send(): Promise<ResponseBody> {
    try {
      assertValidRequestParameters(this.operation, this.parameters)
    } catch (error) {
      return Promise.reject(error as Error)
    }
    return this.client.send(this.operation, this.parameters, this.options)
  }

  /** The operation's result: its response key's value, the finished action attempt, or undefined. */
  execute(): Promise<Result> {
    return (this.#result ??= this.#execute())
  }

  /** A copy of this request, not yet sent, that asks for the page after `pageCursor`. */
  withPageCursor(pageCursor?: string): SeamHttpRequest<Parameters, Result> {
    return new SeamHttpRequest(
      this.client,
      this.operation,
      { ...this.parameters, page_cursor: pageCursor },
      this.options,
    )
  }

  async #execute(): Promise<Result> {
    const { responseKey, actionAttempt } = this.operation
    const body = await this.fetchResponse()
    if (responseKey === undefined) return undefined as Result
    const value = body[responseKey]
    if (actionAttempt === undefined) return value as Result
    const wait =
      this.options.waitForActionAttempt ?? this.client.waitForActionAttempt
    if (wait === false) return value as Result
    const options = wait === true ? {} : wait
    return (await actionAttempt(
      this.client,
      value,
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
