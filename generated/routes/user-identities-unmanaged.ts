// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type UserIdentitiesUnmanagedGetParameters = NonNullable<
  paths['/user_identities/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesUnmanagedGetResponse =
  paths['/user_identities/unmanaged/get']['post']['responses'][200]['content']['application/json']['user_identity']
export type UserIdentitiesUnmanagedGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesUnmanagedGetRequest = SeamHttpRequest<
  UserIdentitiesUnmanagedGetParameters,
  UserIdentitiesUnmanagedGetResponse
>

/**
 * Get an Unmanaged User Identity
 *
 * Returns a specified unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
 */
export const userIdentitiesUnmanagedGet = (
  client: SeamClient,
  parameters: UserIdentitiesUnmanagedGetParameters,
  options?: UserIdentitiesUnmanagedGetOptions,
): UserIdentitiesUnmanagedGetRequest =>
  client.request(
    {
      path: '/user_identities/unmanaged/get',
      responseKey: 'user_identity',
      read: true,
      required: ['user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesUnmanagedListParameters = NonNullable<
  paths['/user_identities/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesUnmanagedListResponse =
  paths['/user_identities/unmanaged/list']['post']['responses'][200]['content']['application/json']['user_identities']
export type UserIdentitiesUnmanagedListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesUnmanagedListRequest = SeamHttpRequest<
  UserIdentitiesUnmanagedListParameters,
  UserIdentitiesUnmanagedListResponse
>

/**
 * List Unmanaged User Identities
 *
 * Returns a list of all unmanaged [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
 */
export const userIdentitiesUnmanagedList = (
  client: SeamClient,
  parameters?: UserIdentitiesUnmanagedListParameters,
  options?: UserIdentitiesUnmanagedListOptions,
): UserIdentitiesUnmanagedListRequest =>
  client.request(
    {
      path: '/user_identities/unmanaged/list',
      responseKey: 'user_identities',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as UserIdentitiesUnmanagedListParameters),
    options,
  )

export type UserIdentitiesUnmanagedUpdateParameters = NonNullable<
  paths['/user_identities/unmanaged/update']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesUnmanagedUpdateResponse = void
export type UserIdentitiesUnmanagedUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesUnmanagedUpdateRequest = SeamHttpRequest<
  UserIdentitiesUnmanagedUpdateParameters,
  UserIdentitiesUnmanagedUpdateResponse
>

/**
 * Update an Unmanaged User Identity
 *
 * Updates an unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) to make it managed.
 *
 * This endpoint can only be used to convert unmanaged user identities to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed user identities back to unmanaged.
 */
export const userIdentitiesUnmanagedUpdate = (
  client: SeamClient,
  parameters: UserIdentitiesUnmanagedUpdateParameters,
  options?: UserIdentitiesUnmanagedUpdateOptions,
): UserIdentitiesUnmanagedUpdateRequest =>
  client.request(
    {
      path: '/user_identities/unmanaged/update',
      required: ['is_managed', 'user_identity_id'],
    },
    parameters,
    options,
  )

/** The `userIdentities.unmanaged` namespace of the Seam API. */
export class SeamHttpUserIdentitiesUnmanaged extends SeamHttpBase {
  /**
   * Get an Unmanaged User Identity
   *
   * Returns a specified unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
   */
  get(
    parameters: UserIdentitiesUnmanagedGetParameters,
    options?: UserIdentitiesUnmanagedGetOptions,
  ): UserIdentitiesUnmanagedGetRequest {
    return this.client.request(
      {
        path: '/user_identities/unmanaged/get',
        responseKey: 'user_identity',
        read: true,
        required: ['user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Unmanaged User Identities
   *
   * Returns a list of all unmanaged [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
   */
  list(
    parameters?: UserIdentitiesUnmanagedListParameters,
    options?: UserIdentitiesUnmanagedListOptions,
  ): UserIdentitiesUnmanagedListRequest {
    return this.client.request(
      {
        path: '/user_identities/unmanaged/list',
        responseKey: 'user_identities',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as UserIdentitiesUnmanagedListParameters),
      options,
    )
  }

  /**
   * Update an Unmanaged User Identity
   *
   * Updates an unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) to make it managed.
   *
   * This endpoint can only be used to convert unmanaged user identities to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed user identities back to unmanaged.
   */
  update(
    parameters: UserIdentitiesUnmanagedUpdateParameters,
    options?: UserIdentitiesUnmanagedUpdateOptions,
  ): UserIdentitiesUnmanagedUpdateRequest {
    return this.client.request(
      {
        path: '/user_identities/unmanaged/update',
        required: ['is_managed', 'user_identity_id'],
      },
      parameters,
      options,
    )
  }
}
