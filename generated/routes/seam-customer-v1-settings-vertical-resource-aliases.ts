// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1SettingsVerticalResourceAliasesGetParameters =
  NonNullable<
    paths['/seam/customer/v1/settings/vertical_resource_aliases/get']['post']['requestBody']
  >['content']['application/json']
export type SeamCustomerV1SettingsVerticalResourceAliasesGetResponse =
  paths['/seam/customer/v1/settings/vertical_resource_aliases/get']['post']['responses'][200]['content']['application/json']['vertical_resource_aliases']
export type SeamCustomerV1SettingsVerticalResourceAliasesGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1SettingsVerticalResourceAliasesGetRequest =
  SeamHttpRequest<
    SeamCustomerV1SettingsVerticalResourceAliasesGetParameters,
    SeamCustomerV1SettingsVerticalResourceAliasesGetResponse
  >

/**
 * Get Vertical Resource Aliases
 *
 * Returns the resource aliases for the workspace's business vertical, mapping
 * generic resource types (space, user_identity, access_grant) to their
 * vertical-specific terminology. Defaults to neutral if no vertical is set.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1SettingsVerticalResourceAliasesGet = (
  client: SeamClient,
  parameters?: SeamCustomerV1SettingsVerticalResourceAliasesGetParameters,
  options?: SeamCustomerV1SettingsVerticalResourceAliasesGetOptions,
): SeamCustomerV1SettingsVerticalResourceAliasesGetRequest =>
  client.request(
    {
      path: '/seam/customer/v1/settings/vertical_resource_aliases/get',
      responseKey: 'vertical_resource_aliases',
      read: true,
      undocumented: true,
    },
    parameters ??
      ({} as SeamCustomerV1SettingsVerticalResourceAliasesGetParameters),
    options,
  )

/** The `seam.customer.v1.settings.verticalResourceAliases` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1SettingsVerticalResourceAliases extends SeamHttpBase {
  /**
   * Get Vertical Resource Aliases
   *
   * Returns the resource aliases for the workspace's business vertical, mapping
   * generic resource types (space, user_identity, access_grant) to their
   * vertical-specific terminology. Defaults to neutral if no vertical is set.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters?: SeamCustomerV1SettingsVerticalResourceAliasesGetParameters,
    options?: SeamCustomerV1SettingsVerticalResourceAliasesGetOptions,
  ): SeamCustomerV1SettingsVerticalResourceAliasesGetRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/settings/vertical_resource_aliases/get',
        responseKey: 'vertical_resource_aliases',
        read: true,
        undocumented: true,
      },
      parameters ??
        ({} as SeamCustomerV1SettingsVerticalResourceAliasesGetParameters),
      options,
    )
  }
}
