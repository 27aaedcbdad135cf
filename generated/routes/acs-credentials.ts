// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAcsCredentialsUnmanaged } from './acs-credentials-unmanaged.js'

export type AcsCredentialsAssignParameters = NonNullable<
  paths['/acs/credentials/assign']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsAssignResponse = void
export type AcsCredentialsAssignOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsAssignRequest = SeamHttpRequest<
  AcsCredentialsAssignParameters,
  AcsCredentialsAssignResponse
>

/**
 * Assign a Credential to an ACS User
 *
 * Assigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) to a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsCredentialsAssign = (
  client: SeamClient,
  parameters: AcsCredentialsAssignParameters,
  options?: AcsCredentialsAssignOptions,
): AcsCredentialsAssignRequest =>
  client.request(
    { path: '/acs/credentials/assign', required: ['acs_credential_id'] },
    parameters,
    options,
  )

export type AcsCredentialsCreateParameters = NonNullable<
  paths['/acs/credentials/create']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsCreateResponse =
  paths['/acs/credentials/create']['post']['responses'][200]['content']['application/json']['acs_credential']
export type AcsCredentialsCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsCreateRequest = SeamHttpRequest<
  AcsCredentialsCreateParameters,
  AcsCredentialsCreateResponse
>

/**
 * Create a Credential for an ACS User
 *
 * Creates a new [credential](https://docs.seam.co/low-level-apis/managing-credentials) for a specified [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they create and manage the underlying credentials for you, across access systems and standalone smart locks alike. Use this low-level endpoint only when you need direct control over an individual ACS credential.
 */
export const acsCredentialsCreate = (
  client: SeamClient,
  parameters: AcsCredentialsCreateParameters,
  options?: AcsCredentialsCreateOptions,
): AcsCredentialsCreateRequest =>
  client.request(
    {
      path: '/acs/credentials/create',
      responseKey: 'acs_credential',
      required: ['access_method'],
    },
    parameters,
    options,
  )

export type AcsCredentialsCreateOfflineCodeParameters = NonNullable<
  paths['/acs/credentials/create_offline_code']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsCreateOfflineCodeResponse =
  paths['/acs/credentials/create_offline_code']['post']['responses'][200]['content']['application/json']['acs_credential']
export type AcsCredentialsCreateOfflineCodeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsCreateOfflineCodeRequest = SeamHttpRequest<
  AcsCredentialsCreateOfflineCodeParameters,
  AcsCredentialsCreateOfflineCodeResponse
>

/**
 * Create an Offline Credential for an ACS User
 *
 * Creates a new offline [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const acsCredentialsCreateOfflineCode = (
  client: SeamClient,
  parameters: AcsCredentialsCreateOfflineCodeParameters,
  options?: AcsCredentialsCreateOfflineCodeOptions,
): AcsCredentialsCreateOfflineCodeRequest =>
  client.request(
    {
      path: '/acs/credentials/create_offline_code',
      responseKey: 'acs_credential',
      undocumented: true,
      required: ['acs_user_id', 'allowed_acs_entrance_id'],
    },
    parameters,
    options,
  )

export type AcsCredentialsDeleteParameters = NonNullable<
  paths['/acs/credentials/delete']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsDeleteResponse = void
export type AcsCredentialsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsDeleteRequest = SeamHttpRequest<
  AcsCredentialsDeleteParameters,
  AcsCredentialsDeleteResponse
>

/**
 * Delete a Credential
 *
 * Deletes a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsCredentialsDelete = (
  client: SeamClient,
  parameters: AcsCredentialsDeleteParameters,
  options?: AcsCredentialsDeleteOptions,
): AcsCredentialsDeleteRequest =>
  client.request(
    { path: '/acs/credentials/delete', required: ['acs_credential_id'] },
    parameters,
    options,
  )

export type AcsCredentialsGetParameters = NonNullable<
  paths['/acs/credentials/get']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsGetResponse =
  paths['/acs/credentials/get']['post']['responses'][200]['content']['application/json']['acs_credential']
export type AcsCredentialsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsGetRequest = SeamHttpRequest<
  AcsCredentialsGetParameters,
  AcsCredentialsGetResponse
>

/**
 * Get a Credential
 *
 * Returns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsCredentialsGet = (
  client: SeamClient,
  parameters: AcsCredentialsGetParameters,
  options?: AcsCredentialsGetOptions,
): AcsCredentialsGetRequest =>
  client.request(
    {
      path: '/acs/credentials/get',
      responseKey: 'acs_credential',
      read: true,
      required: ['acs_credential_id'],
    },
    parameters,
    options,
  )

export type AcsCredentialsListParameters = NonNullable<
  paths['/acs/credentials/list']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsListResponse =
  paths['/acs/credentials/list']['post']['responses'][200]['content']['application/json']['acs_credentials']
export type AcsCredentialsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsListRequest = SeamHttpRequest<
  AcsCredentialsListParameters,
  AcsCredentialsListResponse
>

/**
 * List Credentials
 *
 * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsCredentialsList = (
  client: SeamClient,
  parameters?: AcsCredentialsListParameters,
  options?: AcsCredentialsListOptions,
): AcsCredentialsListRequest =>
  client.request(
    {
      path: '/acs/credentials/list',
      responseKey: 'acs_credentials',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as AcsCredentialsListParameters),
    options,
  )

export type AcsCredentialsListAccessibleEntrancesParameters = NonNullable<
  paths['/acs/credentials/list_accessible_entrances']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsListAccessibleEntrancesResponse =
  paths['/acs/credentials/list_accessible_entrances']['post']['responses'][200]['content']['application/json']['acs_entrances']
export type AcsCredentialsListAccessibleEntrancesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsListAccessibleEntrancesRequest = SeamHttpRequest<
  AcsCredentialsListAccessibleEntrancesParameters,
  AcsCredentialsListAccessibleEntrancesResponse
>

/**
 * List Accessible Entrances
 *
 * Returns a list of all [entrances](https://docs.seam.co/api/acs/entrances) to which a [credential](https://docs.seam.co/api/acs/credentials) grants access.
 */
export const acsCredentialsListAccessibleEntrances = (
  client: SeamClient,
  parameters: AcsCredentialsListAccessibleEntrancesParameters,
  options?: AcsCredentialsListAccessibleEntrancesOptions,
): AcsCredentialsListAccessibleEntrancesRequest =>
  client.request(
    {
      path: '/acs/credentials/list_accessible_entrances',
      responseKey: 'acs_entrances',
      read: true,
      required: ['acs_credential_id'],
    },
    parameters,
    options,
  )

export type AcsCredentialsUnassignParameters = NonNullable<
  paths['/acs/credentials/unassign']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsUnassignResponse = void
export type AcsCredentialsUnassignOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsUnassignRequest = SeamHttpRequest<
  AcsCredentialsUnassignParameters,
  AcsCredentialsUnassignResponse
>

/**
 * Unassign a Credential from an ACS User
 *
 * Unassigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsCredentialsUnassign = (
  client: SeamClient,
  parameters: AcsCredentialsUnassignParameters,
  options?: AcsCredentialsUnassignOptions,
): AcsCredentialsUnassignRequest =>
  client.request(
    { path: '/acs/credentials/unassign', required: ['acs_credential_id'] },
    parameters,
    options,
  )

export type AcsCredentialsUpdateParameters = NonNullable<
  paths['/acs/credentials/update']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsUpdateResponse = void
export type AcsCredentialsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsCredentialsUpdateRequest = SeamHttpRequest<
  AcsCredentialsUpdateParameters,
  AcsCredentialsUpdateResponse
>

/**
 * Update a Credential
 *
 * Updates the code and ends at date and time for a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsCredentialsUpdate = (
  client: SeamClient,
  parameters: AcsCredentialsUpdateParameters,
  options?: AcsCredentialsUpdateOptions,
): AcsCredentialsUpdateRequest =>
  client.request(
    { path: '/acs/credentials/update', required: ['acs_credential_id'] },
    parameters,
    options,
  )

/** The `acs.credentials` namespace of the Seam API. */
export class SeamHttpAcsCredentials extends SeamHttpBase {
  get unmanaged(): SeamHttpAcsCredentialsUnmanaged {
    return new SeamHttpAcsCredentialsUnmanaged(this.client)
  }

  /**
   * Assign a Credential to an ACS User
   *
   * Assigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) to a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  assign(
    parameters: AcsCredentialsAssignParameters,
    options?: AcsCredentialsAssignOptions,
  ): AcsCredentialsAssignRequest {
    return this.client.request(
      { path: '/acs/credentials/assign', required: ['acs_credential_id'] },
      parameters,
      options,
    )
  }

  /**
   * Create a Credential for an ACS User
   *
   * Creates a new [credential](https://docs.seam.co/low-level-apis/managing-credentials) for a specified [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they create and manage the underlying credentials for you, across access systems and standalone smart locks alike. Use this low-level endpoint only when you need direct control over an individual ACS credential.
   */
  create(
    parameters: AcsCredentialsCreateParameters,
    options?: AcsCredentialsCreateOptions,
  ): AcsCredentialsCreateRequest {
    return this.client.request(
      {
        path: '/acs/credentials/create',
        responseKey: 'acs_credential',
        required: ['access_method'],
      },
      parameters,
      options,
    )
  }

  /**
   * Create an Offline Credential for an ACS User
   *
   * Creates a new offline [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  createOfflineCode(
    parameters: AcsCredentialsCreateOfflineCodeParameters,
    options?: AcsCredentialsCreateOfflineCodeOptions,
  ): AcsCredentialsCreateOfflineCodeRequest {
    return this.client.request(
      {
        path: '/acs/credentials/create_offline_code',
        responseKey: 'acs_credential',
        undocumented: true,
        required: ['acs_user_id', 'allowed_acs_entrance_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete a Credential
   *
   * Deletes a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  delete(
    parameters: AcsCredentialsDeleteParameters,
    options?: AcsCredentialsDeleteOptions,
  ): AcsCredentialsDeleteRequest {
    return this.client.request(
      { path: '/acs/credentials/delete', required: ['acs_credential_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get a Credential
   *
   * Returns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  get(
    parameters: AcsCredentialsGetParameters,
    options?: AcsCredentialsGetOptions,
  ): AcsCredentialsGetRequest {
    return this.client.request(
      {
        path: '/acs/credentials/get',
        responseKey: 'acs_credential',
        read: true,
        required: ['acs_credential_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Credentials
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  list(
    parameters?: AcsCredentialsListParameters,
    options?: AcsCredentialsListOptions,
  ): AcsCredentialsListRequest {
    return this.client.request(
      {
        path: '/acs/credentials/list',
        responseKey: 'acs_credentials',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as AcsCredentialsListParameters),
      options,
    )
  }

  /**
   * List Accessible Entrances
   *
   * Returns a list of all [entrances](https://docs.seam.co/api/acs/entrances) to which a [credential](https://docs.seam.co/api/acs/credentials) grants access.
   */
  listAccessibleEntrances(
    parameters: AcsCredentialsListAccessibleEntrancesParameters,
    options?: AcsCredentialsListAccessibleEntrancesOptions,
  ): AcsCredentialsListAccessibleEntrancesRequest {
    return this.client.request(
      {
        path: '/acs/credentials/list_accessible_entrances',
        responseKey: 'acs_entrances',
        read: true,
        required: ['acs_credential_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Unassign a Credential from an ACS User
   *
   * Unassigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  unassign(
    parameters: AcsCredentialsUnassignParameters,
    options?: AcsCredentialsUnassignOptions,
  ): AcsCredentialsUnassignRequest {
    return this.client.request(
      { path: '/acs/credentials/unassign', required: ['acs_credential_id'] },
      parameters,
      options,
    )
  }

  /**
   * Update a Credential
   *
   * Updates the code and ends at date and time for a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  update(
    parameters: AcsCredentialsUpdateParameters,
    options?: AcsCredentialsUpdateOptions,
  ): AcsCredentialsUpdateRequest {
    return this.client.request(
      { path: '/acs/credentials/update', required: ['acs_credential_id'] },
      parameters,
      options,
    )
  }
}
