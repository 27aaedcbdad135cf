// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1ConnectorsExternalSitesListParameters = NonNullable<
  paths['/seam/customer/v1/connectors/external_sites/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsExternalSitesListResponse =
  paths['/seam/customer/v1/connectors/external_sites/list']['post']['responses'][200]['content']['application/json']['external_sites']
export type SeamCustomerV1ConnectorsExternalSitesListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorsExternalSitesListRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorsExternalSitesListParameters,
  SeamCustomerV1ConnectorsExternalSitesListResponse
>

/**
 * List External Sites for a Connected Account
 *
 * Lists sites/properties available from the external system for a given connected account by calling the connector's live API.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorsExternalSitesList = (
  client: SeamClient,
  parameters: SeamCustomerV1ConnectorsExternalSitesListParameters,
  options?: SeamCustomerV1ConnectorsExternalSitesListOptions,
): SeamCustomerV1ConnectorsExternalSitesListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/connectors/external_sites/list',
      responseKey: 'external_sites',
      read: true,
      undocumented: true,
      required: ['connected_account_id'],
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.connectors.externalSites` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1ConnectorsExternalSites extends SeamHttpBase {
  /**
   * List External Sites for a Connected Account
   *
   * Lists sites/properties available from the external system for a given connected account by calling the connector's live API.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters: SeamCustomerV1ConnectorsExternalSitesListParameters,
    options?: SeamCustomerV1ConnectorsExternalSitesListOptions,
  ): SeamCustomerV1ConnectorsExternalSitesListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connectors/external_sites/list',
        responseKey: 'external_sites',
        read: true,
        undocumented: true,
        required: ['connected_account_id'],
      },
      parameters,
      options,
    )
  }
}
