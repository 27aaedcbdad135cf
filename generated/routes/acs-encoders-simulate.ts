// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsEncodersSimulateNextCredentialEncodeWillFailParameters =
  NonNullable<
    paths['/acs/encoders/simulate/next_credential_encode_will_fail']['post']['requestBody']
  >['content']['application/json']
export type AcsEncodersSimulateNextCredentialEncodeWillFailResponse = void

/**
 * Simulate that the Next Credential Encoding Will Fail
 *
 * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const acsEncodersSimulateNextCredentialEncodeWillFail = (
  client: SeamClient,
  parameters: AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
  AcsEncodersSimulateNextCredentialEncodeWillFailResponse
> =>
  client.request<
    AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
    AcsEncodersSimulateNextCredentialEncodeWillFailResponse
  >(
    { path: '/acs/encoders/simulate/next_credential_encode_will_fail' },
    parameters,
    options,
  )

export type AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters =
  NonNullable<
    paths['/acs/encoders/simulate/next_credential_encode_will_succeed']['post']['requestBody']
  >['content']['application/json']
export type AcsEncodersSimulateNextCredentialEncodeWillSucceedResponse = void

/**
 * Simulate that the Next Credential Encoding Will Succeed
 *
 * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const acsEncodersSimulateNextCredentialEncodeWillSucceed = (
  client: SeamClient,
  parameters: AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters,
  AcsEncodersSimulateNextCredentialEncodeWillSucceedResponse
> =>
  client.request<
    AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters,
    AcsEncodersSimulateNextCredentialEncodeWillSucceedResponse
  >(
    { path: '/acs/encoders/simulate/next_credential_encode_will_succeed' },
    parameters,
    options,
  )

export type AcsEncodersSimulateNextCredentialScanWillFailParameters =
  NonNullable<
    paths['/acs/encoders/simulate/next_credential_scan_will_fail']['post']['requestBody']
  >['content']['application/json']
export type AcsEncodersSimulateNextCredentialScanWillFailResponse = void

/**
 * Simulate that the Next Credential Scan Will Fail
 *
 * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const acsEncodersSimulateNextCredentialScanWillFail = (
  client: SeamClient,
  parameters: AcsEncodersSimulateNextCredentialScanWillFailParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsEncodersSimulateNextCredentialScanWillFailParameters,
  AcsEncodersSimulateNextCredentialScanWillFailResponse
> =>
  client.request<
    AcsEncodersSimulateNextCredentialScanWillFailParameters,
    AcsEncodersSimulateNextCredentialScanWillFailResponse
  >(
    { path: '/acs/encoders/simulate/next_credential_scan_will_fail' },
    parameters,
    options,
  )

export type AcsEncodersSimulateNextCredentialScanWillSucceedParameters =
  NonNullable<
    paths['/acs/encoders/simulate/next_credential_scan_will_succeed']['post']['requestBody']
  >['content']['application/json']
export type AcsEncodersSimulateNextCredentialScanWillSucceedResponse = void

/**
 * Simulate that the Next Credential Scan Will Succeed
 *
 * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const acsEncodersSimulateNextCredentialScanWillSucceed = (
  client: SeamClient,
  parameters: AcsEncodersSimulateNextCredentialScanWillSucceedParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsEncodersSimulateNextCredentialScanWillSucceedParameters,
  AcsEncodersSimulateNextCredentialScanWillSucceedResponse
> =>
  client.request<
    AcsEncodersSimulateNextCredentialScanWillSucceedParameters,
    AcsEncodersSimulateNextCredentialScanWillSucceedResponse
  >(
    { path: '/acs/encoders/simulate/next_credential_scan_will_succeed' },
    parameters,
    options,
  )

/** The `acs.encoders.simulate` namespace of the Seam API. */
export class SeamHttpAcsEncodersSimulate {
  constructor(private readonly client: SeamClient) {}

  /**
   * Simulate that the Next Credential Encoding Will Fail
   *
   * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  nextCredentialEncodeWillFail(
    parameters: AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
    AcsEncodersSimulateNextCredentialEncodeWillFailResponse
  > {
    return acsEncodersSimulateNextCredentialEncodeWillFail(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Simulate that the Next Credential Encoding Will Succeed
   *
   * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  nextCredentialEncodeWillSucceed(
    parameters: AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters,
    AcsEncodersSimulateNextCredentialEncodeWillSucceedResponse
  > {
    return acsEncodersSimulateNextCredentialEncodeWillSucceed(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Simulate that the Next Credential Scan Will Fail
   *
   * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  nextCredentialScanWillFail(
    parameters: AcsEncodersSimulateNextCredentialScanWillFailParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsEncodersSimulateNextCredentialScanWillFailParameters,
    AcsEncodersSimulateNextCredentialScanWillFailResponse
  > {
    return acsEncodersSimulateNextCredentialScanWillFail(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Simulate that the Next Credential Scan Will Succeed
   *
   * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  nextCredentialScanWillSucceed(
    parameters: AcsEncodersSimulateNextCredentialScanWillSucceedParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsEncodersSimulateNextCredentialScanWillSucceedParameters,
    AcsEncodersSimulateNextCredentialScanWillSucceedResponse
  > {
    return acsEncodersSimulateNextCredentialScanWillSucceed(
      this.client,
      parameters,
      options,
    )
  }
}
