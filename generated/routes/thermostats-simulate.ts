// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type ThermostatsSimulateHvacModeAdjustedParameters = NonNullable<
  paths['/thermostats/simulate/hvac_mode_adjusted']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSimulateHvacModeAdjustedResponse = void

/**
 * HVAC Mode Adjusted
 *
 * Simulates having adjusted the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) for a [thermostat](https://docs.seam.co/capability-guides/thermostats). Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
 */
export const thermostatsSimulateHvacModeAdjusted = (
  client: SeamClient,
  parameters: ThermostatsSimulateHvacModeAdjustedParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ThermostatsSimulateHvacModeAdjustedParameters,
  ThermostatsSimulateHvacModeAdjustedResponse
> =>
  client.request<
    ThermostatsSimulateHvacModeAdjustedParameters,
    ThermostatsSimulateHvacModeAdjustedResponse
  >({ path: '/thermostats/simulate/hvac_mode_adjusted' }, parameters, options)

export type ThermostatsSimulateTemperatureReachedParameters = NonNullable<
  paths['/thermostats/simulate/temperature_reached']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSimulateTemperatureReachedResponse = void

/**
 * Temperature Reached
 *
 * Simulates a [thermostat](https://docs.seam.co/capability-guides/thermostats) reaching a specified temperature. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
 */
export const thermostatsSimulateTemperatureReached = (
  client: SeamClient,
  parameters: ThermostatsSimulateTemperatureReachedParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ThermostatsSimulateTemperatureReachedParameters,
  ThermostatsSimulateTemperatureReachedResponse
> =>
  client.request<
    ThermostatsSimulateTemperatureReachedParameters,
    ThermostatsSimulateTemperatureReachedResponse
  >({ path: '/thermostats/simulate/temperature_reached' }, parameters, options)

/** The `thermostats.simulate` namespace of the Seam API. */
export class SeamHttpThermostatsSimulate {
  constructor(private readonly client: SeamClient) {}

  /**
   * HVAC Mode Adjusted
   *
   * Simulates having adjusted the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) for a [thermostat](https://docs.seam.co/capability-guides/thermostats). Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
   */
  hvacModeAdjusted(
    parameters: ThermostatsSimulateHvacModeAdjustedParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ThermostatsSimulateHvacModeAdjustedParameters,
    ThermostatsSimulateHvacModeAdjustedResponse
  > {
    return thermostatsSimulateHvacModeAdjusted(this.client, parameters, options)
  }

  /**
   * Temperature Reached
   *
   * Simulates a [thermostat](https://docs.seam.co/capability-guides/thermostats) reaching a specified temperature. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
   */
  temperatureReached(
    parameters: ThermostatsSimulateTemperatureReachedParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ThermostatsSimulateTemperatureReachedParameters,
    ThermostatsSimulateTemperatureReachedResponse
  > {
    return thermostatsSimulateTemperatureReached(
      this.client,
      parameters,
      options,
    )
  }
}
