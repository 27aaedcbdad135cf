// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamCustomerV1CustomersAutomations } from './seam-customer-v1-customers-automations.js'

export type SeamCustomerV1CustomersListParameters = NonNullable<
  paths['/seam/customer/v1/customers/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1CustomersListResponse =
  paths['/seam/customer/v1/customers/list']['post']['responses'][200]['content']['application/json']['customers']
export type SeamCustomerV1CustomersListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1CustomersListRequest = SeamHttpRequest<
  SeamCustomerV1CustomersListParameters,
  SeamCustomerV1CustomersListResponse
>

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
  options?: SeamCustomerV1CustomersListOptions,
): SeamCustomerV1CustomersListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/customers/list',
      responseKey: 'customers',
      read: true,
      undocumented: true,
      paginated: true,
    },
    parameters ?? ({} as SeamCustomerV1CustomersListParameters),
    options,
  )

export type SeamCustomerV1CustomersMeParameters = Record<string, never>
export type SeamCustomerV1CustomersMeResponse = void
export type SeamCustomerV1CustomersMeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1CustomersMeRequest = SeamHttpRequest<
  SeamCustomerV1CustomersMeParameters,
  SeamCustomerV1CustomersMeResponse
>

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
  options?: SeamCustomerV1CustomersMeOptions,
): SeamCustomerV1CustomersMeRequest =>
  client.request(
    { path: '/seam/customer/v1/customers/me', read: true, undocumented: true },
    parameters ?? ({} as SeamCustomerV1CustomersMeParameters),
    options,
  )

export type SeamCustomerV1CustomersOpenPortalParameters = NonNullable<
  paths['/seam/customer/v1/customers/open_portal']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1CustomersOpenPortalResponse =
  paths['/seam/customer/v1/customers/open_portal']['post']['responses'][200]['content']['application/json']['magic_link']
export type SeamCustomerV1CustomersOpenPortalOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1CustomersOpenPortalRequest = SeamHttpRequest<
  SeamCustomerV1CustomersOpenPortalParameters,
  SeamCustomerV1CustomersOpenPortalResponse
>

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
  options?: SeamCustomerV1CustomersOpenPortalOptions,
): SeamCustomerV1CustomersOpenPortalRequest =>
  client.request(
    {
      path: '/seam/customer/v1/customers/open_portal',
      responseKey: 'magic_link',
      undocumented: true,
      required: ['customer_key'],
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.customers` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Customers extends SeamHttpBase {
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
    options?: SeamCustomerV1CustomersListOptions,
  ): SeamCustomerV1CustomersListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/customers/list',
        responseKey: 'customers',
        read: true,
        undocumented: true,
        paginated: true,
      },
      parameters ?? ({} as SeamCustomerV1CustomersListParameters),
      options,
    )
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
    options?: SeamCustomerV1CustomersMeOptions,
  ): SeamCustomerV1CustomersMeRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/customers/me',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1CustomersMeParameters),
      options,
    )
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
    options?: SeamCustomerV1CustomersOpenPortalOptions,
  ): SeamCustomerV1CustomersOpenPortalRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/customers/open_portal',
        responseKey: 'magic_link',
        undocumented: true,
        required: ['customer_key'],
      },
      parameters,
      options,
    )
  }
}
