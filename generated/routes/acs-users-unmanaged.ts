// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsUsersUnmanagedGetParameters = NonNullable<
  paths['/acs/users/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AcsUsersUnmanagedGetResponse =
  paths['/acs/users/unmanaged/get']['post']['responses'][200]['content']['application/json']['acs_user']
export type AcsUsersUnmanagedGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsUsersUnmanagedGetRequest = SeamHttpRequest<
  AcsUsersUnmanagedGetParameters,
  AcsUsersUnmanagedGetResponse
>

/**
 * Get an Unmanaged ACS User
 *
 * Returns a specified unmanaged [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const acsUsersUnmanagedGet = (
  client: SeamClient,
  parameters: AcsUsersUnmanagedGetParameters,
  options?: AcsUsersUnmanagedGetOptions,
): AcsUsersUnmanagedGetRequest =>
  client.request(
    {
      path: '/acs/users/unmanaged/get',
      responseKey: 'acs_user',
      read: true,
      undocumented: true,
      required: ['acs_user_id'],
    },
    parameters,
    options,
  )

export type AcsUsersUnmanagedListParameters = NonNullable<
  paths['/acs/users/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type AcsUsersUnmanagedListResponse =
  paths['/acs/users/unmanaged/list']['post']['responses'][200]['content']['application/json']['acs_users']
export type AcsUsersUnmanagedListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsUsersUnmanagedListRequest = SeamHttpRequest<
  AcsUsersUnmanagedListParameters,
  AcsUsersUnmanagedListResponse
>

/**
 * List Unmanaged ACS Users
 *
 * Returns a list of all unmanaged [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const acsUsersUnmanagedList = (
  client: SeamClient,
  parameters?: AcsUsersUnmanagedListParameters,
  options?: AcsUsersUnmanagedListOptions,
): AcsUsersUnmanagedListRequest =>
  client.request(
    {
      path: '/acs/users/unmanaged/list',
      responseKey: 'acs_users',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as AcsUsersUnmanagedListParameters),
    options,
  )

/** The `acs.users.unmanaged` namespace of the Seam API. */
export class SeamHttpAcsUsersUnmanaged extends SeamHttpBase {
  /**
   * Get an Unmanaged ACS User
   *
   * Returns a specified unmanaged [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: AcsUsersUnmanagedGetParameters,
    options?: AcsUsersUnmanagedGetOptions,
  ): AcsUsersUnmanagedGetRequest {
    return this.client.request(
      {
        path: '/acs/users/unmanaged/get',
        responseKey: 'acs_user',
        read: true,
        undocumented: true,
        required: ['acs_user_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Unmanaged ACS Users
   *
   * Returns a list of all unmanaged [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: AcsUsersUnmanagedListParameters,
    options?: AcsUsersUnmanagedListOptions,
  ): AcsUsersUnmanagedListRequest {
    return this.client.request(
      {
        path: '/acs/users/unmanaged/list',
        responseKey: 'acs_users',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as AcsUsersUnmanagedListParameters),
      options,
    )
  }
}
