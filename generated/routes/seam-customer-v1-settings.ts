// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamCustomerV1SettingsBusinessVerticals } from './seam-customer-v1-settings-business-verticals.js'
import { SeamHttpSeamCustomerV1SettingsVerticalResourceAliases } from './seam-customer-v1-settings-vertical-resource-aliases.js'

export type SeamCustomerV1SettingsGetParameters = Record<string, never>
export type SeamCustomerV1SettingsGetResponse =
  paths['/seam/customer/v1/settings/get']['post']['responses'][200]['content']['application/json']['business_vertical']
export type SeamCustomerV1SettingsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1SettingsGetRequest = SeamHttpRequest<
  SeamCustomerV1SettingsGetParameters,
  SeamCustomerV1SettingsGetResponse
>

/**
 * Get Customer Portal Settings
 *
 * Retrieves the settings for a customer portal workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1SettingsGet = (
  client: SeamClient,
  parameters?: SeamCustomerV1SettingsGetParameters,
  options?: SeamCustomerV1SettingsGetOptions,
): SeamCustomerV1SettingsGetRequest =>
  client.request(
    {
      path: '/seam/customer/v1/settings/get',
      responseKey: 'business_vertical',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1SettingsGetParameters),
    options,
  )

export type SeamCustomerV1SettingsUpdateParameters = NonNullable<
  paths['/seam/customer/v1/settings/update']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1SettingsUpdateResponse = void
export type SeamCustomerV1SettingsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1SettingsUpdateRequest = SeamHttpRequest<
  SeamCustomerV1SettingsUpdateParameters,
  SeamCustomerV1SettingsUpdateResponse
>

/**
 * Update Customer Portal Settings
 *
 * Updates the settings for a customer portal workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1SettingsUpdate = (
  client: SeamClient,
  parameters?: SeamCustomerV1SettingsUpdateParameters,
  options?: SeamCustomerV1SettingsUpdateOptions,
): SeamCustomerV1SettingsUpdateRequest =>
  client.request(
    { path: '/seam/customer/v1/settings/update', undocumented: true },
    parameters ?? ({} as SeamCustomerV1SettingsUpdateParameters),
    options,
  )

/** The `seam.customer.v1.settings` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Settings extends SeamHttpBase {
  get businessVerticals(): SeamHttpSeamCustomerV1SettingsBusinessVerticals {
    return new SeamHttpSeamCustomerV1SettingsBusinessVerticals(this.client)
  }

  get verticalResourceAliases(): SeamHttpSeamCustomerV1SettingsVerticalResourceAliases {
    return new SeamHttpSeamCustomerV1SettingsVerticalResourceAliases(
      this.client,
    )
  }

  /**
   * Get Customer Portal Settings
   *
   * Retrieves the settings for a customer portal workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters?: SeamCustomerV1SettingsGetParameters,
    options?: SeamCustomerV1SettingsGetOptions,
  ): SeamCustomerV1SettingsGetRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/settings/get',
        responseKey: 'business_vertical',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1SettingsGetParameters),
      options,
    )
  }

  /**
   * Update Customer Portal Settings
   *
   * Updates the settings for a customer portal workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters?: SeamCustomerV1SettingsUpdateParameters,
    options?: SeamCustomerV1SettingsUpdateOptions,
  ): SeamCustomerV1SettingsUpdateRequest {
    return this.client.request(
      { path: '/seam/customer/v1/settings/update', undocumented: true },
      parameters ?? ({} as SeamCustomerV1SettingsUpdateParameters),
      options,
    )
  }
}
