// What the generated SeamHttp and SeamHttpWithoutWorkspace add to their namespaces: construction,
// the factories, updateClientSessionToken and createPaginator.

import { clientSessionTokenAuth, publishableKeyAuth } from './auth.js'
import {
  SeamHttpInvalidOptionsError,
  SeamHttpInvalidResponseError,
} from './errors.js'
import type {
  SeamHttpCommonOptions,
  SeamHttpFromPublishableKeyOptions,
  SeamHttpOptions,
  SeamHttpWithoutWorkspaceOptions,
} from './options.js'
import { type PageParameters, SeamPaginator } from './paginator.js'
import { configWith, optionsFrom, parseOptions } from './parse-options.js'
import { SeamClient } from './seam-client.js'
import type { SeamHttpRequest } from './seam-http-request.js'

export type {
  SeamHttpOptions,
  SeamHttpWithoutWorkspaceOptions,
} from './options.js'

/** What both clients share: one SeamClient, and pagination. */
export abstract class SeamHttpCommon {
  protected readonly client: SeamClient

  protected constructor(client: SeamClient) {
    this.client = client
  }

  /** Pages through a list operation: `seam.createPaginator(seam.devices.list({ limit: 20 }))`. */
  createPaginator<
    Parameters extends PageParameters,
    Result extends readonly unknown[],
  >(
    request: SeamHttpRequest<Parameters, Result>,
  ): SeamPaginator<Parameters, Result[number]> {
    return new SeamPaginator<Parameters, Result[number]>(request)
  }
}

/** What `SeamHttp` adds to the generated namespaces: construction and authentication. */
export class SeamHttpBase extends SeamHttpCommon {
  /** An API key string, options with one authentication scheme, or nothing to read the environment. */
  constructor(apiKeyOrOptions: string | SeamHttpOptions = {}) {
    super(
      new SeamClient(parseOptions(optionsFrom(apiKeyOrOptions), 'workspace')),
    )
  }

  static fromApiKey<T>(
    this: new (options: SeamHttpOptions) => T,
    apiKey: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    return new this({ ...options, apiKey })
  }

  static fromClientSessionToken<T>(
    this: new (options: SeamHttpOptions) => T,
    clientSessionToken: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    return new this({ ...options, clientSessionToken })
  }

  /** Exchanges a publishable key and a user identifier key for a client session token (`/client_sessions/get_or_create`). */
  static async fromPublishableKey<T>(
    this: new (options: SeamHttpOptions) => T,
    publishableKey: string,
    userIdentifierKey: string,
    options: SeamHttpFromPublishableKeyOptions = {},
  ): Promise<T> {
    if (
      typeof userIdentifierKey !== 'string' ||
      userIdentifierKey.trim() === ''
    ) {
      throw new SeamHttpInvalidOptionsError(
        'fromPublishableKey needs a userIdentifierKey: a non-empty string',
      )
    }
    const exchange = new SeamClient(
      configWith(options, publishableKeyAuth(publishableKey)),
    )
    const path = '/client_sessions/get_or_create'
    const session = await exchange.request<
      { user_identifier_key: string },
      { token?: unknown } | null
    >(
      { path, responseKey: 'client_session' },
      { user_identifier_key: userIdentifierKey },
    )
    const token = session?.token
    if (typeof token !== 'string') {
      throw new SeamHttpInvalidResponseError(
        'the client session has no token',
        200,
        '',
        { request: `POST ${path}`, attempts: 1 },
      )
    }
    return new this({ ...options, clientSessionToken: token })
  }

  static fromPersonalAccessToken<T>(
    this: new (options: SeamHttpOptions) => T,
    personalAccessToken: string,
    workspaceId: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    return new this({ ...options, personalAccessToken, workspaceId })
  }

  static fromConsoleSessionToken<T>(
    this: new (options: SeamHttpOptions) => T,
    consoleSessionToken: string,
    workspaceId: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    return new this({ ...options, consoleSessionToken, workspaceId })
  }

  /** Switches a client made with a client session token to a new one, once `/client_sessions/get` accepts it. */
  async updateClientSessionToken(clientSessionToken: string): Promise<void> {
    if (this.client.authKind !== 'clientSessionToken') {
      throw new SeamHttpInvalidOptionsError(
        `updateClientSessionToken needs a client created with a clientSessionToken; this one uses ${this.client.authKind}`,
      )
    }
    const auth = clientSessionTokenAuth(clientSessionToken)
    await this.client.withAuth(auth).request(
      {
        path: '/client_sessions/get',
        responseKey: 'client_session',
        read: true,
      },
      {},
    )
    this.client.setAuth(auth)
  }
}

/** What `SeamHttpWithoutWorkspace` adds to its namespaces: a personal access token or console session token, no workspace. */
export class SeamHttpWithoutWorkspaceBase extends SeamHttpCommon {
  constructor(options: SeamHttpWithoutWorkspaceOptions = {}) {
    super(new SeamClient(parseOptions(options, 'withoutWorkspace')))
  }

  static fromPersonalAccessToken<T>(
    this: new (options: SeamHttpWithoutWorkspaceOptions) => T,
    personalAccessToken: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    return new this({ ...options, personalAccessToken })
  }

  static fromConsoleSessionToken<T>(
    this: new (options: SeamHttpWithoutWorkspaceOptions) => T,
    consoleSessionToken: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    return new this({ ...options, consoleSessionToken })
  }
}
