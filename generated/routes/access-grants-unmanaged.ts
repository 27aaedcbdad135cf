// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type AccessGrantsUnmanagedGetParameters = NonNullable<
  paths['/access_grants/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsUnmanagedGetResponse =
  paths['/access_grants/unmanaged/get']['post']['responses'][200]['content']['application/json']['access_grant']

/**
 * Get an Unmanaged Access Grant
 *
 * Get an unmanaged Access Grant (where is_managed = false).
 */
export const accessGrantsUnmanagedGet = (
  client: SeamClient,
  parameters: AccessGrantsUnmanagedGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessGrantsUnmanagedGetParameters,
  AccessGrantsUnmanagedGetResponse
> =>
  client.request<
    AccessGrantsUnmanagedGetParameters,
    AccessGrantsUnmanagedGetResponse
  >(
    {
      path: '/access_grants/unmanaged/get',
      responseKey: 'access_grant',
      read: true,
    },
    parameters,
    options,
  )

export type AccessGrantsUnmanagedListParameters = NonNullable<
  paths['/access_grants/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsUnmanagedListResponse =
  paths['/access_grants/unmanaged/list']['post']['responses'][200]['content']['application/json']['access_grants']

/**
 * List Unmanaged Access Grants
 *
 * Gets unmanaged Access Grants (where is_managed = false).
 */
export const accessGrantsUnmanagedList = (
  client: SeamClient,
  parameters?: AccessGrantsUnmanagedListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessGrantsUnmanagedListParameters,
  AccessGrantsUnmanagedListResponse
> =>
  client.request<
    AccessGrantsUnmanagedListParameters,
    AccessGrantsUnmanagedListResponse
  >(
    {
      path: '/access_grants/unmanaged/list',
      responseKey: 'access_grants',
      read: true,
    },
    parameters ?? ({} as AccessGrantsUnmanagedListParameters),
    options,
  )

export type AccessGrantsUnmanagedUpdateParameters = NonNullable<
  paths['/access_grants/unmanaged/update']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsUnmanagedUpdateResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<
  AccessGrantsUnmanagedUpdateParameters,
  AccessGrantsUnmanagedUpdateResponse
> =>
  client.request<
    AccessGrantsUnmanagedUpdateParameters,
    AccessGrantsUnmanagedUpdateResponse
  >({ path: '/access_grants/unmanaged/update' }, parameters, options)

/** The `accessGrants.unmanaged` namespace of the Seam API. */
export class SeamHttpAccessGrantsUnmanaged {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get an Unmanaged Access Grant
   *
   * Get an unmanaged Access Grant (where is_managed = false).
   */
  get(
    parameters: AccessGrantsUnmanagedGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessGrantsUnmanagedGetParameters,
    AccessGrantsUnmanagedGetResponse
  > {
    return accessGrantsUnmanagedGet(this.client, parameters, options)
  }

  /**
   * List Unmanaged Access Grants
   *
   * Gets unmanaged Access Grants (where is_managed = false).
   */
  list(
    parameters?: AccessGrantsUnmanagedListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessGrantsUnmanagedListParameters,
    AccessGrantsUnmanagedListResponse
  > {
    return accessGrantsUnmanagedList(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessGrantsUnmanagedUpdateParameters,
    AccessGrantsUnmanagedUpdateResponse
  > {
    return accessGrantsUnmanagedUpdate(this.client, parameters, options)
  }
}
