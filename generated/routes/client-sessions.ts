// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type ClientSessionsCreateParameters = NonNullable<
  paths['/client_sessions/create']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsCreateResponse =
  paths['/client_sessions/create']['post']['responses'][200]['content']['application/json']['client_session']
export type ClientSessionsCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ClientSessionsCreateRequest = SeamHttpRequest<
  ClientSessionsCreateParameters,
  ClientSessionsCreateResponse
>

/**
 * Create a Client Session
 *
 * Creates a new [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
 */
export const clientSessionsCreate = (
  client: SeamClient,
  parameters?: ClientSessionsCreateParameters,
  options?: ClientSessionsCreateOptions,
): ClientSessionsCreateRequest =>
  client.request(
    { path: '/client_sessions/create', responseKey: 'client_session' },
    parameters ?? ({} as ClientSessionsCreateParameters),
    options,
  )

export type ClientSessionsDeleteParameters = NonNullable<
  paths['/client_sessions/delete']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsDeleteResponse = void
export type ClientSessionsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ClientSessionsDeleteRequest = SeamHttpRequest<
  ClientSessionsDeleteParameters,
  ClientSessionsDeleteResponse
>

/**
 * Delete a Client Session
 *
 * Deletes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
 */
export const clientSessionsDelete = (
  client: SeamClient,
  parameters: ClientSessionsDeleteParameters,
  options?: ClientSessionsDeleteOptions,
): ClientSessionsDeleteRequest =>
  client.request(
    { path: '/client_sessions/delete', required: ['client_session_id'] },
    parameters,
    options,
  )

export type ClientSessionsGetParameters = NonNullable<
  paths['/client_sessions/get']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsGetResponse =
  paths['/client_sessions/get']['post']['responses'][200]['content']['application/json']['client_session']
export type ClientSessionsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ClientSessionsGetRequest = SeamHttpRequest<
  ClientSessionsGetParameters,
  ClientSessionsGetResponse
>

/**
 * Get a Client Session
 *
 * Returns a specified [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
 */
export const clientSessionsGet = (
  client: SeamClient,
  parameters?: ClientSessionsGetParameters,
  options?: ClientSessionsGetOptions,
): ClientSessionsGetRequest =>
  client.request(
    { path: '/client_sessions/get', responseKey: 'client_session', read: true },
    parameters ?? ({} as ClientSessionsGetParameters),
    options,
  )

export type ClientSessionsGetOrCreateParameters = NonNullable<
  paths['/client_sessions/get_or_create']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsGetOrCreateResponse =
  paths['/client_sessions/get_or_create']['post']['responses'][200]['content']['application/json']['client_session']
export type ClientSessionsGetOrCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ClientSessionsGetOrCreateRequest = SeamHttpRequest<
  ClientSessionsGetOrCreateParameters,
  ClientSessionsGetOrCreateResponse
>

/**
 * Get or Create a Client Session
 *
 * Returns a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) with specific characteristics or creates a new client session with these characteristics if it does not yet exist.
 */
export const clientSessionsGetOrCreate = (
  client: SeamClient,
  parameters?: ClientSessionsGetOrCreateParameters,
  options?: ClientSessionsGetOrCreateOptions,
): ClientSessionsGetOrCreateRequest =>
  client.request(
    { path: '/client_sessions/get_or_create', responseKey: 'client_session' },
    parameters ?? ({} as ClientSessionsGetOrCreateParameters),
    options,
  )

export type ClientSessionsGrantAccessParameters = NonNullable<
  paths['/client_sessions/grant_access']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsGrantAccessResponse = void
export type ClientSessionsGrantAccessOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ClientSessionsGrantAccessRequest = SeamHttpRequest<
  ClientSessionsGrantAccessParameters,
  ClientSessionsGrantAccessResponse
>

/**
 * Grant Access to a Client Session
 *
 * Grants a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) access to one or more resources, such as [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews), [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity), and so on.
 */
export const clientSessionsGrantAccess = (
  client: SeamClient,
  parameters?: ClientSessionsGrantAccessParameters,
  options?: ClientSessionsGrantAccessOptions,
): ClientSessionsGrantAccessRequest =>
  client.request(
    { path: '/client_sessions/grant_access' },
    parameters ?? ({} as ClientSessionsGrantAccessParameters),
    options,
  )

export type ClientSessionsListParameters = NonNullable<
  paths['/client_sessions/list']['post']['requestBody']
>['content']['application/json']
export type ClientSessionsListResponse =
  paths['/client_sessions/list']['post']['responses'][200]['content']['application/json']['client_sessions']
export type ClientSessionsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ClientSessionsListRequest = SeamHttpRequest<
  ClientSessionsListParameters,
  ClientSessionsListResponse
>

/**
 * List Client Sessions
 *
 * Returns a list of all [client sessions](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
 */
export const clientSessionsList = (
  client: SeamClient,
  parameters?: ClientSessionsListParameters,
  options?: ClientSessionsListOptions,
): ClientSessionsListRequest =>
  client.request(
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
export type ClientSessionsRevokeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ClientSessionsRevokeRequest = SeamHttpRequest<
  ClientSessionsRevokeParameters,
  ClientSessionsRevokeResponse
>

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
  options?: ClientSessionsRevokeOptions,
): ClientSessionsRevokeRequest =>
  client.request(
    { path: '/client_sessions/revoke', required: ['client_session_id'] },
    parameters,
    options,
  )

/** The `clientSessions` namespace of the Seam API. */
export class SeamHttpClientSessions extends SeamHttpBase {
  /**
   * Create a Client Session
   *
   * Creates a new [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  create(
    parameters?: ClientSessionsCreateParameters,
    options?: ClientSessionsCreateOptions,
  ): ClientSessionsCreateRequest {
    return this.client.request(
      { path: '/client_sessions/create', responseKey: 'client_session' },
      parameters ?? ({} as ClientSessionsCreateParameters),
      options,
    )
  }

  /**
   * Delete a Client Session
   *
   * Deletes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  delete(
    parameters: ClientSessionsDeleteParameters,
    options?: ClientSessionsDeleteOptions,
  ): ClientSessionsDeleteRequest {
    return this.client.request(
      { path: '/client_sessions/delete', required: ['client_session_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get a Client Session
   *
   * Returns a specified [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  get(
    parameters?: ClientSessionsGetParameters,
    options?: ClientSessionsGetOptions,
  ): ClientSessionsGetRequest {
    return this.client.request(
      {
        path: '/client_sessions/get',
        responseKey: 'client_session',
        read: true,
      },
      parameters ?? ({} as ClientSessionsGetParameters),
      options,
    )
  }

  /**
   * Get or Create a Client Session
   *
   * Returns a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) with specific characteristics or creates a new client session with these characteristics if it does not yet exist.
   */
  getOrCreate(
    parameters?: ClientSessionsGetOrCreateParameters,
    options?: ClientSessionsGetOrCreateOptions,
  ): ClientSessionsGetOrCreateRequest {
    return this.client.request(
      { path: '/client_sessions/get_or_create', responseKey: 'client_session' },
      parameters ?? ({} as ClientSessionsGetOrCreateParameters),
      options,
    )
  }

  /**
   * Grant Access to a Client Session
   *
   * Grants a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) access to one or more resources, such as [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews), [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity), and so on.
   */
  grantAccess(
    parameters?: ClientSessionsGrantAccessParameters,
    options?: ClientSessionsGrantAccessOptions,
  ): ClientSessionsGrantAccessRequest {
    return this.client.request(
      { path: '/client_sessions/grant_access' },
      parameters ?? ({} as ClientSessionsGrantAccessParameters),
      options,
    )
  }

  /**
   * List Client Sessions
   *
   * Returns a list of all [client sessions](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  list(
    parameters?: ClientSessionsListParameters,
    options?: ClientSessionsListOptions,
  ): ClientSessionsListRequest {
    return this.client.request(
      {
        path: '/client_sessions/list',
        responseKey: 'client_sessions',
        read: true,
      },
      parameters ?? ({} as ClientSessionsListParameters),
      options,
    )
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
    options?: ClientSessionsRevokeOptions,
  ): ClientSessionsRevokeRequest {
    return this.client.request(
      { path: '/client_sessions/revoke', required: ['client_session_id'] },
      parameters,
      options,
    )
  }
}
