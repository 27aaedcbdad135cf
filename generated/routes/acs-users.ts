// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAcsUsersUnmanaged } from './acs-users-unmanaged.js'

export type AcsUsersAddToAccessGroupParameters = NonNullable<
  paths['/acs/users/add_to_access_group']['post']['requestBody']
>['content']['application/json']
export type AcsUsersAddToAccessGroupResponse = void

/**
 * Add an ACS User to an Access Group
 *
 * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsUsersAddToAccessGroup = (
  client: SeamClient,
  parameters: AcsUsersAddToAccessGroupParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsUsersAddToAccessGroupParameters,
  AcsUsersAddToAccessGroupResponse
> =>
  client.request<
    AcsUsersAddToAccessGroupParameters,
    AcsUsersAddToAccessGroupResponse
  >({ path: '/acs/users/add_to_access_group' }, parameters, options)

export type AcsUsersCreateParameters = NonNullable<
  paths['/acs/users/create']['post']['requestBody']
>['content']['application/json']
export type AcsUsersCreateResponse =
  paths['/acs/users/create']['post']['responses'][200]['content']['application/json']['acs_user']

/**
 * Create an ACS User
 *
 * Creates a new [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersCreate = (
  client: SeamClient,
  parameters: AcsUsersCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsUsersCreateParameters, AcsUsersCreateResponse> =>
  client.request<AcsUsersCreateParameters, AcsUsersCreateResponse>(
    { path: '/acs/users/create', responseKey: 'acs_user' },
    parameters,
    options,
  )

export type AcsUsersDeleteParameters = NonNullable<
  paths['/acs/users/delete']['post']['requestBody']
>['content']['application/json']
export type AcsUsersDeleteResponse = void

/**
 * Delete an ACS User
 *
 * Deletes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) and invalidates the access system user's [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsUsersDelete = (
  client: SeamClient,
  parameters?: AcsUsersDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsUsersDeleteParameters, AcsUsersDeleteResponse> =>
  client.request<AcsUsersDeleteParameters, AcsUsersDeleteResponse>(
    { path: '/acs/users/delete' },
    parameters ?? ({} as AcsUsersDeleteParameters),
    options,
  )

export type AcsUsersGetParameters = NonNullable<
  paths['/acs/users/get']['post']['requestBody']
>['content']['application/json']
export type AcsUsersGetResponse =
  paths['/acs/users/get']['post']['responses'][200]['content']['application/json']['acs_user']

/**
 * Get an ACS User
 *
 * Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersGet = (
  client: SeamClient,
  parameters?: AcsUsersGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsUsersGetParameters, AcsUsersGetResponse> =>
  client.request<AcsUsersGetParameters, AcsUsersGetResponse>(
    { path: '/acs/users/get', responseKey: 'acs_user', read: true },
    parameters ?? ({} as AcsUsersGetParameters),
    options,
  )

export type AcsUsersListParameters = NonNullable<
  paths['/acs/users/list']['post']['requestBody']
>['content']['application/json']
export type AcsUsersListResponse =
  paths['/acs/users/list']['post']['responses'][200]['content']['application/json']['acs_users']

/**
 * List ACS Users
 *
 * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersList = (
  client: SeamClient,
  parameters?: AcsUsersListParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsUsersListParameters, AcsUsersListResponse> =>
  client.request<AcsUsersListParameters, AcsUsersListResponse>(
    { path: '/acs/users/list', responseKey: 'acs_users', read: true },
    parameters ?? ({} as AcsUsersListParameters),
    options,
  )

export type AcsUsersListAccessibleEntrancesParameters = NonNullable<
  paths['/acs/users/list_accessible_entrances']['post']['requestBody']
>['content']['application/json']
export type AcsUsersListAccessibleEntrancesResponse =
  paths['/acs/users/list_accessible_entrances']['post']['responses'][200]['content']['application/json']['acs_entrances']

/**
 * List ACS User-Accessible Entrances
 *
 * Lists the [entrances](https://docs.seam.co/api/acs/entrances) to which a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) has access.
 */
export const acsUsersListAccessibleEntrances = (
  client: SeamClient,
  parameters?: AcsUsersListAccessibleEntrancesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsUsersListAccessibleEntrancesParameters,
  AcsUsersListAccessibleEntrancesResponse
> =>
  client.request<
    AcsUsersListAccessibleEntrancesParameters,
    AcsUsersListAccessibleEntrancesResponse
  >(
    {
      path: '/acs/users/list_accessible_entrances',
      responseKey: 'acs_entrances',
      read: true,
    },
    parameters ?? ({} as AcsUsersListAccessibleEntrancesParameters),
    options,
  )

export type AcsUsersRemoveFromAccessGroupParameters = NonNullable<
  paths['/acs/users/remove_from_access_group']['post']['requestBody']
>['content']['application/json']
export type AcsUsersRemoveFromAccessGroupResponse = void

/**
 * Remove an ACS User from an Access Group
 *
 * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsUsersRemoveFromAccessGroup = (
  client: SeamClient,
  parameters: AcsUsersRemoveFromAccessGroupParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsUsersRemoveFromAccessGroupParameters,
  AcsUsersRemoveFromAccessGroupResponse
> =>
  client.request<
    AcsUsersRemoveFromAccessGroupParameters,
    AcsUsersRemoveFromAccessGroupResponse
  >({ path: '/acs/users/remove_from_access_group' }, parameters, options)

export type AcsUsersRevokeAccessToAllEntrancesParameters = NonNullable<
  paths['/acs/users/revoke_access_to_all_entrances']['post']['requestBody']
>['content']['application/json']
export type AcsUsersRevokeAccessToAllEntrancesResponse = void

/**
 * Revoke ACS User Access to All Entrances
 *
 * Revokes access to all [entrances](https://docs.seam.co/api/acs/entrances) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersRevokeAccessToAllEntrances = (
  client: SeamClient,
  parameters?: AcsUsersRevokeAccessToAllEntrancesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsUsersRevokeAccessToAllEntrancesParameters,
  AcsUsersRevokeAccessToAllEntrancesResponse
> =>
  client.request<
    AcsUsersRevokeAccessToAllEntrancesParameters,
    AcsUsersRevokeAccessToAllEntrancesResponse
  >(
    { path: '/acs/users/revoke_access_to_all_entrances' },
    parameters ?? ({} as AcsUsersRevokeAccessToAllEntrancesParameters),
    options,
  )

export type AcsUsersSuspendParameters = NonNullable<
  paths['/acs/users/suspend']['post']['requestBody']
>['content']['application/json']
export type AcsUsersSuspendResponse = void

/**
 * Suspend an ACS User
 *
 * [Suspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#suspend-an-acs-user) a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Suspending an access system user revokes their access temporarily. To restore an access system user's access, you can [unsuspend](https://docs.seam.co/api/acs/users/unsuspend) them.
 */
export const acsUsersSuspend = (
  client: SeamClient,
  parameters?: AcsUsersSuspendParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsUsersSuspendParameters, AcsUsersSuspendResponse> =>
  client.request<AcsUsersSuspendParameters, AcsUsersSuspendResponse>(
    { path: '/acs/users/suspend' },
    parameters ?? ({} as AcsUsersSuspendParameters),
    options,
  )

export type AcsUsersUnsuspendParameters = NonNullable<
  paths['/acs/users/unsuspend']['post']['requestBody']
>['content']['application/json']
export type AcsUsersUnsuspendResponse = void

/**
 * Unsuspend an ACS User
 *
 * [Unsuspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#unsuspend-an-acs-user) a specified suspended [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). While [suspending an access system user](https://docs.seam.co/api/acs/users/suspend) revokes their access temporarily, unsuspending the access system user restores their access.
 */
export const acsUsersUnsuspend = (
  client: SeamClient,
  parameters?: AcsUsersUnsuspendParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsUsersUnsuspendParameters, AcsUsersUnsuspendResponse> =>
  client.request<AcsUsersUnsuspendParameters, AcsUsersUnsuspendResponse>(
    { path: '/acs/users/unsuspend' },
    parameters ?? ({} as AcsUsersUnsuspendParameters),
    options,
  )

export type AcsUsersUpdateParameters = NonNullable<
  paths['/acs/users/update']['post']['requestBody']
>['content']['application/json']
export type AcsUsersUpdateResponse = void

/**
 * Update an ACS User
 *
 * Updates the properties of a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersUpdate = (
  client: SeamClient,
  parameters?: AcsUsersUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsUsersUpdateParameters, AcsUsersUpdateResponse> =>
  client.request<AcsUsersUpdateParameters, AcsUsersUpdateResponse>(
    { path: '/acs/users/update' },
    parameters ?? ({} as AcsUsersUpdateParameters),
    options,
  )

/** The `acs.users` namespace of the Seam API. */
export class SeamHttpAcsUsers {
  constructor(private readonly client: SeamClient) {}

  get unmanaged(): SeamHttpAcsUsersUnmanaged {
    return new SeamHttpAcsUsersUnmanaged(this.client)
  }

  /**
   * Add an ACS User to an Access Group
   *
   * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  addToAccessGroup(
    parameters: AcsUsersAddToAccessGroupParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsUsersAddToAccessGroupParameters,
    AcsUsersAddToAccessGroupResponse
  > {
    return acsUsersAddToAccessGroup(this.client, parameters, options)
  }

  /**
   * Create an ACS User
   *
   * Creates a new [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  create(
    parameters: AcsUsersCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsUsersCreateParameters, AcsUsersCreateResponse> {
    return acsUsersCreate(this.client, parameters, options)
  }

  /**
   * Delete an ACS User
   *
   * Deletes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) and invalidates the access system user's [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  delete(
    parameters?: AcsUsersDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsUsersDeleteParameters, AcsUsersDeleteResponse> {
    return acsUsersDelete(this.client, parameters, options)
  }

  /**
   * Get an ACS User
   *
   * Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  get(
    parameters?: AcsUsersGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsUsersGetParameters, AcsUsersGetResponse> {
    return acsUsersGet(this.client, parameters, options)
  }

  /**
   * List ACS Users
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  list(
    parameters?: AcsUsersListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsUsersListParameters, AcsUsersListResponse> {
    return acsUsersList(this.client, parameters, options)
  }

  /**
   * List ACS User-Accessible Entrances
   *
   * Lists the [entrances](https://docs.seam.co/api/acs/entrances) to which a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) has access.
   */
  listAccessibleEntrances(
    parameters?: AcsUsersListAccessibleEntrancesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsUsersListAccessibleEntrancesParameters,
    AcsUsersListAccessibleEntrancesResponse
  > {
    return acsUsersListAccessibleEntrances(this.client, parameters, options)
  }

  /**
   * Remove an ACS User from an Access Group
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  removeFromAccessGroup(
    parameters: AcsUsersRemoveFromAccessGroupParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsUsersRemoveFromAccessGroupParameters,
    AcsUsersRemoveFromAccessGroupResponse
  > {
    return acsUsersRemoveFromAccessGroup(this.client, parameters, options)
  }

  /**
   * Revoke ACS User Access to All Entrances
   *
   * Revokes access to all [entrances](https://docs.seam.co/api/acs/entrances) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  revokeAccessToAllEntrances(
    parameters?: AcsUsersRevokeAccessToAllEntrancesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsUsersRevokeAccessToAllEntrancesParameters,
    AcsUsersRevokeAccessToAllEntrancesResponse
  > {
    return acsUsersRevokeAccessToAllEntrances(this.client, parameters, options)
  }

  /**
   * Suspend an ACS User
   *
   * [Suspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#suspend-an-acs-user) a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Suspending an access system user revokes their access temporarily. To restore an access system user's access, you can [unsuspend](https://docs.seam.co/api/acs/users/unsuspend) them.
   */
  suspend(
    parameters?: AcsUsersSuspendParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsUsersSuspendParameters, AcsUsersSuspendResponse> {
    return acsUsersSuspend(this.client, parameters, options)
  }

  /**
   * Unsuspend an ACS User
   *
   * [Unsuspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#unsuspend-an-acs-user) a specified suspended [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). While [suspending an access system user](https://docs.seam.co/api/acs/users/suspend) revokes their access temporarily, unsuspending the access system user restores their access.
   */
  unsuspend(
    parameters?: AcsUsersUnsuspendParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsUsersUnsuspendParameters, AcsUsersUnsuspendResponse> {
    return acsUsersUnsuspend(this.client, parameters, options)
  }

  /**
   * Update an ACS User
   *
   * Updates the properties of a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  update(
    parameters?: AcsUsersUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsUsersUpdateParameters, AcsUsersUpdateResponse> {
    return acsUsersUpdate(this.client, parameters, options)
  }
}
