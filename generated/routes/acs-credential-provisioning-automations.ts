// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsCredentialProvisioningAutomationsLaunchParameters = NonNullable<
  paths['/acs/credential_provisioning_automations/launch']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialProvisioningAutomationsLaunchResponse =
  paths['/acs/credential_provisioning_automations/launch']['post']['responses'][200]['content']['application/json']['acs_credential_provisioning_automation']
export type AcsCredentialProvisioningAutomationsLaunchOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialProvisioningAutomationsLaunchRequest = SeamHttpRequest<
  AcsCredentialProvisioningAutomationsLaunchParameters,
  AcsCredentialProvisioningAutomationsLaunchResponse
>

/**
 * Launch a Credential Provisioning Automation
 *
 * Launches a credential provisioning automation.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 *
 * @deprecated Use `/user_identities/enrollment_automations/launch` instead.
 */
export const acsCredentialProvisioningAutomationsLaunch = (
  client: SeamClient,
  parameters: AcsCredentialProvisioningAutomationsLaunchParameters,
  options?: AcsCredentialProvisioningAutomationsLaunchOptions,
): AcsCredentialProvisioningAutomationsLaunchRequest =>
  client.request(
    {
      path: '/acs/credential_provisioning_automations/launch',
      responseKey: 'acs_credential_provisioning_automation',
      undocumented: true,
      required: ['credential_manager_acs_system_id', 'user_identity_id'],
    },
    parameters,
    options,
  )

/** The `acs.credentialProvisioningAutomations` namespace of the Seam API. */
export class SeamHttpAcsCredentialProvisioningAutomations extends SeamHttpBase {
  /**
   * Launch a Credential Provisioning Automation
   *
   * Launches a credential provisioning automation.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   *
   * @deprecated Use `/user_identities/enrollment_automations/launch` instead.
   */
  launch(
    parameters: AcsCredentialProvisioningAutomationsLaunchParameters,
    options?: AcsCredentialProvisioningAutomationsLaunchOptions,
  ): AcsCredentialProvisioningAutomationsLaunchRequest {
    return this.client.request(
      {
        path: '/acs/credential_provisioning_automations/launch',
        responseKey: 'acs_credential_provisioning_automation',
        undocumented: true,
        required: ['credential_manager_acs_system_id', 'user_identity_id'],
      },
      parameters,
      options,
    )
  }
}
