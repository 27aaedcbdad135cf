// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type ThermostatsSchedulesCreateParameters = NonNullable<
  paths['/thermostats/schedules/create']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesCreateResponse =
  paths['/thermostats/schedules/create']['post']['responses'][200]['content']['application/json']['thermostat_schedule']
export type ThermostatsSchedulesCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsSchedulesCreateRequest = SeamHttpRequest<
  ThermostatsSchedulesCreateParameters,
  ThermostatsSchedulesCreateResponse
>

/**
 * Create a Thermostat Schedule
 *
 * Creates a new [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsSchedulesCreate = (
  client: SeamClient,
  parameters: ThermostatsSchedulesCreateParameters,
  options?: ThermostatsSchedulesCreateOptions,
): ThermostatsSchedulesCreateRequest =>
  client.request(
    {
      path: '/thermostats/schedules/create',
      responseKey: 'thermostat_schedule',
      required: ['climate_preset_key', 'device_id', 'ends_at', 'starts_at'],
    },
    parameters,
    options,
  )

export type ThermostatsSchedulesDeleteParameters = NonNullable<
  paths['/thermostats/schedules/delete']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesDeleteResponse = void
export type ThermostatsSchedulesDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsSchedulesDeleteRequest = SeamHttpRequest<
  ThermostatsSchedulesDeleteParameters,
  ThermostatsSchedulesDeleteResponse
>

/**
 * Delete a Thermostat Schedule
 *
 * Deletes a [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsSchedulesDelete = (
  client: SeamClient,
  parameters: ThermostatsSchedulesDeleteParameters,
  options?: ThermostatsSchedulesDeleteOptions,
): ThermostatsSchedulesDeleteRequest =>
  client.request(
    {
      path: '/thermostats/schedules/delete',
      required: ['thermostat_schedule_id'],
    },
    parameters,
    options,
  )

export type ThermostatsSchedulesGetParameters = NonNullable<
  paths['/thermostats/schedules/get']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesGetResponse =
  paths['/thermostats/schedules/get']['post']['responses'][200]['content']['application/json']['thermostat_schedule']
export type ThermostatsSchedulesGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsSchedulesGetRequest = SeamHttpRequest<
  ThermostatsSchedulesGetParameters,
  ThermostatsSchedulesGetResponse
>

/**
 * Get a Thermostat Schedule
 *
 * Returns a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
 */
export const thermostatsSchedulesGet = (
  client: SeamClient,
  parameters: ThermostatsSchedulesGetParameters,
  options?: ThermostatsSchedulesGetOptions,
): ThermostatsSchedulesGetRequest =>
  client.request(
    {
      path: '/thermostats/schedules/get',
      responseKey: 'thermostat_schedule',
      read: true,
      required: ['thermostat_schedule_id'],
    },
    parameters,
    options,
  )

export type ThermostatsSchedulesListParameters = NonNullable<
  paths['/thermostats/schedules/list']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesListResponse =
  paths['/thermostats/schedules/list']['post']['responses'][200]['content']['application/json']['thermostat_schedules']
export type ThermostatsSchedulesListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsSchedulesListRequest = SeamHttpRequest<
  ThermostatsSchedulesListParameters,
  ThermostatsSchedulesListResponse
>

/**
 * List Thermostat Schedules
 *
 * Returns a list of all [thermostat schedules](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsSchedulesList = (
  client: SeamClient,
  parameters: ThermostatsSchedulesListParameters,
  options?: ThermostatsSchedulesListOptions,
): ThermostatsSchedulesListRequest =>
  client.request(
    {
      path: '/thermostats/schedules/list',
      responseKey: 'thermostat_schedules',
      read: true,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type ThermostatsSchedulesUpdateParameters = NonNullable<
  paths['/thermostats/schedules/update']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesUpdateResponse = void
export type ThermostatsSchedulesUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ThermostatsSchedulesUpdateRequest = SeamHttpRequest<
  ThermostatsSchedulesUpdateParameters,
  ThermostatsSchedulesUpdateResponse
>

/**
 * Update a Thermostat Schedule
 *
 * Updates a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
 */
export const thermostatsSchedulesUpdate = (
  client: SeamClient,
  parameters: ThermostatsSchedulesUpdateParameters,
  options?: ThermostatsSchedulesUpdateOptions,
): ThermostatsSchedulesUpdateRequest =>
  client.request(
    {
      path: '/thermostats/schedules/update',
      required: ['thermostat_schedule_id'],
    },
    parameters,
    options,
  )

/** The `thermostats.schedules` namespace of the Seam API. */
export class SeamHttpThermostatsSchedules extends SeamHttpBase {
  /**
   * Create a Thermostat Schedule
   *
   * Creates a new [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  create(
    parameters: ThermostatsSchedulesCreateParameters,
    options?: ThermostatsSchedulesCreateOptions,
  ): ThermostatsSchedulesCreateRequest {
    return this.client.request(
      {
        path: '/thermostats/schedules/create',
        responseKey: 'thermostat_schedule',
        required: ['climate_preset_key', 'device_id', 'ends_at', 'starts_at'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete a Thermostat Schedule
   *
   * Deletes a [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  delete(
    parameters: ThermostatsSchedulesDeleteParameters,
    options?: ThermostatsSchedulesDeleteOptions,
  ): ThermostatsSchedulesDeleteRequest {
    return this.client.request(
      {
        path: '/thermostats/schedules/delete',
        required: ['thermostat_schedule_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get a Thermostat Schedule
   *
   * Returns a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
   */
  get(
    parameters: ThermostatsSchedulesGetParameters,
    options?: ThermostatsSchedulesGetOptions,
  ): ThermostatsSchedulesGetRequest {
    return this.client.request(
      {
        path: '/thermostats/schedules/get',
        responseKey: 'thermostat_schedule',
        read: true,
        required: ['thermostat_schedule_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Thermostat Schedules
   *
   * Returns a list of all [thermostat schedules](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  list(
    parameters: ThermostatsSchedulesListParameters,
    options?: ThermostatsSchedulesListOptions,
  ): ThermostatsSchedulesListRequest {
    return this.client.request(
      {
        path: '/thermostats/schedules/list',
        responseKey: 'thermostat_schedules',
        read: true,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Update a Thermostat Schedule
   *
   * Updates a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
   */
  update(
    parameters: ThermostatsSchedulesUpdateParameters,
    options?: ThermostatsSchedulesUpdateOptions,
  ): ThermostatsSchedulesUpdateRequest {
    return this.client.request(
      {
        path: '/thermostats/schedules/update',
        required: ['thermostat_schedule_id'],
      },
      parameters,
      options,
    )
  }
}
