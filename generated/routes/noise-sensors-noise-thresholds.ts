// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type NoiseSensorsNoiseThresholdsCreateParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/create']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsCreateResponse =
  paths['/noise_sensors/noise_thresholds/create']['post']['responses'][200]['content']['application/json']['noise_threshold']

/**
 * Create a Noise Threshold
 *
 * Creates a new [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors). Thresholds represent the limits of noise tolerated at a property, which can be customized for each hour of the day. Each device has its own default thresholds, but you can use the Seam API to modify them.
 */
export const noiseSensorsNoiseThresholdsCreate = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  NoiseSensorsNoiseThresholdsCreateParameters,
  NoiseSensorsNoiseThresholdsCreateResponse
> =>
  client.request<
    NoiseSensorsNoiseThresholdsCreateParameters,
    NoiseSensorsNoiseThresholdsCreateResponse
  >(
    {
      path: '/noise_sensors/noise_thresholds/create',
      responseKey: 'noise_threshold',
    },
    parameters,
    options,
  )

export type NoiseSensorsNoiseThresholdsDeleteParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/delete']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsDeleteResponse = void

/**
 * Delete a Noise Threshold
 *
 * Deletes a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) from a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
 */
export const noiseSensorsNoiseThresholdsDelete = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  NoiseSensorsNoiseThresholdsDeleteParameters,
  NoiseSensorsNoiseThresholdsDeleteResponse
> =>
  client.request<
    NoiseSensorsNoiseThresholdsDeleteParameters,
    NoiseSensorsNoiseThresholdsDeleteResponse
  >({ path: '/noise_sensors/noise_thresholds/delete' }, parameters, options)

export type NoiseSensorsNoiseThresholdsGetParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/get']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsGetResponse =
  paths['/noise_sensors/noise_thresholds/get']['post']['responses'][200]['content']['application/json']['noise_threshold']

/**
 * Get a Noise Threshold
 *
 * Returns a specified [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
 */
export const noiseSensorsNoiseThresholdsGet = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  NoiseSensorsNoiseThresholdsGetParameters,
  NoiseSensorsNoiseThresholdsGetResponse
> =>
  client.request<
    NoiseSensorsNoiseThresholdsGetParameters,
    NoiseSensorsNoiseThresholdsGetResponse
  >(
    {
      path: '/noise_sensors/noise_thresholds/get',
      responseKey: 'noise_threshold',
      read: true,
    },
    parameters,
    options,
  )

export type NoiseSensorsNoiseThresholdsListParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/list']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsListResponse =
  paths['/noise_sensors/noise_thresholds/list']['post']['responses'][200]['content']['application/json']['noise_thresholds']

/**
 * List Noise Thresholds
 *
 * Returns a list of all [noise thresholds](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
 */
export const noiseSensorsNoiseThresholdsList = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  NoiseSensorsNoiseThresholdsListParameters,
  NoiseSensorsNoiseThresholdsListResponse
> =>
  client.request<
    NoiseSensorsNoiseThresholdsListParameters,
    NoiseSensorsNoiseThresholdsListResponse
  >(
    {
      path: '/noise_sensors/noise_thresholds/list',
      responseKey: 'noise_thresholds',
      read: true,
    },
    parameters,
    options,
  )

export type NoiseSensorsNoiseThresholdsUpdateParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/update']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsUpdateResponse = void

/**
 * Update a Noise Threshold
 *
 * Updates a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
 */
export const noiseSensorsNoiseThresholdsUpdate = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  NoiseSensorsNoiseThresholdsUpdateParameters,
  NoiseSensorsNoiseThresholdsUpdateResponse
> =>
  client.request<
    NoiseSensorsNoiseThresholdsUpdateParameters,
    NoiseSensorsNoiseThresholdsUpdateResponse
  >({ path: '/noise_sensors/noise_thresholds/update' }, parameters, options)

/** The `noiseSensors.noiseThresholds` namespace of the Seam API. */
export class SeamHttpNoiseSensorsNoiseThresholds {
  constructor(private readonly client: SeamClient) {}

  /**
   * Create a Noise Threshold
   *
   * Creates a new [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors). Thresholds represent the limits of noise tolerated at a property, which can be customized for each hour of the day. Each device has its own default thresholds, but you can use the Seam API to modify them.
   */
  create(
    parameters: NoiseSensorsNoiseThresholdsCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    NoiseSensorsNoiseThresholdsCreateParameters,
    NoiseSensorsNoiseThresholdsCreateResponse
  > {
    return noiseSensorsNoiseThresholdsCreate(this.client, parameters, options)
  }

  /**
   * Delete a Noise Threshold
   *
   * Deletes a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) from a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  delete(
    parameters: NoiseSensorsNoiseThresholdsDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    NoiseSensorsNoiseThresholdsDeleteParameters,
    NoiseSensorsNoiseThresholdsDeleteResponse
  > {
    return noiseSensorsNoiseThresholdsDelete(this.client, parameters, options)
  }

  /**
   * Get a Noise Threshold
   *
   * Returns a specified [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  get(
    parameters: NoiseSensorsNoiseThresholdsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    NoiseSensorsNoiseThresholdsGetParameters,
    NoiseSensorsNoiseThresholdsGetResponse
  > {
    return noiseSensorsNoiseThresholdsGet(this.client, parameters, options)
  }

  /**
   * List Noise Thresholds
   *
   * Returns a list of all [noise thresholds](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  list(
    parameters: NoiseSensorsNoiseThresholdsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    NoiseSensorsNoiseThresholdsListParameters,
    NoiseSensorsNoiseThresholdsListResponse
  > {
    return noiseSensorsNoiseThresholdsList(this.client, parameters, options)
  }

  /**
   * Update a Noise Threshold
   *
   * Updates a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  update(
    parameters: NoiseSensorsNoiseThresholdsUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    NoiseSensorsNoiseThresholdsUpdateParameters,
    NoiseSensorsNoiseThresholdsUpdateResponse
  > {
    return noiseSensorsNoiseThresholdsUpdate(this.client, parameters, options)
  }
}
