// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'
import { SeamHttpAcsEncodersSimulate } from './acs-encoders-simulate.js'

export type AcsEncodersEncodeCredentialParameters = NonNullable<
  paths['/acs/encoders/encode_credential']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersEncodeCredentialResponse =
  paths['/acs/encoders/encode_credential']['post']['responses'][200]['content']['application/json']['action_attempt']
export type AcsEncodersEncodeCredentialOptions = RequestOptions
export type AcsEncodersEncodeCredentialRequest = SeamHttpRequest<
  AcsEncodersEncodeCredentialParameters,
  AcsEncodersEncodeCredentialResponse
>

/**
 * Encode a Credential
 *
 * Encodes an existing [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). Either provide an `acs_credential_id` or an `access_method_id`
 */
export const acsEncodersEncodeCredential = (
  client: SeamClient,
  parameters: AcsEncodersEncodeCredentialParameters,
  options?: AcsEncodersEncodeCredentialOptions,
): AcsEncodersEncodeCredentialRequest =>
  client.request(
    {
      path: '/acs/encoders/encode_credential',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['acs_encoder_id'],
    },
    parameters,
    options,
  )

export type AcsEncodersGetParameters = NonNullable<
  paths['/acs/encoders/get']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersGetResponse =
  paths['/acs/encoders/get']['post']['responses'][200]['content']['application/json']['acs_encoder']
export type AcsEncodersGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type AcsEncodersGetRequest = SeamHttpRequest<
  AcsEncodersGetParameters,
  AcsEncodersGetResponse
>

/**
 * Get an Encoder
 *
 * Returns a specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
 */
export const acsEncodersGet = (
  client: SeamClient,
  parameters: AcsEncodersGetParameters,
  options?: AcsEncodersGetOptions,
): AcsEncodersGetRequest =>
  client.request(
    {
      path: '/acs/encoders/get',
      responseKey: 'acs_encoder',
      read: true,
      required: ['acs_encoder_id'],
    },
    parameters,
    options,
  )

export type AcsEncodersListParameters = NonNullable<
  paths['/acs/encoders/list']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersListResponse =
  paths['/acs/encoders/list']['post']['responses'][200]['content']['application/json']['acs_encoders']
export type AcsEncodersListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsEncodersListRequest = SeamHttpRequest<
  AcsEncodersListParameters,
  AcsEncodersListResponse
>

/**
 * List Encoders
 *
 * Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
 */
export const acsEncodersList = (
  client: SeamClient,
  parameters: AcsEncodersListParameters,
  options?: AcsEncodersListOptions,
): AcsEncodersListRequest =>
  client.request(
    {
      path: '/acs/encoders/list',
      responseKey: 'acs_encoders',
      read: true,
      requiresParameters: true,
      paginated: true,
    },
    parameters,
    options,
  )

export type AcsEncodersScanCredentialParameters = NonNullable<
  paths['/acs/encoders/scan_credential']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersScanCredentialResponse =
  paths['/acs/encoders/scan_credential']['post']['responses'][200]['content']['application/json']['action_attempt']
export type AcsEncodersScanCredentialOptions = RequestOptions
export type AcsEncodersScanCredentialRequest = SeamHttpRequest<
  AcsEncodersScanCredentialParameters,
  AcsEncodersScanCredentialResponse
>

/**
 * Scan a Credential
 *
 * Scans an encoded [acs_credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
 */
export const acsEncodersScanCredential = (
  client: SeamClient,
  parameters: AcsEncodersScanCredentialParameters,
  options?: AcsEncodersScanCredentialOptions,
): AcsEncodersScanCredentialRequest =>
  client.request(
    {
      path: '/acs/encoders/scan_credential',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['acs_encoder_id'],
    },
    parameters,
    options,
  )

export type AcsEncodersScanToAssignCredentialParameters = NonNullable<
  paths['/acs/encoders/scan_to_assign_credential']['post']['requestBody']
>['content']['application/json']
export type AcsEncodersScanToAssignCredentialResponse =
  paths['/acs/encoders/scan_to_assign_credential']['post']['responses'][200]['content']['application/json']['action_attempt']
export type AcsEncodersScanToAssignCredentialOptions = RequestOptions
export type AcsEncodersScanToAssignCredentialRequest = SeamHttpRequest<
  AcsEncodersScanToAssignCredentialParameters,
  AcsEncodersScanToAssignCredentialResponse
>

/**
 * Scan to Assign a Credential
 *
 * Scans a physical card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) and assigns the scanned credential to an ACS user. Provide either an `acs_user_id` or a `user_identity_id`.
 */
export const acsEncodersScanToAssignCredential = (
  client: SeamClient,
  parameters: AcsEncodersScanToAssignCredentialParameters,
  options?: AcsEncodersScanToAssignCredentialOptions,
): AcsEncodersScanToAssignCredentialRequest =>
  client.request(
    {
      path: '/acs/encoders/scan_to_assign_credential',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['acs_encoder_id'],
    },
    parameters,
    options,
  )

/** The `acs.encoders` namespace of the Seam API. */
export class SeamHttpAcsEncoders extends SeamHttpBase {
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
    options?: AcsEncodersEncodeCredentialOptions,
  ): AcsEncodersEncodeCredentialRequest {
    return this.client.request(
      {
        path: '/acs/encoders/encode_credential',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['acs_encoder_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get an Encoder
   *
   * Returns a specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  get(
    parameters: AcsEncodersGetParameters,
    options?: AcsEncodersGetOptions,
  ): AcsEncodersGetRequest {
    return this.client.request(
      {
        path: '/acs/encoders/get',
        responseKey: 'acs_encoder',
        read: true,
        required: ['acs_encoder_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Encoders
   *
   * Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  list(
    parameters: AcsEncodersListParameters,
    options?: AcsEncodersListOptions,
  ): AcsEncodersListRequest {
    return this.client.request(
      {
        path: '/acs/encoders/list',
        responseKey: 'acs_encoders',
        read: true,
        requiresParameters: true,
        paginated: true,
      },
      parameters,
      options,
    )
  }

  /**
   * Scan a Credential
   *
   * Scans an encoded [acs_credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  scanCredential(
    parameters: AcsEncodersScanCredentialParameters,
    options?: AcsEncodersScanCredentialOptions,
  ): AcsEncodersScanCredentialRequest {
    return this.client.request(
      {
        path: '/acs/encoders/scan_credential',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['acs_encoder_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Scan to Assign a Credential
   *
   * Scans a physical card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) and assigns the scanned credential to an ACS user. Provide either an `acs_user_id` or a `user_identity_id`.
   */
  scanToAssignCredential(
    parameters: AcsEncodersScanToAssignCredentialParameters,
    options?: AcsEncodersScanToAssignCredentialOptions,
  ): AcsEncodersScanToAssignCredentialRequest {
    return this.client.request(
      {
        path: '/acs/encoders/scan_to_assign_credential',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['acs_encoder_id'],
      },
      parameters,
      options,
    )
  }
}
