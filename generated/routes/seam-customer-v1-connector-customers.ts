// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1ConnectorCustomersListParameters = NonNullable<
  paths['/seam/customer/v1/connector_customers/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorCustomersListResponse =
  paths['/seam/customer/v1/connector_customers/list']['post']['responses'][200]['content']['application/json']['connector_customers']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1ConnectorCustomersListParameters,
  SeamCustomerV1ConnectorCustomersListResponse
> =>
  client.request<
    SeamCustomerV1ConnectorCustomersListParameters,
    SeamCustomerV1ConnectorCustomersListResponse
  >(
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
export class SeamHttpSeamCustomerV1ConnectorCustomers {
  constructor(private readonly client: SeamClient) {}

  /**
   * List Connector Customers
   *
   * Lists connector customers for a given connector.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1ConnectorCustomersListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1ConnectorCustomersListParameters,
    SeamCustomerV1ConnectorCustomersListResponse
  > {
    return seamCustomerV1ConnectorCustomersList(
      this.client,
      parameters,
      options,
    )
  }
}
