// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type AccessMethodsUnmanagedGetParameters = NonNullable<
  paths['/access_methods/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsUnmanagedGetResponse =
  paths['/access_methods/unmanaged/get']['post']['responses'][200]['content']['application/json']['access_method']

/**
 * Get an Unmanaged Access Method
 *
 * Gets an unmanaged access method (where is_managed = false).
 */
export const accessMethodsUnmanagedGet = (
  client: SeamClient,
  parameters: AccessMethodsUnmanagedGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessMethodsUnmanagedGetParameters,
  AccessMethodsUnmanagedGetResponse
> =>
  client.request<
    AccessMethodsUnmanagedGetParameters,
    AccessMethodsUnmanagedGetResponse
  >(
    {
      path: '/access_methods/unmanaged/get',
      responseKey: 'access_method',
      read: true,
    },
    parameters,
    options,
  )

export type AccessMethodsUnmanagedListParameters = NonNullable<
  paths['/access_methods/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsUnmanagedListResponse =
  paths['/access_methods/unmanaged/list']['post']['responses'][200]['content']['application/json']['access_methods']

/**
 * List Unmanaged Access Methods
 *
 * Lists all unmanaged access methods (where is_managed = false), usually filtered by Access Grant.
 */
export const accessMethodsUnmanagedList = (
  client: SeamClient,
  parameters: AccessMethodsUnmanagedListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessMethodsUnmanagedListParameters,
  AccessMethodsUnmanagedListResponse
> =>
  client.request<
    AccessMethodsUnmanagedListParameters,
    AccessMethodsUnmanagedListResponse
  >(
    {
      path: '/access_methods/unmanaged/list',
      responseKey: 'access_methods',
      read: true,
    },
    parameters,
    options,
  )

/** The `accessMethods.unmanaged` namespace of the Seam API. */
export class SeamHttpAccessMethodsUnmanaged {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get an Unmanaged Access Method
   *
   * Gets an unmanaged access method (where is_managed = false).
   */
  get(
    parameters: AccessMethodsUnmanagedGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessMethodsUnmanagedGetParameters,
    AccessMethodsUnmanagedGetResponse
  > {
    return accessMethodsUnmanagedGet(this.client, parameters, options)
  }

  /**
   * List Unmanaged Access Methods
   *
   * Lists all unmanaged access methods (where is_managed = false), usually filtered by Access Grant.
   */
  list(
    parameters: AccessMethodsUnmanagedListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessMethodsUnmanagedListParameters,
    AccessMethodsUnmanagedListResponse
  > {
    return accessMethodsUnmanagedList(this.client, parameters, options)
  }
}
