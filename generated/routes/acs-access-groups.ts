// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAcsAccessGroupsUnmanaged } from './acs-access-groups-unmanaged.js'

export type AcsAccessGroupsAddUserParameters = NonNullable<
  paths['/acs/access_groups/add_user']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsAddUserResponse = void

/**
 * Add an ACS User to an Access Group
 *
 * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsAddUser = (
  client: SeamClient,
  parameters: AcsAccessGroupsAddUserParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsAccessGroupsAddUserParameters,
  AcsAccessGroupsAddUserResponse
> =>
  client.request<
    AcsAccessGroupsAddUserParameters,
    AcsAccessGroupsAddUserResponse
  >({ path: '/acs/access_groups/add_user' }, parameters, options)

export type AcsAccessGroupsDeleteParameters = NonNullable<
  paths['/acs/access_groups/delete']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsDeleteResponse = void

/**
 * Delete an Access Group
 *
 * Deletes a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsDelete = (
  client: SeamClient,
  parameters: AcsAccessGroupsDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsAccessGroupsDeleteParameters,
  AcsAccessGroupsDeleteResponse
> =>
  client.request<
    AcsAccessGroupsDeleteParameters,
    AcsAccessGroupsDeleteResponse
  >({ path: '/acs/access_groups/delete' }, parameters, options)

export type AcsAccessGroupsGetParameters = NonNullable<
  paths['/acs/access_groups/get']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsGetResponse =
  paths['/acs/access_groups/get']['post']['responses'][200]['content']['application/json']['acs_access_group']

/**
 * Get an Access Group
 *
 * Returns a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsGet = (
  client: SeamClient,
  parameters: AcsAccessGroupsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsAccessGroupsGetParameters, AcsAccessGroupsGetResponse> =>
  client.request<AcsAccessGroupsGetParameters, AcsAccessGroupsGetResponse>(
    {
      path: '/acs/access_groups/get',
      responseKey: 'acs_access_group',
      read: true,
    },
    parameters,
    options,
  )

export type AcsAccessGroupsListParameters = NonNullable<
  paths['/acs/access_groups/list']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsListResponse =
  paths['/acs/access_groups/list']['post']['responses'][200]['content']['application/json']['acs_access_groups']

/**
 * List Access Groups
 *
 * Returns a list of all [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsList = (
  client: SeamClient,
  parameters?: AcsAccessGroupsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsAccessGroupsListParameters,
  AcsAccessGroupsListResponse
> =>
  client.request<AcsAccessGroupsListParameters, AcsAccessGroupsListResponse>(
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

/**
 * List Entrances Accessible to an Access Group
 *
 * Returns a list of all accessible entrances for a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsListAccessibleEntrances = (
  client: SeamClient,
  parameters: AcsAccessGroupsListAccessibleEntrancesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsAccessGroupsListAccessibleEntrancesParameters,
  AcsAccessGroupsListAccessibleEntrancesResponse
> =>
  client.request<
    AcsAccessGroupsListAccessibleEntrancesParameters,
    AcsAccessGroupsListAccessibleEntrancesResponse
  >(
    {
      path: '/acs/access_groups/list_accessible_entrances',
      responseKey: 'acs_entrances',
      read: true,
    },
    parameters,
    options,
  )

export type AcsAccessGroupsListUsersParameters = NonNullable<
  paths['/acs/access_groups/list_users']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsListUsersResponse =
  paths['/acs/access_groups/list_users']['post']['responses'][200]['content']['application/json']['acs_users']

/**
 * List ACS Users in an Access Group
 *
 * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsListUsers = (
  client: SeamClient,
  parameters: AcsAccessGroupsListUsersParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsAccessGroupsListUsersParameters,
  AcsAccessGroupsListUsersResponse
> =>
  client.request<
    AcsAccessGroupsListUsersParameters,
    AcsAccessGroupsListUsersResponse
  >(
    {
      path: '/acs/access_groups/list_users',
      responseKey: 'acs_users',
      read: true,
    },
    parameters,
    options,
  )

export type AcsAccessGroupsRemoveUserParameters = NonNullable<
  paths['/acs/access_groups/remove_user']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsRemoveUserResponse = void

/**
 * Remove an ACS User from an Access Group
 *
 * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 */
export const acsAccessGroupsRemoveUser = (
  client: SeamClient,
  parameters: AcsAccessGroupsRemoveUserParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsAccessGroupsRemoveUserParameters,
  AcsAccessGroupsRemoveUserResponse
> =>
  client.request<
    AcsAccessGroupsRemoveUserParameters,
    AcsAccessGroupsRemoveUserResponse
  >({ path: '/acs/access_groups/remove_user' }, parameters, options)

/** The `acs.accessGroups` namespace of the Seam API. */
export class SeamHttpAcsAccessGroups {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsAccessGroupsAddUserParameters,
    AcsAccessGroupsAddUserResponse
  > {
    return acsAccessGroupsAddUser(this.client, parameters, options)
  }

  /**
   * Delete an Access Group
   *
   * Deletes a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  delete(
    parameters: AcsAccessGroupsDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsAccessGroupsDeleteParameters,
    AcsAccessGroupsDeleteResponse
  > {
    return acsAccessGroupsDelete(this.client, parameters, options)
  }

  /**
   * Get an Access Group
   *
   * Returns a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get(
    parameters: AcsAccessGroupsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsAccessGroupsGetParameters, AcsAccessGroupsGetResponse> {
    return acsAccessGroupsGet(this.client, parameters, options)
  }

  /**
   * List Access Groups
   *
   * Returns a list of all [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  list(
    parameters?: AcsAccessGroupsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsAccessGroupsListParameters,
    AcsAccessGroupsListResponse
  > {
    return acsAccessGroupsList(this.client, parameters, options)
  }

  /**
   * List Entrances Accessible to an Access Group
   *
   * Returns a list of all accessible entrances for a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  listAccessibleEntrances(
    parameters: AcsAccessGroupsListAccessibleEntrancesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsAccessGroupsListAccessibleEntrancesParameters,
    AcsAccessGroupsListAccessibleEntrancesResponse
  > {
    return acsAccessGroupsListAccessibleEntrances(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsAccessGroupsListUsersParameters,
    AcsAccessGroupsListUsersResponse
  > {
    return acsAccessGroupsListUsers(this.client, parameters, options)
  }

  /**
   * Remove an ACS User from an Access Group
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  removeUser(
    parameters: AcsAccessGroupsRemoveUserParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsAccessGroupsRemoveUserParameters,
    AcsAccessGroupsRemoveUserResponse
  > {
    return acsAccessGroupsRemoveUser(this.client, parameters, options)
  }
}
