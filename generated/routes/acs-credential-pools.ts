// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsCredentialPoolsListParameters = NonNullable<
  paths['/acs/credential_pools/list']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialPoolsListResponse =
  paths['/acs/credential_pools/list']['post']['responses'][200]['content']['application/json']['acs_credential_pools']
export type AcsCredentialPoolsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialPoolsListRequest = SeamHttpRequest<
  AcsCredentialPoolsListParameters,
  AcsCredentialPoolsListResponse
>

/**
 * List Credential Pools
 *
 * Returns a list of all credential pools.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 *
 * @deprecated Use `/user_identities/enrollment_automations/list` instead.
 */
export const acsCredentialPoolsList = (
  client: SeamClient,
  parameters: AcsCredentialPoolsListParameters,
  options?: AcsCredentialPoolsListOptions,
): AcsCredentialPoolsListRequest =>
  client.request(
    {
      path: '/acs/credential_pools/list',
      responseKey: 'acs_credential_pools',
      read: true,
      undocumented: true,
      required: ['acs_system_id'],
    },
    parameters,
    options,
  )

/** The `acs.credentialPools` namespace of the Seam API. */
export class SeamHttpAcsCredentialPools extends SeamHttpBase {
  /**
   * List Credential Pools
   *
   * Returns a list of all credential pools.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   *
   * @deprecated Use `/user_identities/enrollment_automations/list` instead.
   */
  list(
    parameters: AcsCredentialPoolsListParameters,
    options?: AcsCredentialPoolsListOptions,
  ): AcsCredentialPoolsListRequest {
    return this.client.request(
      {
        path: '/acs/credential_pools/list',
        responseKey: 'acs_credential_pools',
        read: true,
        undocumented: true,
        required: ['acs_system_id'],
      },
      parameters,
      options,
    )
  }
}
