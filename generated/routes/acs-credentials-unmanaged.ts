// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsCredentialsUnmanagedGetParameters = NonNullable<
  paths['/acs/credentials/unmanaged/get']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsUnmanagedGetResponse =
  paths['/acs/credentials/unmanaged/get']['post']['responses'][200]['content']['application/json']['acs_credential']
export type AcsCredentialsUnmanagedGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsUnmanagedGetRequest = SeamHttpRequest<
  AcsCredentialsUnmanagedGetParameters,
  AcsCredentialsUnmanagedGetResponse
>

/**
 * Get an Unmanaged Credential
 *
 * Returns a specified unmanaged [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const acsCredentialsUnmanagedGet = (
  client: SeamClient,
  parameters: AcsCredentialsUnmanagedGetParameters,
  options?: AcsCredentialsUnmanagedGetOptions,
): AcsCredentialsUnmanagedGetRequest =>
  client.request(
    {
      path: '/acs/credentials/unmanaged/get',
      responseKey: 'acs_credential',
      read: true,
      undocumented: true,
      required: ['acs_credential_id'],
    },
    parameters,
    options,
  )

export type AcsCredentialsUnmanagedListParameters = NonNullable<
  paths['/acs/credentials/unmanaged/list']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsUnmanagedListResponse =
  paths['/acs/credentials/unmanaged/list']['post']['responses'][200]['content']['application/json']['acs_credentials']
export type AcsCredentialsUnmanagedListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsUnmanagedListRequest = SeamHttpRequest<
  AcsCredentialsUnmanagedListParameters,
  AcsCredentialsUnmanagedListResponse
>

/**
 * List Unmanaged Credentials
 *
 * Returns a list of all unmanaged [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const acsCredentialsUnmanagedList = (
  client: SeamClient,
  parameters: AcsCredentialsUnmanagedListParameters,
  options?: AcsCredentialsUnmanagedListOptions,
): AcsCredentialsUnmanagedListRequest =>
  client.request(
    {
      path: '/acs/credentials/unmanaged/list',
      responseKey: 'acs_credentials',
      read: true,
      undocumented: true,
      requiresParameters: true,
    },
    parameters,
    options,
  )

/** The `acs.credentials.unmanaged` namespace of the Seam API. */
export class SeamHttpAcsCredentialsUnmanaged extends SeamHttpBase {
  /**
   * Get an Unmanaged Credential
   *
   * Returns a specified unmanaged [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: AcsCredentialsUnmanagedGetParameters,
    options?: AcsCredentialsUnmanagedGetOptions,
  ): AcsCredentialsUnmanagedGetRequest {
    return this.client.request(
      {
        path: '/acs/credentials/unmanaged/get',
        responseKey: 'acs_credential',
        read: true,
        undocumented: true,
        required: ['acs_credential_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Unmanaged Credentials
   *
   * Returns a list of all unmanaged [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters: AcsCredentialsUnmanagedListParameters,
    options?: AcsCredentialsUnmanagedListOptions,
  ): AcsCredentialsUnmanagedListRequest {
    return this.client.request(
      {
        path: '/acs/credentials/unmanaged/list',
        responseKey: 'acs_credentials',
        read: true,
        undocumented: true,
        requiresParameters: true,
      },
      parameters,
      options,
    )
  }
}
