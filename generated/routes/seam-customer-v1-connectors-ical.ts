// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1ConnectorsIcalValidateConfigParameters = NonNullable<
  paths['/seam/customer/v1/connectors/ical/validate-config']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsIcalValidateConfigResponse =
  paths['/seam/customer/v1/connectors/ical/validate-config']['post']['responses'][200]['content']['application/json']['validation_result']
export type SeamCustomerV1ConnectorsIcalValidateConfigOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorsIcalValidateConfigRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorsIcalValidateConfigParameters,
  SeamCustomerV1ConnectorsIcalValidateConfigResponse
>

/**
 * Validate iCal Config
 *
 * Fetches a sample iCal feed and validates the config against it,
 * returning the parsed reservations so the caller can verify
 * extraction is correct.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorsIcalValidateConfig = (
  client: SeamClient,
  parameters: SeamCustomerV1ConnectorsIcalValidateConfigParameters,
  options?: SeamCustomerV1ConnectorsIcalValidateConfigOptions,
): SeamCustomerV1ConnectorsIcalValidateConfigRequest =>
  client.request(
    {
      path: '/seam/customer/v1/connectors/ical/validate-config',
      responseKey: 'validation_result',
      undocumented: true,
      required: ['ical_config', 'ical_url'],
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.connectors.ical` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1ConnectorsIcal extends SeamHttpBase {
  /**
   * Validate iCal Config
   *
   * Fetches a sample iCal feed and validates the config against it,
   * returning the parsed reservations so the caller can verify
   * extraction is correct.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  validateConfig(
    parameters: SeamCustomerV1ConnectorsIcalValidateConfigParameters,
    options?: SeamCustomerV1ConnectorsIcalValidateConfigOptions,
  ): SeamCustomerV1ConnectorsIcalValidateConfigRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connectors/ical/validate-config',
        responseKey: 'validation_result',
        undocumented: true,
        required: ['ical_config', 'ical_url'],
      },
      parameters,
      options,
    )
  }
}
