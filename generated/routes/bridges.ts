// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type BridgesGetParameters = NonNullable<
  paths['/bridges/get']['post']['requestBody']
>['content']['application/json']
export type BridgesGetResponse =
  paths['/bridges/get']['post']['responses'][200]['content']['application/json']['bridge']
export type BridgesGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type BridgesGetRequest = SeamHttpRequest<
  BridgesGetParameters,
  BridgesGetResponse
>

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
  options?: BridgesGetOptions,
): BridgesGetRequest =>
  client.request(
    {
      path: '/bridges/get',
      responseKey: 'bridge',
      read: true,
      undocumented: true,
      required: ['bridge_id'],
    },
    parameters,
    options,
  )

export type BridgesListParameters = NonNullable<
  paths['/bridges/list']['post']['requestBody']
>['content']['application/json']
export type BridgesListResponse =
  paths['/bridges/list']['post']['responses'][200]['content']['application/json']['bridges']
export type BridgesListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type BridgesListRequest = SeamHttpRequest<
  BridgesListParameters,
  BridgesListResponse
>

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
  options?: BridgesListOptions,
): BridgesListRequest =>
  client.request(
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
export class SeamHttpBridges extends SeamHttpBase {
  /**
   * Get a Seam Bridge
   *
   * Returns a specified [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: BridgesGetParameters,
    options?: BridgesGetOptions,
  ): BridgesGetRequest {
    return this.client.request(
      {
        path: '/bridges/get',
        responseKey: 'bridge',
        read: true,
        undocumented: true,
        required: ['bridge_id'],
      },
      parameters,
      options,
    )
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
    options?: BridgesListOptions,
  ): BridgesListRequest {
    return this.client.request(
      {
        path: '/bridges/list',
        responseKey: 'bridges',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as BridgesListParameters),
      options,
    )
  }
}
