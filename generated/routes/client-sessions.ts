// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type ClientSessionsCreateParameters = NonNullable<
  paths['/client_sessions/create']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsCreateResponse =
  paths['/client_sessions/create']['post']['responses'][200]['content']['application/json']['client_session']

/**
 * Create a Client Session
 *
 * Creates a new [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
 */
export const clientSessionsCreate = (
  client: SeamClient,
  parameters?: ClientSessionsCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ClientSessionsCreateParameters,
  ClientSessionsCreateResponse
> =>
  client.request<ClientSessionsCreateParameters, ClientSessionsCreateResponse>(
    { path: '/client_sessions/create', responseKey: 'client_session' },
    parameters ?? ({} as ClientSessionsCreateParameters),
    options,
  )

export type ClientSessionsDeleteParameters = NonNullable<
  paths['/client_sessions/delete']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsDeleteResponse = void

/**
 * Delete a Client Session
 *
 * Deletes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
 */
export const clientSessionsDelete = (
  client: SeamClient,
  parameters: ClientSessionsDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ClientSessionsDeleteParameters,
  ClientSessionsDeleteResponse
> =>
  client.request<ClientSessionsDeleteParameters, ClientSessionsDeleteResponse>(
    { path: '/client_sessions/delete' },
    parameters,
    options,
  )

export type ClientSessionsGetParameters = NonNullable<
  paths['/client_sessions/get']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsGetResponse =
  paths['/client_sessions/get']['post']['responses'][200]['content']['application/json']['client_session']

/**
 * Get a Client Session
 *
 * Returns a specified [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
 */
export const clientSessionsGet = (
  client: SeamClient,
  parameters?: ClientSessionsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<ClientSessionsGetParameters, ClientSessionsGetResponse> =>
  client.request<ClientSessionsGetParameters, ClientSessionsGetResponse>(
    { path: '/client_sessions/get', responseKey: 'client_session', read: true },
    parameters ?? ({} as ClientSessionsGetParameters),
    options,
  )

export type ClientSessionsGetOrCreateParameters = NonNullable<
  paths['/client_sessions/get_or_create']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsGetOrCreateResponse =
  paths['/client_sessions/get_or_create']['post']['responses'][200]['content']['application/json']['client_session']

/**
 * Get or Create a Client Session
 *
 * Returns a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) with specific characteristics or creates a new client session with these characteristics if it does not yet exist.
 */
export const clientSessionsGetOrCreate = (
  client: SeamClient,
  parameters?: ClientSessionsGetOrCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ClientSessionsGetOrCreateParameters,
  ClientSessionsGetOrCreateResponse
> =>
  client.request<
    ClientSessionsGetOrCreateParameters,
    ClientSessionsGetOrCreateResponse
  >(
    { path: '/client_sessions/get_or_create', responseKey: 'client_session' },
    parameters ?? ({} as ClientSessionsGetOrCreateParameters),
    options,
  )

export type ClientSessionsGrantAccessParameters = NonNullable<
  paths['/client_sessions/grant_access']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsGrantAccessResponse = void

/**
 * Grant Access to a Client Session
 *
 * Grants a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) access to one or more resources, such as [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews), [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity), and so on.
 */
export const clientSessionsGrantAccess = (
  client: SeamClient,
  parameters?: ClientSessionsGrantAccessParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ClientSessionsGrantAccessParameters,
  ClientSessionsGrantAccessResponse
> =>
  client.request<
    ClientSessionsGrantAccessParameters,
    ClientSessionsGrantAccessResponse
  >(
    { path: '/client_sessions/grant_access' },
    parameters ?? ({} as ClientSessionsGrantAccessParameters),
    options,
  )

export type ClientSessionsListParameters = NonNullable<
  paths['/client_sessions/list']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsListResponse =
  paths['/client_sessions/list']['post']['responses'][200]['content']['application/json']['client_sessions']

/**
 * List Client Sessions
 *
 * Returns a list of all [client sessions](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
 */
export const clientSessionsList = (
  client: SeamClient,
  parameters?: ClientSessionsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<ClientSessionsListParameters, ClientSessionsListResponse> =>
  client.request<ClientSessionsListParameters, ClientSessionsListResponse>(
    {
      path: '/client_sessions/list',
      responseKey: 'client_sessions',
      read: true,
    },
    parameters ?? ({} as ClientSessionsListParameters),
    options,
  )

export type ClientSessionsRevokeParameters = NonNullable<
  paths['/client_sessions/revoke']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsRevokeResponse = void

/**
 * Revoke a Client Session
 *
 * Revokes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
 *
 * Note that [deleting a client session](https://docs.seam.co/api/client_sessions/delete) is a separate action.
 */
export const clientSessionsRevoke = (
  client: SeamClient,
  parameters: ClientSessionsRevokeParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ClientSessionsRevokeParameters,
  ClientSessionsRevokeResponse
> =>
  client.request<ClientSessionsRevokeParameters, ClientSessionsRevokeResponse>(
    { path: '/client_sessions/revoke' },
    parameters,
    options,
  )

/** The `clientSessions` namespace of the Seam API. */
export class SeamHttpClientSessions {
  constructor(private readonly client: SeamClient) {}

  /**
   * Create a Client Session
   *
   * Creates a new [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  create(
    parameters?: ClientSessionsCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ClientSessionsCreateParameters,
    ClientSessionsCreateResponse
  > {
    return clientSessionsCreate(this.client, parameters, options)
  }

  /**
   * Delete a Client Session
   *
   * Deletes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  delete(
    parameters: ClientSessionsDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ClientSessionsDeleteParameters,
    ClientSessionsDeleteResponse
  > {
    return clientSessionsDelete(this.client, parameters, options)
  }

  /**
   * Get a Client Session
   *
   * Returns a specified [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  get(
    parameters?: ClientSessionsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<ClientSessionsGetParameters, ClientSessionsGetResponse> {
    return clientSessionsGet(this.client, parameters, options)
  }

  /**
   * Get or Create a Client Session
   *
   * Returns a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) with specific characteristics or creates a new client session with these characteristics if it does not yet exist.
   */
  getOrCreate(
    parameters?: ClientSessionsGetOrCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ClientSessionsGetOrCreateParameters,
    ClientSessionsGetOrCreateResponse
  > {
    return clientSessionsGetOrCreate(this.client, parameters, options)
  }

  /**
   * Grant Access to a Client Session
   *
   * Grants a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) access to one or more resources, such as [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews), [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity), and so on.
   */
  grantAccess(
    parameters?: ClientSessionsGrantAccessParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ClientSessionsGrantAccessParameters,
    ClientSessionsGrantAccessResponse
  > {
    return clientSessionsGrantAccess(this.client, parameters, options)
  }

  /**
   * List Client Sessions
   *
   * Returns a list of all [client sessions](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  list(
    parameters?: ClientSessionsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<ClientSessionsListParameters, ClientSessionsListResponse> {
    return clientSessionsList(this.client, parameters, options)
  }

  /**
   * Revoke a Client Session
   *
   * Revokes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   *
   * Note that [deleting a client session](https://docs.seam.co/api/client_sessions/delete) is a separate action.
   */
  revoke(
    parameters: ClientSessionsRevokeParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ClientSessionsRevokeParameters,
    ClientSessionsRevokeResponse
  > {
    return clientSessionsRevoke(this.client, parameters, options)
  }
}
