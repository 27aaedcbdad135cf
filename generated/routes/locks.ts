// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'
import { SeamHttpLocksSimulate } from './locks-simulate.js'

export type LocksConfigureAutoLockParameters = NonNullable<
  paths['/locks/configure_auto_lock']['post']['requestBody']
>['content']['application/json']
export type LocksConfigureAutoLockResponse =
  paths['/locks/configure_auto_lock']['post']['responses'][200]['content']['application/json']['action_attempt']
export type LocksConfigureAutoLockOptions = RequestOptions
export type LocksConfigureAutoLockRequest = SeamHttpRequest<
  LocksConfigureAutoLockParameters,
  LocksConfigureAutoLockResponse
>

/**
 * Configure Auto-Lock
 *
 * Configures the auto-lock setting for a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).
 */
export const locksConfigureAutoLock = (
  client: SeamClient,
  parameters: LocksConfigureAutoLockParameters,
  options?: LocksConfigureAutoLockOptions,
): LocksConfigureAutoLockRequest =>
  client.request(
    {
      path: '/locks/configure_auto_lock',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['auto_lock_enabled', 'device_id'],
    },
    parameters,
    options,
  )

export type LocksGetParameters = NonNullable<
  paths['/locks/get']['post']['requestBody']
>['content']['application/json']
export type LocksGetResponse =
  paths['/locks/get']['post']['responses'][200]['content']['application/json']['device']
export type LocksGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type LocksGetRequest = SeamHttpRequest<
  LocksGetParameters,
  LocksGetResponse
>

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
  options?: LocksGetOptions,
): LocksGetRequest =>
  client.request(
    { path: '/locks/get', responseKey: 'device', read: true },
    parameters ?? ({} as LocksGetParameters),
    options,
  )

export type LocksListParameters = NonNullable<
  paths['/locks/list']['post']['requestBody']
>['content']['application/json']
export type LocksListResponse =
  paths['/locks/list']['post']['responses'][200]['content']['application/json']['devices']
export type LocksListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type LocksListRequest = SeamHttpRequest<
  LocksListParameters,
  LocksListResponse
>

/**
 * List Locks
 *
 * Returns a list of all [locks](https://docs.seam.co/low-level-apis/smart-locks).
 */
export const locksList = (
  client: SeamClient,
  parameters?: LocksListParameters,
  options?: LocksListOptions,
): LocksListRequest =>
  client.request(
    { path: '/locks/list', responseKey: 'devices', read: true },
    parameters ?? ({} as LocksListParameters),
    options,
  )

export type LocksLockDoorParameters = NonNullable<
  paths['/locks/lock_door']['post']['requestBody']
>['content']['application/json']
export type LocksLockDoorResponse =
  paths['/locks/lock_door']['post']['responses'][200]['content']['application/json']['action_attempt']
export type LocksLockDoorOptions = RequestOptions
export type LocksLockDoorRequest = SeamHttpRequest<
  LocksLockDoorParameters,
  LocksLockDoorResponse
>

/**
 * Lock a Lock
 *
 * Locks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
 */
export const locksLockDoor = (
  client: SeamClient,
  parameters: LocksLockDoorParameters,
  options?: LocksLockDoorOptions,
): LocksLockDoorRequest =>
  client.request(
    {
      path: '/locks/lock_door',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type LocksUnlockDoorParameters = NonNullable<
  paths['/locks/unlock_door']['post']['requestBody']
>['content']['application/json']
export type LocksUnlockDoorResponse =
  paths['/locks/unlock_door']['post']['responses'][200]['content']['application/json']['action_attempt']
export type LocksUnlockDoorOptions = RequestOptions
export type LocksUnlockDoorRequest = SeamHttpRequest<
  LocksUnlockDoorParameters,
  LocksUnlockDoorResponse
>

/**
 * Unlock a Lock
 *
 * Unlocks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
 */
export const locksUnlockDoor = (
  client: SeamClient,
  parameters: LocksUnlockDoorParameters,
  options?: LocksUnlockDoorOptions,
): LocksUnlockDoorRequest =>
  client.request(
    {
      path: '/locks/unlock_door',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['device_id'],
    },
    parameters,
    options,
  )

/** The `locks` namespace of the Seam API. */
export class SeamHttpLocks extends SeamHttpBase {
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
    options?: LocksConfigureAutoLockOptions,
  ): LocksConfigureAutoLockRequest {
    return this.client.request(
      {
        path: '/locks/configure_auto_lock',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['auto_lock_enabled', 'device_id'],
      },
      parameters,
      options,
    )
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
    options?: LocksGetOptions,
  ): LocksGetRequest {
    return this.client.request(
      { path: '/locks/get', responseKey: 'device', read: true },
      parameters ?? ({} as LocksGetParameters),
      options,
    )
  }

  /**
   * List Locks
   *
   * Returns a list of all [locks](https://docs.seam.co/low-level-apis/smart-locks).
   */
  list(
    parameters?: LocksListParameters,
    options?: LocksListOptions,
  ): LocksListRequest {
    return this.client.request(
      { path: '/locks/list', responseKey: 'devices', read: true },
      parameters ?? ({} as LocksListParameters),
      options,
    )
  }

  /**
   * Lock a Lock
   *
   * Locks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
   */
  lockDoor(
    parameters: LocksLockDoorParameters,
    options?: LocksLockDoorOptions,
  ): LocksLockDoorRequest {
    return this.client.request(
      {
        path: '/locks/lock_door',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Unlock a Lock
   *
   * Unlocks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
   */
  unlockDoor(
    parameters: LocksUnlockDoorParameters,
    options?: LocksUnlockDoorOptions,
  ): LocksUnlockDoorRequest {
    return this.client.request(
      {
        path: '/locks/unlock_door',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }
}
