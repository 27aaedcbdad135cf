// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamCustomerV1SettingsBusinessVerticals } from './seam-customer-v1-settings-business-verticals.js'
import { SeamHttpSeamCustomerV1SettingsVerticalResourceAliases } from './seam-customer-v1-settings-vertical-resource-aliases.js'

export type SeamCustomerV1SettingsGetParameters = Record<string, never>
export type SeamCustomerV1SettingsGetResponse =
  paths['/seam/customer/v1/settings/get']['post']['responses'][200]['content']['application/json']['business_vertical']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1SettingsGetParameters,
  SeamCustomerV1SettingsGetResponse
> =>
  client.request<
    SeamCustomerV1SettingsGetParameters,
    SeamCustomerV1SettingsGetResponse
  >(
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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1SettingsUpdateParameters,
  SeamCustomerV1SettingsUpdateResponse
> =>
  client.request<
    SeamCustomerV1SettingsUpdateParameters,
    SeamCustomerV1SettingsUpdateResponse
  >(
    { path: '/seam/customer/v1/settings/update', undocumented: true },
    parameters ?? ({} as SeamCustomerV1SettingsUpdateParameters),
    options,
  )

/** The `seam.customer.v1.settings` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Settings {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1SettingsGetParameters,
    SeamCustomerV1SettingsGetResponse
  > {
    return seamCustomerV1SettingsGet(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1SettingsUpdateParameters,
    SeamCustomerV1SettingsUpdateResponse
  > {
    return seamCustomerV1SettingsUpdate(this.client, parameters, options)
  }
}
