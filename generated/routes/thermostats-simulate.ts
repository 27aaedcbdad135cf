// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type ThermostatsSimulateHvacModeAdjustedParameters = NonNullable<
  paths['/thermostats/simulate/hvac_mode_adjusted']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSimulateHvacModeAdjustedResponse = void
export type ThermostatsSimulateHvacModeAdjustedOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsSimulateHvacModeAdjustedRequest = SeamHttpRequest<
  ThermostatsSimulateHvacModeAdjustedParameters,
  ThermostatsSimulateHvacModeAdjustedResponse
>

/**
 * HVAC Mode Adjusted
 *
 * Simulates having adjusted the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) for a [thermostat](https://docs.seam.co/capability-guides/thermostats). Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
 */
export const thermostatsSimulateHvacModeAdjusted = (
  client: SeamClient,
  parameters: ThermostatsSimulateHvacModeAdjustedParameters,
  options?: ThermostatsSimulateHvacModeAdjustedOptions,
): ThermostatsSimulateHvacModeAdjustedRequest =>
  client.request(
    {
      path: '/thermostats/simulate/hvac_mode_adjusted',
      requiresParameters: true,
    },
    parameters,
    options,
  )

export type ThermostatsSimulateTemperatureReachedParameters = NonNullable<
  paths['/thermostats/simulate/temperature_reached']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSimulateTemperatureReachedResponse = void
export type ThermostatsSimulateTemperatureReachedOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsSimulateTemperatureReachedRequest = SeamHttpRequest<
  ThermostatsSimulateTemperatureReachedParameters,
  ThermostatsSimulateTemperatureReachedResponse
>

/**
 * Temperature Reached
 *
 * Simulates a [thermostat](https://docs.seam.co/capability-guides/thermostats) reaching a specified temperature. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
 */
export const thermostatsSimulateTemperatureReached = (
  client: SeamClient,
  parameters: ThermostatsSimulateTemperatureReachedParameters,
  options?: ThermostatsSimulateTemperatureReachedOptions,
): ThermostatsSimulateTemperatureReachedRequest =>
  client.request(
    {
      path: '/thermostats/simulate/temperature_reached',
      required: ['device_id'],
    },
    parameters,
    options,
  )

/** The `thermostats.simulate` namespace of the Seam API. */
export class SeamHttpThermostatsSimulate extends SeamHttpBase {
  /**
   * HVAC Mode Adjusted
   *
   * Simulates having adjusted the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) for a [thermostat](https://docs.seam.co/capability-guides/thermostats). Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
   */
  hvacModeAdjusted(
    parameters: ThermostatsSimulateHvacModeAdjustedParameters,
    options?: ThermostatsSimulateHvacModeAdjustedOptions,
  ): ThermostatsSimulateHvacModeAdjustedRequest {
    return this.client.request(
      {
        path: '/thermostats/simulate/hvac_mode_adjusted',
        requiresParameters: true,
      },
      parameters,
      options,
    )
  }

  /**
   * Temperature Reached
   *
   * Simulates a [thermostat](https://docs.seam.co/capability-guides/thermostats) reaching a specified temperature. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
   */
  temperatureReached(
    parameters: ThermostatsSimulateTemperatureReachedParameters,
    options?: ThermostatsSimulateTemperatureReachedOptions,
  ): ThermostatsSimulateTemperatureReachedRequest {
    return this.client.request(
      {
        path: '/thermostats/simulate/temperature_reached',
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }
}
