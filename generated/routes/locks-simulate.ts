// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'

export type LocksSimulateKeypadCodeEntryParameters = NonNullable<
  paths['/locks/simulate/keypad_code_entry']['post']['requestBody']
>['content']['application/json']
export type LocksSimulateKeypadCodeEntryResponse =
  paths['/locks/simulate/keypad_code_entry']['post']['responses'][200]['content']['application/json']['action_attempt']
export type LocksSimulateKeypadCodeEntryOptions = RequestOptions
export type LocksSimulateKeypadCodeEntryRequest = SeamHttpRequest<
  LocksSimulateKeypadCodeEntryParameters,
  LocksSimulateKeypadCodeEntryResponse
>

/**
 * Simulate a Keypad Code Entry
 *
 * Simulates the entry of a code on a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const locksSimulateKeypadCodeEntry = (
  client: SeamClient,
  parameters: LocksSimulateKeypadCodeEntryParameters,
  options?: LocksSimulateKeypadCodeEntryOptions,
): LocksSimulateKeypadCodeEntryRequest =>
  client.request(
    {
      path: '/locks/simulate/keypad_code_entry',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['code', 'device_id'],
    },
    parameters,
    options,
  )

export type LocksSimulateManualLockViaKeypadParameters = NonNullable<
  paths['/locks/simulate/manual_lock_via_keypad']['post']['requestBody']
>['content']['application/json']
export type LocksSimulateManualLockViaKeypadResponse =
  paths['/locks/simulate/manual_lock_via_keypad']['post']['responses'][200]['content']['application/json']['action_attempt']
export type LocksSimulateManualLockViaKeypadOptions = RequestOptions
export type LocksSimulateManualLockViaKeypadRequest = SeamHttpRequest<
  LocksSimulateManualLockViaKeypadParameters,
  LocksSimulateManualLockViaKeypadResponse
>

/**
 * Simulate a Manual Lock Action Using a Keypad
 *
 * Simulates a manual lock action using a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const locksSimulateManualLockViaKeypad = (
  client: SeamClient,
  parameters: LocksSimulateManualLockViaKeypadParameters,
  options?: LocksSimulateManualLockViaKeypadOptions,
): LocksSimulateManualLockViaKeypadRequest =>
  client.request(
    {
      path: '/locks/simulate/manual_lock_via_keypad',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['device_id'],
    },
    parameters,
    options,
  )

/** The `locks.simulate` namespace of the Seam API. */
export class SeamHttpLocksSimulate extends SeamHttpBase {
  /**
   * Simulate a Keypad Code Entry
   *
   * Simulates the entry of a code on a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  keypadCodeEntry(
    parameters: LocksSimulateKeypadCodeEntryParameters,
    options?: LocksSimulateKeypadCodeEntryOptions,
  ): LocksSimulateKeypadCodeEntryRequest {
    return this.client.request(
      {
        path: '/locks/simulate/keypad_code_entry',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['code', 'device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Simulate a Manual Lock Action Using a Keypad
   *
   * Simulates a manual lock action using a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  manualLockViaKeypad(
    parameters: LocksSimulateManualLockViaKeypadParameters,
    options?: LocksSimulateManualLockViaKeypadOptions,
  ): LocksSimulateManualLockViaKeypadRequest {
    return this.client.request(
      {
        path: '/locks/simulate/manual_lock_via_keypad',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }
}
