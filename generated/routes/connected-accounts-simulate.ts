// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type ConnectedAccountsSimulateDisconnectParameters = NonNullable<
  paths['/connected_accounts/simulate/disconnect']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsSimulateDisconnectResponse = void
export type ConnectedAccountsSimulateDisconnectOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectedAccountsSimulateDisconnectRequest = SeamHttpRequest<
  ConnectedAccountsSimulateDisconnectParameters,
  ConnectedAccountsSimulateDisconnectResponse
>

/**
 * Simulate Connected Account Disconnection
 *
 * Simulates a connected account becoming disconnected from Seam. Only applicable for [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const connectedAccountsSimulateDisconnect = (
  client: SeamClient,
  parameters: ConnectedAccountsSimulateDisconnectParameters,
  options?: ConnectedAccountsSimulateDisconnectOptions,
): ConnectedAccountsSimulateDisconnectRequest =>
  client.request(
    {
      path: '/connected_accounts/simulate/disconnect',
      required: ['connected_account_id'],
    },
    parameters,
    options,
  )

/** The `connectedAccounts.simulate` namespace of the Seam API. */
export class SeamHttpConnectedAccountsSimulate extends SeamHttpBase {
  /**
   * Simulate Connected Account Disconnection
   *
   * Simulates a connected account becoming disconnected from Seam. Only applicable for [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  disconnect(
    parameters: ConnectedAccountsSimulateDisconnectParameters,
    options?: ConnectedAccountsSimulateDisconnectOptions,
  ): ConnectedAccountsSimulateDisconnectRequest {
    return this.client.request(
      {
        path: '/connected_accounts/simulate/disconnect',
        required: ['connected_account_id'],
      },
      parameters,
      options,
    )
  }
}
