// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1PortalsGetParameters = NonNullable<
  paths['/seam/customer/v1/portals/get']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1PortalsGetResponse =
  paths['/seam/customer/v1/portals/get']['post']['responses'][200]['content']['application/json']['customer_portal']
export type SeamCustomerV1PortalsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1PortalsGetRequest = SeamHttpRequest<
  SeamCustomerV1PortalsGetParameters,
  SeamCustomerV1PortalsGetResponse
>

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
  options?: SeamCustomerV1PortalsGetOptions,
): SeamCustomerV1PortalsGetRequest =>
  client.request(
    {
      path: '/seam/customer/v1/portals/get',
      responseKey: 'customer_portal',
      read: true,
      undocumented: true,
      required: ['customer_portal_id'],
    },
    parameters,
    options,
  )

export type SeamCustomerV1PortalsUpdateParameters = NonNullable<
  paths['/seam/customer/v1/portals/update']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1PortalsUpdateResponse = void
export type SeamCustomerV1PortalsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1PortalsUpdateRequest = SeamHttpRequest<
  SeamCustomerV1PortalsUpdateParameters,
  SeamCustomerV1PortalsUpdateResponse
>

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
  options?: SeamCustomerV1PortalsUpdateOptions,
): SeamCustomerV1PortalsUpdateRequest =>
  client.request(
    {
      path: '/seam/customer/v1/portals/update',
      undocumented: true,
      required: ['customer_portal_id', 'portal_configuration'],
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.portals` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Portals extends SeamHttpBase {
  /**
   * Get Customer Portal Configuration
   *
   * Retrieves the configuration for a customer portal identified by customer_portal_id.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: SeamCustomerV1PortalsGetParameters,
    options?: SeamCustomerV1PortalsGetOptions,
  ): SeamCustomerV1PortalsGetRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/portals/get',
        responseKey: 'customer_portal',
        read: true,
        undocumented: true,
        required: ['customer_portal_id'],
      },
      parameters,
      options,
    )
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
    options?: SeamCustomerV1PortalsUpdateOptions,
  ): SeamCustomerV1PortalsUpdateRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/portals/update',
        undocumented: true,
        required: ['customer_portal_id', 'portal_configuration'],
      },
      parameters,
      options,
    )
  }
}
