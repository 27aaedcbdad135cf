// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1CustomersAutomationsGetParameters = Record<
  string,
  never
>
export type SeamCustomerV1CustomersAutomationsGetResponse =
  paths['/seam/customer/v1/customers/automations/get']['post']['responses'][200]['content']['application/json']['automation']
export type SeamCustomerV1CustomersAutomationsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1CustomersAutomationsGetRequest = SeamHttpRequest<
  SeamCustomerV1CustomersAutomationsGetParameters,
  SeamCustomerV1CustomersAutomationsGetResponse
>

/**
 * Get Customer Automation Configuration
 *
 * Gets the automation configuration for the authenticated customer.
 * Returns the merged configuration (customer overrides on top of workspace defaults).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1CustomersAutomationsGet = (
  client: SeamClient,
  parameters?: SeamCustomerV1CustomersAutomationsGetParameters,
  options?: SeamCustomerV1CustomersAutomationsGetOptions,
): SeamCustomerV1CustomersAutomationsGetRequest =>
  client.request(
    {
      path: '/seam/customer/v1/customers/automations/get',
      responseKey: 'automation',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1CustomersAutomationsGetParameters),
    options,
  )

export type SeamCustomerV1CustomersAutomationsUpdateParameters = NonNullable<
  paths['/seam/customer/v1/customers/automations/update']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1CustomersAutomationsUpdateResponse = void
export type SeamCustomerV1CustomersAutomationsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1CustomersAutomationsUpdateRequest = SeamHttpRequest<
  SeamCustomerV1CustomersAutomationsUpdateParameters,
  SeamCustomerV1CustomersAutomationsUpdateResponse
>

/**
 * Update Customer Automation Configuration
 *
 * Updates the automation configuration for a specific customer.
 * Creates a customer-level override if one does not already exist.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1CustomersAutomationsUpdate = (
  client: SeamClient,
  parameters?: SeamCustomerV1CustomersAutomationsUpdateParameters,
  options?: SeamCustomerV1CustomersAutomationsUpdateOptions,
): SeamCustomerV1CustomersAutomationsUpdateRequest =>
  client.request(
    {
      path: '/seam/customer/v1/customers/automations/update',
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1CustomersAutomationsUpdateParameters),
    options,
  )

/** The `seam.customer.v1.customers.automations` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1CustomersAutomations extends SeamHttpBase {
  /**
   * Get Customer Automation Configuration
   *
   * Gets the automation configuration for the authenticated customer.
   * Returns the merged configuration (customer overrides on top of workspace defaults).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters?: SeamCustomerV1CustomersAutomationsGetParameters,
    options?: SeamCustomerV1CustomersAutomationsGetOptions,
  ): SeamCustomerV1CustomersAutomationsGetRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/customers/automations/get',
        responseKey: 'automation',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1CustomersAutomationsGetParameters),
      options,
    )
  }

  /**
   * Update Customer Automation Configuration
   *
   * Updates the automation configuration for a specific customer.
   * Creates a customer-level override if one does not already exist.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters?: SeamCustomerV1CustomersAutomationsUpdateParameters,
    options?: SeamCustomerV1CustomersAutomationsUpdateOptions,
  ): SeamCustomerV1CustomersAutomationsUpdateRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/customers/automations/update',
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1CustomersAutomationsUpdateParameters),
      options,
    )
  }
}
