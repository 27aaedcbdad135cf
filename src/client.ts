import createClient, { type Client } from 'openapi-fetch'

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
}

export interface RequestOptions {
  signal?: AbortSignal
}

export interface SeamClientOptions {
  endpoint: string
  headers: Record<string, string>
  isUndocumentedApiEnabled: boolean
}

/** The state every namespace of one client shares: where to send requests and how to authenticate. */
export class SeamClient {
  readonly #fetchClient: Client<Record<string, never>>
  readonly #options: SeamClientOptions

  constructor(options: SeamClientOptions) {
    this.#options = options
    this.#fetchClient = createClient({ baseUrl: options.endpoint, headers: options.headers })
  }

  request<Parameters, Result>(
    operation: OperationSpec,
    parameters: Parameters,
    options: RequestOptions = {},
  ): SeamHttpRequest<Parameters, Result> {
    if (operation.undocumented === true && !this.#options.isUndocumentedApiEnabled) {
      throw new Error(`${operation.path} is undocumented: create the client with isUndocumentedApiEnabled: true to call it`)
    }
    return new SeamHttpRequest(this, operation, parameters, options)
  }

  /** Sends one request and returns the parsed JSON body. */
  async send(operation: OperationSpec, parameters: unknown, options: RequestOptions): Promise<unknown> {
    const { data, error, response } = await this.#fetchClient.POST(operation.path as never, {
      body: parameters as never,
      signal: options.signal,
    } as never)
    if (!response.ok) throw new Error(`${operation.path}: HTTP ${response.status} ${JSON.stringify(error)}`)
    return data
  }
}

/** A request that is sent only when awaited, so it can also be handed to a paginator. */
export class SeamHttpRequest<Parameters, Result> implements PromiseLike<Result> {
  constructor(
    readonly client: SeamClient,
    readonly operation: OperationSpec,
    readonly parameters: Parameters,
    readonly options: RequestOptions,
  ) {}

  async execute(): Promise<Result> {
    const body = (await this.client.send(this.operation, this.parameters, this.options)) as Record<string, unknown>
    return (this.operation.responseKey === undefined ? undefined : body[this.operation.responseKey]) as Result
  }

  then<R1 = Result, R2 = never>(
    onfulfilled?: ((value: Result) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.execute().then(onfulfilled, onrejected)
  }
}
