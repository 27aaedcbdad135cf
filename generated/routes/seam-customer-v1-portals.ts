// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1PortalsGetParameters = NonNullable<
  paths['/seam/customer/v1/portals/get']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1PortalsGetResponse =
  paths['/seam/customer/v1/portals/get']['post']['responses'][200]['content']['application/json']['customer_portal']

/**
 * Get Customer Portal Configuration
 *
 * Retrieves the configuration for a customer portal identified by customer_portal_id.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1PortalsGet = (
  client: SeamClient,
  parameters: SeamCustomerV1PortalsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1PortalsGetParameters,
  SeamCustomerV1PortalsGetResponse
> =>
  client.request<
    SeamCustomerV1PortalsGetParameters,
    SeamCustomerV1PortalsGetResponse
  >(
    {
      path: '/seam/customer/v1/portals/get',
      responseKey: 'customer_portal',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamCustomerV1PortalsUpdateParameters = NonNullable<
  paths['/seam/customer/v1/portals/update']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1PortalsUpdateResponse = void

/**
 * Update Customer Portal Configuration
 *
 * Updates the configuration for a customer portal.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1PortalsUpdate = (
  client: SeamClient,
  parameters: SeamCustomerV1PortalsUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1PortalsUpdateParameters,
  SeamCustomerV1PortalsUpdateResponse
> =>
  client.request<
    SeamCustomerV1PortalsUpdateParameters,
    SeamCustomerV1PortalsUpdateResponse
  >(
    { path: '/seam/customer/v1/portals/update', undocumented: true },
    parameters,
    options,
  )

/** The `seam.customer.v1.portals` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Portals {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get Customer Portal Configuration
   *
   * Retrieves the configuration for a customer portal identified by customer_portal_id.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: SeamCustomerV1PortalsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1PortalsGetParameters,
    SeamCustomerV1PortalsGetResponse
  > {
    return seamCustomerV1PortalsGet(this.client, parameters, options)
  }

  /**
   * Update Customer Portal Configuration
   *
   * Updates the configuration for a customer portal.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters: SeamCustomerV1PortalsUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1PortalsUpdateParameters,
    SeamCustomerV1PortalsUpdateResponse
  > {
    return seamCustomerV1PortalsUpdate(this.client, parameters, options)
  }
}
