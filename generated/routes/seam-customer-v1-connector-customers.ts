// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1ConnectorCustomersListParameters = NonNullable<
  paths['/seam/customer/v1/connector_customers/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorCustomersListResponse =
  paths['/seam/customer/v1/connector_customers/list']['post']['responses'][200]['content']['application/json']['connector_customers']
export type SeamCustomerV1ConnectorCustomersListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorCustomersListRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorCustomersListParameters,
  SeamCustomerV1ConnectorCustomersListResponse
>

/**
 * List Connector Customers
 *
 * Lists connector customers for a given connector.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorCustomersList = (
  client: SeamClient,
  parameters?: SeamCustomerV1ConnectorCustomersListParameters,
  options?: SeamCustomerV1ConnectorCustomersListOptions,
): SeamCustomerV1ConnectorCustomersListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/connector_customers/list',
      responseKey: 'connector_customers',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1ConnectorCustomersListParameters),
    options,
  )

/** The `seam.customer.v1.connectorCustomers` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1ConnectorCustomers extends SeamHttpBase {
  /**
   * List Connector Customers
   *
   * Lists connector customers for a given connector.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1ConnectorCustomersListParameters,
    options?: SeamCustomerV1ConnectorCustomersListOptions,
  ): SeamCustomerV1ConnectorCustomersListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connector_customers/list',
        responseKey: 'connector_customers',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1ConnectorCustomersListParameters),
      options,
    )
  }
}
