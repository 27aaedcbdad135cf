// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1AccessGrantsListParameters = NonNullable<
  paths['/seam/customer/v1/access_grants/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AccessGrantsListResponse =
  paths['/seam/customer/v1/access_grants/list']['post']['responses'][200]['content']['application/json']['access_grants']
export type SeamCustomerV1AccessGrantsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1AccessGrantsListRequest = SeamHttpRequest<
  SeamCustomerV1AccessGrantsListParameters,
  SeamCustomerV1AccessGrantsListResponse
>

/**
 * List Access Grants (Other Access)
 *
 * Gets an Access Grant.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1AccessGrantsList = (
  client: SeamClient,
  parameters?: SeamCustomerV1AccessGrantsListParameters,
  options?: SeamCustomerV1AccessGrantsListOptions,
): SeamCustomerV1AccessGrantsListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/access_grants/list',
      responseKey: 'access_grants',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1AccessGrantsListParameters),
    options,
  )

export type SeamCustomerV1AccessGrantsUpdateParameters = NonNullable<
  paths['/seam/customer/v1/access_grants/update']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AccessGrantsUpdateResponse = void
export type SeamCustomerV1AccessGrantsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1AccessGrantsUpdateRequest = SeamHttpRequest<
  SeamCustomerV1AccessGrantsUpdateParameters,
  SeamCustomerV1AccessGrantsUpdateResponse
>

/**
 * Update Access Grant Spaces
 *
 * Updates the spaces (locations) associated with an Access Grant.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1AccessGrantsUpdate = (
  client: SeamClient,
  parameters: SeamCustomerV1AccessGrantsUpdateParameters,
  options?: SeamCustomerV1AccessGrantsUpdateOptions,
): SeamCustomerV1AccessGrantsUpdateRequest =>
  client.request(
    {
      path: '/seam/customer/v1/access_grants/update',
      undocumented: true,
      required: ['access_grant_id', 'space_ids'],
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.accessGrants` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1AccessGrants extends SeamHttpBase {
  /**
   * List Access Grants (Other Access)
   *
   * Gets an Access Grant.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1AccessGrantsListParameters,
    options?: SeamCustomerV1AccessGrantsListOptions,
  ): SeamCustomerV1AccessGrantsListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/access_grants/list',
        responseKey: 'access_grants',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1AccessGrantsListParameters),
      options,
    )
  }

  /**
   * Update Access Grant Spaces
   *
   * Updates the spaces (locations) associated with an Access Grant.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters: SeamCustomerV1AccessGrantsUpdateParameters,
    options?: SeamCustomerV1AccessGrantsUpdateOptions,
  ): SeamCustomerV1AccessGrantsUpdateRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/access_grants/update',
        undocumented: true,
        required: ['access_grant_id', 'space_ids'],
      },
      parameters,
      options,
    )
  }
}
