// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAcsEncodersSimulate } from './acs-encoders-simulate.js'

export type AcsEncodersEncodeCredentialParameters = NonNullable<
  paths['/acs/encoders/encode_credential']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersEncodeCredentialResponse =
  paths['/acs/encoders/encode_credential']['post']['responses'][200]['content']['application/json']['action_attempt']

/**
 * Encode a Credential
 *
 * Encodes an existing [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). Either provide an `acs_credential_id` or an `access_method_id`
 */
export const acsEncodersEncodeCredential = (
  client: SeamClient,
  parameters: AcsEncodersEncodeCredentialParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsEncodersEncodeCredentialParameters,
  AcsEncodersEncodeCredentialResponse
> =>
  client.request<
    AcsEncodersEncodeCredentialParameters,
    AcsEncodersEncodeCredentialResponse
  >(
    {
      path: '/acs/encoders/encode_credential',
      responseKey: 'action_attempt',
      actionAttempt: true,
    },
    parameters,
    options,
  )

export type AcsEncodersGetParameters = NonNullable<
  paths['/acs/encoders/get']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersGetResponse =
  paths['/acs/encoders/get']['post']['responses'][200]['content']['application/json']['acs_encoder']

/**
 * Get an Encoder
 *
 * Returns a specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
 */
export const acsEncodersGet = (
  client: SeamClient,
  parameters: AcsEncodersGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsEncodersGetParameters, AcsEncodersGetResponse> =>
  client.request<AcsEncodersGetParameters, AcsEncodersGetResponse>(
    { path: '/acs/encoders/get', responseKey: 'acs_encoder', read: true },
    parameters,
    options,
  )

export type AcsEncodersListParameters = NonNullable<
  paths['/acs/encoders/list']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersListResponse =
  paths['/acs/encoders/list']['post']['responses'][200]['content']['application/json']['acs_encoders']

/**
 * List Encoders
 *
 * Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
 */
export const acsEncodersList = (
  client: SeamClient,
  parameters: AcsEncodersListParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsEncodersListParameters, AcsEncodersListResponse> =>
  client.request<AcsEncodersListParameters, AcsEncodersListResponse>(
    { path: '/acs/encoders/list', responseKey: 'acs_encoders', read: true },
    parameters,
    options,
  )

export type AcsEncodersScanCredentialParameters = NonNullable<
  paths['/acs/encoders/scan_credential']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersScanCredentialResponse =
  paths['/acs/encoders/scan_credential']['post']['responses'][200]['content']['application/json']['action_attempt']

/**
 * Scan a Credential
 *
 * Scans an encoded [acs_credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
 */
export const acsEncodersScanCredential = (
  client: SeamClient,
  parameters: AcsEncodersScanCredentialParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsEncodersScanCredentialParameters,
  AcsEncodersScanCredentialResponse
> =>
  client.request<
    AcsEncodersScanCredentialParameters,
    AcsEncodersScanCredentialResponse
  >(
    {
      path: '/acs/encoders/scan_credential',
      responseKey: 'action_attempt',
      actionAttempt: true,
    },
    parameters,
    options,
  )

export type AcsEncodersScanToAssignCredentialParameters = NonNullable<
  paths['/acs/encoders/scan_to_assign_credential']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersScanToAssignCredentialResponse =
  paths['/acs/encoders/scan_to_assign_credential']['post']['responses'][200]['content']['application/json']['action_attempt']

/**
 * Scan to Assign a Credential
 *
 * Scans a physical card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) and assigns the scanned credential to an ACS user. Provide either an `acs_user_id` or a `user_identity_id`.
 */
export const acsEncodersScanToAssignCredential = (
  client: SeamClient,
  parameters: AcsEncodersScanToAssignCredentialParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsEncodersScanToAssignCredentialParameters,
  AcsEncodersScanToAssignCredentialResponse
> =>
  client.request<
    AcsEncodersScanToAssignCredentialParameters,
    AcsEncodersScanToAssignCredentialResponse
  >(
    {
      path: '/acs/encoders/scan_to_assign_credential',
      responseKey: 'action_attempt',
      actionAttempt: true,
    },
    parameters,
    options,
  )

/** The `acs.encoders` namespace of the Seam API. */
export class SeamHttpAcsEncoders {
  constructor(private readonly client: SeamClient) {}

  get simulate(): SeamHttpAcsEncodersSimulate {
    return new SeamHttpAcsEncodersSimulate(this.client)
  }

  /**
   * Encode a Credential
   *
   * Encodes an existing [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). Either provide an `acs_credential_id` or an `access_method_id`
   */
  encodeCredential(
    parameters: AcsEncodersEncodeCredentialParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsEncodersEncodeCredentialParameters,
    AcsEncodersEncodeCredentialResponse
  > {
    return acsEncodersEncodeCredential(this.client, parameters, options)
  }

  /**
   * Get an Encoder
   *
   * Returns a specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  get(
    parameters: AcsEncodersGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsEncodersGetParameters, AcsEncodersGetResponse> {
    return acsEncodersGet(this.client, parameters, options)
  }

  /**
   * List Encoders
   *
   * Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  list(
    parameters: AcsEncodersListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsEncodersListParameters, AcsEncodersListResponse> {
    return acsEncodersList(this.client, parameters, options)
  }

  /**
   * Scan a Credential
   *
   * Scans an encoded [acs_credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  scanCredential(
    parameters: AcsEncodersScanCredentialParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsEncodersScanCredentialParameters,
    AcsEncodersScanCredentialResponse
  > {
    return acsEncodersScanCredential(this.client, parameters, options)
  }

  /**
   * Scan to Assign a Credential
   *
   * Scans a physical card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) and assigns the scanned credential to an ACS user. Provide either an `acs_user_id` or a `user_identity_id`.
   */
  scanToAssignCredential(
    parameters: AcsEncodersScanToAssignCredentialParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsEncodersScanToAssignCredentialParameters,
    AcsEncodersScanToAssignCredentialResponse
  > {
    return acsEncodersScanToAssignCredential(this.client, parameters, options)
  }
}
