// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AccessMethodsUnmanagedGetParameters = NonNullable<
  paths['/access_methods/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsUnmanagedGetResponse =
  paths['/access_methods/unmanaged/get']['post']['responses'][200]['content']['application/json']['access_method']
export type AccessMethodsUnmanagedGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessMethodsUnmanagedGetRequest = SeamHttpRequest<
  AccessMethodsUnmanagedGetParameters,
  AccessMethodsUnmanagedGetResponse
>

/**
 * Get an Unmanaged Access Method
 *
 * Gets an unmanaged access method (where is_managed = false).
 */
export const accessMethodsUnmanagedGet = (
  client: SeamClient,
  parameters: AccessMethodsUnmanagedGetParameters,
  options?: AccessMethodsUnmanagedGetOptions,
): AccessMethodsUnmanagedGetRequest =>
  client.request(
    {
      path: '/access_methods/unmanaged/get',
      responseKey: 'access_method',
      read: true,
      required: ['access_method_id'],
    },
    parameters,
    options,
  )

export type AccessMethodsUnmanagedListParameters = NonNullable<
  paths['/access_methods/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsUnmanagedListResponse =
  paths['/access_methods/unmanaged/list']['post']['responses'][200]['content']['application/json']['access_methods']
export type AccessMethodsUnmanagedListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessMethodsUnmanagedListRequest = SeamHttpRequest<
  AccessMethodsUnmanagedListParameters,
  AccessMethodsUnmanagedListResponse
>

/**
 * List Unmanaged Access Methods
 *
 * Lists all unmanaged access methods (where is_managed = false), usually filtered by Access Grant.
 */
export const accessMethodsUnmanagedList = (
  client: SeamClient,
  parameters: AccessMethodsUnmanagedListParameters,
  options?: AccessMethodsUnmanagedListOptions,
): AccessMethodsUnmanagedListRequest =>
  client.request(
    {
      path: '/access_methods/unmanaged/list',
      responseKey: 'access_methods',
      read: true,
      required: ['access_grant_id'],
    },
    parameters,
    options,
  )

/** The `accessMethods.unmanaged` namespace of the Seam API. */
export class SeamHttpAccessMethodsUnmanaged extends SeamHttpBase {
  /**
   * Get an Unmanaged Access Method
   *
   * Gets an unmanaged access method (where is_managed = false).
   */
  get(
    parameters: AccessMethodsUnmanagedGetParameters,
    options?: AccessMethodsUnmanagedGetOptions,
  ): AccessMethodsUnmanagedGetRequest {
    return this.client.request(
      {
        path: '/access_methods/unmanaged/get',
        responseKey: 'access_method',
        read: true,
        required: ['access_method_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Unmanaged Access Methods
   *
   * Lists all unmanaged access methods (where is_managed = false), usually filtered by Access Grant.
   */
  list(
    parameters: AccessMethodsUnmanagedListParameters,
    options?: AccessMethodsUnmanagedListOptions,
  ): AccessMethodsUnmanagedListRequest {
    return this.client.request(
      {
        path: '/access_methods/unmanaged/list',
        responseKey: 'access_methods',
        read: true,
        required: ['access_grant_id'],
      },
      parameters,
      options,
    )
  }
}
