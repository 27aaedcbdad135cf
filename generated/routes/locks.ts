// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpLocksSimulate } from './locks-simulate.js'

export type LocksConfigureAutoLockParameters = NonNullable<
  paths['/locks/configure_auto_lock']['post']['requestBody']
>['content']['application/json']
export type LocksConfigureAutoLockResponse =
  paths['/locks/configure_auto_lock']['post']['responses'][200]['content']['application/json']['action_attempt']

/**
 * Configure Auto-Lock
 *
 * Configures the auto-lock setting for a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).
 */
export const locksConfigureAutoLock = (
  client: SeamClient,
  parameters: LocksConfigureAutoLockParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  LocksConfigureAutoLockParameters,
  LocksConfigureAutoLockResponse
> =>
  client.request<
    LocksConfigureAutoLockParameters,
    LocksConfigureAutoLockResponse
  >(
    {
      path: '/locks/configure_auto_lock',
      responseKey: 'action_attempt',
      actionAttempt: true,
    },
    parameters,
    options,
  )

export type LocksGetParameters = NonNullable<
  paths['/locks/get']['post']['requestBody']
>['content']['application/json']
export type LocksGetResponse =
  paths['/locks/get']['post']['responses'][200]['content']['application/json']['device']

/**
 * Get a Lock
 *
 * Returns a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).
 *
 * @deprecated Use `/devices/get` instead.
 */
export const locksGet = (
  client: SeamClient,
  parameters?: LocksGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<LocksGetParameters, LocksGetResponse> =>
  client.request<LocksGetParameters, LocksGetResponse>(
    { path: '/locks/get', responseKey: 'device', read: true },
    parameters ?? ({} as LocksGetParameters),
    options,
  )

export type LocksListParameters = NonNullable<
  paths['/locks/list']['post']['requestBody']
>['content']['application/json']
export type LocksListResponse =
  paths['/locks/list']['post']['responses'][200]['content']['application/json']['devices']

/**
 * List Locks
 *
 * Returns a list of all [locks](https://docs.seam.co/low-level-apis/smart-locks).
 */
export const locksList = (
  client: SeamClient,
  parameters?: LocksListParameters,
  options?: RequestOptions,
): SeamHttpRequest<LocksListParameters, LocksListResponse> =>
  client.request<LocksListParameters, LocksListResponse>(
    { path: '/locks/list', responseKey: 'devices', read: true },
    parameters ?? ({} as LocksListParameters),
    options,
  )

export type LocksLockDoorParameters = NonNullable<
  paths['/locks/lock_door']['post']['requestBody']
>['content']['application/json']
export type LocksLockDoorResponse =
  paths['/locks/lock_door']['post']['responses'][200]['content']['application/json']['action_attempt']

/**
 * Lock a Lock
 *
 * Locks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
 */
export const locksLockDoor = (
  client: SeamClient,
  parameters: LocksLockDoorParameters,
  options?: RequestOptions,
): SeamHttpRequest<LocksLockDoorParameters, LocksLockDoorResponse> =>
  client.request<LocksLockDoorParameters, LocksLockDoorResponse>(
    {
      path: '/locks/lock_door',
      responseKey: 'action_attempt',
      actionAttempt: true,
    },
    parameters,
    options,
  )

export type LocksUnlockDoorParameters = NonNullable<
  paths['/locks/unlock_door']['post']['requestBody']
>['content']['application/json']
export type LocksUnlockDoorResponse =
  paths['/locks/unlock_door']['post']['responses'][200]['content']['application/json']['action_attempt']

/**
 * Unlock a Lock
 *
 * Unlocks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
 */
export const locksUnlockDoor = (
  client: SeamClient,
  parameters: LocksUnlockDoorParameters,
  options?: RequestOptions,
): SeamHttpRequest<LocksUnlockDoorParameters, LocksUnlockDoorResponse> =>
  client.request<LocksUnlockDoorParameters, LocksUnlockDoorResponse>(
    {
      path: '/locks/unlock_door',
      responseKey: 'action_attempt',
      actionAttempt: true,
    },
    parameters,
    options,
  )

/** The `locks` namespace of the Seam API. */
export class SeamHttpLocks {
  constructor(private readonly client: SeamClient) {}

  get simulate(): SeamHttpLocksSimulate {
    return new SeamHttpLocksSimulate(this.client)
  }

  /**
   * Configure Auto-Lock
   *
   * Configures the auto-lock setting for a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).
   */
  configureAutoLock(
    parameters: LocksConfigureAutoLockParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    LocksConfigureAutoLockParameters,
    LocksConfigureAutoLockResponse
  > {
    return locksConfigureAutoLock(this.client, parameters, options)
  }

  /**
   * Get a Lock
   *
   * Returns a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).
   *
   * @deprecated Use `/devices/get` instead.
   */
  get(
    parameters?: LocksGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<LocksGetParameters, LocksGetResponse> {
    return locksGet(this.client, parameters, options)
  }

  /**
   * List Locks
   *
   * Returns a list of all [locks](https://docs.seam.co/low-level-apis/smart-locks).
   */
  list(
    parameters?: LocksListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<LocksListParameters, LocksListResponse> {
    return locksList(this.client, parameters, options)
  }

  /**
   * Lock a Lock
   *
   * Locks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
   */
  lockDoor(
    parameters: LocksLockDoorParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<LocksLockDoorParameters, LocksLockDoorResponse> {
    return locksLockDoor(this.client, parameters, options)
  }

  /**
   * Unlock a Lock
   *
   * Unlocks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
   */
  unlockDoor(
    parameters: LocksUnlockDoorParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<LocksUnlockDoorParameters, LocksUnlockDoorResponse> {
    return locksUnlockDoor(this.client, parameters, options)
  }
}
