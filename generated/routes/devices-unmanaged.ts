// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type DevicesUnmanagedGetParameters = NonNullable<
  paths['/devices/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type DevicesUnmanagedGetResponse =
  paths['/devices/unmanaged/get']['post']['responses'][200]['content']['application/json']['device']
export type DevicesUnmanagedGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesUnmanagedGetRequest = SeamHttpRequest<
  DevicesUnmanagedGetParameters,
  DevicesUnmanagedGetResponse
>

/**
 * Get an Unmanaged Device
 *
 * Returns a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
 *
 * An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).
 *
 * You must specify either `device_id` or `name`.
 */
export const devicesUnmanagedGet = (
  client: SeamClient,
  parameters?: DevicesUnmanagedGetParameters,
  options?: DevicesUnmanagedGetOptions,
): DevicesUnmanagedGetRequest =>
  client.request(
    { path: '/devices/unmanaged/get', responseKey: 'device', read: true },
    parameters ?? ({} as DevicesUnmanagedGetParameters),
    options,
  )

export type DevicesUnmanagedListParameters = NonNullable<
  paths['/devices/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type DevicesUnmanagedListResponse =
  paths['/devices/unmanaged/list']['post']['responses'][200]['content']['application/json']['devices']
export type DevicesUnmanagedListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesUnmanagedListRequest = SeamHttpRequest<
  DevicesUnmanagedListParameters,
  DevicesUnmanagedListResponse
>

/**
 * List Unmanaged Devices
 *
 * Returns a list of all [unmanaged devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
 *
 * An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).
 */
export const devicesUnmanagedList = (
  client: SeamClient,
  parameters?: DevicesUnmanagedListParameters,
  options?: DevicesUnmanagedListOptions,
): DevicesUnmanagedListRequest =>
  client.request(
    {
      path: '/devices/unmanaged/list',
      responseKey: 'devices',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as DevicesUnmanagedListParameters),
    options,
  )

export type DevicesUnmanagedUpdateParameters = NonNullable<
  paths['/devices/unmanaged/update']['post']['requestBody']
>['content']['application/json']
export type DevicesUnmanagedUpdateResponse = void
export type DevicesUnmanagedUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesUnmanagedUpdateRequest = SeamHttpRequest<
  DevicesUnmanagedUpdateParameters,
  DevicesUnmanagedUpdateResponse
>

/**
 * Update an Unmanaged Device
 *
 * Updates a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices). To convert an unmanaged device to managed, set `is_managed` to `true`.
 *
 * An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).
 */
export const devicesUnmanagedUpdate = (
  client: SeamClient,
  parameters: DevicesUnmanagedUpdateParameters,
  options?: DevicesUnmanagedUpdateOptions,
): DevicesUnmanagedUpdateRequest =>
  client.request(
    { path: '/devices/unmanaged/update', required: ['device_id'] },
    parameters,
    options,
  )

/** The `devices.unmanaged` namespace of the Seam API. */
export class SeamHttpDevicesUnmanaged extends SeamHttpBase {
  /**
   * Get an Unmanaged Device
   *
   * Returns a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
   *
   * An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).
   *
   * You must specify either `device_id` or `name`.
   */
  get(
    parameters?: DevicesUnmanagedGetParameters,
    options?: DevicesUnmanagedGetOptions,
  ): DevicesUnmanagedGetRequest {
    return this.client.request(
      { path: '/devices/unmanaged/get', responseKey: 'device', read: true },
      parameters ?? ({} as DevicesUnmanagedGetParameters),
      options,
    )
  }

  /**
   * List Unmanaged Devices
   *
   * Returns a list of all [unmanaged devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
   *
   * An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).
   */
  list(
    parameters?: DevicesUnmanagedListParameters,
    options?: DevicesUnmanagedListOptions,
  ): DevicesUnmanagedListRequest {
    return this.client.request(
      {
        path: '/devices/unmanaged/list',
        responseKey: 'devices',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as DevicesUnmanagedListParameters),
      options,
    )
  }

  /**
   * Update an Unmanaged Device
   *
   * Updates a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices). To convert an unmanaged device to managed, set `is_managed` to `true`.
   *
   * An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).
   */
  update(
    parameters: DevicesUnmanagedUpdateParameters,
    options?: DevicesUnmanagedUpdateOptions,
  ): DevicesUnmanagedUpdateRequest {
    return this.client.request(
      { path: '/devices/unmanaged/update', required: ['device_id'] },
      parameters,
      options,
    )
  }
}
