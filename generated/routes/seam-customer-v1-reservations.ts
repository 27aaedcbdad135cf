// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1ReservationsGetParameters = NonNullable<
  paths['/seam/customer/v1/reservations/get']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ReservationsGetResponse =
  paths['/seam/customer/v1/reservations/get']['post']['responses'][200]['content']['application/json']['reservation']
export type SeamCustomerV1ReservationsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ReservationsGetRequest = SeamHttpRequest<
  SeamCustomerV1ReservationsGetParameters,
  SeamCustomerV1ReservationsGetResponse
>

/**
 * Get Reservation for Customer
 *
 * Returns a single reservation for a specific customer by reservation ID.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ReservationsGet = (
  client: SeamClient,
  parameters?: SeamCustomerV1ReservationsGetParameters,
  options?: SeamCustomerV1ReservationsGetOptions,
): SeamCustomerV1ReservationsGetRequest =>
  client.request(
    {
      path: '/seam/customer/v1/reservations/get',
      responseKey: 'reservation',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1ReservationsGetParameters),
    options,
  )

export type SeamCustomerV1ReservationsListParameters = NonNullable<
  paths['/seam/customer/v1/reservations/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ReservationsListResponse =
  paths['/seam/customer/v1/reservations/list']['post']['responses'][200]['content']['application/json']['reservations']
export type SeamCustomerV1ReservationsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ReservationsListRequest = SeamHttpRequest<
  SeamCustomerV1ReservationsListParameters,
  SeamCustomerV1ReservationsListResponse
>

/**
 * List Reservations for Customer Space
 *
 * Returns a list of reservations for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ReservationsList = (
  client: SeamClient,
  parameters?: SeamCustomerV1ReservationsListParameters,
  options?: SeamCustomerV1ReservationsListOptions,
): SeamCustomerV1ReservationsListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/reservations/list',
      responseKey: 'reservations',
      read: true,
      undocumented: true,
      paginated: true,
    },
    parameters ?? ({} as SeamCustomerV1ReservationsListParameters),
    options,
  )

export type SeamCustomerV1ReservationsListAccessGrantsParameters = NonNullable<
  paths['/seam/customer/v1/reservations/list_access_grants']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ReservationsListAccessGrantsResponse =
  paths['/seam/customer/v1/reservations/list_access_grants']['post']['responses'][200]['content']['application/json']['access_grants']
export type SeamCustomerV1ReservationsListAccessGrantsOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ReservationsListAccessGrantsRequest = SeamHttpRequest<
  SeamCustomerV1ReservationsListAccessGrantsParameters,
  SeamCustomerV1ReservationsListAccessGrantsResponse
>

/**
 * List Access Grants for Reservation
 *
 * Lists access grants linked to a reservation by reservation_key.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ReservationsListAccessGrants = (
  client: SeamClient,
  parameters: SeamCustomerV1ReservationsListAccessGrantsParameters,
  options?: SeamCustomerV1ReservationsListAccessGrantsOptions,
): SeamCustomerV1ReservationsListAccessGrantsRequest =>
  client.request(
    {
      path: '/seam/customer/v1/reservations/list_access_grants',
      responseKey: 'access_grants',
      read: true,
      undocumented: true,
      required: ['reservation_key'],
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.reservations` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Reservations extends SeamHttpBase {
  /**
   * Get Reservation for Customer
   *
   * Returns a single reservation for a specific customer by reservation ID.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters?: SeamCustomerV1ReservationsGetParameters,
    options?: SeamCustomerV1ReservationsGetOptions,
  ): SeamCustomerV1ReservationsGetRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/reservations/get',
        responseKey: 'reservation',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1ReservationsGetParameters),
      options,
    )
  }

  /**
   * List Reservations for Customer Space
   *
   * Returns a list of reservations for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1ReservationsListParameters,
    options?: SeamCustomerV1ReservationsListOptions,
  ): SeamCustomerV1ReservationsListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/reservations/list',
        responseKey: 'reservations',
        read: true,
        undocumented: true,
        paginated: true,
      },
      parameters ?? ({} as SeamCustomerV1ReservationsListParameters),
      options,
    )
  }

  /**
   * List Access Grants for Reservation
   *
   * Lists access grants linked to a reservation by reservation_key.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  listAccessGrants(
    parameters: SeamCustomerV1ReservationsListAccessGrantsParameters,
    options?: SeamCustomerV1ReservationsListAccessGrantsOptions,
  ): SeamCustomerV1ReservationsListAccessGrantsRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/reservations/list_access_grants',
        responseKey: 'access_grants',
        read: true,
        undocumented: true,
        required: ['reservation_key'],
      },
      parameters,
      options,
    )
  }
}
