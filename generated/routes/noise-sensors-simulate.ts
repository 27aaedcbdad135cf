// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type NoiseSensorsSimulateTriggerNoiseThresholdParameters = NonNullable<
  paths['/noise_sensors/simulate/trigger_noise_threshold']['post']['requestBody']
>['content']['application/json']
export type NoiseSensorsSimulateTriggerNoiseThresholdResponse = void

/**
 * Simulate Triggering a Noise Threshold
 *
 * Simulates the triggering of a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const noiseSensorsSimulateTriggerNoiseThreshold = (
  client: SeamClient,
  parameters: NoiseSensorsSimulateTriggerNoiseThresholdParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  NoiseSensorsSimulateTriggerNoiseThresholdParameters,
  NoiseSensorsSimulateTriggerNoiseThresholdResponse
> =>
  client.request<
    NoiseSensorsSimulateTriggerNoiseThresholdParameters,
    NoiseSensorsSimulateTriggerNoiseThresholdResponse
  >(
    { path: '/noise_sensors/simulate/trigger_noise_threshold' },
    parameters,
    options,
  )

/** The `noiseSensors.simulate` namespace of the Seam API. */
export class SeamHttpNoiseSensorsSimulate {
  constructor(private readonly client: SeamClient) {}

  /**
   * Simulate Triggering a Noise Threshold
   *
   * Simulates the triggering of a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  triggerNoiseThreshold(
    parameters: NoiseSensorsSimulateTriggerNoiseThresholdParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    NoiseSensorsSimulateTriggerNoiseThresholdParameters,
    NoiseSensorsSimulateTriggerNoiseThresholdResponse
  > {
    return noiseSensorsSimulateTriggerNoiseThreshold(
      this.client,
      parameters,
      options,
    )
  }
}
