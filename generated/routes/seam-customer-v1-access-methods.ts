// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'

export type SeamCustomerV1AccessMethodsEncodeParameters = NonNullable<
  paths['/seam/customer/v1/access_methods/encode']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AccessMethodsEncodeResponse =
  paths['/seam/customer/v1/access_methods/encode']['post']['responses'][200]['content']['application/json']['action_attempt']
export type SeamCustomerV1AccessMethodsEncodeOptions = RequestOptions
export type SeamCustomerV1AccessMethodsEncodeRequest = SeamHttpRequest<
  SeamCustomerV1AccessMethodsEncodeParameters,
  SeamCustomerV1AccessMethodsEncodeResponse
>

/**
 * Encode an Access Method
 *
 * Encodes an existing access method onto a plastic card placed on the specified encoder.
 * This endpoint is intended for use within embedded customer portals, such as deep links
 * for reservation management.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1AccessMethodsEncode = (
  client: SeamClient,
  parameters: SeamCustomerV1AccessMethodsEncodeParameters,
  options?: SeamCustomerV1AccessMethodsEncodeOptions,
): SeamCustomerV1AccessMethodsEncodeRequest =>
  client.request(
    {
      path: '/seam/customer/v1/access_methods/encode',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      undocumented: true,
      required: ['access_method_id', 'acs_encoder_id'],
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.accessMethods` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1AccessMethods extends SeamHttpBase {
  /**
   * Encode an Access Method
   *
   * Encodes an existing access method onto a plastic card placed on the specified encoder.
   * This endpoint is intended for use within embedded customer portals, such as deep links
   * for reservation management.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  encode(
    parameters: SeamCustomerV1AccessMethodsEncodeParameters,
    options?: SeamCustomerV1AccessMethodsEncodeOptions,
  ): SeamCustomerV1AccessMethodsEncodeRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/access_methods/encode',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        undocumented: true,
        required: ['access_method_id', 'acs_encoder_id'],
      },
      parameters,
      options,
    )
  }
}
