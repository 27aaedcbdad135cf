// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type InstantKeysDeleteParameters = NonNullable<
  paths['/instant_keys/delete']['post']['requestBody']
>['content']['application/json']
export type InstantKeysDeleteResponse = void
export type InstantKeysDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type InstantKeysDeleteRequest = SeamHttpRequest<
  InstantKeysDeleteParameters,
  InstantKeysDeleteResponse
>

/**
 * Delete an Instant Key
 *
 * Deletes a specified [Instant Key](https://docs.seam.co/capability-guides/instant-keys).
 */
export const instantKeysDelete = (
  client: SeamClient,
  parameters: InstantKeysDeleteParameters,
  options?: InstantKeysDeleteOptions,
): InstantKeysDeleteRequest =>
  client.request(
    { path: '/instant_keys/delete', required: ['instant_key_id'] },
    parameters,
    options,
  )

export type InstantKeysGetParameters = NonNullable<
  paths['/instant_keys/get']['post']['requestBody']
>['content']['application/json']
export type InstantKeysGetResponse =
  paths['/instant_keys/get']['post']['responses'][200]['content']['application/json']['instant_key']
export type InstantKeysGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type InstantKeysGetRequest = SeamHttpRequest<
  InstantKeysGetParameters,
  InstantKeysGetResponse
>

/**
 * Get an Instant Key
 *
 * Gets an [instant key](https://docs.seam.co/capability-guides/instant-keys).
 */
export const instantKeysGet = (
  client: SeamClient,
  parameters?: InstantKeysGetParameters,
  options?: InstantKeysGetOptions,
): InstantKeysGetRequest =>
  client.request(
    { path: '/instant_keys/get', responseKey: 'instant_key', read: true },
    parameters ?? ({} as InstantKeysGetParameters),
    options,
  )

export type InstantKeysListParameters = NonNullable<
  paths['/instant_keys/list']['post']['requestBody']
>['content']['application/json']
export type InstantKeysListResponse =
  paths['/instant_keys/list']['post']['responses'][200]['content']['application/json']['instant_keys']
export type InstantKeysListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type InstantKeysListRequest = SeamHttpRequest<
  InstantKeysListParameters,
  InstantKeysListResponse
>

/**
 * List Instant Keys
 *
 * Returns a list of all [instant keys](https://docs.seam.co/capability-guides/instant-keys).
 */
export const instantKeysList = (
  client: SeamClient,
  parameters?: InstantKeysListParameters,
  options?: InstantKeysListOptions,
): InstantKeysListRequest =>
  client.request(
    { path: '/instant_keys/list', responseKey: 'instant_keys', read: true },
    parameters ?? ({} as InstantKeysListParameters),
    options,
  )

/** The `instantKeys` namespace of the Seam API. */
export class SeamHttpInstantKeys extends SeamHttpBase {
  /**
   * Delete an Instant Key
   *
   * Deletes a specified [Instant Key](https://docs.seam.co/capability-guides/instant-keys).
   */
  delete(
    parameters: InstantKeysDeleteParameters,
    options?: InstantKeysDeleteOptions,
  ): InstantKeysDeleteRequest {
    return this.client.request(
      { path: '/instant_keys/delete', required: ['instant_key_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get an Instant Key
   *
   * Gets an [instant key](https://docs.seam.co/capability-guides/instant-keys).
   */
  get(
    parameters?: InstantKeysGetParameters,
    options?: InstantKeysGetOptions,
  ): InstantKeysGetRequest {
    return this.client.request(
      { path: '/instant_keys/get', responseKey: 'instant_key', read: true },
      parameters ?? ({} as InstantKeysGetParameters),
      options,
    )
  }

  /**
   * List Instant Keys
   *
   * Returns a list of all [instant keys](https://docs.seam.co/capability-guides/instant-keys).
   */
  list(
    parameters?: InstantKeysListParameters,
    options?: InstantKeysListOptions,
  ): InstantKeysListRequest {
    return this.client.request(
      { path: '/instant_keys/list', responseKey: 'instant_keys', read: true },
      parameters ?? ({} as InstantKeysListParameters),
      options,
    )
  }
}
