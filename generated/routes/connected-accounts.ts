// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpConnectedAccountsSimulate } from './connected-accounts-simulate.js'

export type ConnectedAccountsDeleteParameters = NonNullable<
  paths['/connected_accounts/delete']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsDeleteResponse = void
export type ConnectedAccountsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectedAccountsDeleteRequest = SeamHttpRequest<
  ConnectedAccountsDeleteParameters,
  ConnectedAccountsDeleteResponse
>

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
  options?: ConnectedAccountsDeleteOptions,
): ConnectedAccountsDeleteRequest =>
  client.request(
    { path: '/connected_accounts/delete', required: ['connected_account_id'] },
    parameters,
    options,
  )

export type ConnectedAccountsGetParameters = NonNullable<
  paths['/connected_accounts/get']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsGetResponse =
  paths['/connected_accounts/get']['post']['responses'][200]['content']['application/json']['connected_account']
export type ConnectedAccountsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectedAccountsGetRequest = SeamHttpRequest<
  ConnectedAccountsGetParameters,
  ConnectedAccountsGetResponse
>

/**
 * Get a Connected Account
 *
 * Returns a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).
 */
export const connectedAccountsGet = (
  client: SeamClient,
  parameters: ConnectedAccountsGetParameters,
  options?: ConnectedAccountsGetOptions,
): ConnectedAccountsGetRequest =>
  client.request(
    {
      path: '/connected_accounts/get',
      responseKey: 'connected_account',
      read: true,
      requiresParameters: true,
    },
    parameters,
    options,
  )

export type ConnectedAccountsListParameters = NonNullable<
  paths['/connected_accounts/list']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsListResponse =
  paths['/connected_accounts/list']['post']['responses'][200]['content']['application/json']['connected_accounts']
export type ConnectedAccountsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectedAccountsListRequest = SeamHttpRequest<
  ConnectedAccountsListParameters,
  ConnectedAccountsListResponse
>

/**
 * List Connected Accounts
 *
 * Returns a list of all [connected accounts](https://docs.seam.co/core-concepts/connected-accounts).
 */
export const connectedAccountsList = (
  client: SeamClient,
  parameters?: ConnectedAccountsListParameters,
  options?: ConnectedAccountsListOptions,
): ConnectedAccountsListRequest =>
  client.request(
    {
      path: '/connected_accounts/list',
      responseKey: 'connected_accounts',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as ConnectedAccountsListParameters),
    options,
  )

export type ConnectedAccountsSyncParameters = NonNullable<
  paths['/connected_accounts/sync']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsSyncResponse = void
export type ConnectedAccountsSyncOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectedAccountsSyncRequest = SeamHttpRequest<
  ConnectedAccountsSyncParameters,
  ConnectedAccountsSyncResponse
>

/**
 * Sync a Connected Account
 *
 * Request a [connected account](https://docs.seam.co/core-concepts/connected-accounts) sync attempt for the specified `connected_account_id`.
 */
export const connectedAccountsSync = (
  client: SeamClient,
  parameters: ConnectedAccountsSyncParameters,
  options?: ConnectedAccountsSyncOptions,
): ConnectedAccountsSyncRequest =>
  client.request(
    { path: '/connected_accounts/sync', required: ['connected_account_id'] },
    parameters,
    options,
  )

export type ConnectedAccountsUpdateParameters = NonNullable<
  paths['/connected_accounts/update']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsUpdateResponse = void
export type ConnectedAccountsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectedAccountsUpdateRequest = SeamHttpRequest<
  ConnectedAccountsUpdateParameters,
  ConnectedAccountsUpdateResponse
>

/**
 * Update a Connected Account
 *
 * Updates a [connected account](https://docs.seam.co/core-concepts/connected-accounts).
 */
export const connectedAccountsUpdate = (
  client: SeamClient,
  parameters: ConnectedAccountsUpdateParameters,
  options?: ConnectedAccountsUpdateOptions,
): ConnectedAccountsUpdateRequest =>
  client.request(
    { path: '/connected_accounts/update', required: ['connected_account_id'] },
    parameters,
    options,
  )

/** The `connectedAccounts` namespace of the Seam API. */
export class SeamHttpConnectedAccounts extends SeamHttpBase {
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
    options?: ConnectedAccountsDeleteOptions,
  ): ConnectedAccountsDeleteRequest {
    return this.client.request(
      {
        path: '/connected_accounts/delete',
        required: ['connected_account_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get a Connected Account
   *
   * Returns a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).
   */
  get(
    parameters: ConnectedAccountsGetParameters,
    options?: ConnectedAccountsGetOptions,
  ): ConnectedAccountsGetRequest {
    return this.client.request(
      {
        path: '/connected_accounts/get',
        responseKey: 'connected_account',
        read: true,
        requiresParameters: true,
      },
      parameters,
      options,
    )
  }

  /**
   * List Connected Accounts
   *
   * Returns a list of all [connected accounts](https://docs.seam.co/core-concepts/connected-accounts).
   */
  list(
    parameters?: ConnectedAccountsListParameters,
    options?: ConnectedAccountsListOptions,
  ): ConnectedAccountsListRequest {
    return this.client.request(
      {
        path: '/connected_accounts/list',
        responseKey: 'connected_accounts',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as ConnectedAccountsListParameters),
      options,
    )
  }

  /**
   * Sync a Connected Account
   *
   * Request a [connected account](https://docs.seam.co/core-concepts/connected-accounts) sync attempt for the specified `connected_account_id`.
   */
  sync(
    parameters: ConnectedAccountsSyncParameters,
    options?: ConnectedAccountsSyncOptions,
  ): ConnectedAccountsSyncRequest {
    return this.client.request(
      { path: '/connected_accounts/sync', required: ['connected_account_id'] },
      parameters,
      options,
    )
  }

  /**
   * Update a Connected Account
   *
   * Updates a [connected account](https://docs.seam.co/core-concepts/connected-accounts).
   */
  update(
    parameters: ConnectedAccountsUpdateParameters,
    options?: ConnectedAccountsUpdateOptions,
  ): ConnectedAccountsUpdateRequest {
    return this.client.request(
      {
        path: '/connected_accounts/update',
        required: ['connected_account_id'],
      },
      parameters,
      options,
    )
  }
}
