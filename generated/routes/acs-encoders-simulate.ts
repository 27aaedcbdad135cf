// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsEncodersSimulateNextCredentialEncodeWillFailParameters =
  NonNullable<
    paths['/acs/encoders/simulate/next_credential_encode_will_fail']['post']['requestBody']
  >['content']['application/json']
export type AcsEncodersSimulateNextCredentialEncodeWillFailResponse = void
export type AcsEncodersSimulateNextCredentialEncodeWillFailOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsEncodersSimulateNextCredentialEncodeWillFailRequest =
  SeamHttpRequest<
    AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
    AcsEncodersSimulateNextCredentialEncodeWillFailResponse
  >

/**
 * Simulate that the Next Credential Encoding Will Fail
 *
 * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const acsEncodersSimulateNextCredentialEncodeWillFail = (
  client: SeamClient,
  parameters: AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
  options?: AcsEncodersSimulateNextCredentialEncodeWillFailOptions,
): AcsEncodersSimulateNextCredentialEncodeWillFailRequest =>
  client.request(
    {
      path: '/acs/encoders/simulate/next_credential_encode_will_fail',
      requiresParameters: true,
    },
    parameters,
    options,
  )

export type AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters =
  NonNullable<
    paths['/acs/encoders/simulate/next_credential_encode_will_succeed']['post']['requestBody']
  >['content']['application/json']
export type AcsEncodersSimulateNextCredentialEncodeWillSucceedResponse = void
export type AcsEncodersSimulateNextCredentialEncodeWillSucceedOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsEncodersSimulateNextCredentialEncodeWillSucceedRequest =
  SeamHttpRequest<
    AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters,
    AcsEncodersSimulateNextCredentialEncodeWillSucceedResponse
  >

/**
 * Simulate that the Next Credential Encoding Will Succeed
 *
 * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const acsEncodersSimulateNextCredentialEncodeWillSucceed = (
  client: SeamClient,
  parameters: AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters,
  options?: AcsEncodersSimulateNextCredentialEncodeWillSucceedOptions,
): AcsEncodersSimulateNextCredentialEncodeWillSucceedRequest =>
  client.request(
    {
      path: '/acs/encoders/simulate/next_credential_encode_will_succeed',
      required: ['acs_encoder_id'],
    },
    parameters,
    options,
  )

export type AcsEncodersSimulateNextCredentialScanWillFailParameters =
  NonNullable<
    paths['/acs/encoders/simulate/next_credential_scan_will_fail']['post']['requestBody']
  >['content']['application/json']
export type AcsEncodersSimulateNextCredentialScanWillFailResponse = void
export type AcsEncodersSimulateNextCredentialScanWillFailOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsEncodersSimulateNextCredentialScanWillFailRequest =
  SeamHttpRequest<
    AcsEncodersSimulateNextCredentialScanWillFailParameters,
    AcsEncodersSimulateNextCredentialScanWillFailResponse
  >

/**
 * Simulate that the Next Credential Scan Will Fail
 *
 * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const acsEncodersSimulateNextCredentialScanWillFail = (
  client: SeamClient,
  parameters: AcsEncodersSimulateNextCredentialScanWillFailParameters,
  options?: AcsEncodersSimulateNextCredentialScanWillFailOptions,
): AcsEncodersSimulateNextCredentialScanWillFailRequest =>
  client.request(
    {
      path: '/acs/encoders/simulate/next_credential_scan_will_fail',
      requiresParameters: true,
    },
    parameters,
    options,
  )

export type AcsEncodersSimulateNextCredentialScanWillSucceedParameters =
  NonNullable<
    paths['/acs/encoders/simulate/next_credential_scan_will_succeed']['post']['requestBody']
  >['content']['application/json']
export type AcsEncodersSimulateNextCredentialScanWillSucceedResponse = void
export type AcsEncodersSimulateNextCredentialScanWillSucceedOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsEncodersSimulateNextCredentialScanWillSucceedRequest =
  SeamHttpRequest<
    AcsEncodersSimulateNextCredentialScanWillSucceedParameters,
    AcsEncodersSimulateNextCredentialScanWillSucceedResponse
  >

/**
 * Simulate that the Next Credential Scan Will Succeed
 *
 * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const acsEncodersSimulateNextCredentialScanWillSucceed = (
  client: SeamClient,
  parameters: AcsEncodersSimulateNextCredentialScanWillSucceedParameters,
  options?: AcsEncodersSimulateNextCredentialScanWillSucceedOptions,
): AcsEncodersSimulateNextCredentialScanWillSucceedRequest =>
  client.request(
    {
      path: '/acs/encoders/simulate/next_credential_scan_will_succeed',
      requiresParameters: true,
    },
    parameters,
    options,
  )

/** The `acs.encoders.simulate` namespace of the Seam API. */
export class SeamHttpAcsEncodersSimulate extends SeamHttpBase {
  /**
   * Simulate that the Next Credential Encoding Will Fail
   *
   * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  nextCredentialEncodeWillFail(
    parameters: AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
    options?: AcsEncodersSimulateNextCredentialEncodeWillFailOptions,
  ): AcsEncodersSimulateNextCredentialEncodeWillFailRequest {
    return this.client.request(
      {
        path: '/acs/encoders/simulate/next_credential_encode_will_fail',
        requiresParameters: true,
      },
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
    options?: AcsEncodersSimulateNextCredentialEncodeWillSucceedOptions,
  ): AcsEncodersSimulateNextCredentialEncodeWillSucceedRequest {
    return this.client.request(
      {
        path: '/acs/encoders/simulate/next_credential_encode_will_succeed',
        required: ['acs_encoder_id'],
      },
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
    options?: AcsEncodersSimulateNextCredentialScanWillFailOptions,
  ): AcsEncodersSimulateNextCredentialScanWillFailRequest {
    return this.client.request(
      {
        path: '/acs/encoders/simulate/next_credential_scan_will_fail',
        requiresParameters: true,
      },
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
    options?: AcsEncodersSimulateNextCredentialScanWillSucceedOptions,
  ): AcsEncodersSimulateNextCredentialScanWillSucceedRequest {
    return this.client.request(
      {
        path: '/acs/encoders/simulate/next_credential_scan_will_succeed',
        requiresParameters: true,
      },
      parameters,
      options,
    )
  }
}
