// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type NoiseSensorsSimulateTriggerNoiseThresholdParameters = NonNullable<
  paths['/noise_sensors/simulate/trigger_noise_threshold']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsSimulateTriggerNoiseThresholdResponse = void
export type NoiseSensorsSimulateTriggerNoiseThresholdOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type NoiseSensorsSimulateTriggerNoiseThresholdRequest = SeamHttpRequest<
  NoiseSensorsSimulateTriggerNoiseThresholdParameters,
  NoiseSensorsSimulateTriggerNoiseThresholdResponse
>

/**
 * Simulate Triggering a Noise Threshold
 *
 * Simulates the triggering of a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const noiseSensorsSimulateTriggerNoiseThreshold = (
  client: SeamClient,
  parameters: NoiseSensorsSimulateTriggerNoiseThresholdParameters,
  options?: NoiseSensorsSimulateTriggerNoiseThresholdOptions,
): NoiseSensorsSimulateTriggerNoiseThresholdRequest =>
  client.request(
    {
      path: '/noise_sensors/simulate/trigger_noise_threshold',
      required: ['device_id'],
    },
    parameters,
    options,
  )

/** The `noiseSensors.simulate` namespace of the Seam API. */
export class SeamHttpNoiseSensorsSimulate extends SeamHttpBase {
  /**
   * Simulate Triggering a Noise Threshold
   *
   * Simulates the triggering of a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  triggerNoiseThreshold(
    parameters: NoiseSensorsSimulateTriggerNoiseThresholdParameters,
    options?: NoiseSensorsSimulateTriggerNoiseThresholdOptions,
  ): NoiseSensorsSimulateTriggerNoiseThresholdRequest {
    return this.client.request(
      {
        path: '/noise_sensors/simulate/trigger_noise_threshold',
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }
}
