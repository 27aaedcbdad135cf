// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type AccessCodesUnmanagedConvertToManagedParameters = NonNullable<
  paths['/access_codes/unmanaged/convert_to_managed']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUnmanagedConvertToManagedResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<
  AccessCodesUnmanagedConvertToManagedParameters,
  AccessCodesUnmanagedConvertToManagedResponse
> =>
  client.request<
    AccessCodesUnmanagedConvertToManagedParameters,
    AccessCodesUnmanagedConvertToManagedResponse
  >({ path: '/access_codes/unmanaged/convert_to_managed' }, parameters, options)

export type AccessCodesUnmanagedDeleteParameters = NonNullable<
  paths['/access_codes/unmanaged/delete']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUnmanagedDeleteResponse = void

/**
 * Delete an Unmanaged Access Code
 *
 * Deletes an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
 */
export const accessCodesUnmanagedDelete = (
  client: SeamClient,
  parameters: AccessCodesUnmanagedDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessCodesUnmanagedDeleteParameters,
  AccessCodesUnmanagedDeleteResponse
> =>
  client.request<
    AccessCodesUnmanagedDeleteParameters,
    AccessCodesUnmanagedDeleteResponse
  >({ path: '/access_codes/unmanaged/delete' }, parameters, options)

export type AccessCodesUnmanagedGetParameters = NonNullable<
  paths['/access_codes/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUnmanagedGetResponse =
  paths['/access_codes/unmanaged/get']['post']['responses'][200]['content']['application/json']['access_code']

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
  options?: RequestOptions,
): SeamHttpRequest<
  AccessCodesUnmanagedGetParameters,
  AccessCodesUnmanagedGetResponse
> =>
  client.request<
    AccessCodesUnmanagedGetParameters,
    AccessCodesUnmanagedGetResponse
  >(
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

/**
 * List Unmanaged Access Codes
 *
 * Returns a list of all [unmanaged access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
 */
export const accessCodesUnmanagedList = (
  client: SeamClient,
  parameters: AccessCodesUnmanagedListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessCodesUnmanagedListParameters,
  AccessCodesUnmanagedListResponse
> =>
  client.request<
    AccessCodesUnmanagedListParameters,
    AccessCodesUnmanagedListResponse
  >(
    {
      path: '/access_codes/unmanaged/list',
      responseKey: 'access_codes',
      read: true,
    },
    parameters,
    options,
  )

export type AccessCodesUnmanagedUpdateParameters = NonNullable<
  paths['/access_codes/unmanaged/update']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUnmanagedUpdateResponse = void

/**
 * Update an Unmanaged Access Code
 *
 * Updates a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
 */
export const accessCodesUnmanagedUpdate = (
  client: SeamClient,
  parameters: AccessCodesUnmanagedUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessCodesUnmanagedUpdateParameters,
  AccessCodesUnmanagedUpdateResponse
> =>
  client.request<
    AccessCodesUnmanagedUpdateParameters,
    AccessCodesUnmanagedUpdateResponse
  >({ path: '/access_codes/unmanaged/update' }, parameters, options)

/** The `accessCodes.unmanaged` namespace of the Seam API. */
export class SeamHttpAccessCodesUnmanaged {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessCodesUnmanagedConvertToManagedParameters,
    AccessCodesUnmanagedConvertToManagedResponse
  > {
    return accessCodesUnmanagedConvertToManaged(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessCodesUnmanagedDeleteParameters,
    AccessCodesUnmanagedDeleteResponse
  > {
    return accessCodesUnmanagedDelete(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessCodesUnmanagedGetParameters,
    AccessCodesUnmanagedGetResponse
  > {
    return accessCodesUnmanagedGet(this.client, parameters, options)
  }

  /**
   * List Unmanaged Access Codes
   *
   * Returns a list of all [unmanaged access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   */
  list(
    parameters: AccessCodesUnmanagedListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessCodesUnmanagedListParameters,
    AccessCodesUnmanagedListResponse
  > {
    return accessCodesUnmanagedList(this.client, parameters, options)
  }

  /**
   * Update an Unmanaged Access Code
   *
   * Updates a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   */
  update(
    parameters: AccessCodesUnmanagedUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessCodesUnmanagedUpdateParameters,
    AccessCodesUnmanagedUpdateResponse
  > {
    return accessCodesUnmanagedUpdate(this.client, parameters, options)
  }
}
