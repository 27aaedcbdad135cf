// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpDevicesSimulate } from './devices-simulate.js'
import { SeamHttpDevicesUnmanaged } from './devices-unmanaged.js'

export type DevicesDeleteParameters = NonNullable<
  paths['/devices/delete']['post']['requestBody']
>['content']['application/json']
export type DevicesDeleteResponse = void
export type DevicesDeleteOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type DevicesDeleteRequest = SeamHttpRequest<
  DevicesDeleteParameters,
  DevicesDeleteResponse
>

/**
 * Delete a Device
 *
 * Deletes a specified [device](https://docs.seam.co/core-concepts/devices).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 *
 * @deprecated Deleting a device is no longer supported and will be removed.
 */
export const devicesDelete = (
  client: SeamClient,
  parameters: DevicesDeleteParameters,
  options?: DevicesDeleteOptions,
): DevicesDeleteRequest =>
  client.request(
    { path: '/devices/delete', undocumented: true, required: ['device_id'] },
    parameters,
    options,
  )

export type DevicesGetParameters = NonNullable<
  paths['/devices/get']['post']['requestBody']
>['content']['application/json']
export type DevicesGetResponse =
  paths['/devices/get']['post']['responses'][200]['content']['application/json']['device']
export type DevicesGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type DevicesGetRequest = SeamHttpRequest<
  DevicesGetParameters,
  DevicesGetResponse
>

/**
 * Get a Device
 *
 * Returns a specified [device](https://docs.seam.co/core-concepts/devices).
 *
 * You must specify either `device_id` or `name`.
 */
export const devicesGet = (
  client: SeamClient,
  parameters?: DevicesGetParameters,
  options?: DevicesGetOptions,
): DevicesGetRequest =>
  client.request(
    { path: '/devices/get', responseKey: 'device', read: true },
    parameters ?? ({} as DevicesGetParameters),
    options,
  )

export type DevicesListParameters = NonNullable<
  paths['/devices/list']['post']['requestBody']
>['content']['application/json']
export type DevicesListResponse =
  paths['/devices/list']['post']['responses'][200]['content']['application/json']['devices']
export type DevicesListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type DevicesListRequest = SeamHttpRequest<
  DevicesListParameters,
  DevicesListResponse
>

/**
 * List Devices
 *
 * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices).
 */
export const devicesList = (
  client: SeamClient,
  parameters?: DevicesListParameters,
  options?: DevicesListOptions,
): DevicesListRequest =>
  client.request(
    {
      path: '/devices/list',
      responseKey: 'devices',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as DevicesListParameters),
    options,
  )

export type DevicesListDeviceProvidersParameters = NonNullable<
  paths['/devices/list_device_providers']['post']['requestBody']
>['content']['application/json']
export type DevicesListDeviceProvidersResponse =
  paths['/devices/list_device_providers']['post']['responses'][200]['content']['application/json']['device_providers']
export type DevicesListDeviceProvidersOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesListDeviceProvidersRequest = SeamHttpRequest<
  DevicesListDeviceProvidersParameters,
  DevicesListDeviceProvidersResponse
>

/**
 * List Device Providers
 *
 * Returns a list of all device providers.
 *
 * The information that this endpoint returns for each provider includes a set of [capability flags](https://docs.seam.co/capability-guides/device-and-system-capabilities#capability-flags), such as `device_provider.can_remotely_unlock`. If at least one supported device from a provider has a specific capability, the corresponding capability flag is `true`.
 *
 * When you create a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews), you can customize the providers—that is, the brands—that it displays. In the `/connect_webviews/create` request, include the desired set of device provider keys in the `accepted_providers` parameter. See also [Customize the Brands to Display in Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-brands-to-display-in-your-connect-webviews).
 */
export const devicesListDeviceProviders = (
  client: SeamClient,
  parameters?: DevicesListDeviceProvidersParameters,
  options?: DevicesListDeviceProvidersOptions,
): DevicesListDeviceProvidersRequest =>
  client.request(
    {
      path: '/devices/list_device_providers',
      responseKey: 'device_providers',
      read: true,
    },
    parameters ?? ({} as DevicesListDeviceProvidersParameters),
    options,
  )

export type DevicesReportProviderMetadataParameters = NonNullable<
  paths['/devices/report_provider_metadata']['post']['requestBody']
>['content']['application/json']
export type DevicesReportProviderMetadataResponse = void
export type DevicesReportProviderMetadataOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesReportProviderMetadataRequest = SeamHttpRequest<
  DevicesReportProviderMetadataParameters,
  DevicesReportProviderMetadataResponse
>

/**
 * Report Provider Metadata
 *
 * Updates provider-specific metadata for devices.
 */
export const devicesReportProviderMetadata = (
  client: SeamClient,
  parameters: DevicesReportProviderMetadataParameters,
  options?: DevicesReportProviderMetadataOptions,
): DevicesReportProviderMetadataRequest =>
  client.request(
    { path: '/devices/report_provider_metadata', required: ['devices'] },
    parameters,
    options,
  )

export type DevicesUpdateParameters = NonNullable<
  paths['/devices/update']['post']['requestBody']
>['content']['application/json']
export type DevicesUpdateResponse = void
export type DevicesUpdateOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type DevicesUpdateRequest = SeamHttpRequest<
  DevicesUpdateParameters,
  DevicesUpdateResponse
>

/**
 * Update a Device
 *
 * Updates a specified [device](https://docs.seam.co/core-concepts/devices).
 *
 * You can add or change [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) for a device, change the device's name, or [convert a managed device to unmanaged](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
 */
export const devicesUpdate = (
  client: SeamClient,
  parameters: DevicesUpdateParameters,
  options?: DevicesUpdateOptions,
): DevicesUpdateRequest =>
  client.request(
    { path: '/devices/update', required: ['device_id'] },
    parameters,
    options,
  )

/** The `devices` namespace of the Seam API. */
export class SeamHttpDevices extends SeamHttpBase {
  get simulate(): SeamHttpDevicesSimulate {
    return new SeamHttpDevicesSimulate(this.client)
  }

  get unmanaged(): SeamHttpDevicesUnmanaged {
    return new SeamHttpDevicesUnmanaged(this.client)
  }

  /**
   * Delete a Device
   *
   * Deletes a specified [device](https://docs.seam.co/core-concepts/devices).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   *
   * @deprecated Deleting a device is no longer supported and will be removed.
   */
  delete(
    parameters: DevicesDeleteParameters,
    options?: DevicesDeleteOptions,
  ): DevicesDeleteRequest {
    return this.client.request(
      { path: '/devices/delete', undocumented: true, required: ['device_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get a Device
   *
   * Returns a specified [device](https://docs.seam.co/core-concepts/devices).
   *
   * You must specify either `device_id` or `name`.
   */
  get(
    parameters?: DevicesGetParameters,
    options?: DevicesGetOptions,
  ): DevicesGetRequest {
    return this.client.request(
      { path: '/devices/get', responseKey: 'device', read: true },
      parameters ?? ({} as DevicesGetParameters),
      options,
    )
  }

  /**
   * List Devices
   *
   * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices).
   */
  list(
    parameters?: DevicesListParameters,
    options?: DevicesListOptions,
  ): DevicesListRequest {
    return this.client.request(
      {
        path: '/devices/list',
        responseKey: 'devices',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as DevicesListParameters),
      options,
    )
  }

  /**
   * List Device Providers
   *
   * Returns a list of all device providers.
   *
   * The information that this endpoint returns for each provider includes a set of [capability flags](https://docs.seam.co/capability-guides/device-and-system-capabilities#capability-flags), such as `device_provider.can_remotely_unlock`. If at least one supported device from a provider has a specific capability, the corresponding capability flag is `true`.
   *
   * When you create a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews), you can customize the providers—that is, the brands—that it displays. In the `/connect_webviews/create` request, include the desired set of device provider keys in the `accepted_providers` parameter. See also [Customize the Brands to Display in Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-brands-to-display-in-your-connect-webviews).
   */
  listDeviceProviders(
    parameters?: DevicesListDeviceProvidersParameters,
    options?: DevicesListDeviceProvidersOptions,
  ): DevicesListDeviceProvidersRequest {
    return this.client.request(
      {
        path: '/devices/list_device_providers',
        responseKey: 'device_providers',
        read: true,
      },
      parameters ?? ({} as DevicesListDeviceProvidersParameters),
      options,
    )
  }

  /**
   * Report Provider Metadata
   *
   * Updates provider-specific metadata for devices.
   */
  reportProviderMetadata(
    parameters: DevicesReportProviderMetadataParameters,
    options?: DevicesReportProviderMetadataOptions,
  ): DevicesReportProviderMetadataRequest {
    return this.client.request(
      { path: '/devices/report_provider_metadata', required: ['devices'] },
      parameters,
      options,
    )
  }

  /**
   * Update a Device
   *
   * Updates a specified [device](https://docs.seam.co/core-concepts/devices).
   *
   * You can add or change [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) for a device, change the device's name, or [convert a managed device to unmanaged](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
   */
  update(
    parameters: DevicesUpdateParameters,
    options?: DevicesUpdateOptions,
  ): DevicesUpdateRequest {
    return this.client.request(
      { path: '/devices/update', required: ['device_id'] },
      parameters,
      options,
    )
  }
}
