// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAcsUsersUnmanaged } from './acs-users-unmanaged.js'

export type AcsUsersAddToAccessGroupParameters = NonNullable<
  paths['/acs/users/add_to_access_group']['post']['requestBody']
>['content']['application/json']
export type AcsUsersAddToAccessGroupResponse = void
export type AcsUsersAddToAccessGroupOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsUsersAddToAccessGroupRequest = SeamHttpRequest<
  AcsUsersAddToAccessGroupParameters,
  AcsUsersAddToAccessGroupResponse
>

/**
 * Add an ACS User to an Access Group
 *
 * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsUsersAddToAccessGroup = (
  client: SeamClient,
  parameters: AcsUsersAddToAccessGroupParameters,
  options?: AcsUsersAddToAccessGroupOptions,
): AcsUsersAddToAccessGroupRequest =>
  client.request(
    {
      path: '/acs/users/add_to_access_group',
      required: ['acs_access_group_id', 'acs_user_id'],
    },
    parameters,
    options,
  )

export type AcsUsersCreateParameters = NonNullable<
  paths['/acs/users/create']['post']['requestBody']
>['content']['application/json']
export type AcsUsersCreateResponse =
  paths['/acs/users/create']['post']['responses'][200]['content']['application/json']['acs_user']
export type AcsUsersCreateOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type AcsUsersCreateRequest = SeamHttpRequest<
  AcsUsersCreateParameters,
  AcsUsersCreateResponse
>

/**
 * Create an ACS User
 *
 * Creates a new [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersCreate = (
  client: SeamClient,
  parameters: AcsUsersCreateParameters,
  options?: AcsUsersCreateOptions,
): AcsUsersCreateRequest =>
  client.request(
    {
      path: '/acs/users/create',
      responseKey: 'acs_user',
      required: ['acs_system_id', 'full_name'],
    },
    parameters,
    options,
  )

export type AcsUsersDeleteParameters = NonNullable<
  paths['/acs/users/delete']['post']['requestBody']
>['content']['application/json']
export type AcsUsersDeleteResponse = void
export type AcsUsersDeleteOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type AcsUsersDeleteRequest = SeamHttpRequest<
  AcsUsersDeleteParameters,
  AcsUsersDeleteResponse
>

/**
 * Delete an ACS User
 *
 * Deletes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) and invalidates the access system user's [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsUsersDelete = (
  client: SeamClient,
  parameters?: AcsUsersDeleteParameters,
  options?: AcsUsersDeleteOptions,
): AcsUsersDeleteRequest =>
  client.request(
    { path: '/acs/users/delete' },
    parameters ?? ({} as AcsUsersDeleteParameters),
    options,
  )

export type AcsUsersGetParameters = NonNullable<
  paths['/acs/users/get']['post']['requestBody']
>['content']['application/json']
export type AcsUsersGetResponse =
  paths['/acs/users/get']['post']['responses'][200]['content']['application/json']['acs_user']
export type AcsUsersGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type AcsUsersGetRequest = SeamHttpRequest<
  AcsUsersGetParameters,
  AcsUsersGetResponse
>

/**
 * Get an ACS User
 *
 * Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersGet = (
  client: SeamClient,
  parameters?: AcsUsersGetParameters,
  options?: AcsUsersGetOptions,
): AcsUsersGetRequest =>
  client.request(
    { path: '/acs/users/get', responseKey: 'acs_user', read: true },
    parameters ?? ({} as AcsUsersGetParameters),
    options,
  )

export type AcsUsersListParameters = NonNullable<
  paths['/acs/users/list']['post']['requestBody']
>['content']['application/json']
export type AcsUsersListResponse =
  paths['/acs/users/list']['post']['responses'][200]['content']['application/json']['acs_users']
export type AcsUsersListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type AcsUsersListRequest = SeamHttpRequest<
  AcsUsersListParameters,
  AcsUsersListResponse
>

/**
 * List ACS Users
 *
 * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersList = (
  client: SeamClient,
  parameters?: AcsUsersListParameters,
  options?: AcsUsersListOptions,
): AcsUsersListRequest =>
  client.request(
    {
      path: '/acs/users/list',
      responseKey: 'acs_users',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as AcsUsersListParameters),
    options,
  )

export type AcsUsersListAccessibleEntrancesParameters = NonNullable<
  paths['/acs/users/list_accessible_entrances']['post']['requestBody']
>['content']['application/json']
export type AcsUsersListAccessibleEntrancesResponse =
  paths['/acs/users/list_accessible_entrances']['post']['responses'][200]['content']['application/json']['acs_entrances']
export type AcsUsersListAccessibleEntrancesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsUsersListAccessibleEntrancesRequest = SeamHttpRequest<
  AcsUsersListAccessibleEntrancesParameters,
  AcsUsersListAccessibleEntrancesResponse
>

/**
 * List ACS User-Accessible Entrances
 *
 * Lists the [entrances](https://docs.seam.co/api/acs/entrances) to which a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) has access.
 */
export const acsUsersListAccessibleEntrances = (
  client: SeamClient,
  parameters?: AcsUsersListAccessibleEntrancesParameters,
  options?: AcsUsersListAccessibleEntrancesOptions,
): AcsUsersListAccessibleEntrancesRequest =>
  client.request(
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
export type AcsUsersRemoveFromAccessGroupOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsUsersRemoveFromAccessGroupRequest = SeamHttpRequest<
  AcsUsersRemoveFromAccessGroupParameters,
  AcsUsersRemoveFromAccessGroupResponse
>

/**
 * Remove an ACS User from an Access Group
 *
 * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsUsersRemoveFromAccessGroup = (
  client: SeamClient,
  parameters: AcsUsersRemoveFromAccessGroupParameters,
  options?: AcsUsersRemoveFromAccessGroupOptions,
): AcsUsersRemoveFromAccessGroupRequest =>
  client.request(
    {
      path: '/acs/users/remove_from_access_group',
      required: ['acs_access_group_id'],
    },
    parameters,
    options,
  )

export type AcsUsersRevokeAccessToAllEntrancesParameters = NonNullable<
  paths['/acs/users/revoke_access_to_all_entrances']['post']['requestBody']
>['content']['application/json']
export type AcsUsersRevokeAccessToAllEntrancesResponse = void
export type AcsUsersRevokeAccessToAllEntrancesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsUsersRevokeAccessToAllEntrancesRequest = SeamHttpRequest<
  AcsUsersRevokeAccessToAllEntrancesParameters,
  AcsUsersRevokeAccessToAllEntrancesResponse
>

/**
 * Revoke ACS User Access to All Entrances
 *
 * Revokes access to all [entrances](https://docs.seam.co/api/acs/entrances) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersRevokeAccessToAllEntrances = (
  client: SeamClient,
  parameters?: AcsUsersRevokeAccessToAllEntrancesParameters,
  options?: AcsUsersRevokeAccessToAllEntrancesOptions,
): AcsUsersRevokeAccessToAllEntrancesRequest =>
  client.request(
    { path: '/acs/users/revoke_access_to_all_entrances' },
    parameters ?? ({} as AcsUsersRevokeAccessToAllEntrancesParameters),
    options,
  )

export type AcsUsersSuspendParameters = NonNullable<
  paths['/acs/users/suspend']['post']['requestBody']
>['content']['application/json']
export type AcsUsersSuspendResponse = void
export type AcsUsersSuspendOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsUsersSuspendRequest = SeamHttpRequest<
  AcsUsersSuspendParameters,
  AcsUsersSuspendResponse
>

/**
 * Suspend an ACS User
 *
 * [Suspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#suspend-an-acs-user) a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Suspending an access system user revokes their access temporarily. To restore an access system user's access, you can [unsuspend](https://docs.seam.co/api/acs/users/unsuspend) them.
 */
export const acsUsersSuspend = (
  client: SeamClient,
  parameters?: AcsUsersSuspendParameters,
  options?: AcsUsersSuspendOptions,
): AcsUsersSuspendRequest =>
  client.request(
    { path: '/acs/users/suspend' },
    parameters ?? ({} as AcsUsersSuspendParameters),
    options,
  )

export type AcsUsersUnsuspendParameters = NonNullable<
  paths['/acs/users/unsuspend']['post']['requestBody']
>['content']['application/json']
export type AcsUsersUnsuspendResponse = void
export type AcsUsersUnsuspendOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsUsersUnsuspendRequest = SeamHttpRequest<
  AcsUsersUnsuspendParameters,
  AcsUsersUnsuspendResponse
>

/**
 * Unsuspend an ACS User
 *
 * [Unsuspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#unsuspend-an-acs-user) a specified suspended [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). While [suspending an access system user](https://docs.seam.co/api/acs/users/suspend) revokes their access temporarily, unsuspending the access system user restores their access.
 */
export const acsUsersUnsuspend = (
  client: SeamClient,
  parameters?: AcsUsersUnsuspendParameters,
  options?: AcsUsersUnsuspendOptions,
): AcsUsersUnsuspendRequest =>
  client.request(
    { path: '/acs/users/unsuspend' },
    parameters ?? ({} as AcsUsersUnsuspendParameters),
    options,
  )

export type AcsUsersUpdateParameters = NonNullable<
  paths['/acs/users/update']['post']['requestBody']
>['content']['application/json']
export type AcsUsersUpdateResponse = void
export type AcsUsersUpdateOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type AcsUsersUpdateRequest = SeamHttpRequest<
  AcsUsersUpdateParameters,
  AcsUsersUpdateResponse
>

/**
 * Update an ACS User
 *
 * Updates the properties of a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsUsersUpdate = (
  client: SeamClient,
  parameters?: AcsUsersUpdateParameters,
  options?: AcsUsersUpdateOptions,
): AcsUsersUpdateRequest =>
  client.request(
    { path: '/acs/users/update' },
    parameters ?? ({} as AcsUsersUpdateParameters),
    options,
  )

/** The `acs.users` namespace of the Seam API. */
export class SeamHttpAcsUsers extends SeamHttpBase {
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
    options?: AcsUsersAddToAccessGroupOptions,
  ): AcsUsersAddToAccessGroupRequest {
    return this.client.request(
      {
        path: '/acs/users/add_to_access_group',
        required: ['acs_access_group_id', 'acs_user_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Create an ACS User
   *
   * Creates a new [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  create(
    parameters: AcsUsersCreateParameters,
    options?: AcsUsersCreateOptions,
  ): AcsUsersCreateRequest {
    return this.client.request(
      {
        path: '/acs/users/create',
        responseKey: 'acs_user',
        required: ['acs_system_id', 'full_name'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete an ACS User
   *
   * Deletes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) and invalidates the access system user's [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  delete(
    parameters?: AcsUsersDeleteParameters,
    options?: AcsUsersDeleteOptions,
  ): AcsUsersDeleteRequest {
    return this.client.request(
      { path: '/acs/users/delete' },
      parameters ?? ({} as AcsUsersDeleteParameters),
      options,
    )
  }

  /**
   * Get an ACS User
   *
   * Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  get(
    parameters?: AcsUsersGetParameters,
    options?: AcsUsersGetOptions,
  ): AcsUsersGetRequest {
    return this.client.request(
      { path: '/acs/users/get', responseKey: 'acs_user', read: true },
      parameters ?? ({} as AcsUsersGetParameters),
      options,
    )
  }

  /**
   * List ACS Users
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  list(
    parameters?: AcsUsersListParameters,
    options?: AcsUsersListOptions,
  ): AcsUsersListRequest {
    return this.client.request(
      {
        path: '/acs/users/list',
        responseKey: 'acs_users',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as AcsUsersListParameters),
      options,
    )
  }

  /**
   * List ACS User-Accessible Entrances
   *
   * Lists the [entrances](https://docs.seam.co/api/acs/entrances) to which a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) has access.
   */
  listAccessibleEntrances(
    parameters?: AcsUsersListAccessibleEntrancesParameters,
    options?: AcsUsersListAccessibleEntrancesOptions,
  ): AcsUsersListAccessibleEntrancesRequest {
    return this.client.request(
      {
        path: '/acs/users/list_accessible_entrances',
        responseKey: 'acs_entrances',
        read: true,
      },
      parameters ?? ({} as AcsUsersListAccessibleEntrancesParameters),
      options,
    )
  }

  /**
   * Remove an ACS User from an Access Group
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  removeFromAccessGroup(
    parameters: AcsUsersRemoveFromAccessGroupParameters,
    options?: AcsUsersRemoveFromAccessGroupOptions,
  ): AcsUsersRemoveFromAccessGroupRequest {
    return this.client.request(
      {
        path: '/acs/users/remove_from_access_group',
        required: ['acs_access_group_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Revoke ACS User Access to All Entrances
   *
   * Revokes access to all [entrances](https://docs.seam.co/api/acs/entrances) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  revokeAccessToAllEntrances(
    parameters?: AcsUsersRevokeAccessToAllEntrancesParameters,
    options?: AcsUsersRevokeAccessToAllEntrancesOptions,
  ): AcsUsersRevokeAccessToAllEntrancesRequest {
    return this.client.request(
      { path: '/acs/users/revoke_access_to_all_entrances' },
      parameters ?? ({} as AcsUsersRevokeAccessToAllEntrancesParameters),
      options,
    )
  }

  /**
   * Suspend an ACS User
   *
   * [Suspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#suspend-an-acs-user) a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Suspending an access system user revokes their access temporarily. To restore an access system user's access, you can [unsuspend](https://docs.seam.co/api/acs/users/unsuspend) them.
   */
  suspend(
    parameters?: AcsUsersSuspendParameters,
    options?: AcsUsersSuspendOptions,
  ): AcsUsersSuspendRequest {
    return this.client.request(
      { path: '/acs/users/suspend' },
      parameters ?? ({} as AcsUsersSuspendParameters),
      options,
    )
  }

  /**
   * Unsuspend an ACS User
   *
   * [Unsuspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#unsuspend-an-acs-user) a specified suspended [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). While [suspending an access system user](https://docs.seam.co/api/acs/users/suspend) revokes their access temporarily, unsuspending the access system user restores their access.
   */
  unsuspend(
    parameters?: AcsUsersUnsuspendParameters,
    options?: AcsUsersUnsuspendOptions,
  ): AcsUsersUnsuspendRequest {
    return this.client.request(
      { path: '/acs/users/unsuspend' },
      parameters ?? ({} as AcsUsersUnsuspendParameters),
      options,
    )
  }

  /**
   * Update an ACS User
   *
   * Updates the properties of a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  update(
    parameters?: AcsUsersUpdateParameters,
    options?: AcsUsersUpdateOptions,
  ): AcsUsersUpdateRequest {
    return this.client.request(
      { path: '/acs/users/update' },
      parameters ?? ({} as AcsUsersUpdateParameters),
      options,
    )
  }
}
