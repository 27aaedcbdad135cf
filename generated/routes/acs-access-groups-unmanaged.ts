// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsAccessGroupsUnmanagedGetParameters = NonNullable<
  paths['/acs/access_groups/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsUnmanagedGetResponse =
  paths['/acs/access_groups/unmanaged/get']['post']['responses'][200]['content']['application/json']['acs_access_group']
export type AcsAccessGroupsUnmanagedGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsAccessGroupsUnmanagedGetRequest = SeamHttpRequest<
  AcsAccessGroupsUnmanagedGetParameters,
  AcsAccessGroupsUnmanagedGetResponse
>

/**
 * Get an Unmanaged Access Group
 *
 * Returns a specified unmanaged [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const acsAccessGroupsUnmanagedGet = (
  client: SeamClient,
  parameters: AcsAccessGroupsUnmanagedGetParameters,
  options?: AcsAccessGroupsUnmanagedGetOptions,
): AcsAccessGroupsUnmanagedGetRequest =>
  client.request(
    {
      path: '/acs/access_groups/unmanaged/get',
      responseKey: 'acs_access_group',
      read: true,
      undocumented: true,
      required: ['acs_access_group_id'],
    },
    parameters,
    options,
  )

export type AcsAccessGroupsUnmanagedListParameters = NonNullable<
  paths['/acs/access_groups/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type AcsAccessGroupsUnmanagedListResponse =
  paths['/acs/access_groups/unmanaged/list']['post']['responses'][200]['content']['application/json']['acs_access_groups']
export type AcsAccessGroupsUnmanagedListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsAccessGroupsUnmanagedListRequest = SeamHttpRequest<
  AcsAccessGroupsUnmanagedListParameters,
  AcsAccessGroupsUnmanagedListResponse
>

/**
 * List Unmanaged Access Groups
 *
 * Returns a list of all unmanaged [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const acsAccessGroupsUnmanagedList = (
  client: SeamClient,
  parameters?: AcsAccessGroupsUnmanagedListParameters,
  options?: AcsAccessGroupsUnmanagedListOptions,
): AcsAccessGroupsUnmanagedListRequest =>
  client.request(
    {
      path: '/acs/access_groups/unmanaged/list',
      responseKey: 'acs_access_groups',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as AcsAccessGroupsUnmanagedListParameters),
    options,
  )

/** The `acs.accessGroups.unmanaged` namespace of the Seam API. */
export class SeamHttpAcsAccessGroupsUnmanaged extends SeamHttpBase {
  /**
   * Get an Unmanaged Access Group
   *
   * Returns a specified unmanaged [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: AcsAccessGroupsUnmanagedGetParameters,
    options?: AcsAccessGroupsUnmanagedGetOptions,
  ): AcsAccessGroupsUnmanagedGetRequest {
    return this.client.request(
      {
        path: '/acs/access_groups/unmanaged/get',
        responseKey: 'acs_access_group',
        read: true,
        undocumented: true,
        required: ['acs_access_group_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Unmanaged Access Groups
   *
   * Returns a list of all unmanaged [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: AcsAccessGroupsUnmanagedListParameters,
    options?: AcsAccessGroupsUnmanagedListOptions,
  ): AcsAccessGroupsUnmanagedListRequest {
    return this.client.request(
      {
        path: '/acs/access_groups/unmanaged/list',
        responseKey: 'acs_access_groups',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as AcsAccessGroupsUnmanagedListParameters),
      options,
    )
  }
}
