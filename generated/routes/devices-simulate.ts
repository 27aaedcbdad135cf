// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type DevicesSimulateConnectParameters = NonNullable<
  paths['/devices/simulate/connect']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateConnectResponse = void

/**
 * Simulate Device Connection
 *
 * Simulates connecting a device to Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
 */
export const devicesSimulateConnect = (
  client: SeamClient,
  parameters: DevicesSimulateConnectParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  DevicesSimulateConnectParameters,
  DevicesSimulateConnectResponse
> =>
  client.request<
    DevicesSimulateConnectParameters,
    DevicesSimulateConnectResponse
  >({ path: '/devices/simulate/connect' }, parameters, options)

export type DevicesSimulateConnectToHubParameters = NonNullable<
  paths['/devices/simulate/connect_to_hub']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateConnectToHubResponse = void

/**
 * Simulate Hub Connection
 *
 * Simulates bringing the Wi‑Fi hub (bridge) back online for a device.
 * Only applicable for sandbox workspaces and currently
 * implemented for August and TTLock locks.
 * This will clear the `hub_disconnected` error on the device.
 */
export const devicesSimulateConnectToHub = (
  client: SeamClient,
  parameters: DevicesSimulateConnectToHubParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  DevicesSimulateConnectToHubParameters,
  DevicesSimulateConnectToHubResponse
> =>
  client.request<
    DevicesSimulateConnectToHubParameters,
    DevicesSimulateConnectToHubResponse
  >({ path: '/devices/simulate/connect_to_hub' }, parameters, options)

export type DevicesSimulateDisconnectParameters = NonNullable<
  paths['/devices/simulate/disconnect']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateDisconnectResponse = void

/**
 * Simulate Device Disconnection
 *
 * Simulates disconnecting a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
 */
export const devicesSimulateDisconnect = (
  client: SeamClient,
  parameters: DevicesSimulateDisconnectParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  DevicesSimulateDisconnectParameters,
  DevicesSimulateDisconnectResponse
> =>
  client.request<
    DevicesSimulateDisconnectParameters,
    DevicesSimulateDisconnectResponse
  >({ path: '/devices/simulate/disconnect' }, parameters, options)

export type DevicesSimulateDisconnectFromHubParameters = NonNullable<
  paths['/devices/simulate/disconnect_from_hub']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateDisconnectFromHubResponse = void

/**
 * Simulate Hub Disconnection
 *
 * Simulates taking the Wi‑Fi hub (bridge) offline for a device.
 * Only applicable for sandbox workspaces and currently
 * implemented for August, TTLock, and IglooHome devices.
 * This will set the `hub_disconnected` error on the device, or mark the
 * IglooHome bridge offline in sandbox.
 */
export const devicesSimulateDisconnectFromHub = (
  client: SeamClient,
  parameters: DevicesSimulateDisconnectFromHubParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  DevicesSimulateDisconnectFromHubParameters,
  DevicesSimulateDisconnectFromHubResponse
> =>
  client.request<
    DevicesSimulateDisconnectFromHubParameters,
    DevicesSimulateDisconnectFromHubResponse
  >({ path: '/devices/simulate/disconnect_from_hub' }, parameters, options)

export type DevicesSimulatePaidSubscriptionParameters = NonNullable<
  paths['/devices/simulate/paid_subscription']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulatePaidSubscriptionResponse = void

/**
 * Simulate Paid Subscription
 *
 * Toggle the simulated Nuki Smart Hosting subscription for a device (sandbox only).
 * Send `is_expired: true` to simulate an expired subscription, or `false` to simulate an active subscription.
 * The actual device error is created/cleared by the poller after this state change.
 */
export const devicesSimulatePaidSubscription = (
  client: SeamClient,
  parameters: DevicesSimulatePaidSubscriptionParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  DevicesSimulatePaidSubscriptionParameters,
  DevicesSimulatePaidSubscriptionResponse
> =>
  client.request<
    DevicesSimulatePaidSubscriptionParameters,
    DevicesSimulatePaidSubscriptionResponse
  >({ path: '/devices/simulate/paid_subscription' }, parameters, options)

export type DevicesSimulateRemoveParameters = NonNullable<
  paths['/devices/simulate/remove']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateRemoveResponse = void

/**
 * Simulate Device Removal
 *
 * Simulates removing a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
 */
export const devicesSimulateRemove = (
  client: SeamClient,
  parameters: DevicesSimulateRemoveParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  DevicesSimulateRemoveParameters,
  DevicesSimulateRemoveResponse
> =>
  client.request<
    DevicesSimulateRemoveParameters,
    DevicesSimulateRemoveResponse
  >({ path: '/devices/simulate/remove' }, parameters, options)

/** The `devices.simulate` namespace of the Seam API. */
export class SeamHttpDevicesSimulate {
  constructor(private readonly client: SeamClient) {}

  /**
   * Simulate Device Connection
   *
   * Simulates connecting a device to Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
   */
  connect(
    parameters: DevicesSimulateConnectParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    DevicesSimulateConnectParameters,
    DevicesSimulateConnectResponse
  > {
    return devicesSimulateConnect(this.client, parameters, options)
  }

  /**
   * Simulate Hub Connection
   *
   * Simulates bringing the Wi‑Fi hub (bridge) back online for a device.
   * Only applicable for sandbox workspaces and currently
   * implemented for August and TTLock locks.
   * This will clear the `hub_disconnected` error on the device.
   */
  connectToHub(
    parameters: DevicesSimulateConnectToHubParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    DevicesSimulateConnectToHubParameters,
    DevicesSimulateConnectToHubResponse
  > {
    return devicesSimulateConnectToHub(this.client, parameters, options)
  }

  /**
   * Simulate Device Disconnection
   *
   * Simulates disconnecting a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
   */
  disconnect(
    parameters: DevicesSimulateDisconnectParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    DevicesSimulateDisconnectParameters,
    DevicesSimulateDisconnectResponse
  > {
    return devicesSimulateDisconnect(this.client, parameters, options)
  }

  /**
   * Simulate Hub Disconnection
   *
   * Simulates taking the Wi‑Fi hub (bridge) offline for a device.
   * Only applicable for sandbox workspaces and currently
   * implemented for August, TTLock, and IglooHome devices.
   * This will set the `hub_disconnected` error on the device, or mark the
   * IglooHome bridge offline in sandbox.
   */
  disconnectFromHub(
    parameters: DevicesSimulateDisconnectFromHubParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    DevicesSimulateDisconnectFromHubParameters,
    DevicesSimulateDisconnectFromHubResponse
  > {
    return devicesSimulateDisconnectFromHub(this.client, parameters, options)
  }

  /**
   * Simulate Paid Subscription
   *
   * Toggle the simulated Nuki Smart Hosting subscription for a device (sandbox only).
   * Send `is_expired: true` to simulate an expired subscription, or `false` to simulate an active subscription.
   * The actual device error is created/cleared by the poller after this state change.
   */
  paidSubscription(
    parameters: DevicesSimulatePaidSubscriptionParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    DevicesSimulatePaidSubscriptionParameters,
    DevicesSimulatePaidSubscriptionResponse
  > {
    return devicesSimulatePaidSubscription(this.client, parameters, options)
  }

  /**
   * Simulate Device Removal
   *
   * Simulates removing a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
   */
  remove(
    parameters: DevicesSimulateRemoveParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    DevicesSimulateRemoveParameters,
    DevicesSimulateRemoveResponse
  > {
    return devicesSimulateRemove(this.client, parameters, options)
  }
}
