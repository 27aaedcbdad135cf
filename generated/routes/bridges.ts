// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type BridgesGetParameters = NonNullable<
  paths['/bridges/get']['post']['requestBody']
>['content']['application/json']
export type BridgesGetResponse =
  paths['/bridges/get']['post']['responses'][200]['content']['application/json']['bridge']

/**
 * Get a Seam Bridge
 *
 * Returns a specified [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const bridgesGet = (
  client: SeamClient,
  parameters: BridgesGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<BridgesGetParameters, BridgesGetResponse> =>
  client.request<BridgesGetParameters, BridgesGetResponse>(
    {
      path: '/bridges/get',
      responseKey: 'bridge',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type BridgesListParameters = NonNullable<
  paths['/bridges/list']['post']['requestBody']
>['content']['application/json']
export type BridgesListResponse =
  paths['/bridges/list']['post']['responses'][200]['content']['application/json']['bridges']

/**
 * List Seam Bridges
 *
 * Returns a list of all [Seam Bridges](https://docs.seam.co/capability-guides/seam-bridge).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const bridgesList = (
  client: SeamClient,
  parameters?: BridgesListParameters,
  options?: RequestOptions,
): SeamHttpRequest<BridgesListParameters, BridgesListResponse> =>
  client.request<BridgesListParameters, BridgesListResponse>(
    {
      path: '/bridges/list',
      responseKey: 'bridges',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as BridgesListParameters),
    options,
  )

/** The `bridges` namespace of the Seam API. */
export class SeamHttpBridges {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get a Seam Bridge
   *
   * Returns a specified [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: BridgesGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<BridgesGetParameters, BridgesGetResponse> {
    return bridgesGet(this.client, parameters, options)
  }

  /**
   * List Seam Bridges
   *
   * Returns a list of all [Seam Bridges](https://docs.seam.co/capability-guides/seam-bridge).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: BridgesListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<BridgesListParameters, BridgesListResponse> {
    return bridgesList(this.client, parameters, options)
  }
}
