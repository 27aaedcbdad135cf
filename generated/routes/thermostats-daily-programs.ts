// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'

export type ThermostatsDailyProgramsCreateParameters = NonNullable<
  paths['/thermostats/daily_programs/create']['post']['requestBody']
>['content']['application/json']
export type ThermostatsDailyProgramsCreateResponse =
  paths['/thermostats/daily_programs/create']['post']['responses'][200]['content']['application/json']['thermostat_daily_program']
export type ThermostatsDailyProgramsCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsDailyProgramsCreateRequest = SeamHttpRequest<
  ThermostatsDailyProgramsCreateParameters,
  ThermostatsDailyProgramsCreateResponse
>

/**
 * Create a Thermostat Daily Program
 *
 * Creates a new thermostat daily program. A daily program consists of a set of periods, where each period includes a start time and the key of a configured climate preset. Once you have defined a daily program, you can assign it to one or more days within a weekly program.
 */
export const thermostatsDailyProgramsCreate = (
  client: SeamClient,
  parameters: ThermostatsDailyProgramsCreateParameters,
  options?: ThermostatsDailyProgramsCreateOptions,
): ThermostatsDailyProgramsCreateRequest =>
  client.request(
    {
      path: '/thermostats/daily_programs/create',
      responseKey: 'thermostat_daily_program',
      required: ['device_id', 'name', 'periods'],
    },
    parameters,
    options,
  )

export type ThermostatsDailyProgramsDeleteParameters = NonNullable<
  paths['/thermostats/daily_programs/delete']['post']['requestBody']
>['content']['application/json']
export type ThermostatsDailyProgramsDeleteResponse = void
export type ThermostatsDailyProgramsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsDailyProgramsDeleteRequest = SeamHttpRequest<
  ThermostatsDailyProgramsDeleteParameters,
  ThermostatsDailyProgramsDeleteResponse
>

/**
 * Delete a Thermostat Daily Program
 *
 * Deletes a thermostat daily program.
 */
export const thermostatsDailyProgramsDelete = (
  client: SeamClient,
  parameters: ThermostatsDailyProgramsDeleteParameters,
  options?: ThermostatsDailyProgramsDeleteOptions,
): ThermostatsDailyProgramsDeleteRequest =>
  client.request(
    {
      path: '/thermostats/daily_programs/delete',
      required: ['thermostat_daily_program_id'],
    },
    parameters,
    options,
  )

export type ThermostatsDailyProgramsUpdateParameters = NonNullable<
  paths['/thermostats/daily_programs/update']['post']['requestBody']
>['content']['application/json']
export type ThermostatsDailyProgramsUpdateResponse =
  paths['/thermostats/daily_programs/update']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ThermostatsDailyProgramsUpdateOptions = RequestOptions
export type ThermostatsDailyProgramsUpdateRequest = SeamHttpRequest<
  ThermostatsDailyProgramsUpdateParameters,
  ThermostatsDailyProgramsUpdateResponse
>

/**
 * Update a Thermostat Daily Program
 *
 * Updates a specified thermostat daily program. The periods that you specify overwrite any existing periods for the daily program.
 */
export const thermostatsDailyProgramsUpdate = (
  client: SeamClient,
  parameters: ThermostatsDailyProgramsUpdateParameters,
  options?: ThermostatsDailyProgramsUpdateOptions,
): ThermostatsDailyProgramsUpdateRequest =>
  client.request(
    {
      path: '/thermostats/daily_programs/update',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['name', 'periods', 'thermostat_daily_program_id'],
    },
    parameters,
    options,
  )

/** The `thermostats.dailyPrograms` namespace of the Seam API. */
export class SeamHttpThermostatsDailyPrograms extends SeamHttpBase {
  /**
   * Create a Thermostat Daily Program
   *
   * Creates a new thermostat daily program. A daily program consists of a set of periods, where each period includes a start time and the key of a configured climate preset. Once you have defined a daily program, you can assign it to one or more days within a weekly program.
   */
  create(
    parameters: ThermostatsDailyProgramsCreateParameters,
    options?: ThermostatsDailyProgramsCreateOptions,
  ): ThermostatsDailyProgramsCreateRequest {
    return this.client.request(
      {
        path: '/thermostats/daily_programs/create',
        responseKey: 'thermostat_daily_program',
        required: ['device_id', 'name', 'periods'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete a Thermostat Daily Program
   *
   * Deletes a thermostat daily program.
   */
  delete(
    parameters: ThermostatsDailyProgramsDeleteParameters,
    options?: ThermostatsDailyProgramsDeleteOptions,
  ): ThermostatsDailyProgramsDeleteRequest {
    return this.client.request(
      {
        path: '/thermostats/daily_programs/delete',
        required: ['thermostat_daily_program_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Update a Thermostat Daily Program
   *
   * Updates a specified thermostat daily program. The periods that you specify overwrite any existing periods for the daily program.
   */
  update(
    parameters: ThermostatsDailyProgramsUpdateParameters,
    options?: ThermostatsDailyProgramsUpdateOptions,
  ): ThermostatsDailyProgramsUpdateRequest {
    return this.client.request(
      {
        path: '/thermostats/daily_programs/update',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['name', 'periods', 'thermostat_daily_program_id'],
      },
      parameters,
      options,
    )
  }
}
