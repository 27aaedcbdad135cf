// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1SettingsBusinessVerticalsListParameters = NonNullable<
  paths['/seam/customer/v1/settings/business_verticals/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1SettingsBusinessVerticalsListResponse =
  paths['/seam/customer/v1/settings/business_verticals/list']['post']['responses'][200]['content']['application/json']['business_verticals']
export type SeamCustomerV1SettingsBusinessVerticalsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1SettingsBusinessVerticalsListRequest =
  SeamHttpRequest<
    SeamCustomerV1SettingsBusinessVerticalsListParameters,
    SeamCustomerV1SettingsBusinessVerticalsListResponse
  >

/**
 * List Business Verticals
 *
 * Returns all available business verticals.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1SettingsBusinessVerticalsList = (
  client: SeamClient,
  parameters?: SeamCustomerV1SettingsBusinessVerticalsListParameters,
  options?: SeamCustomerV1SettingsBusinessVerticalsListOptions,
): SeamCustomerV1SettingsBusinessVerticalsListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/settings/business_verticals/list',
      responseKey: 'business_verticals',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1SettingsBusinessVerticalsListParameters),
    options,
  )

/** The `seam.customer.v1.settings.businessVerticals` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1SettingsBusinessVerticals extends SeamHttpBase {
  /**
   * List Business Verticals
   *
   * Returns all available business verticals.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1SettingsBusinessVerticalsListParameters,
    options?: SeamCustomerV1SettingsBusinessVerticalsListOptions,
  ): SeamCustomerV1SettingsBusinessVerticalsListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/settings/business_verticals/list',
        responseKey: 'business_verticals',
        read: true,
        undocumented: true,
      },
      parameters ??
        ({} as SeamCustomerV1SettingsBusinessVerticalsListParameters),
      options,
    )
  }
}
