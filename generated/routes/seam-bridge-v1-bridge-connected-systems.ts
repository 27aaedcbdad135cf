// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamBridgeV1BridgeConnectedSystemsListParameters = Record<
  string,
  never
>
export type SeamBridgeV1BridgeConnectedSystemsListResponse =
  paths['/seam/bridge/v1/bridge_connected_systems/list']['post']['responses'][200]['content']['application/json']['bridge_connected_systems']
export type SeamBridgeV1BridgeConnectedSystemsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamBridgeV1BridgeConnectedSystemsListRequest = SeamHttpRequest<
  SeamBridgeV1BridgeConnectedSystemsListParameters,
  SeamBridgeV1BridgeConnectedSystemsListResponse
>

/**
 * List Bridge-Connected Systems
 *
 * Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge)-connected systems associated with the client session token used for authentication.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamBridgeV1BridgeConnectedSystemsList = (
  client: SeamClient,
  parameters?: SeamBridgeV1BridgeConnectedSystemsListParameters,
  options?: SeamBridgeV1BridgeConnectedSystemsListOptions,
): SeamBridgeV1BridgeConnectedSystemsListRequest =>
  client.request(
    {
      path: '/seam/bridge/v1/bridge_connected_systems/list',
      responseKey: 'bridge_connected_systems',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamBridgeV1BridgeConnectedSystemsListParameters),
    options,
  )

/** The `seam.bridge.v1.bridgeConnectedSystems` namespace of the Seam API. */
export class SeamHttpSeamBridgeV1BridgeConnectedSystems extends SeamHttpBase {
  /**
   * List Bridge-Connected Systems
   *
   * Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge)-connected systems associated with the client session token used for authentication.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamBridgeV1BridgeConnectedSystemsListParameters,
    options?: SeamBridgeV1BridgeConnectedSystemsListOptions,
  ): SeamBridgeV1BridgeConnectedSystemsListRequest {
    return this.client.request(
      {
        path: '/seam/bridge/v1/bridge_connected_systems/list',
        responseKey: 'bridge_connected_systems',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamBridgeV1BridgeConnectedSystemsListParameters),
      options,
    )
  }
}
