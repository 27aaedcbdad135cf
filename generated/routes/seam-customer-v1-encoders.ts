// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1EncodersListParameters = NonNullable<
  paths['/seam/customer/v1/encoders/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1EncodersListResponse =
  paths['/seam/customer/v1/encoders/list']['post']['responses'][200]['content']['application/json']['encoders']
export type SeamCustomerV1EncodersListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1EncodersListRequest = SeamHttpRequest<
  SeamCustomerV1EncodersListParameters,
  SeamCustomerV1EncodersListResponse
>

/**
 * List Encoders
 *
 * Returns a list of card encoders available to the customer.
 * This endpoint is intended for use within embedded customer portals, such as deep links
 * for reservation management, to allow staff to select an encoder for card encoding.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1EncodersList = (
  client: SeamClient,
  parameters?: SeamCustomerV1EncodersListParameters,
  options?: SeamCustomerV1EncodersListOptions,
): SeamCustomerV1EncodersListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/encoders/list',
      responseKey: 'encoders',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1EncodersListParameters),
    options,
  )

/** The `seam.customer.v1.encoders` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Encoders extends SeamHttpBase {
  /**
   * List Encoders
   *
   * Returns a list of card encoders available to the customer.
   * This endpoint is intended for use within embedded customer portals, such as deep links
   * for reservation management, to allow staff to select an encoder for card encoding.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1EncodersListParameters,
    options?: SeamCustomerV1EncodersListOptions,
  ): SeamCustomerV1EncodersListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/encoders/list',
        responseKey: 'encoders',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1EncodersListParameters),
      options,
    )
  }
}
