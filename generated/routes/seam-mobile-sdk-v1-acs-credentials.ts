// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamMobileSdkV1AcsCredentialsListParameters = NonNullable<
  paths['/seam/mobile_sdk/v1/acs/credentials/list']['post']['requestBody']
>['content']['application/json']
export type SeamMobileSdkV1AcsCredentialsListResponse =
  paths['/seam/mobile_sdk/v1/acs/credentials/list']['post']['responses'][200]['content']['application/json']['acs_credentials']
export type SeamMobileSdkV1AcsCredentialsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamMobileSdkV1AcsCredentialsListRequest = SeamHttpRequest<
  SeamMobileSdkV1AcsCredentialsListParameters,
  SeamMobileSdkV1AcsCredentialsListResponse
>

/**
 * List Credentials
 *
 * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamMobileSdkV1AcsCredentialsList = (
  client: SeamClient,
  parameters?: SeamMobileSdkV1AcsCredentialsListParameters,
  options?: SeamMobileSdkV1AcsCredentialsListOptions,
): SeamMobileSdkV1AcsCredentialsListRequest =>
  client.request(
    {
      path: '/seam/mobile_sdk/v1/acs/credentials/list',
      responseKey: 'acs_credentials',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamMobileSdkV1AcsCredentialsListParameters),
    options,
  )

/** The `seam.mobileSdk.v1.acs.credentials` namespace of the Seam API. */
export class SeamHttpSeamMobileSdkV1AcsCredentials extends SeamHttpBase {
  /**
   * List Credentials
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamMobileSdkV1AcsCredentialsListParameters,
    options?: SeamMobileSdkV1AcsCredentialsListOptions,
  ): SeamMobileSdkV1AcsCredentialsListRequest {
    return this.client.request(
      {
        path: '/seam/mobile_sdk/v1/acs/credentials/list',
        responseKey: 'acs_credentials',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamMobileSdkV1AcsCredentialsListParameters),
      options,
    )
  }
}
