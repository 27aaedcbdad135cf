// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type NoiseSensorsNoiseThresholdsCreateParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/create']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsCreateResponse =
  paths['/noise_sensors/noise_thresholds/create']['post']['responses'][200]['content']['application/json']['noise_threshold']
export type NoiseSensorsNoiseThresholdsCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type NoiseSensorsNoiseThresholdsCreateRequest = SeamHttpRequest<
  NoiseSensorsNoiseThresholdsCreateParameters,
  NoiseSensorsNoiseThresholdsCreateResponse
>

/**
 * Create a Noise Threshold
 *
 * Creates a new [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors). Thresholds represent the limits of noise tolerated at a property, which can be customized for each hour of the day. Each device has its own default thresholds, but you can use the Seam API to modify them.
 */
export const noiseSensorsNoiseThresholdsCreate = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsCreateParameters,
  options?: NoiseSensorsNoiseThresholdsCreateOptions,
): NoiseSensorsNoiseThresholdsCreateRequest =>
  client.request(
    {
      path: '/noise_sensors/noise_thresholds/create',
      responseKey: 'noise_threshold',
      required: ['device_id', 'ends_daily_at', 'starts_daily_at'],
    },
    parameters,
    options,
  )

export type NoiseSensorsNoiseThresholdsDeleteParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/delete']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsDeleteResponse = void
export type NoiseSensorsNoiseThresholdsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type NoiseSensorsNoiseThresholdsDeleteRequest = SeamHttpRequest<
  NoiseSensorsNoiseThresholdsDeleteParameters,
  NoiseSensorsNoiseThresholdsDeleteResponse
>

/**
 * Delete a Noise Threshold
 *
 * Deletes a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) from a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
 */
export const noiseSensorsNoiseThresholdsDelete = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsDeleteParameters,
  options?: NoiseSensorsNoiseThresholdsDeleteOptions,
): NoiseSensorsNoiseThresholdsDeleteRequest =>
  client.request(
    {
      path: '/noise_sensors/noise_thresholds/delete',
      required: ['device_id', 'noise_threshold_id'],
    },
    parameters,
    options,
  )

export type NoiseSensorsNoiseThresholdsGetParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/get']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsGetResponse =
  paths['/noise_sensors/noise_thresholds/get']['post']['responses'][200]['content']['application/json']['noise_threshold']
export type NoiseSensorsNoiseThresholdsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type NoiseSensorsNoiseThresholdsGetRequest = SeamHttpRequest<
  NoiseSensorsNoiseThresholdsGetParameters,
  NoiseSensorsNoiseThresholdsGetResponse
>

/**
 * Get a Noise Threshold
 *
 * Returns a specified [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
 */
export const noiseSensorsNoiseThresholdsGet = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsGetParameters,
  options?: NoiseSensorsNoiseThresholdsGetOptions,
): NoiseSensorsNoiseThresholdsGetRequest =>
  client.request(
    {
      path: '/noise_sensors/noise_thresholds/get',
      responseKey: 'noise_threshold',
      read: true,
      required: ['noise_threshold_id'],
    },
    parameters,
    options,
  )

export type NoiseSensorsNoiseThresholdsListParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/list']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsListResponse =
  paths['/noise_sensors/noise_thresholds/list']['post']['responses'][200]['content']['application/json']['noise_thresholds']
export type NoiseSensorsNoiseThresholdsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type NoiseSensorsNoiseThresholdsListRequest = SeamHttpRequest<
  NoiseSensorsNoiseThresholdsListParameters,
  NoiseSensorsNoiseThresholdsListResponse
>

/**
 * List Noise Thresholds
 *
 * Returns a list of all [noise thresholds](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
 */
export const noiseSensorsNoiseThresholdsList = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsListParameters,
  options?: NoiseSensorsNoiseThresholdsListOptions,
): NoiseSensorsNoiseThresholdsListRequest =>
  client.request(
    {
      path: '/noise_sensors/noise_thresholds/list',
      responseKey: 'noise_thresholds',
      read: true,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type NoiseSensorsNoiseThresholdsUpdateParameters = NonNullable<
  paths['/noise_sensors/noise_thresholds/update']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsNoiseThresholdsUpdateResponse = void
export type NoiseSensorsNoiseThresholdsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type NoiseSensorsNoiseThresholdsUpdateRequest = SeamHttpRequest<
  NoiseSensorsNoiseThresholdsUpdateParameters,
  NoiseSensorsNoiseThresholdsUpdateResponse
>

/**
 * Update a Noise Threshold
 *
 * Updates a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
 */
export const noiseSensorsNoiseThresholdsUpdate = (
  client: SeamClient,
  parameters: NoiseSensorsNoiseThresholdsUpdateParameters,
  options?: NoiseSensorsNoiseThresholdsUpdateOptions,
): NoiseSensorsNoiseThresholdsUpdateRequest =>
  client.request(
    {
      path: '/noise_sensors/noise_thresholds/update',
      required: ['device_id', 'noise_threshold_id'],
    },
    parameters,
    options,
  )

/** The `noiseSensors.noiseThresholds` namespace of the Seam API. */
export class SeamHttpNoiseSensorsNoiseThresholds extends SeamHttpBase {
  /**
   * Create a Noise Threshold
   *
   * Creates a new [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors). Thresholds represent the limits of noise tolerated at a property, which can be customized for each hour of the day. Each device has its own default thresholds, but you can use the Seam API to modify them.
   */
  create(
    parameters: NoiseSensorsNoiseThresholdsCreateParameters,
    options?: NoiseSensorsNoiseThresholdsCreateOptions,
  ): NoiseSensorsNoiseThresholdsCreateRequest {
    return this.client.request(
      {
        path: '/noise_sensors/noise_thresholds/create',
        responseKey: 'noise_threshold',
        required: ['device_id', 'ends_daily_at', 'starts_daily_at'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete a Noise Threshold
   *
   * Deletes a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) from a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  delete(
    parameters: NoiseSensorsNoiseThresholdsDeleteParameters,
    options?: NoiseSensorsNoiseThresholdsDeleteOptions,
  ): NoiseSensorsNoiseThresholdsDeleteRequest {
    return this.client.request(
      {
        path: '/noise_sensors/noise_thresholds/delete',
        required: ['device_id', 'noise_threshold_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get a Noise Threshold
   *
   * Returns a specified [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  get(
    parameters: NoiseSensorsNoiseThresholdsGetParameters,
    options?: NoiseSensorsNoiseThresholdsGetOptions,
  ): NoiseSensorsNoiseThresholdsGetRequest {
    return this.client.request(
      {
        path: '/noise_sensors/noise_thresholds/get',
        responseKey: 'noise_threshold',
        read: true,
        required: ['noise_threshold_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Noise Thresholds
   *
   * Returns a list of all [noise thresholds](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  list(
    parameters: NoiseSensorsNoiseThresholdsListParameters,
    options?: NoiseSensorsNoiseThresholdsListOptions,
  ): NoiseSensorsNoiseThresholdsListRequest {
    return this.client.request(
      {
        path: '/noise_sensors/noise_thresholds/list',
        responseKey: 'noise_thresholds',
        read: true,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Update a Noise Threshold
   *
   * Updates a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  update(
    parameters: NoiseSensorsNoiseThresholdsUpdateParameters,
    options?: NoiseSensorsNoiseThresholdsUpdateOptions,
  ): NoiseSensorsNoiseThresholdsUpdateRequest {
    return this.client.request(
      {
        path: '/noise_sensors/noise_thresholds/update',
        required: ['device_id', 'noise_threshold_id'],
      },
      parameters,
      options,
    )
  }
}
