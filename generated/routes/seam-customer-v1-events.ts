// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1EventsListParameters = NonNullable<
  paths['/seam/customer/v1/events/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1EventsListResponse =
  paths['/seam/customer/v1/events/list']['post']['responses'][200]['content']['application/json']['events']
export type SeamCustomerV1EventsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1EventsListRequest = SeamHttpRequest<
  SeamCustomerV1EventsListParameters,
  SeamCustomerV1EventsListResponse
>

/**
 * List Events for Customer Space
 *
 * Returns a list of events for devices in a specific space. This endpoint is designed for customer portals and only supports filtering by space_id.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1EventsList = (
  client: SeamClient,
  parameters: SeamCustomerV1EventsListParameters,
  options?: SeamCustomerV1EventsListOptions,
): SeamCustomerV1EventsListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/events/list',
      responseKey: 'events',
      read: true,
      undocumented: true,
      required: ['space_id'],
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.events` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Events extends SeamHttpBase {
  /**
   * List Events for Customer Space
   *
   * Returns a list of events for devices in a specific space. This endpoint is designed for customer portals and only supports filtering by space_id.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters: SeamCustomerV1EventsListParameters,
    options?: SeamCustomerV1EventsListOptions,
  ): SeamCustomerV1EventsListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/events/list',
        responseKey: 'events',
        read: true,
        undocumented: true,
        required: ['space_id'],
      },
      parameters,
      options,
    )
  }
}
