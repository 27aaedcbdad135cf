// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type ConnectedAccountsSimulateDisconnectParameters = NonNullable<
  paths['/connected_accounts/simulate/disconnect']['post']['requestBody']
>['content']['application/json']
export type ConnectedAccountsSimulateDisconnectResponse = void

/**
 * Simulate Connected Account Disconnection
 *
 * Simulates a connected account becoming disconnected from Seam. Only applicable for [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const connectedAccountsSimulateDisconnect = (
  client: SeamClient,
  parameters: ConnectedAccountsSimulateDisconnectParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ConnectedAccountsSimulateDisconnectParameters,
  ConnectedAccountsSimulateDisconnectResponse
> =>
  client.request<
    ConnectedAccountsSimulateDisconnectParameters,
    ConnectedAccountsSimulateDisconnectResponse
  >({ path: '/connected_accounts/simulate/disconnect' }, parameters, options)

/** The `connectedAccounts.simulate` namespace of the Seam API. */
export class SeamHttpConnectedAccountsSimulate {
  constructor(private readonly client: SeamClient) {}

  /**
   * Simulate Connected Account Disconnection
   *
   * Simulates a connected account becoming disconnected from Seam. Only applicable for [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  disconnect(
    parameters: ConnectedAccountsSimulateDisconnectParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ConnectedAccountsSimulateDisconnectParameters,
    ConnectedAccountsSimulateDisconnectResponse
  > {
    return connectedAccountsSimulateDisconnect(this.client, parameters, options)
  }
}
