// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type UserIdentitiesUnmanagedGetParameters = NonNullable<
  paths['/user_identities/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesUnmanagedGetResponse =
  paths['/user_identities/unmanaged/get']['post']['responses'][200]['content']['application/json']['user_identity']

/**
 * Get an Unmanaged User Identity
 *
 * Returns a specified unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
 */
export const userIdentitiesUnmanagedGet = (
  client: SeamClient,
  parameters: UserIdentitiesUnmanagedGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesUnmanagedGetParameters,
  UserIdentitiesUnmanagedGetResponse
> =>
  client.request<
    UserIdentitiesUnmanagedGetParameters,
    UserIdentitiesUnmanagedGetResponse
  >(
    {
      path: '/user_identities/unmanaged/get',
      responseKey: 'user_identity',
      read: true,
    },
    parameters,
    options,
  )

export type UserIdentitiesUnmanagedListParameters = NonNullable<
  paths['/user_identities/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesUnmanagedListResponse =
  paths['/user_identities/unmanaged/list']['post']['responses'][200]['content']['application/json']['user_identities']

/**
 * List Unmanaged User Identities
 *
 * Returns a list of all unmanaged [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
 */
export const userIdentitiesUnmanagedList = (
  client: SeamClient,
  parameters?: UserIdentitiesUnmanagedListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesUnmanagedListParameters,
  UserIdentitiesUnmanagedListResponse
> =>
  client.request<
    UserIdentitiesUnmanagedListParameters,
    UserIdentitiesUnmanagedListResponse
  >(
    {
      path: '/user_identities/unmanaged/list',
      responseKey: 'user_identities',
      read: true,
    },
    parameters ?? ({} as UserIdentitiesUnmanagedListParameters),
    options,
  )

export type UserIdentitiesUnmanagedUpdateParameters = NonNullable<
  paths['/user_identities/unmanaged/update']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesUnmanagedUpdateResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesUnmanagedUpdateParameters,
  UserIdentitiesUnmanagedUpdateResponse
> =>
  client.request<
    UserIdentitiesUnmanagedUpdateParameters,
    UserIdentitiesUnmanagedUpdateResponse
  >({ path: '/user_identities/unmanaged/update' }, parameters, options)

/** The `userIdentities.unmanaged` namespace of the Seam API. */
export class SeamHttpUserIdentitiesUnmanaged {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get an Unmanaged User Identity
   *
   * Returns a specified unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
   */
  get(
    parameters: UserIdentitiesUnmanagedGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesUnmanagedGetParameters,
    UserIdentitiesUnmanagedGetResponse
  > {
    return userIdentitiesUnmanagedGet(this.client, parameters, options)
  }

  /**
   * List Unmanaged User Identities
   *
   * Returns a list of all unmanaged [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
   */
  list(
    parameters?: UserIdentitiesUnmanagedListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesUnmanagedListParameters,
    UserIdentitiesUnmanagedListResponse
  > {
    return userIdentitiesUnmanagedList(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesUnmanagedUpdateParameters,
    UserIdentitiesUnmanagedUpdateResponse
  > {
    return userIdentitiesUnmanagedUpdate(this.client, parameters, options)
  }
}
