// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamMobileSdkV1AcsCredentialsListParameters = NonNullable<
  paths['/seam/mobile_sdk/v1/acs/credentials/list']['post']['requestBody']
>['content']['application/json']
export type SeamMobileSdkV1AcsCredentialsListResponse =
  paths['/seam/mobile_sdk/v1/acs/credentials/list']['post']['responses'][200]['content']['application/json']['acs_credentials']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamMobileSdkV1AcsCredentialsListParameters,
  SeamMobileSdkV1AcsCredentialsListResponse
> =>
  client.request<
    SeamMobileSdkV1AcsCredentialsListParameters,
    SeamMobileSdkV1AcsCredentialsListResponse
  >(
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
export class SeamHttpSeamMobileSdkV1AcsCredentials {
  constructor(private readonly client: SeamClient) {}

  /**
   * List Credentials
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamMobileSdkV1AcsCredentialsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamMobileSdkV1AcsCredentialsListParameters,
    SeamMobileSdkV1AcsCredentialsListResponse
  > {
    return seamMobileSdkV1AcsCredentialsList(this.client, parameters, options)
  }
}
