// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamCustomerV1ConnectorsExternalSites } from './seam-customer-v1-connectors-external-sites.js'
import { SeamHttpSeamCustomerV1ConnectorsIcal } from './seam-customer-v1-connectors-ical.js'

export type SeamCustomerV1ConnectorsAuthorizeParameters = NonNullable<
  paths['/seam/customer/v1/connectors/authorize']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsAuthorizeResponse =
  paths['/seam/customer/v1/connectors/authorize']['post']['responses'][200]['content']['application/json']['connector_authorize']
export type SeamCustomerV1ConnectorsAuthorizeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorsAuthorizeRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorsAuthorizeParameters,
  SeamCustomerV1ConnectorsAuthorizeResponse
>

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
  options?: SeamCustomerV1ConnectorsAuthorizeOptions,
): SeamCustomerV1ConnectorsAuthorizeRequest =>
  client.request(
    {
      path: '/seam/customer/v1/connectors/authorize',
      responseKey: 'connector_authorize',
      read: true,
      undocumented: true,
      required: ['slug'],
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
export type SeamCustomerV1ConnectorsConnectorTypesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorsConnectorTypesRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorsConnectorTypesParameters,
  SeamCustomerV1ConnectorsConnectorTypesResponse
>

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
  options?: SeamCustomerV1ConnectorsConnectorTypesOptions,
): SeamCustomerV1ConnectorsConnectorTypesRequest =>
  client.request(
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
export type SeamCustomerV1ConnectorsCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorsCreateRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorsCreateParameters,
  SeamCustomerV1ConnectorsCreateResponse
>

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
  options?: SeamCustomerV1ConnectorsCreateOptions,
): SeamCustomerV1ConnectorsCreateRequest =>
  client.request(
    {
      path: '/seam/customer/v1/connectors/create',
      responseKey: 'connector',
      undocumented: true,
      required: ['config', 'connector_type'],
    },
    parameters,
    options,
  )

export type SeamCustomerV1ConnectorsDeleteParameters = NonNullable<
  paths['/seam/customer/v1/connectors/delete']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsDeleteResponse =
  paths['/seam/customer/v1/connectors/delete']['post']['responses'][200]['content']['application/json']['connector']
export type SeamCustomerV1ConnectorsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorsDeleteRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorsDeleteParameters,
  SeamCustomerV1ConnectorsDeleteResponse
>

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
  options?: SeamCustomerV1ConnectorsDeleteOptions,
): SeamCustomerV1ConnectorsDeleteRequest =>
  client.request(
    {
      path: '/seam/customer/v1/connectors/delete',
      responseKey: 'connector',
      undocumented: true,
      required: ['connector_id'],
    },
    parameters,
    options,
  )

export type SeamCustomerV1ConnectorsListParameters = Record<string, never>
export type SeamCustomerV1ConnectorsListResponse =
  paths['/seam/customer/v1/connectors/list']['post']['responses'][200]['content']['application/json']['connectors']
export type SeamCustomerV1ConnectorsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorsListRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorsListParameters,
  SeamCustomerV1ConnectorsListResponse
>

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
  options?: SeamCustomerV1ConnectorsListOptions,
): SeamCustomerV1ConnectorsListRequest =>
  client.request(
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
export type SeamCustomerV1ConnectorsSyncOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorsSyncRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorsSyncParameters,
  SeamCustomerV1ConnectorsSyncResponse
>

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
  options?: SeamCustomerV1ConnectorsSyncOptions,
): SeamCustomerV1ConnectorsSyncRequest =>
  client.request(
    {
      path: '/seam/customer/v1/connectors/sync',
      responseKey: 'connector_sync',
      undocumented: true,
      required: ['connector_id', 'connector_type', 'customer_key'],
    },
    parameters,
    options,
  )

export type SeamCustomerV1ConnectorsUpdateParameters = NonNullable<
  paths['/seam/customer/v1/connectors/update']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1ConnectorsUpdateResponse =
  paths['/seam/customer/v1/connectors/update']['post']['responses'][200]['content']['application/json']['connector']
export type SeamCustomerV1ConnectorsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1ConnectorsUpdateRequest = SeamHttpRequest<
  SeamCustomerV1ConnectorsUpdateParameters,
  SeamCustomerV1ConnectorsUpdateResponse
>

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
  options?: SeamCustomerV1ConnectorsUpdateOptions,
): SeamCustomerV1ConnectorsUpdateRequest =>
  client.request(
    {
      path: '/seam/customer/v1/connectors/update',
      responseKey: 'connector',
      undocumented: true,
      required: ['config', 'connector_id'],
    },
    parameters,
    options,
  )

/** The `seam.customer.v1.connectors` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Connectors extends SeamHttpBase {
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
    options?: SeamCustomerV1ConnectorsAuthorizeOptions,
  ): SeamCustomerV1ConnectorsAuthorizeRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connectors/authorize',
        responseKey: 'connector_authorize',
        read: true,
        undocumented: true,
        required: ['slug'],
      },
      parameters,
      options,
    )
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
    options?: SeamCustomerV1ConnectorsConnectorTypesOptions,
  ): SeamCustomerV1ConnectorsConnectorTypesRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connectors/connector_types',
        responseKey: 'connector_types',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1ConnectorsConnectorTypesParameters),
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
    options?: SeamCustomerV1ConnectorsCreateOptions,
  ): SeamCustomerV1ConnectorsCreateRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connectors/create',
        responseKey: 'connector',
        undocumented: true,
        required: ['config', 'connector_type'],
      },
      parameters,
      options,
    )
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
    options?: SeamCustomerV1ConnectorsDeleteOptions,
  ): SeamCustomerV1ConnectorsDeleteRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connectors/delete',
        responseKey: 'connector',
        undocumented: true,
        required: ['connector_id'],
      },
      parameters,
      options,
    )
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
    options?: SeamCustomerV1ConnectorsListOptions,
  ): SeamCustomerV1ConnectorsListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connectors/list',
        responseKey: 'connectors',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1ConnectorsListParameters),
      options,
    )
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
    options?: SeamCustomerV1ConnectorsSyncOptions,
  ): SeamCustomerV1ConnectorsSyncRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connectors/sync',
        responseKey: 'connector_sync',
        undocumented: true,
        required: ['connector_id', 'connector_type', 'customer_key'],
      },
      parameters,
      options,
    )
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
    options?: SeamCustomerV1ConnectorsUpdateOptions,
  ): SeamCustomerV1ConnectorsUpdateRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/connectors/update',
        responseKey: 'connector',
        undocumented: true,
        required: ['config', 'connector_id'],
      },
      parameters,
      options,
    )
  }
}
