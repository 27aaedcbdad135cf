// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AccessGrantsUnmanagedGetParameters = NonNullable<
  paths['/access_grants/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsUnmanagedGetResponse =
  paths['/access_grants/unmanaged/get']['post']['responses'][200]['content']['application/json']['access_grant']
export type AccessGrantsUnmanagedGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsUnmanagedGetRequest = SeamHttpRequest<
  AccessGrantsUnmanagedGetParameters,
  AccessGrantsUnmanagedGetResponse
>

/**
 * Get an Unmanaged Access Grant
 *
 * Get an unmanaged Access Grant (where is_managed = false).
 */
export const accessGrantsUnmanagedGet = (
  client: SeamClient,
  parameters: AccessGrantsUnmanagedGetParameters,
  options?: AccessGrantsUnmanagedGetOptions,
): AccessGrantsUnmanagedGetRequest =>
  client.request(
    {
      path: '/access_grants/unmanaged/get',
      responseKey: 'access_grant',
      read: true,
      required: ['access_grant_id'],
    },
    parameters,
    options,
  )

export type AccessGrantsUnmanagedListParameters = NonNullable<
  paths['/access_grants/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsUnmanagedListResponse =
  paths['/access_grants/unmanaged/list']['post']['responses'][200]['content']['application/json']['access_grants']
export type AccessGrantsUnmanagedListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsUnmanagedListRequest = SeamHttpRequest<
  AccessGrantsUnmanagedListParameters,
  AccessGrantsUnmanagedListResponse
>

/**
 * List Unmanaged Access Grants
 *
 * Gets unmanaged Access Grants (where is_managed = false).
 */
export const accessGrantsUnmanagedList = (
  client: SeamClient,
  parameters?: AccessGrantsUnmanagedListParameters,
  options?: AccessGrantsUnmanagedListOptions,
): AccessGrantsUnmanagedListRequest =>
  client.request(
    {
      path: '/access_grants/unmanaged/list',
      responseKey: 'access_grants',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as AccessGrantsUnmanagedListParameters),
    options,
  )

export type AccessGrantsUnmanagedUpdateParameters = NonNullable<
  paths['/access_grants/unmanaged/update']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsUnmanagedUpdateResponse = void
export type AccessGrantsUnmanagedUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsUnmanagedUpdateRequest = SeamHttpRequest<
  AccessGrantsUnmanagedUpdateParameters,
  AccessGrantsUnmanagedUpdateResponse
>

/**
 * Update an Unmanaged Access Grant
 *
 * Updates an unmanaged Access Grant to make it managed.
 *
 * This endpoint can only be used to convert unmanaged access grants to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed access grants back to unmanaged.
 *
 * When converting an unmanaged access grant to managed, all associated access methods will also be converted to managed.
 */
export const accessGrantsUnmanagedUpdate = (
  client: SeamClient,
  parameters: AccessGrantsUnmanagedUpdateParameters,
  options?: AccessGrantsUnmanagedUpdateOptions,
): AccessGrantsUnmanagedUpdateRequest =>
  client.request(
    {
      path: '/access_grants/unmanaged/update',
      required: ['access_grant_id', 'is_managed'],
    },
    parameters,
    options,
  )

/** The `accessGrants.unmanaged` namespace of the Seam API. */
export class SeamHttpAccessGrantsUnmanaged extends SeamHttpBase {
  /**
   * Get an Unmanaged Access Grant
   *
   * Get an unmanaged Access Grant (where is_managed = false).
   */
  get(
    parameters: AccessGrantsUnmanagedGetParameters,
    options?: AccessGrantsUnmanagedGetOptions,
  ): AccessGrantsUnmanagedGetRequest {
    return this.client.request(
      {
        path: '/access_grants/unmanaged/get',
        responseKey: 'access_grant',
        read: true,
        required: ['access_grant_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Unmanaged Access Grants
   *
   * Gets unmanaged Access Grants (where is_managed = false).
   */
  list(
    parameters?: AccessGrantsUnmanagedListParameters,
    options?: AccessGrantsUnmanagedListOptions,
  ): AccessGrantsUnmanagedListRequest {
    return this.client.request(
      {
        path: '/access_grants/unmanaged/list',
        responseKey: 'access_grants',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as AccessGrantsUnmanagedListParameters),
      options,
    )
  }

  /**
   * Update an Unmanaged Access Grant
   *
   * Updates an unmanaged Access Grant to make it managed.
   *
   * This endpoint can only be used to convert unmanaged access grants to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed access grants back to unmanaged.
   *
   * When converting an unmanaged access grant to managed, all associated access methods will also be converted to managed.
   */
  update(
    parameters: AccessGrantsUnmanagedUpdateParameters,
    options?: AccessGrantsUnmanagedUpdateOptions,
  ): AccessGrantsUnmanagedUpdateRequest {
    return this.client.request(
      {
        path: '/access_grants/unmanaged/update',
        required: ['access_grant_id', 'is_managed'],
      },
      parameters,
      options,
    )
  }
}
