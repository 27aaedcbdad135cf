// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1AccessGrantsListParameters = NonNullable<
  paths['/seam/customer/v1/access_grants/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AccessGrantsListResponse =
  paths['/seam/customer/v1/access_grants/list']['post']['responses'][200]['content']['application/json']['access_grants']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1AccessGrantsListParameters,
  SeamCustomerV1AccessGrantsListResponse
> =>
  client.request<
    SeamCustomerV1AccessGrantsListParameters,
    SeamCustomerV1AccessGrantsListResponse
  >(
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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1AccessGrantsUpdateParameters,
  SeamCustomerV1AccessGrantsUpdateResponse
> =>
  client.request<
    SeamCustomerV1AccessGrantsUpdateParameters,
    SeamCustomerV1AccessGrantsUpdateResponse
  >(
    { path: '/seam/customer/v1/access_grants/update', undocumented: true },
    parameters,
    options,
  )

/** The `seam.customer.v1.accessGrants` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1AccessGrants {
  constructor(private readonly client: SeamClient) {}

  /**
   * List Access Grants (Other Access)
   *
   * Gets an Access Grant.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1AccessGrantsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1AccessGrantsListParameters,
    SeamCustomerV1AccessGrantsListResponse
  > {
    return seamCustomerV1AccessGrantsList(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1AccessGrantsUpdateParameters,
    SeamCustomerV1AccessGrantsUpdateResponse
  > {
    return seamCustomerV1AccessGrantsUpdate(this.client, parameters, options)
  }
}
