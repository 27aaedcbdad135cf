// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type CustomersReservationsCreateDeepLinkParameters = NonNullable<
  paths['/customers/reservations/create_deep_link']['post']['requestBody']
>['content']['application/json']
export type CustomersReservationsCreateDeepLinkResponse =
  paths['/customers/reservations/create_deep_link']['post']['responses'][200]['content']['application/json']['deep_link']
export type CustomersReservationsCreateDeepLinkOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type CustomersReservationsCreateDeepLinkRequest = SeamHttpRequest<
  CustomersReservationsCreateDeepLinkParameters,
  CustomersReservationsCreateDeepLinkResponse
>

/**
 * Create Reservation Deep Link
 *
 * Creates a deep link URL for a specific reservation that can be embedded in an iframe.
 * The deep link creates a restricted customer portal that navigates directly to the reservation page,
 * hiding the navigation UI to prevent context switching.
 *
 * This is intended for PMS integrations (like RMS Cloud) to embed reservation management
 * in their own portal without exposing the full customer portal.
 *
 * The deep link expires after 7 days.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const customersReservationsCreateDeepLink = (
  client: SeamClient,
  parameters: CustomersReservationsCreateDeepLinkParameters,
  options?: CustomersReservationsCreateDeepLinkOptions,
): CustomersReservationsCreateDeepLinkRequest =>
  client.request(
    {
      path: '/customers/reservations/create_deep_link',
      responseKey: 'deep_link',
      undocumented: true,
      required: ['customer_key', 'reservation_key'],
    },
    parameters,
    options,
  )

/** The `customers.reservations` namespace of the Seam API. */
export class SeamHttpCustomersReservations extends SeamHttpBase {
  /**
   * Create Reservation Deep Link
   *
   * Creates a deep link URL for a specific reservation that can be embedded in an iframe.
   * The deep link creates a restricted customer portal that navigates directly to the reservation page,
   * hiding the navigation UI to prevent context switching.
   *
   * This is intended for PMS integrations (like RMS Cloud) to embed reservation management
   * in their own portal without exposing the full customer portal.
   *
   * The deep link expires after 7 days.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  createDeepLink(
    parameters: CustomersReservationsCreateDeepLinkParameters,
    options?: CustomersReservationsCreateDeepLinkOptions,
  ): CustomersReservationsCreateDeepLinkRequest {
    return this.client.request(
      {
        path: '/customers/reservations/create_deep_link',
        responseKey: 'deep_link',
        undocumented: true,
        required: ['customer_key', 'reservation_key'],
      },
      parameters,
      options,
    )
  }
}
