// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AccessCodesUnmanagedConvertToManagedParameters = NonNullable<
  paths['/access_codes/unmanaged/convert_to_managed']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUnmanagedConvertToManagedResponse = void
export type AccessCodesUnmanagedConvertToManagedOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesUnmanagedConvertToManagedRequest = SeamHttpRequest<
  AccessCodesUnmanagedConvertToManagedParameters,
  AccessCodesUnmanagedConvertToManagedResponse
>

/**
 * Convert an Unmanaged Access Code
 *
 * Converts an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) to an [access code managed through Seam](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
 *
 * An unmanaged access code has a limited set of operations that you can perform on it. Once you convert an unmanaged access code to a managed access code, the full set of access code operations and lifecycle events becomes available for it.
 *
 * Note that not all device providers support converting an unmanaged access code to a managed access code.
 */
export const accessCodesUnmanagedConvertToManaged = (
  client: SeamClient,
  parameters: AccessCodesUnmanagedConvertToManagedParameters,
  options?: AccessCodesUnmanagedConvertToManagedOptions,
): AccessCodesUnmanagedConvertToManagedRequest =>
  client.request(
    {
      path: '/access_codes/unmanaged/convert_to_managed',
      required: ['access_code_id'],
    },
    parameters,
    options,
  )

export type AccessCodesUnmanagedDeleteParameters = NonNullable<
  paths['/access_codes/unmanaged/delete']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUnmanagedDeleteResponse = void
export type AccessCodesUnmanagedDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesUnmanagedDeleteRequest = SeamHttpRequest<
  AccessCodesUnmanagedDeleteParameters,
  AccessCodesUnmanagedDeleteResponse
>

/**
 * Delete an Unmanaged Access Code
 *
 * Deletes an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
 */
export const accessCodesUnmanagedDelete = (
  client: SeamClient,
  parameters: AccessCodesUnmanagedDeleteParameters,
  options?: AccessCodesUnmanagedDeleteOptions,
): AccessCodesUnmanagedDeleteRequest =>
  client.request(
    { path: '/access_codes/unmanaged/delete', required: ['access_code_id'] },
    parameters,
    options,
  )

export type AccessCodesUnmanagedGetParameters = NonNullable<
  paths['/access_codes/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUnmanagedGetResponse =
  paths['/access_codes/unmanaged/get']['post']['responses'][200]['content']['application/json']['access_code']
export type AccessCodesUnmanagedGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesUnmanagedGetRequest = SeamHttpRequest<
  AccessCodesUnmanagedGetParameters,
  AccessCodesUnmanagedGetResponse
>

/**
 * Get an Unmanaged Access Code
 *
 * Returns a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
 *
 * You must specify either `access_code_id` or both `device_id` and `code`.
 */
export const accessCodesUnmanagedGet = (
  client: SeamClient,
  parameters?: AccessCodesUnmanagedGetParameters,
  options?: AccessCodesUnmanagedGetOptions,
): AccessCodesUnmanagedGetRequest =>
  client.request(
    {
      path: '/access_codes/unmanaged/get',
      responseKey: 'access_code',
      read: true,
    },
    parameters ?? ({} as AccessCodesUnmanagedGetParameters),
    options,
  )

export type AccessCodesUnmanagedListParameters = NonNullable<
  paths['/access_codes/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUnmanagedListResponse =
  paths['/access_codes/unmanaged/list']['post']['responses'][200]['content']['application/json']['access_codes']
export type AccessCodesUnmanagedListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesUnmanagedListRequest = SeamHttpRequest<
  AccessCodesUnmanagedListParameters,
  AccessCodesUnmanagedListResponse
>

/**
 * List Unmanaged Access Codes
 *
 * Returns a list of all [unmanaged access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
 */
export const accessCodesUnmanagedList = (
  client: SeamClient,
  parameters: AccessCodesUnmanagedListParameters,
  options?: AccessCodesUnmanagedListOptions,
): AccessCodesUnmanagedListRequest =>
  client.request(
    {
      path: '/access_codes/unmanaged/list',
      responseKey: 'access_codes',
      read: true,
      required: ['device_id'],
      paginated: true,
    },
    parameters,
    options,
  )

export type AccessCodesUnmanagedUpdateParameters = NonNullable<
  paths['/access_codes/unmanaged/update']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUnmanagedUpdateResponse = void
export type AccessCodesUnmanagedUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesUnmanagedUpdateRequest = SeamHttpRequest<
  AccessCodesUnmanagedUpdateParameters,
  AccessCodesUnmanagedUpdateResponse
>

/**
 * Update an Unmanaged Access Code
 *
 * Updates a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
 */
export const accessCodesUnmanagedUpdate = (
  client: SeamClient,
  parameters: AccessCodesUnmanagedUpdateParameters,
  options?: AccessCodesUnmanagedUpdateOptions,
): AccessCodesUnmanagedUpdateRequest =>
  client.request(
    {
      path: '/access_codes/unmanaged/update',
      required: ['access_code_id', 'is_managed'],
    },
    parameters,
    options,
  )

/** The `accessCodes.unmanaged` namespace of the Seam API. */
export class SeamHttpAccessCodesUnmanaged extends SeamHttpBase {
  /**
   * Convert an Unmanaged Access Code
   *
   * Converts an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) to an [access code managed through Seam](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   *
   * An unmanaged access code has a limited set of operations that you can perform on it. Once you convert an unmanaged access code to a managed access code, the full set of access code operations and lifecycle events becomes available for it.
   *
   * Note that not all device providers support converting an unmanaged access code to a managed access code.
   */
  convertToManaged(
    parameters: AccessCodesUnmanagedConvertToManagedParameters,
    options?: AccessCodesUnmanagedConvertToManagedOptions,
  ): AccessCodesUnmanagedConvertToManagedRequest {
    return this.client.request(
      {
        path: '/access_codes/unmanaged/convert_to_managed',
        required: ['access_code_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete an Unmanaged Access Code
   *
   * Deletes an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   */
  delete(
    parameters: AccessCodesUnmanagedDeleteParameters,
    options?: AccessCodesUnmanagedDeleteOptions,
  ): AccessCodesUnmanagedDeleteRequest {
    return this.client.request(
      { path: '/access_codes/unmanaged/delete', required: ['access_code_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get an Unmanaged Access Code
   *
   * Returns a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   *
   * You must specify either `access_code_id` or both `device_id` and `code`.
   */
  get(
    parameters?: AccessCodesUnmanagedGetParameters,
    options?: AccessCodesUnmanagedGetOptions,
  ): AccessCodesUnmanagedGetRequest {
    return this.client.request(
      {
        path: '/access_codes/unmanaged/get',
        responseKey: 'access_code',
        read: true,
      },
      parameters ?? ({} as AccessCodesUnmanagedGetParameters),
      options,
    )
  }

  /**
   * List Unmanaged Access Codes
   *
   * Returns a list of all [unmanaged access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   */
  list(
    parameters: AccessCodesUnmanagedListParameters,
    options?: AccessCodesUnmanagedListOptions,
  ): AccessCodesUnmanagedListRequest {
    return this.client.request(
      {
        path: '/access_codes/unmanaged/list',
        responseKey: 'access_codes',
        read: true,
        required: ['device_id'],
        paginated: true,
      },
      parameters,
      options,
    )
  }

  /**
   * Update an Unmanaged Access Code
   *
   * Updates a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   */
  update(
    parameters: AccessCodesUnmanagedUpdateParameters,
    options?: AccessCodesUnmanagedUpdateOptions,
  ): AccessCodesUnmanagedUpdateRequest {
    return this.client.request(
      {
        path: '/access_codes/unmanaged/update',
        required: ['access_code_id', 'is_managed'],
      },
      parameters,
      options,
    )
  }
}
