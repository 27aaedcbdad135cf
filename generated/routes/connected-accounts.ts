// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpConnectedAccountsSimulate } from './connected-accounts-simulate.js'

export type ConnectedAccountsDeleteParameters = NonNullable<
  paths['/connected_accounts/delete']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsDeleteResponse = void

/**
 * Delete a Connected Account
 *
 * Deletes a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).
 *
 * Deleting a connected account triggers a `connected_account.deleted` event and removes the connected account and all data associated with the connected account from Seam, including devices, events, access codes, and so on. For every deleted resource, Seam sends a corresponding deleted event, but the resource is not deleted from the provider.
 *
 * For example, if you delete a connected account with a device that has an access code, Seam sends a `connected_account.deleted` event, a `device.deleted` event, and an `access_code.deleted` event, but Seam does not remove the access code from the device.
 */
export const connectedAccountsDelete = (
  client: SeamClient,
  parameters: ConnectedAccountsDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ConnectedAccountsDeleteParameters,
  ConnectedAccountsDeleteResponse
> =>
  client.request<
    ConnectedAccountsDeleteParameters,
    ConnectedAccountsDeleteResponse
  >({ path: '/connected_accounts/delete' }, parameters, options)

export type ConnectedAccountsGetParameters = NonNullable<
  paths['/connected_accounts/get']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsGetResponse =
  paths['/connected_accounts/get']['post']['responses'][200]['content']['application/json']['connected_account']

/**
 * Get a Connected Account
 *
 * Returns a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).
 */
export const connectedAccountsGet = (
  client: SeamClient,
  parameters: ConnectedAccountsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ConnectedAccountsGetParameters,
  ConnectedAccountsGetResponse
> =>
  client.request<ConnectedAccountsGetParameters, ConnectedAccountsGetResponse>(
    {
      path: '/connected_accounts/get',
      responseKey: 'connected_account',
      read: true,
    },
    parameters,
    options,
  )

export type ConnectedAccountsListParameters = NonNullable<
  paths['/connected_accounts/list']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsListResponse =
  paths['/connected_accounts/list']['post']['responses'][200]['content']['application/json']['connected_accounts']

/**
 * List Connected Accounts
 *
 * Returns a list of all [connected accounts](https://docs.seam.co/core-concepts/connected-accounts).
 */
export const connectedAccountsList = (
  client: SeamClient,
  parameters?: ConnectedAccountsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ConnectedAccountsListParameters,
  ConnectedAccountsListResponse
> =>
  client.request<
    ConnectedAccountsListParameters,
    ConnectedAccountsListResponse
  >(
    {
      path: '/connected_accounts/list',
      responseKey: 'connected_accounts',
      read: true,
    },
    parameters ?? ({} as ConnectedAccountsListParameters),
    options,
  )

export type ConnectedAccountsSyncParameters = NonNullable<
  paths['/connected_accounts/sync']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsSyncResponse = void

/**
 * Sync a Connected Account
 *
 * Request a [connected account](https://docs.seam.co/core-concepts/connected-accounts) sync attempt for the specified `connected_account_id`.
 */
export const connectedAccountsSync = (
  client: SeamClient,
  parameters: ConnectedAccountsSyncParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ConnectedAccountsSyncParameters,
  ConnectedAccountsSyncResponse
> =>
  client.request<
    ConnectedAccountsSyncParameters,
    ConnectedAccountsSyncResponse
  >({ path: '/connected_accounts/sync' }, parameters, options)

export type ConnectedAccountsUpdateParameters = NonNullable<
  paths['/connected_accounts/update']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsUpdateResponse = void

/**
 * Update a Connected Account
 *
 * Updates a [connected account](https://docs.seam.co/core-concepts/connected-accounts).
 */
export const connectedAccountsUpdate = (
  client: SeamClient,
  parameters: ConnectedAccountsUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ConnectedAccountsUpdateParameters,
  ConnectedAccountsUpdateResponse
> =>
  client.request<
    ConnectedAccountsUpdateParameters,
    ConnectedAccountsUpdateResponse
  >({ path: '/connected_accounts/update' }, parameters, options)

/** The `connectedAccounts` namespace of the Seam API. */
export class SeamHttpConnectedAccounts {
  constructor(private readonly client: SeamClient) {}

  get simulate(): SeamHttpConnectedAccountsSimulate {
    return new SeamHttpConnectedAccountsSimulate(this.client)
  }

  /**
   * Delete a Connected Account
   *
   * Deletes a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).
   *
   * Deleting a connected account triggers a `connected_account.deleted` event and removes the connected account and all data associated with the connected account from Seam, including devices, events, access codes, and so on. For every deleted resource, Seam sends a corresponding deleted event, but the resource is not deleted from the provider.
   *
   * For example, if you delete a connected account with a device that has an access code, Seam sends a `connected_account.deleted` event, a `device.deleted` event, and an `access_code.deleted` event, but Seam does not remove the access code from the device.
   */
  delete(
    parameters: ConnectedAccountsDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ConnectedAccountsDeleteParameters,
    ConnectedAccountsDeleteResponse
  > {
    return connectedAccountsDelete(this.client, parameters, options)
  }

  /**
   * Get a Connected Account
   *
   * Returns a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).
   */
  get(
    parameters: ConnectedAccountsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ConnectedAccountsGetParameters,
    ConnectedAccountsGetResponse
  > {
    return connectedAccountsGet(this.client, parameters, options)
  }

  /**
   * List Connected Accounts
   *
   * Returns a list of all [connected accounts](https://docs.seam.co/core-concepts/connected-accounts).
   */
  list(
    parameters?: ConnectedAccountsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ConnectedAccountsListParameters,
    ConnectedAccountsListResponse
  > {
    return connectedAccountsList(this.client, parameters, options)
  }

  /**
   * Sync a Connected Account
   *
   * Request a [connected account](https://docs.seam.co/core-concepts/connected-accounts) sync attempt for the specified `connected_account_id`.
   */
  sync(
    parameters: ConnectedAccountsSyncParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ConnectedAccountsSyncParameters,
    ConnectedAccountsSyncResponse
  > {
    return connectedAccountsSync(this.client, parameters, options)
  }

  /**
   * Update a Connected Account
   *
   * Updates a [connected account](https://docs.seam.co/core-concepts/connected-accounts).
   */
  update(
    parameters: ConnectedAccountsUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ConnectedAccountsUpdateParameters,
    ConnectedAccountsUpdateResponse
  > {
    return connectedAccountsUpdate(this.client, parameters, options)
  }
}
