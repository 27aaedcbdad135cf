// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type ThermostatsSchedulesCreateParameters = NonNullable<
  paths['/thermostats/schedules/create']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesCreateResponse =
  paths['/thermostats/schedules/create']['post']['responses'][200]['content']['application/json']['thermostat_schedule']

/**
 * Create a Thermostat Schedule
 *
 * Creates a new [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsSchedulesCreate = (
  client: SeamClient,
  parameters: ThermostatsSchedulesCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ThermostatsSchedulesCreateParameters,
  ThermostatsSchedulesCreateResponse
> =>
  client.request<
    ThermostatsSchedulesCreateParameters,
    ThermostatsSchedulesCreateResponse
  >(
    {
      path: '/thermostats/schedules/create',
      responseKey: 'thermostat_schedule',
    },
    parameters,
    options,
  )

export type ThermostatsSchedulesDeleteParameters = NonNullable<
  paths['/thermostats/schedules/delete']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesDeleteResponse = void

/**
 * Delete a Thermostat Schedule
 *
 * Deletes a [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsSchedulesDelete = (
  client: SeamClient,
  parameters: ThermostatsSchedulesDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ThermostatsSchedulesDeleteParameters,
  ThermostatsSchedulesDeleteResponse
> =>
  client.request<
    ThermostatsSchedulesDeleteParameters,
    ThermostatsSchedulesDeleteResponse
  >({ path: '/thermostats/schedules/delete' }, parameters, options)

export type ThermostatsSchedulesGetParameters = NonNullable<
  paths['/thermostats/schedules/get']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesGetResponse =
  paths['/thermostats/schedules/get']['post']['responses'][200]['content']['application/json']['thermostat_schedule']

/**
 * Get a Thermostat Schedule
 *
 * Returns a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
 */
export const thermostatsSchedulesGet = (
  client: SeamClient,
  parameters: ThermostatsSchedulesGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ThermostatsSchedulesGetParameters,
  ThermostatsSchedulesGetResponse
> =>
  client.request<
    ThermostatsSchedulesGetParameters,
    ThermostatsSchedulesGetResponse
  >(
    {
      path: '/thermostats/schedules/get',
      responseKey: 'thermostat_schedule',
      read: true,
    },
    parameters,
    options,
  )

export type ThermostatsSchedulesListParameters = NonNullable<
  paths['/thermostats/schedules/list']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesListResponse =
  paths['/thermostats/schedules/list']['post']['responses'][200]['content']['application/json']['thermostat_schedules']

/**
 * List Thermostat Schedules
 *
 * Returns a list of all [thermostat schedules](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
 */
export const thermostatsSchedulesList = (
  client: SeamClient,
  parameters: ThermostatsSchedulesListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ThermostatsSchedulesListParameters,
  ThermostatsSchedulesListResponse
> =>
  client.request<
    ThermostatsSchedulesListParameters,
    ThermostatsSchedulesListResponse
  >(
    {
      path: '/thermostats/schedules/list',
      responseKey: 'thermostat_schedules',
      read: true,
    },
    parameters,
    options,
  )

export type ThermostatsSchedulesUpdateParameters = NonNullable<
  paths['/thermostats/schedules/update']['post']['requestBody']
>['content']['application/json']
export type ThermostatsSchedulesUpdateResponse = void

/**
 * Update a Thermostat Schedule
 *
 * Updates a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
 */
export const thermostatsSchedulesUpdate = (
  client: SeamClient,
  parameters: ThermostatsSchedulesUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  ThermostatsSchedulesUpdateParameters,
  ThermostatsSchedulesUpdateResponse
> =>
  client.request<
    ThermostatsSchedulesUpdateParameters,
    ThermostatsSchedulesUpdateResponse
  >({ path: '/thermostats/schedules/update' }, parameters, options)

/** The `thermostats.schedules` namespace of the Seam API. */
export class SeamHttpThermostatsSchedules {
  constructor(private readonly client: SeamClient) {}

  /**
   * Create a Thermostat Schedule
   *
   * Creates a new [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  create(
    parameters: ThermostatsSchedulesCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ThermostatsSchedulesCreateParameters,
    ThermostatsSchedulesCreateResponse
  > {
    return thermostatsSchedulesCreate(this.client, parameters, options)
  }

  /**
   * Delete a Thermostat Schedule
   *
   * Deletes a [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  delete(
    parameters: ThermostatsSchedulesDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ThermostatsSchedulesDeleteParameters,
    ThermostatsSchedulesDeleteResponse
  > {
    return thermostatsSchedulesDelete(this.client, parameters, options)
  }

  /**
   * Get a Thermostat Schedule
   *
   * Returns a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
   */
  get(
    parameters: ThermostatsSchedulesGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ThermostatsSchedulesGetParameters,
    ThermostatsSchedulesGetResponse
  > {
    return thermostatsSchedulesGet(this.client, parameters, options)
  }

  /**
   * List Thermostat Schedules
   *
   * Returns a list of all [thermostat schedules](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  list(
    parameters: ThermostatsSchedulesListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ThermostatsSchedulesListParameters,
    ThermostatsSchedulesListResponse
  > {
    return thermostatsSchedulesList(this.client, parameters, options)
  }

  /**
   * Update a Thermostat Schedule
   *
   * Updates a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
   */
  update(
    parameters: ThermostatsSchedulesUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    ThermostatsSchedulesUpdateParameters,
    ThermostatsSchedulesUpdateResponse
  > {
    return thermostatsSchedulesUpdate(this.client, parameters, options)
  }
}
