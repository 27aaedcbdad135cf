// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpNoiseSensorsNoiseThresholds } from './noise-sensors-noise-thresholds.js'
import { SeamHttpNoiseSensorsSimulate } from './noise-sensors-simulate.js'

export type NoiseSensorsListParameters = NonNullable<
  paths['/noise_sensors/list']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsListResponse =
  paths['/noise_sensors/list']['post']['responses'][200]['content']['application/json']['devices']
export type NoiseSensorsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type NoiseSensorsListRequest = SeamHttpRequest<
  NoiseSensorsListParameters,
  NoiseSensorsListResponse
>

/**
 * List Noise Sensors
 *
 * Returns a list of all [noise sensors](https://docs.seam.co/capability-guides/noise-sensors).
 */
export const noiseSensorsList = (
  client: SeamClient,
  parameters?: NoiseSensorsListParameters,
  options?: NoiseSensorsListOptions,
): NoiseSensorsListRequest =>
  client.request(
    { path: '/noise_sensors/list', responseKey: 'devices', read: true },
    parameters ?? ({} as NoiseSensorsListParameters),
    options,
  )

/** The `noiseSensors` namespace of the Seam API. */
export class SeamHttpNoiseSensors extends SeamHttpBase {
  get noiseThresholds(): SeamHttpNoiseSensorsNoiseThresholds {
    return new SeamHttpNoiseSensorsNoiseThresholds(this.client)
  }

  get simulate(): SeamHttpNoiseSensorsSimulate {
    return new SeamHttpNoiseSensorsSimulate(this.client)
  }

  /**
   * List Noise Sensors
   *
   * Returns a list of all [noise sensors](https://docs.seam.co/capability-guides/noise-sensors).
   */
  list(
    parameters?: NoiseSensorsListParameters,
    options?: NoiseSensorsListOptions,
  ): NoiseSensorsListRequest {
    return this.client.request(
      { path: '/noise_sensors/list', responseKey: 'devices', read: true },
      parameters ?? ({} as NoiseSensorsListParameters),
      options,
    )
  }
}
