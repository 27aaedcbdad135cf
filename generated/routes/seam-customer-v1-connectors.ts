// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamCustomerV1ConnectorsExternalSites } from './seam-customer-v1-connectors-external-sites.js'
import { SeamHttpSeamCustomerV1ConnectorsIcal } from './seam-customer-v1-connectors-ical.js'

export type SeamCustomerV1ConnectorsAuthorizeParameters = NonNullable<
  paths['/seam/customer/v1/connectors/authorize']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsAuthorizeResponse =
  paths['/seam/customer/v1/connectors/authorize']['post']['responses'][200]['content']['application/json']['connector_authorize']

/**
 * Get OAuth Authorization URL for Global Connector
 *
 * Returns the OAuth authorization URL for a global connector.
 * This endpoint only works for global connectors (connectors that support multiple customers).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorsAuthorize = (
  client: SeamClient,
  parameters: SeamCustomerV1ConnectorsAuthorizeParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1ConnectorsAuthorizeParameters,
  SeamCustomerV1ConnectorsAuthorizeResponse
> =>
  client.request<
    SeamCustomerV1ConnectorsAuthorizeParameters,
    SeamCustomerV1ConnectorsAuthorizeResponse
  >(
    {
      path: '/seam/customer/v1/connectors/authorize',
      responseKey: 'connector_authorize',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamCustomerV1ConnectorsConnectorTypesParameters = Record<
  string,
  never
>
export type SeamCustomerV1ConnectorsConnectorTypesResponse =
  paths['/seam/customer/v1/connectors/connector_types']['post']['responses'][200]['content']['application/json']['connector_types']

/**
 * List Connector Types
 *
 * Lists all available connector types and their editable fields for UI input.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorsConnectorTypes = (
  client: SeamClient,
  parameters?: SeamCustomerV1ConnectorsConnectorTypesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1ConnectorsConnectorTypesParameters,
  SeamCustomerV1ConnectorsConnectorTypesResponse
> =>
  client.request<
    SeamCustomerV1ConnectorsConnectorTypesParameters,
    SeamCustomerV1ConnectorsConnectorTypesResponse
  >(
    {
      path: '/seam/customer/v1/connectors/connector_types',
      responseKey: 'connector_types',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1ConnectorsConnectorTypesParameters),
    options,
  )

export type SeamCustomerV1ConnectorsCreateParameters = NonNullable<
  paths['/seam/customer/v1/connectors/create']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsCreateResponse =
  paths['/seam/customer/v1/connectors/create']['post']['responses'][200]['content']['application/json']['connector']

/**
 * Create Connector
 *
 * Creates a new connector for a customer in a workspace. The connector will be activated and start syncing data from the external API.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorsCreate = (
  client: SeamClient,
  parameters: SeamCustomerV1ConnectorsCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1ConnectorsCreateParameters,
  SeamCustomerV1ConnectorsCreateResponse
> =>
  client.request<
    SeamCustomerV1ConnectorsCreateParameters,
    SeamCustomerV1ConnectorsCreateResponse
  >(
    {
      path: '/seam/customer/v1/connectors/create',
      responseKey: 'connector',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamCustomerV1ConnectorsDeleteParameters = NonNullable<
  paths['/seam/customer/v1/connectors/delete']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsDeleteResponse =
  paths['/seam/customer/v1/connectors/delete']['post']['responses'][200]['content']['application/json']['connector']

/**
 * Delete Connector
 *
 * Deletes a connector from a workspace. The connector must already be assigned to a workspace.
 * This will remove the connector row from the database and deactivate any active connections.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorsDelete = (
  client: SeamClient,
  parameters: SeamCustomerV1ConnectorsDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1ConnectorsDeleteParameters,
  SeamCustomerV1ConnectorsDeleteResponse
> =>
  client.request<
    SeamCustomerV1ConnectorsDeleteParameters,
    SeamCustomerV1ConnectorsDeleteResponse
  >(
    {
      path: '/seam/customer/v1/connectors/delete',
      responseKey: 'connector',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamCustomerV1ConnectorsListParameters = Record<string, never>
export type SeamCustomerV1ConnectorsListResponse =
  paths['/seam/customer/v1/connectors/list']['post']['responses'][200]['content']['application/json']['connectors']

/**
 * List Connectors
 *
 * Lists connectors for a workspace (API key auth) or for a specific customer (customer client session auth).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorsList = (
  client: SeamClient,
  parameters?: SeamCustomerV1ConnectorsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1ConnectorsListParameters,
  SeamCustomerV1ConnectorsListResponse
> =>
  client.request<
    SeamCustomerV1ConnectorsListParameters,
    SeamCustomerV1ConnectorsListResponse
  >(
    {
      path: '/seam/customer/v1/connectors/list',
      responseKey: 'connectors',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1ConnectorsListParameters),
    options,
  )

export type SeamCustomerV1ConnectorsSyncParameters = NonNullable<
  paths['/seam/customer/v1/connectors/sync']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsSyncResponse =
  paths['/seam/customer/v1/connectors/sync']['post']['responses'][200]['content']['application/json']['connector_sync']

/**
 * Sync Connector Data
 *
 * Triggers an immediate data sync for a connector by scheduling a polling task.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorsSync = (
  client: SeamClient,
  parameters: SeamCustomerV1ConnectorsSyncParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1ConnectorsSyncParameters,
  SeamCustomerV1ConnectorsSyncResponse
> =>
  client.request<
    SeamCustomerV1ConnectorsSyncParameters,
    SeamCustomerV1ConnectorsSyncResponse
  >(
    {
      path: '/seam/customer/v1/connectors/sync',
      responseKey: 'connector_sync',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamCustomerV1ConnectorsUpdateParameters = NonNullable<
  paths['/seam/customer/v1/connectors/update']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsUpdateResponse =
  paths['/seam/customer/v1/connectors/update']['post']['responses'][200]['content']['application/json']['connector']

/**
 * Update Connector
 *
 * Updates an existing connector in a workspace. The connector must already be assigned to a workspace.
 * The connector will be reactivated with the new configuration.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1ConnectorsUpdate = (
  client: SeamClient,
  parameters: SeamCustomerV1ConnectorsUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1ConnectorsUpdateParameters,
  SeamCustomerV1ConnectorsUpdateResponse
> =>
  client.request<
    SeamCustomerV1ConnectorsUpdateParameters,
    SeamCustomerV1ConnectorsUpdateResponse
  >(
    {
      path: '/seam/customer/v1/connectors/update',
      responseKey: 'connector',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.connectors` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Connectors {
  constructor(private readonly client: SeamClient) {}

  get externalSites(): SeamHttpSeamCustomerV1ConnectorsExternalSites {
    return new SeamHttpSeamCustomerV1ConnectorsExternalSites(this.client)
  }

  get ical(): SeamHttpSeamCustomerV1ConnectorsIcal {
    return new SeamHttpSeamCustomerV1ConnectorsIcal(this.client)
  }

  /**
   * Get OAuth Authorization URL for Global Connector
   *
   * Returns the OAuth authorization URL for a global connector.
   * This endpoint only works for global connectors (connectors that support multiple customers).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  authorize(
    parameters: SeamCustomerV1ConnectorsAuthorizeParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1ConnectorsAuthorizeParameters,
    SeamCustomerV1ConnectorsAuthorizeResponse
  > {
    return seamCustomerV1ConnectorsAuthorize(this.client, parameters, options)
  }

  /**
   * List Connector Types
   *
   * Lists all available connector types and their editable fields for UI input.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  connectorTypes(
    parameters?: SeamCustomerV1ConnectorsConnectorTypesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1ConnectorsConnectorTypesParameters,
    SeamCustomerV1ConnectorsConnectorTypesResponse
  > {
    return seamCustomerV1ConnectorsConnectorTypes(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Create Connector
   *
   * Creates a new connector for a customer in a workspace. The connector will be activated and start syncing data from the external API.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamCustomerV1ConnectorsCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1ConnectorsCreateParameters,
    SeamCustomerV1ConnectorsCreateResponse
  > {
    return seamCustomerV1ConnectorsCreate(this.client, parameters, options)
  }

  /**
   * Delete Connector
   *
   * Deletes a connector from a workspace. The connector must already be assigned to a workspace.
   * This will remove the connector row from the database and deactivate any active connections.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  delete(
    parameters: SeamCustomerV1ConnectorsDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1ConnectorsDeleteParameters,
    SeamCustomerV1ConnectorsDeleteResponse
  > {
    return seamCustomerV1ConnectorsDelete(this.client, parameters, options)
  }

  /**
   * List Connectors
   *
   * Lists connectors for a workspace (API key auth) or for a specific customer (customer client session auth).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1ConnectorsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1ConnectorsListParameters,
    SeamCustomerV1ConnectorsListResponse
  > {
    return seamCustomerV1ConnectorsList(this.client, parameters, options)
  }

  /**
   * Sync Connector Data
   *
   * Triggers an immediate data sync for a connector by scheduling a polling task.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  sync(
    parameters: SeamCustomerV1ConnectorsSyncParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1ConnectorsSyncParameters,
    SeamCustomerV1ConnectorsSyncResponse
  > {
    return seamCustomerV1ConnectorsSync(this.client, parameters, options)
  }

  /**
   * Update Connector
   *
   * Updates an existing connector in a workspace. The connector must already be assigned to a workspace.
   * The connector will be reactivated with the new configuration.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters: SeamCustomerV1ConnectorsUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1ConnectorsUpdateParameters,
    SeamCustomerV1ConnectorsUpdateResponse
  > {
    return seamCustomerV1ConnectorsUpdate(this.client, parameters, options)
  }
}
