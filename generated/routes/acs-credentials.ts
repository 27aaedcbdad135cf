// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAcsCredentialsUnmanaged } from './acs-credentials-unmanaged.js'

export type AcsCredentialsAssignParameters = NonNullable<
  paths['/acs/credentials/assign']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsAssignResponse = void

/**
 * Assign a Credential to an ACS User
 *
 * Assigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) to a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsCredentialsAssign = (
  client: SeamClient,
  parameters: AcsCredentialsAssignParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsCredentialsAssignParameters,
  AcsCredentialsAssignResponse
> =>
  client.request<AcsCredentialsAssignParameters, AcsCredentialsAssignResponse>(
    { path: '/acs/credentials/assign' },
    parameters,
    options,
  )

export type AcsCredentialsCreateParameters = NonNullable<
  paths['/acs/credentials/create']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsCreateResponse =
  paths['/acs/credentials/create']['post']['responses'][200]['content']['application/json']['acs_credential']

/**
 * Create a Credential for an ACS User
 *
 * Creates a new [credential](https://docs.seam.co/low-level-apis/managing-credentials) for a specified [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they create and manage the underlying credentials for you, across access systems and standalone smart locks alike. Use this low-level endpoint only when you need direct control over an individual ACS credential.
 */
export const acsCredentialsCreate = (
  client: SeamClient,
  parameters: AcsCredentialsCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsCredentialsCreateParameters,
  AcsCredentialsCreateResponse
> =>
  client.request<AcsCredentialsCreateParameters, AcsCredentialsCreateResponse>(
    { path: '/acs/credentials/create', responseKey: 'acs_credential' },
    parameters,
    options,
  )

export type AcsCredentialsCreateOfflineCodeParameters = NonNullable<
  paths['/acs/credentials/create_offline_code']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsCreateOfflineCodeResponse =
  paths['/acs/credentials/create_offline_code']['post']['responses'][200]['content']['application/json']['acs_credential']

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
  options?: RequestOptions,
): SeamHttpRequest<
  AcsCredentialsCreateOfflineCodeParameters,
  AcsCredentialsCreateOfflineCodeResponse
> =>
  client.request<
    AcsCredentialsCreateOfflineCodeParameters,
    AcsCredentialsCreateOfflineCodeResponse
  >(
    {
      path: '/acs/credentials/create_offline_code',
      responseKey: 'acs_credential',
      undocumented: true,
    },
    parameters,
    options,
  )

export type AcsCredentialsDeleteParameters = NonNullable<
  paths['/acs/credentials/delete']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsDeleteResponse = void

/**
 * Delete a Credential
 *
 * Deletes a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsCredentialsDelete = (
  client: SeamClient,
  parameters: AcsCredentialsDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsCredentialsDeleteParameters,
  AcsCredentialsDeleteResponse
> =>
  client.request<AcsCredentialsDeleteParameters, AcsCredentialsDeleteResponse>(
    { path: '/acs/credentials/delete' },
    parameters,
    options,
  )

export type AcsCredentialsGetParameters = NonNullable<
  paths['/acs/credentials/get']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsGetResponse =
  paths['/acs/credentials/get']['post']['responses'][200]['content']['application/json']['acs_credential']

/**
 * Get a Credential
 *
 * Returns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsCredentialsGet = (
  client: SeamClient,
  parameters: AcsCredentialsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsCredentialsGetParameters, AcsCredentialsGetResponse> =>
  client.request<AcsCredentialsGetParameters, AcsCredentialsGetResponse>(
    { path: '/acs/credentials/get', responseKey: 'acs_credential', read: true },
    parameters,
    options,
  )

export type AcsCredentialsListParameters = NonNullable<
  paths['/acs/credentials/list']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsListResponse =
  paths['/acs/credentials/list']['post']['responses'][200]['content']['application/json']['acs_credentials']

/**
 * List Credentials
 *
 * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsCredentialsList = (
  client: SeamClient,
  parameters?: AcsCredentialsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsCredentialsListParameters, AcsCredentialsListResponse> =>
  client.request<AcsCredentialsListParameters, AcsCredentialsListResponse>(
    {
      path: '/acs/credentials/list',
      responseKey: 'acs_credentials',
      read: true,
    },
    parameters ?? ({} as AcsCredentialsListParameters),
    options,
  )

export type AcsCredentialsListAccessibleEntrancesParameters = NonNullable<
  paths['/acs/credentials/list_accessible_entrances']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsListAccessibleEntrancesResponse =
  paths['/acs/credentials/list_accessible_entrances']['post']['responses'][200]['content']['application/json']['acs_entrances']

/**
 * List Accessible Entrances
 *
 * Returns a list of all [entrances](https://docs.seam.co/api/acs/entrances) to which a [credential](https://docs.seam.co/api/acs/credentials) grants access.
 */
export const acsCredentialsListAccessibleEntrances = (
  client: SeamClient,
  parameters: AcsCredentialsListAccessibleEntrancesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsCredentialsListAccessibleEntrancesParameters,
  AcsCredentialsListAccessibleEntrancesResponse
> =>
  client.request<
    AcsCredentialsListAccessibleEntrancesParameters,
    AcsCredentialsListAccessibleEntrancesResponse
  >(
    {
      path: '/acs/credentials/list_accessible_entrances',
      responseKey: 'acs_entrances',
      read: true,
    },
    parameters,
    options,
  )

export type AcsCredentialsUnassignParameters = NonNullable<
  paths['/acs/credentials/unassign']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsUnassignResponse = void

/**
 * Unassign a Credential from an ACS User
 *
 * Unassigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
 */
export const acsCredentialsUnassign = (
  client: SeamClient,
  parameters: AcsCredentialsUnassignParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsCredentialsUnassignParameters,
  AcsCredentialsUnassignResponse
> =>
  client.request<
    AcsCredentialsUnassignParameters,
    AcsCredentialsUnassignResponse
  >({ path: '/acs/credentials/unassign' }, parameters, options)

export type AcsCredentialsUpdateParameters = NonNullable<
  paths['/acs/credentials/update']['post']['requestBody']
>['content']['application/json']
export type AcsCredentialsUpdateResponse = void

/**
 * Update a Credential
 *
 * Updates the code and ends at date and time for a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
 */
export const acsCredentialsUpdate = (
  client: SeamClient,
  parameters: AcsCredentialsUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsCredentialsUpdateParameters,
  AcsCredentialsUpdateResponse
> =>
  client.request<AcsCredentialsUpdateParameters, AcsCredentialsUpdateResponse>(
    { path: '/acs/credentials/update' },
    parameters,
    options,
  )

/** The `acs.credentials` namespace of the Seam API. */
export class SeamHttpAcsCredentials {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsCredentialsAssignParameters,
    AcsCredentialsAssignResponse
  > {
    return acsCredentialsAssign(this.client, parameters, options)
  }

  /**
   * Create a Credential for an ACS User
   *
   * Creates a new [credential](https://docs.seam.co/low-level-apis/managing-credentials) for a specified [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they create and manage the underlying credentials for you, across access systems and standalone smart locks alike. Use this low-level endpoint only when you need direct control over an individual ACS credential.
   */
  create(
    parameters: AcsCredentialsCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsCredentialsCreateParameters,
    AcsCredentialsCreateResponse
  > {
    return acsCredentialsCreate(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsCredentialsCreateOfflineCodeParameters,
    AcsCredentialsCreateOfflineCodeResponse
  > {
    return acsCredentialsCreateOfflineCode(this.client, parameters, options)
  }

  /**
   * Delete a Credential
   *
   * Deletes a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  delete(
    parameters: AcsCredentialsDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsCredentialsDeleteParameters,
    AcsCredentialsDeleteResponse
  > {
    return acsCredentialsDelete(this.client, parameters, options)
  }

  /**
   * Get a Credential
   *
   * Returns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  get(
    parameters: AcsCredentialsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsCredentialsGetParameters, AcsCredentialsGetResponse> {
    return acsCredentialsGet(this.client, parameters, options)
  }

  /**
   * List Credentials
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  list(
    parameters?: AcsCredentialsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsCredentialsListParameters, AcsCredentialsListResponse> {
    return acsCredentialsList(this.client, parameters, options)
  }

  /**
   * List Accessible Entrances
   *
   * Returns a list of all [entrances](https://docs.seam.co/api/acs/entrances) to which a [credential](https://docs.seam.co/api/acs/credentials) grants access.
   */
  listAccessibleEntrances(
    parameters: AcsCredentialsListAccessibleEntrancesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsCredentialsListAccessibleEntrancesParameters,
    AcsCredentialsListAccessibleEntrancesResponse
  > {
    return acsCredentialsListAccessibleEntrances(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsCredentialsUnassignParameters,
    AcsCredentialsUnassignResponse
  > {
    return acsCredentialsUnassign(this.client, parameters, options)
  }

  /**
   * Update a Credential
   *
   * Updates the code and ends at date and time for a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  update(
    parameters: AcsCredentialsUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsCredentialsUpdateParameters,
    AcsCredentialsUpdateResponse
  > {
    return acsCredentialsUpdate(this.client, parameters, options)
  }
}
