// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type PhonesSimulateCreateSandboxPhoneParameters = NonNullable<
  paths['/phones/simulate/create_sandbox_phone']['post']['requestBody']
>['content']['application/json']
export type PhonesSimulateCreateSandboxPhoneResponse =
  paths['/phones/simulate/create_sandbox_phone']['post']['responses'][200]['content']['application/json']['phone']
export type PhonesSimulateCreateSandboxPhoneOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type PhonesSimulateCreateSandboxPhoneRequest = SeamHttpRequest<
  PhonesSimulateCreateSandboxPhoneParameters,
  PhonesSimulateCreateSandboxPhoneResponse
>

/**
 * Create a Sandbox Phone
 *
 * Creates a new simulated phone in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Creating a Simulated Phone for a User Identity](https://docs.seam.co/capability-guides/mobile-access/developing-in-a-sandbox-workspace#creating-a-simulated-phone-for-a-user-identity).
 */
export const phonesSimulateCreateSandboxPhone = (
  client: SeamClient,
  parameters: PhonesSimulateCreateSandboxPhoneParameters,
  options?: PhonesSimulateCreateSandboxPhoneOptions,
): PhonesSimulateCreateSandboxPhoneRequest =>
  client.request(
    {
      path: '/phones/simulate/create_sandbox_phone',
      responseKey: 'phone',
      required: ['user_identity_id'],
    },
    parameters,
    options,
  )

/** The `phones.simulate` namespace of the Seam API. */
export class SeamHttpPhonesSimulate extends SeamHttpBase {
  /**
   * Create a Sandbox Phone
   *
   * Creates a new simulated phone in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Creating a Simulated Phone for a User Identity](https://docs.seam.co/capability-guides/mobile-access/developing-in-a-sandbox-workspace#creating-a-simulated-phone-for-a-user-identity).
   */
  createSandboxPhone(
    parameters: PhonesSimulateCreateSandboxPhoneParameters,
    options?: PhonesSimulateCreateSandboxPhoneOptions,
  ): PhonesSimulateCreateSandboxPhoneRequest {
    return this.client.request(
      {
        path: '/phones/simulate/create_sandbox_phone',
        responseKey: 'phone',
        required: ['user_identity_id'],
      },
      parameters,
      options,
    )
  }
}
