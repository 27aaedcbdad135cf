// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1AutomationsDeleteParameters = NonNullable<
  paths['/seam/customer/v1/automations/delete']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AutomationsDeleteResponse = void

/**
 * Delete Customer Portal Automation Configuration
 *
 * Deletes the automation configuration for a customer portal workspace.
 * Supports both console session and customer client session authentication.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1AutomationsDelete = (
  client: SeamClient,
  parameters?: SeamCustomerV1AutomationsDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1AutomationsDeleteParameters,
  SeamCustomerV1AutomationsDeleteResponse
> =>
  client.request<
    SeamCustomerV1AutomationsDeleteParameters,
    SeamCustomerV1AutomationsDeleteResponse
  >(
    { path: '/seam/customer/v1/automations/delete', undocumented: true },
    parameters ?? ({} as SeamCustomerV1AutomationsDeleteParameters),
    options,
  )

export type SeamCustomerV1AutomationsGetParameters = NonNullable<
  paths['/seam/customer/v1/automations/get']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AutomationsGetResponse = void

/**
 * Get Customer Portal Automation Configuration
 *
 * Gets the current automation configuration for a customer portal workspace.
 * When customer_key is provided, returns customer-specific config if available,
 * otherwise falls back to workspace-level config.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1AutomationsGet = (
  client: SeamClient,
  parameters?: SeamCustomerV1AutomationsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1AutomationsGetParameters,
  SeamCustomerV1AutomationsGetResponse
> =>
  client.request<
    SeamCustomerV1AutomationsGetParameters,
    SeamCustomerV1AutomationsGetResponse
  >(
    {
      path: '/seam/customer/v1/automations/get',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1AutomationsGetParameters),
    options,
  )

export type SeamCustomerV1AutomationsUpdateParameters = NonNullable<
  paths['/seam/customer/v1/automations/update']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AutomationsUpdateResponse = void

/**
 * Update Customer Portal Automation Configuration
 *
 * Updates the automation configuration for a customer portal workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1AutomationsUpdate = (
  client: SeamClient,
  parameters?: SeamCustomerV1AutomationsUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1AutomationsUpdateParameters,
  SeamCustomerV1AutomationsUpdateResponse
> =>
  client.request<
    SeamCustomerV1AutomationsUpdateParameters,
    SeamCustomerV1AutomationsUpdateResponse
  >(
    { path: '/seam/customer/v1/automations/update', undocumented: true },
    parameters ?? ({} as SeamCustomerV1AutomationsUpdateParameters),
    options,
  )

/** The `seam.customer.v1.automations` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Automations {
  constructor(private readonly client: SeamClient) {}

  /**
   * Delete Customer Portal Automation Configuration
   *
   * Deletes the automation configuration for a customer portal workspace.
   * Supports both console session and customer client session authentication.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  delete(
    parameters?: SeamCustomerV1AutomationsDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1AutomationsDeleteParameters,
    SeamCustomerV1AutomationsDeleteResponse
  > {
    return seamCustomerV1AutomationsDelete(this.client, parameters, options)
  }

  /**
   * Get Customer Portal Automation Configuration
   *
   * Gets the current automation configuration for a customer portal workspace.
   * When customer_key is provided, returns customer-specific config if available,
   * otherwise falls back to workspace-level config.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters?: SeamCustomerV1AutomationsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1AutomationsGetParameters,
    SeamCustomerV1AutomationsGetResponse
  > {
    return seamCustomerV1AutomationsGet(this.client, parameters, options)
  }

  /**
   * Update Customer Portal Automation Configuration
   *
   * Updates the automation configuration for a customer portal workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters?: SeamCustomerV1AutomationsUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1AutomationsUpdateParameters,
    SeamCustomerV1AutomationsUpdateResponse
  > {
    return seamCustomerV1AutomationsUpdate(this.client, parameters, options)
  }
}
