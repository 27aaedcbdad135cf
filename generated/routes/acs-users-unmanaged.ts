// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsUsersUnmanagedGetParameters = NonNullable<
  paths['/acs/users/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AcsUsersUnmanagedGetResponse =
  paths['/acs/users/unmanaged/get']['post']['responses'][200]['content']['application/json']['acs_user']

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
  options?: RequestOptions,
): SeamHttpRequest<
  AcsUsersUnmanagedGetParameters,
  AcsUsersUnmanagedGetResponse
> =>
  client.request<AcsUsersUnmanagedGetParameters, AcsUsersUnmanagedGetResponse>(
    {
      path: '/acs/users/unmanaged/get',
      responseKey: 'acs_user',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type AcsUsersUnmanagedListParameters = NonNullable<
  paths['/acs/users/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type AcsUsersUnmanagedListResponse =
  paths['/acs/users/unmanaged/list']['post']['responses'][200]['content']['application/json']['acs_users']

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
  options?: RequestOptions,
): SeamHttpRequest<
  AcsUsersUnmanagedListParameters,
  AcsUsersUnmanagedListResponse
> =>
  client.request<
    AcsUsersUnmanagedListParameters,
    AcsUsersUnmanagedListResponse
  >(
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
export class SeamHttpAcsUsersUnmanaged {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get an Unmanaged ACS User
   *
   * Returns a specified unmanaged [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: AcsUsersUnmanagedGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsUsersUnmanagedGetParameters,
    AcsUsersUnmanagedGetResponse
  > {
    return acsUsersUnmanagedGet(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsUsersUnmanagedListParameters,
    AcsUsersUnmanagedListResponse
  > {
    return acsUsersUnmanagedList(this.client, parameters, options)
  }
}
