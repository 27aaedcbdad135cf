// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamCustomerV1CustomersAutomations } from './seam-customer-v1-customers-automations.js'

export type SeamCustomerV1CustomersListParameters = NonNullable<
  paths['/seam/customer/v1/customers/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1CustomersListResponse =
  paths['/seam/customer/v1/customers/list']['post']['responses'][200]['content']['application/json']['customers']

/**
 * List Customers
 *
 * Returns a list of all customers within the workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1CustomersList = (
  client: SeamClient,
  parameters?: SeamCustomerV1CustomersListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1CustomersListParameters,
  SeamCustomerV1CustomersListResponse
> =>
  client.request<
    SeamCustomerV1CustomersListParameters,
    SeamCustomerV1CustomersListResponse
  >(
    {
      path: '/seam/customer/v1/customers/list',
      responseKey: 'customers',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1CustomersListParameters),
    options,
  )

export type SeamCustomerV1CustomersMeParameters = Record<string, never>
export type SeamCustomerV1CustomersMeResponse = void

/**
 * Me
 *
 * Returns the customer associated with the authenticated client session.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1CustomersMe = (
  client: SeamClient,
  parameters?: SeamCustomerV1CustomersMeParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1CustomersMeParameters,
  SeamCustomerV1CustomersMeResponse
> =>
  client.request<
    SeamCustomerV1CustomersMeParameters,
    SeamCustomerV1CustomersMeResponse
  >(
    { path: '/seam/customer/v1/customers/me', read: true, undocumented: true },
    parameters ?? ({} as SeamCustomerV1CustomersMeParameters),
    options,
  )

export type SeamCustomerV1CustomersOpenPortalParameters = NonNullable<
  paths['/seam/customer/v1/customers/open_portal']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1CustomersOpenPortalResponse =
  paths['/seam/customer/v1/customers/open_portal']['post']['responses'][200]['content']['application/json']['magic_link']

/**
 * Open Customer Portal
 *
 * Opens an existing customer portal or creates a new one if the previous portal has expired.
 * Returns an error if no portal was ever created for this customer.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1CustomersOpenPortal = (
  client: SeamClient,
  parameters: SeamCustomerV1CustomersOpenPortalParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1CustomersOpenPortalParameters,
  SeamCustomerV1CustomersOpenPortalResponse
> =>
  client.request<
    SeamCustomerV1CustomersOpenPortalParameters,
    SeamCustomerV1CustomersOpenPortalResponse
  >(
    {
      path: '/seam/customer/v1/customers/open_portal',
      responseKey: 'magic_link',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.customers` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Customers {
  constructor(private readonly client: SeamClient) {}

  get automations(): SeamHttpSeamCustomerV1CustomersAutomations {
    return new SeamHttpSeamCustomerV1CustomersAutomations(this.client)
  }

  /**
   * List Customers
   *
   * Returns a list of all customers within the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1CustomersListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1CustomersListParameters,
    SeamCustomerV1CustomersListResponse
  > {
    return seamCustomerV1CustomersList(this.client, parameters, options)
  }

  /**
   * Me
   *
   * Returns the customer associated with the authenticated client session.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  me(
    parameters?: SeamCustomerV1CustomersMeParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1CustomersMeParameters,
    SeamCustomerV1CustomersMeResponse
  > {
    return seamCustomerV1CustomersMe(this.client, parameters, options)
  }

  /**
   * Open Customer Portal
   *
   * Opens an existing customer portal or creates a new one if the previous portal has expired.
   * Returns an error if no portal was ever created for this customer.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  openPortal(
    parameters: SeamCustomerV1CustomersOpenPortalParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1CustomersOpenPortalParameters,
    SeamCustomerV1CustomersOpenPortalResponse
  > {
    return seamCustomerV1CustomersOpenPortal(this.client, parameters, options)
  }
}
