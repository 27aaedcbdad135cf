// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type DevicesSimulateConnectParameters = NonNullable<
  paths['/devices/simulate/connect']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateConnectResponse = void
export type DevicesSimulateConnectOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesSimulateConnectRequest = SeamHttpRequest<
  DevicesSimulateConnectParameters,
  DevicesSimulateConnectResponse
>

/**
 * Simulate Device Connection
 *
 * Simulates connecting a device to Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
 */
export const devicesSimulateConnect = (
  client: SeamClient,
  parameters: DevicesSimulateConnectParameters,
  options?: DevicesSimulateConnectOptions,
): DevicesSimulateConnectRequest =>
  client.request(
    { path: '/devices/simulate/connect', required: ['device_id'] },
    parameters,
    options,
  )

export type DevicesSimulateConnectToHubParameters = NonNullable<
  paths['/devices/simulate/connect_to_hub']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateConnectToHubResponse = void
export type DevicesSimulateConnectToHubOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesSimulateConnectToHubRequest = SeamHttpRequest<
  DevicesSimulateConnectToHubParameters,
  DevicesSimulateConnectToHubResponse
>

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
  options?: DevicesSimulateConnectToHubOptions,
): DevicesSimulateConnectToHubRequest =>
  client.request(
    { path: '/devices/simulate/connect_to_hub', required: ['device_id'] },
    parameters,
    options,
  )

export type DevicesSimulateDisconnectParameters = NonNullable<
  paths['/devices/simulate/disconnect']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateDisconnectResponse = void
export type DevicesSimulateDisconnectOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesSimulateDisconnectRequest = SeamHttpRequest<
  DevicesSimulateDisconnectParameters,
  DevicesSimulateDisconnectResponse
>

/**
 * Simulate Device Disconnection
 *
 * Simulates disconnecting a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
 */
export const devicesSimulateDisconnect = (
  client: SeamClient,
  parameters: DevicesSimulateDisconnectParameters,
  options?: DevicesSimulateDisconnectOptions,
): DevicesSimulateDisconnectRequest =>
  client.request(
    { path: '/devices/simulate/disconnect', required: ['device_id'] },
    parameters,
    options,
  )

export type DevicesSimulateDisconnectFromHubParameters = NonNullable<
  paths['/devices/simulate/disconnect_from_hub']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateDisconnectFromHubResponse = void
export type DevicesSimulateDisconnectFromHubOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesSimulateDisconnectFromHubRequest = SeamHttpRequest<
  DevicesSimulateDisconnectFromHubParameters,
  DevicesSimulateDisconnectFromHubResponse
>

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
  options?: DevicesSimulateDisconnectFromHubOptions,
): DevicesSimulateDisconnectFromHubRequest =>
  client.request(
    { path: '/devices/simulate/disconnect_from_hub', required: ['device_id'] },
    parameters,
    options,
  )

export type DevicesSimulatePaidSubscriptionParameters = NonNullable<
  paths['/devices/simulate/paid_subscription']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulatePaidSubscriptionResponse = void
export type DevicesSimulatePaidSubscriptionOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesSimulatePaidSubscriptionRequest = SeamHttpRequest<
  DevicesSimulatePaidSubscriptionParameters,
  DevicesSimulatePaidSubscriptionResponse
>

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
  options?: DevicesSimulatePaidSubscriptionOptions,
): DevicesSimulatePaidSubscriptionRequest =>
  client.request(
    {
      path: '/devices/simulate/paid_subscription',
      required: ['device_id', 'is_expired'],
    },
    parameters,
    options,
  )

export type DevicesSimulateRemoveParameters = NonNullable<
  paths['/devices/simulate/remove']['post']['requestBody']
>['content']['application/json']
export type DevicesSimulateRemoveResponse = void
export type DevicesSimulateRemoveOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type DevicesSimulateRemoveRequest = SeamHttpRequest<
  DevicesSimulateRemoveParameters,
  DevicesSimulateRemoveResponse
>

/**
 * Simulate Device Removal
 *
 * Simulates removing a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
 */
export const devicesSimulateRemove = (
  client: SeamClient,
  parameters: DevicesSimulateRemoveParameters,
  options?: DevicesSimulateRemoveOptions,
): DevicesSimulateRemoveRequest =>
  client.request(
    { path: '/devices/simulate/remove', required: ['device_id'] },
    parameters,
    options,
  )

/** The `devices.simulate` namespace of the Seam API. */
export class SeamHttpDevicesSimulate extends SeamHttpBase {
  /**
   * Simulate Device Connection
   *
   * Simulates connecting a device to Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
   */
  connect(
    parameters: DevicesSimulateConnectParameters,
    options?: DevicesSimulateConnectOptions,
  ): DevicesSimulateConnectRequest {
    return this.client.request(
      { path: '/devices/simulate/connect', required: ['device_id'] },
      parameters,
      options,
    )
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
    options?: DevicesSimulateConnectToHubOptions,
  ): DevicesSimulateConnectToHubRequest {
    return this.client.request(
      { path: '/devices/simulate/connect_to_hub', required: ['device_id'] },
      parameters,
      options,
    )
  }

  /**
   * Simulate Device Disconnection
   *
   * Simulates disconnecting a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
   */
  disconnect(
    parameters: DevicesSimulateDisconnectParameters,
    options?: DevicesSimulateDisconnectOptions,
  ): DevicesSimulateDisconnectRequest {
    return this.client.request(
      { path: '/devices/simulate/disconnect', required: ['device_id'] },
      parameters,
      options,
    )
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
    options?: DevicesSimulateDisconnectFromHubOptions,
  ): DevicesSimulateDisconnectFromHubRequest {
    return this.client.request(
      {
        path: '/devices/simulate/disconnect_from_hub',
        required: ['device_id'],
      },
      parameters,
      options,
    )
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
    options?: DevicesSimulatePaidSubscriptionOptions,
  ): DevicesSimulatePaidSubscriptionRequest {
    return this.client.request(
      {
        path: '/devices/simulate/paid_subscription',
        required: ['device_id', 'is_expired'],
      },
      parameters,
      options,
    )
  }

  /**
   * Simulate Device Removal
   *
   * Simulates removing a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
   */
  remove(
    parameters: DevicesSimulateRemoveParameters,
    options?: DevicesSimulateRemoveOptions,
  ): DevicesSimulateRemoveRequest {
    return this.client.request(
      { path: '/devices/simulate/remove', required: ['device_id'] },
      parameters,
      options,
    )
  }
}
