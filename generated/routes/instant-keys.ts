// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type InstantKeysDeleteParameters = NonNullable<
  paths['/instant_keys/delete']['post']['requestBody']
>['content']['application/json']
export type InstantKeysDeleteResponse = void

/**
 * Delete an Instant Key
 *
 * Deletes a specified [Instant Key](https://docs.seam.co/capability-guides/instant-keys).
 */
export const instantKeysDelete = (
  client: SeamClient,
  parameters: InstantKeysDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<InstantKeysDeleteParameters, InstantKeysDeleteResponse> =>
  client.request<InstantKeysDeleteParameters, InstantKeysDeleteResponse>(
    { path: '/instant_keys/delete' },
    parameters,
    options,
  )

export type InstantKeysGetParameters = NonNullable<
  paths['/instant_keys/get']['post']['requestBody']
>['content']['application/json']
export type InstantKeysGetResponse =
  paths['/instant_keys/get']['post']['responses'][200]['content']['application/json']['instant_key']

/**
 * Get an Instant Key
 *
 * Gets an [instant key](https://docs.seam.co/capability-guides/instant-keys).
 */
export const instantKeysGet = (
  client: SeamClient,
  parameters?: InstantKeysGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<InstantKeysGetParameters, InstantKeysGetResponse> =>
  client.request<InstantKeysGetParameters, InstantKeysGetResponse>(
    { path: '/instant_keys/get', responseKey: 'instant_key', read: true },
    parameters ?? ({} as InstantKeysGetParameters),
    options,
  )

export type InstantKeysListParameters = NonNullable<
  paths['/instant_keys/list']['post']['requestBody']
>['content']['application/json']
export type InstantKeysListResponse =
  paths['/instant_keys/list']['post']['responses'][200]['content']['application/json']['instant_keys']

/**
 * List Instant Keys
 *
 * Returns a list of all [instant keys](https://docs.seam.co/capability-guides/instant-keys).
 */
export const instantKeysList = (
  client: SeamClient,
  parameters?: InstantKeysListParameters,
  options?: RequestOptions,
): SeamHttpRequest<InstantKeysListParameters, InstantKeysListResponse> =>
  client.request<InstantKeysListParameters, InstantKeysListResponse>(
    { path: '/instant_keys/list', responseKey: 'instant_keys', read: true },
    parameters ?? ({} as InstantKeysListParameters),
    options,
  )

/** The `instantKeys` namespace of the Seam API. */
export class SeamHttpInstantKeys {
  constructor(private readonly client: SeamClient) {}

  /**
   * Delete an Instant Key
   *
   * Deletes a specified [Instant Key](https://docs.seam.co/capability-guides/instant-keys).
   */
  delete(
    parameters: InstantKeysDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<InstantKeysDeleteParameters, InstantKeysDeleteResponse> {
    return instantKeysDelete(this.client, parameters, options)
  }

  /**
   * Get an Instant Key
   *
   * Gets an [instant key](https://docs.seam.co/capability-guides/instant-keys).
   */
  get(
    parameters?: InstantKeysGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<InstantKeysGetParameters, InstantKeysGetResponse> {
    return instantKeysGet(this.client, parameters, options)
  }

  /**
   * List Instant Keys
   *
   * Returns a list of all [instant keys](https://docs.seam.co/capability-guides/instant-keys).
   */
  list(
    parameters?: InstantKeysListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<InstantKeysListParameters, InstantKeysListResponse> {
    return instantKeysList(this.client, parameters, options)
  }
}
