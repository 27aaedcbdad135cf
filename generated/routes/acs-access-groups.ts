// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAcsAccessGroupsUnmanaged } from './acs-access-groups-unmanaged.js'

export type AcsAccessGroupsAddUserParameters = NonNullable<
  paths['/acs/access_groups/add_user']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsAddUserResponse = void
export type AcsAccessGroupsAddUserOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsAccessGroupsAddUserRequest = SeamHttpRequest<
  AcsAccessGroupsAddUserParameters,
  AcsAccessGroupsAddUserResponse
>

/**
 * Add an ACS User to an Access Group
 *
 * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsAddUser = (
  client: SeamClient,
  parameters: AcsAccessGroupsAddUserParameters,
  options?: AcsAccessGroupsAddUserOptions,
): AcsAccessGroupsAddUserRequest =>
  client.request(
    { path: '/acs/access_groups/add_user', required: ['acs_access_group_id'] },
    parameters,
    options,
  )

export type AcsAccessGroupsDeleteParameters = NonNullable<
  paths['/acs/access_groups/delete']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsDeleteResponse = void
export type AcsAccessGroupsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsAccessGroupsDeleteRequest = SeamHttpRequest<
  AcsAccessGroupsDeleteParameters,
  AcsAccessGroupsDeleteResponse
>

/**
 * Delete an Access Group
 *
 * Deletes a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsDelete = (
  client: SeamClient,
  parameters: AcsAccessGroupsDeleteParameters,
  options?: AcsAccessGroupsDeleteOptions,
): AcsAccessGroupsDeleteRequest =>
  client.request(
    { path: '/acs/access_groups/delete', required: ['acs_access_group_id'] },
    parameters,
    options,
  )

export type AcsAccessGroupsGetParameters = NonNullable<
  paths['/acs/access_groups/get']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsGetResponse =
  paths['/acs/access_groups/get']['post']['responses'][200]['content']['application/json']['acs_access_group']
export type AcsAccessGroupsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsAccessGroupsGetRequest = SeamHttpRequest<
  AcsAccessGroupsGetParameters,
  AcsAccessGroupsGetResponse
>

/**
 * Get an Access Group
 *
 * Returns a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsGet = (
  client: SeamClient,
  parameters: AcsAccessGroupsGetParameters,
  options?: AcsAccessGroupsGetOptions,
): AcsAccessGroupsGetRequest =>
  client.request(
    {
      path: '/acs/access_groups/get',
      responseKey: 'acs_access_group',
      read: true,
      required: ['acs_access_group_id'],
    },
    parameters,
    options,
  )

export type AcsAccessGroupsListParameters = NonNullable<
  paths['/acs/access_groups/list']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsListResponse =
  paths['/acs/access_groups/list']['post']['responses'][200]['content']['application/json']['acs_access_groups']
export type AcsAccessGroupsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsAccessGroupsListRequest = SeamHttpRequest<
  AcsAccessGroupsListParameters,
  AcsAccessGroupsListResponse
>

/**
 * List Access Groups
 *
 * Returns a list of all [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsList = (
  client: SeamClient,
  parameters?: AcsAccessGroupsListParameters,
  options?: AcsAccessGroupsListOptions,
): AcsAccessGroupsListRequest =>
  client.request(
    {
      path: '/acs/access_groups/list',
      responseKey: 'acs_access_groups',
      read: true,
    },
    parameters ?? ({} as AcsAccessGroupsListParameters),
    options,
  )

export type AcsAccessGroupsListAccessibleEntrancesParameters = NonNullable<
  paths['/acs/access_groups/list_accessible_entrances']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsListAccessibleEntrancesResponse =
  paths['/acs/access_groups/list_accessible_entrances']['post']['responses'][200]['content']['application/json']['acs_entrances']
export type AcsAccessGroupsListAccessibleEntrancesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsAccessGroupsListAccessibleEntrancesRequest = SeamHttpRequest<
  AcsAccessGroupsListAccessibleEntrancesParameters,
  AcsAccessGroupsListAccessibleEntrancesResponse
>

/**
 * List Entrances Accessible to an Access Group
 *
 * Returns a list of all accessible entrances for a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsListAccessibleEntrances = (
  client: SeamClient,
  parameters: AcsAccessGroupsListAccessibleEntrancesParameters,
  options?: AcsAccessGroupsListAccessibleEntrancesOptions,
): AcsAccessGroupsListAccessibleEntrancesRequest =>
  client.request(
    {
      path: '/acs/access_groups/list_accessible_entrances',
      responseKey: 'acs_entrances',
      read: true,
      required: ['acs_access_group_id'],
    },
    parameters,
    options,
  )

export type AcsAccessGroupsListUsersParameters = NonNullable<
  paths['/acs/access_groups/list_users']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsListUsersResponse =
  paths['/acs/access_groups/list_users']['post']['responses'][200]['content']['application/json']['acs_users']
export type AcsAccessGroupsListUsersOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsAccessGroupsListUsersRequest = SeamHttpRequest<
  AcsAccessGroupsListUsersParameters,
  AcsAccessGroupsListUsersResponse
>

/**
 * List ACS Users in an Access Group
 *
 * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsListUsers = (
  client: SeamClient,
  parameters: AcsAccessGroupsListUsersParameters,
  options?: AcsAccessGroupsListUsersOptions,
): AcsAccessGroupsListUsersRequest =>
  client.request(
    {
      path: '/acs/access_groups/list_users',
      responseKey: 'acs_users',
      read: true,
      required: ['acs_access_group_id'],
    },
    parameters,
    options,
  )

export type AcsAccessGroupsRemoveUserParameters = NonNullable<
  paths['/acs/access_groups/remove_user']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsRemoveUserResponse = void
export type AcsAccessGroupsRemoveUserOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsAccessGroupsRemoveUserRequest = SeamHttpRequest<
  AcsAccessGroupsRemoveUserParameters,
  AcsAccessGroupsRemoveUserResponse
>

/**
 * Remove an ACS User from an Access Group
 *
 * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsRemoveUser = (
  client: SeamClient,
  parameters: AcsAccessGroupsRemoveUserParameters,
  options?: AcsAccessGroupsRemoveUserOptions,
): AcsAccessGroupsRemoveUserRequest =>
  client.request(
    {
      path: '/acs/access_groups/remove_user',
      required: ['acs_access_group_id'],
    },
    parameters,
    options,
  )

/** The `acs.accessGroups` namespace of the Seam API. */
export class SeamHttpAcsAccessGroups extends SeamHttpBase {
  get unmanaged(): SeamHttpAcsAccessGroupsUnmanaged {
    return new SeamHttpAcsAccessGroupsUnmanaged(this.client)
  }

  /**
   * Add an ACS User to an Access Group
   *
   * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  addUser(
    parameters: AcsAccessGroupsAddUserParameters,
    options?: AcsAccessGroupsAddUserOptions,
  ): AcsAccessGroupsAddUserRequest {
    return this.client.request(
      {
        path: '/acs/access_groups/add_user',
        required: ['acs_access_group_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete an Access Group
   *
   * Deletes a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  delete(
    parameters: AcsAccessGroupsDeleteParameters,
    options?: AcsAccessGroupsDeleteOptions,
  ): AcsAccessGroupsDeleteRequest {
    return this.client.request(
      { path: '/acs/access_groups/delete', required: ['acs_access_group_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get an Access Group
   *
   * Returns a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get(
    parameters: AcsAccessGroupsGetParameters,
    options?: AcsAccessGroupsGetOptions,
  ): AcsAccessGroupsGetRequest {
    return this.client.request(
      {
        path: '/acs/access_groups/get',
        responseKey: 'acs_access_group',
        read: true,
        required: ['acs_access_group_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Access Groups
   *
   * Returns a list of all [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  list(
    parameters?: AcsAccessGroupsListParameters,
    options?: AcsAccessGroupsListOptions,
  ): AcsAccessGroupsListRequest {
    return this.client.request(
      {
        path: '/acs/access_groups/list',
        responseKey: 'acs_access_groups',
        read: true,
      },
      parameters ?? ({} as AcsAccessGroupsListParameters),
      options,
    )
  }

  /**
   * List Entrances Accessible to an Access Group
   *
   * Returns a list of all accessible entrances for a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  listAccessibleEntrances(
    parameters: AcsAccessGroupsListAccessibleEntrancesParameters,
    options?: AcsAccessGroupsListAccessibleEntrancesOptions,
  ): AcsAccessGroupsListAccessibleEntrancesRequest {
    return this.client.request(
      {
        path: '/acs/access_groups/list_accessible_entrances',
        responseKey: 'acs_entrances',
        read: true,
        required: ['acs_access_group_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List ACS Users in an Access Group
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  listUsers(
    parameters: AcsAccessGroupsListUsersParameters,
    options?: AcsAccessGroupsListUsersOptions,
  ): AcsAccessGroupsListUsersRequest {
    return this.client.request(
      {
        path: '/acs/access_groups/list_users',
        responseKey: 'acs_users',
        read: true,
        required: ['acs_access_group_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Remove an ACS User from an Access Group
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  removeUser(
    parameters: AcsAccessGroupsRemoveUserParameters,
    options?: AcsAccessGroupsRemoveUserOptions,
  ): AcsAccessGroupsRemoveUserRequest {
    return this.client.request(
      {
        path: '/acs/access_groups/remove_user',
        required: ['acs_access_group_id'],
      },
      parameters,
      options,
    )
  }
}
