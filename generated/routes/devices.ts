// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpDevicesSimulate } from './devices-simulate.js'
import { SeamHttpDevicesUnmanaged } from './devices-unmanaged.js'

export type DevicesDeleteParameters = NonNullable<
  paths['/devices/delete']['post']['requestBody']
>['content']['application/json']
export type DevicesDeleteResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<DevicesDeleteParameters, DevicesDeleteResponse> =>
  client.request<DevicesDeleteParameters, DevicesDeleteResponse>(
    { path: '/devices/delete', undocumented: true },
    parameters,
    options,
  )

export type DevicesGetParameters = NonNullable<
  paths['/devices/get']['post']['requestBody']
>['content']['application/json']
export type DevicesGetResponse =
  paths['/devices/get']['post']['responses'][200]['content']['application/json']['device']

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
  options?: RequestOptions,
): SeamHttpRequest<DevicesGetParameters, DevicesGetResponse> =>
  client.request<DevicesGetParameters, DevicesGetResponse>(
    { path: '/devices/get', responseKey: 'device', read: true },
    parameters ?? ({} as DevicesGetParameters),
    options,
  )

export type DevicesListParameters = NonNullable<
  paths['/devices/list']['post']['requestBody']
>['content']['application/json']
export type DevicesListResponse =
  paths['/devices/list']['post']['responses'][200]['content']['application/json']['devices']

/**
 * List Devices
 *
 * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices).
 */
export const devicesList = (
  client: SeamClient,
  parameters?: DevicesListParameters,
  options?: RequestOptions,
): SeamHttpRequest<DevicesListParameters, DevicesListResponse> =>
  client.request<DevicesListParameters, DevicesListResponse>(
    { path: '/devices/list', responseKey: 'devices', read: true },
    parameters ?? ({} as DevicesListParameters),
    options,
  )

export type DevicesListDeviceProvidersParameters = NonNullable<
  paths['/devices/list_device_providers']['post']['requestBody']
>['content']['application/json']
export type DevicesListDeviceProvidersResponse =
  paths['/devices/list_device_providers']['post']['responses'][200]['content']['application/json']['device_providers']

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
  options?: RequestOptions,
): SeamHttpRequest<
  DevicesListDeviceProvidersParameters,
  DevicesListDeviceProvidersResponse
> =>
  client.request<
    DevicesListDeviceProvidersParameters,
    DevicesListDeviceProvidersResponse
  >(
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

/**
 * Report Provider Metadata
 *
 * Updates provider-specific metadata for devices.
 */
export const devicesReportProviderMetadata = (
  client: SeamClient,
  parameters: DevicesReportProviderMetadataParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  DevicesReportProviderMetadataParameters,
  DevicesReportProviderMetadataResponse
> =>
  client.request<
    DevicesReportProviderMetadataParameters,
    DevicesReportProviderMetadataResponse
  >({ path: '/devices/report_provider_metadata' }, parameters, options)

export type DevicesUpdateParameters = NonNullable<
  paths['/devices/update']['post']['requestBody']
>['content']['application/json']
export type DevicesUpdateResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<DevicesUpdateParameters, DevicesUpdateResponse> =>
  client.request<DevicesUpdateParameters, DevicesUpdateResponse>(
    { path: '/devices/update' },
    parameters,
    options,
  )

/** The `devices` namespace of the Seam API. */
export class SeamHttpDevices {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<DevicesDeleteParameters, DevicesDeleteResponse> {
    return devicesDelete(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<DevicesGetParameters, DevicesGetResponse> {
    return devicesGet(this.client, parameters, options)
  }

  /**
   * List Devices
   *
   * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices).
   */
  list(
    parameters?: DevicesListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<DevicesListParameters, DevicesListResponse> {
    return devicesList(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    DevicesListDeviceProvidersParameters,
    DevicesListDeviceProvidersResponse
  > {
    return devicesListDeviceProviders(this.client, parameters, options)
  }

  /**
   * Report Provider Metadata
   *
   * Updates provider-specific metadata for devices.
   */
  reportProviderMetadata(
    parameters: DevicesReportProviderMetadataParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    DevicesReportProviderMetadataParameters,
    DevicesReportProviderMetadataResponse
  > {
    return devicesReportProviderMetadata(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<DevicesUpdateParameters, DevicesUpdateResponse> {
    return devicesUpdate(this.client, parameters, options)
  }
}
