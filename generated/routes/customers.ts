// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpCustomersReservations } from './customers-reservations.js'

export type CustomersCreatePortalParameters = NonNullable<
  paths['/customers/create_portal']['post']['requestBody']
>['content']['application/json']
export type CustomersCreatePortalResponse =
  paths['/customers/create_portal']['post']['responses'][200]['content']['application/json']['customer_portal']
export type CustomersCreatePortalOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type CustomersCreatePortalRequest = SeamHttpRequest<
  CustomersCreatePortalParameters,
  CustomersCreatePortalResponse
>

/**
 * Create Customer Portal
 *
 * Creates a new customer portal magic link with configurable features.
 */
export const customersCreatePortal = (
  client: SeamClient,
  parameters?: CustomersCreatePortalParameters,
  options?: CustomersCreatePortalOptions,
): CustomersCreatePortalRequest =>
  client.request(
    { path: '/customers/create_portal', responseKey: 'customer_portal' },
    parameters ?? ({} as CustomersCreatePortalParameters),
    options,
  )

export type CustomersDeleteDataParameters = NonNullable<
  paths['/customers/delete_data']['post']['requestBody']
>['content']['application/json']
export type CustomersDeleteDataResponse = void
export type CustomersDeleteDataOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type CustomersDeleteDataRequest = SeamHttpRequest<
  CustomersDeleteDataParameters,
  CustomersDeleteDataResponse
>

/**
 * Delete Customer Data
 *
 * Deletes customer data including resources like spaces, properties, rooms, users, etc.
 * This will delete the partner resources and any related Seam resources (user identities, access grants, spaces).
 */
export const customersDeleteData = (
  client: SeamClient,
  parameters?: CustomersDeleteDataParameters,
  options?: CustomersDeleteDataOptions,
): CustomersDeleteDataRequest =>
  client.request(
    { path: '/customers/delete_data' },
    parameters ?? ({} as CustomersDeleteDataParameters),
    options,
  )

export type CustomersPushDataParameters = NonNullable<
  paths['/customers/push_data']['post']['requestBody']
>['content']['application/json']
export type CustomersPushDataResponse = void
export type CustomersPushDataOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type CustomersPushDataRequest = SeamHttpRequest<
  CustomersPushDataParameters,
  CustomersPushDataResponse
>

/**
 * Push Customer Data
 *
 * Pushes customer data including resources like spaces, properties, rooms, users, etc.
 */
export const customersPushData = (
  client: SeamClient,
  parameters: CustomersPushDataParameters,
  options?: CustomersPushDataOptions,
): CustomersPushDataRequest =>
  client.request(
    { path: '/customers/push_data', required: ['customer_key'] },
    parameters,
    options,
  )

/** The `customers` namespace of the Seam API. */
export class SeamHttpCustomers extends SeamHttpBase {
  get reservations(): SeamHttpCustomersReservations {
    return new SeamHttpCustomersReservations(this.client)
  }

  /**
   * Create Customer Portal
   *
   * Creates a new customer portal magic link with configurable features.
   */
  createPortal(
    parameters?: CustomersCreatePortalParameters,
    options?: CustomersCreatePortalOptions,
  ): CustomersCreatePortalRequest {
    return this.client.request(
      { path: '/customers/create_portal', responseKey: 'customer_portal' },
      parameters ?? ({} as CustomersCreatePortalParameters),
      options,
    )
  }

  /**
   * Delete Customer Data
   *
   * Deletes customer data including resources like spaces, properties, rooms, users, etc.
   * This will delete the partner resources and any related Seam resources (user identities, access grants, spaces).
   */
  deleteData(
    parameters?: CustomersDeleteDataParameters,
    options?: CustomersDeleteDataOptions,
  ): CustomersDeleteDataRequest {
    return this.client.request(
      { path: '/customers/delete_data' },
      parameters ?? ({} as CustomersDeleteDataParameters),
      options,
    )
  }

  /**
   * Push Customer Data
   *
   * Pushes customer data including resources like spaces, properties, rooms, users, etc.
   */
  pushData(
    parameters: CustomersPushDataParameters,
    options?: CustomersPushDataOptions,
  ): CustomersPushDataRequest {
    return this.client.request(
      { path: '/customers/push_data', required: ['customer_key'] },
      parameters,
      options,
    )
  }
}
