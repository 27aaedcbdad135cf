// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'
import { SeamHttpThermostatsDailyPrograms } from './thermostats-daily-programs.js'
import { SeamHttpThermostatsSchedules } from './thermostats-schedules.js'
import { SeamHttpThermostatsSimulate } from './thermostats-simulate.js'

export type ThermostatsActivateClimatePresetParameters = NonNullable<
  paths['/thermostats/activate_climate_preset']['post']['requestBody']
>['content']['application/json']
export type ThermostatsActivateClimatePresetResponse =
  paths['/thermostats/activate_climate_preset']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ThermostatsActivateClimatePresetOptions = RequestOptions
export type ThermostatsActivateClimatePresetRequest = SeamHttpRequest<
  ThermostatsActivateClimatePresetParameters,
  ThermostatsActivateClimatePresetResponse
>

/**
 * Activate a Climate Preset
 *
 * Activates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsActivateClimatePreset = (
  client: SeamClient,
  parameters: ThermostatsActivateClimatePresetParameters,
  options?: ThermostatsActivateClimatePresetOptions,
): ThermostatsActivateClimatePresetRequest =>
  client.request(
    {
      path: '/thermostats/activate_climate_preset',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['climate_preset_key', 'device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsCoolParameters = NonNullable<
  paths['/thermostats/cool']['post']['requestBody']
>['content']['application/json']
export type ThermostatsCoolResponse =
  paths['/thermostats/cool']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ThermostatsCoolOptions = RequestOptions
export type ThermostatsCoolRequest = SeamHttpRequest<
  ThermostatsCoolParameters,
  ThermostatsCoolResponse
>

/**
 * Set to Cool Mode
 *
 * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [cool mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
 */
export const thermostatsCool = (
  client: SeamClient,
  parameters: ThermostatsCoolParameters,
  options?: ThermostatsCoolOptions,
): ThermostatsCoolRequest =>
  client.request(
    {
      path: '/thermostats/cool',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsCreateClimatePresetParameters = NonNullable<
  paths['/thermostats/create_climate_preset']['post']['requestBody']
>['content']['application/json']
export type ThermostatsCreateClimatePresetResponse = void
export type ThermostatsCreateClimatePresetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsCreateClimatePresetRequest = SeamHttpRequest<
  ThermostatsCreateClimatePresetParameters,
  ThermostatsCreateClimatePresetResponse
>

/**
 * Create a Climate Preset
 *
 * Creates a [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsCreateClimatePreset = (
  client: SeamClient,
  parameters: ThermostatsCreateClimatePresetParameters,
  options?: ThermostatsCreateClimatePresetOptions,
): ThermostatsCreateClimatePresetRequest =>
  client.request(
    {
      path: '/thermostats/create_climate_preset',
      required: ['climate_preset_key', 'device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsDeleteClimatePresetParameters = NonNullable<
  paths['/thermostats/delete_climate_preset']['post']['requestBody']
>['content']['application/json']
export type ThermostatsDeleteClimatePresetResponse = void
export type ThermostatsDeleteClimatePresetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsDeleteClimatePresetRequest = SeamHttpRequest<
  ThermostatsDeleteClimatePresetParameters,
  ThermostatsDeleteClimatePresetResponse
>

/**
 * Delete a Climate Preset
 *
 * Deletes a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsDeleteClimatePreset = (
  client: SeamClient,
  parameters: ThermostatsDeleteClimatePresetParameters,
  options?: ThermostatsDeleteClimatePresetOptions,
): ThermostatsDeleteClimatePresetRequest =>
  client.request(
    {
      path: '/thermostats/delete_climate_preset',
      required: ['climate_preset_key', 'device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsGetParameters = NonNullable<
  paths['/thermostats/get']['post']['requestBody']
>['content']['application/json']
export type ThermostatsGetResponse =
  paths['/thermostats/get']['post']['responses'][200]['content']['application/json']['thermostat']
export type ThermostatsGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type ThermostatsGetRequest = SeamHttpRequest<
  ThermostatsGetParameters,
  ThermostatsGetResponse
>

/**
 * Get a Thermostat
 *
 * Returns a specified [thermostat](https://docs.seam.co/capability-guides/thermostats). **Deprecated:** Will be removed. Use `/devices/get` instead.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 *
 * @deprecated Use `/devices/get` instead.
 */
export const thermostatsGet = (
  client: SeamClient,
  parameters?: ThermostatsGetParameters,
  options?: ThermostatsGetOptions,
): ThermostatsGetRequest =>
  client.request(
    {
      path: '/thermostats/get',
      responseKey: 'thermostat',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as ThermostatsGetParameters),
    options,
  )

export type ThermostatsHeatParameters = NonNullable<
  paths['/thermostats/heat']['post']['requestBody']
>['content']['application/json']
export type ThermostatsHeatResponse =
  paths['/thermostats/heat']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ThermostatsHeatOptions = RequestOptions
export type ThermostatsHeatRequest = SeamHttpRequest<
  ThermostatsHeatParameters,
  ThermostatsHeatResponse
>

/**
 * Set to Heat Mode
 *
 * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
 */
export const thermostatsHeat = (
  client: SeamClient,
  parameters: ThermostatsHeatParameters,
  options?: ThermostatsHeatOptions,
): ThermostatsHeatRequest =>
  client.request(
    {
      path: '/thermostats/heat',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsHeatCoolParameters = NonNullable<
  paths['/thermostats/heat_cool']['post']['requestBody']
>['content']['application/json']
export type ThermostatsHeatCoolResponse =
  paths['/thermostats/heat_cool']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ThermostatsHeatCoolOptions = RequestOptions
export type ThermostatsHeatCoolRequest = SeamHttpRequest<
  ThermostatsHeatCoolParameters,
  ThermostatsHeatCoolResponse
>

/**
 * Set to Heat-Cool (Auto) Mode
 *
 * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat-cool ("auto") mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
 */
export const thermostatsHeatCool = (
  client: SeamClient,
  parameters: ThermostatsHeatCoolParameters,
  options?: ThermostatsHeatCoolOptions,
): ThermostatsHeatCoolRequest =>
  client.request(
    {
      path: '/thermostats/heat_cool',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsListParameters = NonNullable<
  paths['/thermostats/list']['post']['requestBody']
>['content']['application/json']
export type ThermostatsListResponse =
  paths['/thermostats/list']['post']['responses'][200]['content']['application/json']['devices']
export type ThermostatsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsListRequest = SeamHttpRequest<
  ThermostatsListParameters,
  ThermostatsListResponse
>

/**
 * List Thermostats
 *
 * Returns a list of all [thermostats](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsList = (
  client: SeamClient,
  parameters?: ThermostatsListParameters,
  options?: ThermostatsListOptions,
): ThermostatsListRequest =>
  client.request(
    { path: '/thermostats/list', responseKey: 'devices', read: true },
    parameters ?? ({} as ThermostatsListParameters),
    options,
  )

export type ThermostatsOffParameters = NonNullable<
  paths['/thermostats/off']['post']['requestBody']
>['content']['application/json']
export type ThermostatsOffResponse =
  paths['/thermostats/off']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ThermostatsOffOptions = RequestOptions
export type ThermostatsOffRequest = SeamHttpRequest<
  ThermostatsOffParameters,
  ThermostatsOffResponse
>

/**
 * Set to Off Mode
 *
 * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to ["off" mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
 */
export const thermostatsOff = (
  client: SeamClient,
  parameters: ThermostatsOffParameters,
  options?: ThermostatsOffOptions,
): ThermostatsOffRequest =>
  client.request(
    {
      path: '/thermostats/off',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsSetFallbackClimatePresetParameters = NonNullable<
  paths['/thermostats/set_fallback_climate_preset']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSetFallbackClimatePresetResponse = void
export type ThermostatsSetFallbackClimatePresetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsSetFallbackClimatePresetRequest = SeamHttpRequest<
  ThermostatsSetFallbackClimatePresetParameters,
  ThermostatsSetFallbackClimatePresetResponse
>

/**
 * Set the Fallback Climate Preset
 *
 * Sets a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) as the ["fallback"](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets/setting-the-fallback-climate-preset) preset for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsSetFallbackClimatePreset = (
  client: SeamClient,
  parameters: ThermostatsSetFallbackClimatePresetParameters,
  options?: ThermostatsSetFallbackClimatePresetOptions,
): ThermostatsSetFallbackClimatePresetRequest =>
  client.request(
    {
      path: '/thermostats/set_fallback_climate_preset',
      required: ['climate_preset_key', 'device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsSetFanModeParameters = NonNullable<
  paths['/thermostats/set_fan_mode']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSetFanModeResponse =
  paths['/thermostats/set_fan_mode']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ThermostatsSetFanModeOptions = RequestOptions
export type ThermostatsSetFanModeRequest = SeamHttpRequest<
  ThermostatsSetFanModeParameters,
  ThermostatsSetFanModeResponse
>

/**
 * Set the Fan Mode Setting
 *
 * Sets the [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsSetFanMode = (
  client: SeamClient,
  parameters: ThermostatsSetFanModeParameters,
  options?: ThermostatsSetFanModeOptions,
): ThermostatsSetFanModeRequest =>
  client.request(
    {
      path: '/thermostats/set_fan_mode',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsSetHvacModeParameters = NonNullable<
  paths['/thermostats/set_hvac_mode']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSetHvacModeResponse =
  paths['/thermostats/set_hvac_mode']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ThermostatsSetHvacModeOptions = RequestOptions
export type ThermostatsSetHvacModeRequest = SeamHttpRequest<
  ThermostatsSetHvacModeParameters,
  ThermostatsSetHvacModeResponse
>

/**
 * Set the HVAC Mode
 *
 * Sets the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsSetHvacMode = (
  client: SeamClient,
  parameters: ThermostatsSetHvacModeParameters,
  options?: ThermostatsSetHvacModeOptions,
): ThermostatsSetHvacModeRequest =>
  client.request(
    {
      path: '/thermostats/set_hvac_mode',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      requiresParameters: true,
    },
    parameters,
    options,
  )

export type ThermostatsSetTemperatureThresholdParameters = NonNullable<
  paths['/thermostats/set_temperature_threshold']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSetTemperatureThresholdResponse = void
export type ThermostatsSetTemperatureThresholdOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsSetTemperatureThresholdRequest = SeamHttpRequest<
  ThermostatsSetTemperatureThresholdParameters,
  ThermostatsSetTemperatureThresholdResponse
>

/**
 * Set a Temperature Threshold
 *
 * Sets a [temperature threshold](https://docs.seam.co/capability-guides/thermostats/setting-and-monitoring-temperature-thresholds) for a specified thermostat. Seam emits a `thermostat.temperature_threshold_exceeded` event and adds a warning on a thermostat if it reports a temperature outside the threshold range.
 */
export const thermostatsSetTemperatureThreshold = (
  client: SeamClient,
  parameters: ThermostatsSetTemperatureThresholdParameters,
  options?: ThermostatsSetTemperatureThresholdOptions,
): ThermostatsSetTemperatureThresholdRequest =>
  client.request(
    { path: '/thermostats/set_temperature_threshold', required: ['device_id'] },
    parameters,
    options,
  )

export type ThermostatsUpdateClimatePresetParameters = NonNullable<
  paths['/thermostats/update_climate_preset']['post']['requestBody']
>['content']['application/json']
export type ThermostatsUpdateClimatePresetResponse = void
export type ThermostatsUpdateClimatePresetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsUpdateClimatePresetRequest = SeamHttpRequest<
  ThermostatsUpdateClimatePresetParameters,
  ThermostatsUpdateClimatePresetResponse
>

/**
 * Update a Climate Preset
 *
 * Updates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsUpdateClimatePreset = (
  client: SeamClient,
  parameters: ThermostatsUpdateClimatePresetParameters,
  options?: ThermostatsUpdateClimatePresetOptions,
): ThermostatsUpdateClimatePresetRequest =>
  client.request(
    {
      path: '/thermostats/update_climate_preset',
      required: ['climate_preset_key', 'device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsUpdateWeeklyProgramParameters = NonNullable<
  paths['/thermostats/update_weekly_program']['post']['requestBody']
>['content']['application/json']
export type ThermostatsUpdateWeeklyProgramResponse =
  paths['/thermostats/update_weekly_program']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ThermostatsUpdateWeeklyProgramOptions = RequestOptions
export type ThermostatsUpdateWeeklyProgramRequest = SeamHttpRequest<
  ThermostatsUpdateWeeklyProgramParameters,
  ThermostatsUpdateWeeklyProgramResponse
>

/**
 * Update the Thermostat Weekly Program
 *
 * Updates the thermostat weekly program for a thermostat device. To configure a weekly program, specify the ID of the daily program that you want to use for each day of the week. When you update a weekly program, the set of programs that you specify overwrites any previous weekly program for the thermostat.
 */
export const thermostatsUpdateWeeklyProgram = (
  client: SeamClient,
  parameters: ThermostatsUpdateWeeklyProgramParameters,
  options?: ThermostatsUpdateWeeklyProgramOptions,
): ThermostatsUpdateWeeklyProgramRequest =>
  client.request(
    {
      path: '/thermostats/update_weekly_program',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['device_id'],
    },
    parameters,
    options,
  )

/** The `thermostats` namespace of the Seam API. */
export class SeamHttpThermostats extends SeamHttpBase {
  get dailyPrograms(): SeamHttpThermostatsDailyPrograms {
    return new SeamHttpThermostatsDailyPrograms(this.client)
  }

  get schedules(): SeamHttpThermostatsSchedules {
    return new SeamHttpThermostatsSchedules(this.client)
  }

  get simulate(): SeamHttpThermostatsSimulate {
    return new SeamHttpThermostatsSimulate(this.client)
  }

  /**
   * Activate a Climate Preset
   *
   * Activates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  activateClimatePreset(
    parameters: ThermostatsActivateClimatePresetParameters,
    options?: ThermostatsActivateClimatePresetOptions,
  ): ThermostatsActivateClimatePresetRequest {
    return this.client.request(
      {
        path: '/thermostats/activate_climate_preset',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['climate_preset_key', 'device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Set to Cool Mode
   *
   * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [cool mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
   */
  cool(
    parameters: ThermostatsCoolParameters,
    options?: ThermostatsCoolOptions,
  ): ThermostatsCoolRequest {
    return this.client.request(
      {
        path: '/thermostats/cool',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Create a Climate Preset
   *
   * Creates a [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  createClimatePreset(
    parameters: ThermostatsCreateClimatePresetParameters,
    options?: ThermostatsCreateClimatePresetOptions,
  ): ThermostatsCreateClimatePresetRequest {
    return this.client.request(
      {
        path: '/thermostats/create_climate_preset',
        required: ['climate_preset_key', 'device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete a Climate Preset
   *
   * Deletes a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  deleteClimatePreset(
    parameters: ThermostatsDeleteClimatePresetParameters,
    options?: ThermostatsDeleteClimatePresetOptions,
  ): ThermostatsDeleteClimatePresetRequest {
    return this.client.request(
      {
        path: '/thermostats/delete_climate_preset',
        required: ['climate_preset_key', 'device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get a Thermostat
   *
   * Returns a specified [thermostat](https://docs.seam.co/capability-guides/thermostats). **Deprecated:** Will be removed. Use `/devices/get` instead.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   *
   * @deprecated Use `/devices/get` instead.
   */
  get(
    parameters?: ThermostatsGetParameters,
    options?: ThermostatsGetOptions,
  ): ThermostatsGetRequest {
    return this.client.request(
      {
        path: '/thermostats/get',
        responseKey: 'thermostat',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as ThermostatsGetParameters),
      options,
    )
  }

  /**
   * Set to Heat Mode
   *
   * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
   */
  heat(
    parameters: ThermostatsHeatParameters,
    options?: ThermostatsHeatOptions,
  ): ThermostatsHeatRequest {
    return this.client.request(
      {
        path: '/thermostats/heat',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Set to Heat-Cool (Auto) Mode
   *
   * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat-cool ("auto") mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
   */
  heatCool(
    parameters: ThermostatsHeatCoolParameters,
    options?: ThermostatsHeatCoolOptions,
  ): ThermostatsHeatCoolRequest {
    return this.client.request(
      {
        path: '/thermostats/heat_cool',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Thermostats
   *
   * Returns a list of all [thermostats](https://docs.seam.co/capability-guides/thermostats).
   */
  list(
    parameters?: ThermostatsListParameters,
    options?: ThermostatsListOptions,
  ): ThermostatsListRequest {
    return this.client.request(
      { path: '/thermostats/list', responseKey: 'devices', read: true },
      parameters ?? ({} as ThermostatsListParameters),
      options,
    )
  }

  /**
   * Set to Off Mode
   *
   * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to ["off" mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
   */
  off(
    parameters: ThermostatsOffParameters,
    options?: ThermostatsOffOptions,
  ): ThermostatsOffRequest {
    return this.client.request(
      {
        path: '/thermostats/off',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Set the Fallback Climate Preset
   *
   * Sets a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) as the ["fallback"](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets/setting-the-fallback-climate-preset) preset for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  setFallbackClimatePreset(
    parameters: ThermostatsSetFallbackClimatePresetParameters,
    options?: ThermostatsSetFallbackClimatePresetOptions,
  ): ThermostatsSetFallbackClimatePresetRequest {
    return this.client.request(
      {
        path: '/thermostats/set_fallback_climate_preset',
        required: ['climate_preset_key', 'device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Set the Fan Mode Setting
   *
   * Sets the [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  setFanMode(
    parameters: ThermostatsSetFanModeParameters,
    options?: ThermostatsSetFanModeOptions,
  ): ThermostatsSetFanModeRequest {
    return this.client.request(
      {
        path: '/thermostats/set_fan_mode',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Set the HVAC Mode
   *
   * Sets the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  setHvacMode(
    parameters: ThermostatsSetHvacModeParameters,
    options?: ThermostatsSetHvacModeOptions,
  ): ThermostatsSetHvacModeRequest {
    return this.client.request(
      {
        path: '/thermostats/set_hvac_mode',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        requiresParameters: true,
      },
      parameters,
      options,
    )
  }

  /**
   * Set a Temperature Threshold
   *
   * Sets a [temperature threshold](https://docs.seam.co/capability-guides/thermostats/setting-and-monitoring-temperature-thresholds) for a specified thermostat. Seam emits a `thermostat.temperature_threshold_exceeded` event and adds a warning on a thermostat if it reports a temperature outside the threshold range.
   */
  setTemperatureThreshold(
    parameters: ThermostatsSetTemperatureThresholdParameters,
    options?: ThermostatsSetTemperatureThresholdOptions,
  ): ThermostatsSetTemperatureThresholdRequest {
    return this.client.request(
      {
        path: '/thermostats/set_temperature_threshold',
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Update a Climate Preset
   *
   * Updates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  updateClimatePreset(
    parameters: ThermostatsUpdateClimatePresetParameters,
    options?: ThermostatsUpdateClimatePresetOptions,
  ): ThermostatsUpdateClimatePresetRequest {
    return this.client.request(
      {
        path: '/thermostats/update_climate_preset',
        required: ['climate_preset_key', 'device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Update the Thermostat Weekly Program
   *
   * Updates the thermostat weekly program for a thermostat device. To configure a weekly program, specify the ID of the daily program that you want to use for each day of the week. When you update a weekly program, the set of programs that you specify overwrites any previous weekly program for the thermostat.
   */
  updateWeeklyProgram(
    parameters: ThermostatsUpdateWeeklyProgramParameters,
    options?: ThermostatsUpdateWeeklyProgramOptions,
  ): ThermostatsUpdateWeeklyProgramRequest {
    return this.client.request(
      {
        path: '/thermostats/update_weekly_program',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }
}
