// The base classes of the generated SeamHttp, SeamHttpWithoutWorkspace and every namespace class
// (SeamHttpDevices, ...): as in @seamapi/http, each can be made on its own from credentials, with
// the same factories, updateClientSessionToken and createPaginator. Misuse is reported as
// @seamapi/http reports it.

import { clientSessionTokenAuth, publishableKeyAuth } from './auth.js'
import {
  assertGiven,
  clientFrom,
  warnOnEmailUserIdentifierKey,
} from './factory-checks.js'
import {
  SeamHttpInvalidOptionsError,
  SeamHttpInvalidResponseError,
  SeamHttpWithoutWorkspaceInvalidOptionsError,
} from './errors.js'
import type {
  SeamHttpCommonOptions,
  SeamHttpFromPublishableKeyOptions,
  SeamHttpOptions,
  SeamHttpOptionsWithClient,
  SeamHttpWithoutWorkspaceOptions,
} from './options.js'
import { type PageParameters, SeamPaginator } from './paginator.js'
import {
  configWith,
  optionsFrom,
  parseOptions,
  parseOptionsWithoutWorkspace,
} from './parse-options.js'
import { failureAt } from './read-response.js'
import { SeamClient } from './seam-client.js'
import type { SeamHttpRequest } from './seam-http-request.js'
import type { WaitForActionAttempt } from './operation.js'

export type {
  SeamHttpOptions,
  SeamHttpWithoutWorkspaceOptions,
} from './options.js'

/** What every client and namespace shares: one SeamClient, the defaults of its calls, and pagination. */
export abstract class SeamHttpCommon {
  /**
   * The connection every namespace of this client shares; `SeamHttp.fromClient(seam.client)` makes
   * another client on it, as in @seamapi/http (where it is an axios instance).
   */
  constructor(readonly client: SeamClient) {}

  /** The per-call defaults the client was made with, as @seamapi/http shows them. */
  get defaults(): { waitForActionAttempt: WaitForActionAttempt } {
    return { waitForActionAttempt: this.client.waitForActionAttempt }
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

/** SeamHttp and its namespaces: construction and authentication. */
export class SeamHttpBase extends SeamHttpCommon {
  /**
   * An API key string, options with one authentication scheme or a `client`, or nothing to read
   * the environment; or the SeamClient of the client a namespace belongs to.
   */
  constructor(apiKeyOrOptions: string | SeamHttpOptions | SeamClient = {}) {
    super(clientFrom(optionsFrom(apiKeyOrOptions), parseOptions))
  }

  /** A client on the connection of another: `SeamHttp.fromClient(createSeamClient(...))`. */
  static fromClient<T>(
    this: new (options: SeamHttpOptions) => T,
    client: SeamClient,
    options: Omit<SeamHttpOptionsWithClient, 'client'> = {},
  ): T {
    assertGiven([client], 'Missing client')
    return new this({ ...options, client })
  }

  static fromApiKey<T>(
    this: new (options: SeamHttpOptions) => T,
    apiKey: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    assertGiven([apiKey], 'Missing apiKey')
    return new this({ ...options, apiKey })
  }

  static fromClientSessionToken<T>(
    this: new (options: SeamHttpOptions) => T,
    clientSessionToken: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    assertGiven([clientSessionToken], 'Missing clientSessionToken')
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
    warnOnEmailUserIdentifierKey(userIdentifierKey)
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
        failureAt({ path }, 1),
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
    assertGiven(
      [personalAccessToken],
      'Missing personalAccessToken or workspaceId',
    )
    return new this({ ...options, personalAccessToken, workspaceId })
  }

  static fromConsoleSessionToken<T>(
    this: new (options: SeamHttpOptions) => T,
    consoleSessionToken: string,
    workspaceId: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    assertGiven(
      [consoleSessionToken],
      'Missing consoleSessionToken or workspaceId',
    )
    return new this({ ...options, consoleSessionToken, workspaceId })
  }

  /** Switches a client made with a client session token to a new one, once `/client_sessions/get` accepts it. */
  async updateClientSessionToken(clientSessionToken: string): Promise<void> {
    const auth = clientSessionTokenAuth(clientSessionToken)
    if (this.client.authKind !== 'clientSessionToken') {
      throw new SeamHttpInvalidOptionsError(
        `Cannot update a clientSessionToken on a client created without a clientSessionToken (this one uses ${this.client.authKind})`,
      )
    }
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
  constructor(options: SeamHttpWithoutWorkspaceOptions | SeamClient = {}) {
    super(clientFrom(options, parseOptionsWithoutWorkspace))
  }

  /** A client on the connection of another, for the operations without a workspace. */
  static fromClient<T>(
    this: new (options: SeamHttpWithoutWorkspaceOptions) => T,
    client: SeamClient,
    options: Omit<SeamHttpOptionsWithClient, 'client'> = {},
  ): T {
    assertGiven(
      [client],
      'Missing client',
      SeamHttpWithoutWorkspaceInvalidOptionsError,
    )
    return new this({ ...options, client })
  }

  static fromPersonalAccessToken<T>(
    this: new (options: SeamHttpWithoutWorkspaceOptions) => T,
    personalAccessToken: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    assertGiven(
      [personalAccessToken],
      'Missing personalAccessToken',
      SeamHttpWithoutWorkspaceInvalidOptionsError,
    )
    return new this({ ...options, personalAccessToken })
  }

  static fromConsoleSessionToken<T>(
    this: new (options: SeamHttpWithoutWorkspaceOptions) => T,
    consoleSessionToken: string,
    options: SeamHttpCommonOptions = {},
  ): T {
    assertGiven(
      [consoleSessionToken],
      'Missing consoleSessionToken',
      SeamHttpWithoutWorkspaceInvalidOptionsError,
    )
    return new this({ ...options, consoleSessionToken })
  }
}
