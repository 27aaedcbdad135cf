// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1AutomationsDeleteParameters = NonNullable<
  paths['/seam/customer/v1/automations/delete']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AutomationsDeleteResponse = void
export type SeamCustomerV1AutomationsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1AutomationsDeleteRequest = SeamHttpRequest<
  SeamCustomerV1AutomationsDeleteParameters,
  SeamCustomerV1AutomationsDeleteResponse
>

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
  options?: SeamCustomerV1AutomationsDeleteOptions,
): SeamCustomerV1AutomationsDeleteRequest =>
  client.request(
    { path: '/seam/customer/v1/automations/delete', undocumented: true },
    parameters ?? ({} as SeamCustomerV1AutomationsDeleteParameters),
    options,
  )

export type SeamCustomerV1AutomationsGetParameters = NonNullable<
  paths['/seam/customer/v1/automations/get']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AutomationsGetResponse = void
export type SeamCustomerV1AutomationsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1AutomationsGetRequest = SeamHttpRequest<
  SeamCustomerV1AutomationsGetParameters,
  SeamCustomerV1AutomationsGetResponse
>

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
  options?: SeamCustomerV1AutomationsGetOptions,
): SeamCustomerV1AutomationsGetRequest =>
  client.request(
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
export type SeamCustomerV1AutomationsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1AutomationsUpdateRequest = SeamHttpRequest<
  SeamCustomerV1AutomationsUpdateParameters,
  SeamCustomerV1AutomationsUpdateResponse
>

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
  options?: SeamCustomerV1AutomationsUpdateOptions,
): SeamCustomerV1AutomationsUpdateRequest =>
  client.request(
    { path: '/seam/customer/v1/automations/update', undocumented: true },
    parameters ?? ({} as SeamCustomerV1AutomationsUpdateParameters),
    options,
  )

/** The `seam.customer.v1.automations` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Automations extends SeamHttpBase {
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
    options?: SeamCustomerV1AutomationsDeleteOptions,
  ): SeamCustomerV1AutomationsDeleteRequest {
    return this.client.request(
      { path: '/seam/customer/v1/automations/delete', undocumented: true },
      parameters ?? ({} as SeamCustomerV1AutomationsDeleteParameters),
      options,
    )
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
    options?: SeamCustomerV1AutomationsGetOptions,
  ): SeamCustomerV1AutomationsGetRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/automations/get',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1AutomationsGetParameters),
      options,
    )
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
    options?: SeamCustomerV1AutomationsUpdateOptions,
  ): SeamCustomerV1AutomationsUpdateRequest {
    return this.client.request(
      { path: '/seam/customer/v1/automations/update', undocumented: true },
      parameters ?? ({} as SeamCustomerV1AutomationsUpdateParameters),
      options,
    )
  }
}
