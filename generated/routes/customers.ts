// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpCustomersReservations } from './customers-reservations.js'

export type CustomersCreatePortalParameters = NonNullable<
  paths['/customers/create_portal']['post']['requestBody']
>['content']['application/json']
export type CustomersCreatePortalResponse =
  paths['/customers/create_portal']['post']['responses'][200]['content']['application/json']['customer_portal']

/**
 * Create Customer Portal
 *
 * Creates a new customer portal magic link with configurable features.
 */
export const customersCreatePortal = (
  client: SeamClient,
  parameters?: CustomersCreatePortalParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  CustomersCreatePortalParameters,
  CustomersCreatePortalResponse
> =>
  client.request<
    CustomersCreatePortalParameters,
    CustomersCreatePortalResponse
  >(
    { path: '/customers/create_portal', responseKey: 'customer_portal' },
    parameters ?? ({} as CustomersCreatePortalParameters),
    options,
  )

export type CustomersDeleteDataParameters = NonNullable<
  paths['/customers/delete_data']['post']['requestBody']
>['content']['application/json']
export type CustomersDeleteDataResponse = void

/**
 * Delete Customer Data
 *
 * Deletes customer data including resources like spaces, properties, rooms, users, etc.
 * This will delete the partner resources and any related Seam resources (user identities, access grants, spaces).
 */
export const customersDeleteData = (
  client: SeamClient,
  parameters?: CustomersDeleteDataParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  CustomersDeleteDataParameters,
  CustomersDeleteDataResponse
> =>
  client.request<CustomersDeleteDataParameters, CustomersDeleteDataResponse>(
    { path: '/customers/delete_data' },
    parameters ?? ({} as CustomersDeleteDataParameters),
    options,
  )

export type CustomersPushDataParameters = NonNullable<
  paths['/customers/push_data']['post']['requestBody']
>['content']['application/json']
export type CustomersPushDataResponse = void

/**
 * Push Customer Data
 *
 * Pushes customer data including resources like spaces, properties, rooms, users, etc.
 */
export const customersPushData = (
  client: SeamClient,
  parameters: CustomersPushDataParameters,
  options?: RequestOptions,
): SeamHttpRequest<CustomersPushDataParameters, CustomersPushDataResponse> =>
  client.request<CustomersPushDataParameters, CustomersPushDataResponse>(
    { path: '/customers/push_data' },
    parameters,
    options,
  )

/** The `customers` namespace of the Seam API. */
export class SeamHttpCustomers {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<
    CustomersCreatePortalParameters,
    CustomersCreatePortalResponse
  > {
    return customersCreatePortal(this.client, parameters, options)
  }

  /**
   * Delete Customer Data
   *
   * Deletes customer data including resources like spaces, properties, rooms, users, etc.
   * This will delete the partner resources and any related Seam resources (user identities, access grants, spaces).
   */
  deleteData(
    parameters?: CustomersDeleteDataParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    CustomersDeleteDataParameters,
    CustomersDeleteDataResponse
  > {
    return customersDeleteData(this.client, parameters, options)
  }

  /**
   * Push Customer Data
   *
   * Pushes customer data including resources like spaces, properties, rooms, users, etc.
   */
  pushData(
    parameters: CustomersPushDataParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<CustomersPushDataParameters, CustomersPushDataResponse> {
    return customersPushData(this.client, parameters, options)
  }
}
