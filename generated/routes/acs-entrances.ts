// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'

export type AcsEntrancesGetParameters = NonNullable<
  paths['/acs/entrances/get']['post']['requestBody']
>['content']['application/json']
export type AcsEntrancesGetResponse =
  paths['/acs/entrances/get']['post']['responses'][200]['content']['application/json']['acs_entrance']
export type AcsEntrancesGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsEntrancesGetRequest = SeamHttpRequest<
  AcsEntrancesGetParameters,
  AcsEntrancesGetResponse
>

/**
 * Get an Entrance
 *
 * Returns a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
 */
export const acsEntrancesGet = (
  client: SeamClient,
  parameters: AcsEntrancesGetParameters,
  options?: AcsEntrancesGetOptions,
): AcsEntrancesGetRequest =>
  client.request(
    {
      path: '/acs/entrances/get',
      responseKey: 'acs_entrance',
      read: true,
      required: ['acs_entrance_id'],
    },
    parameters,
    options,
  )

export type AcsEntrancesGrantAccessParameters = NonNullable<
  paths['/acs/entrances/grant_access']['post']['requestBody']
>['content']['application/json']
export type AcsEntrancesGrantAccessResponse = void
export type AcsEntrancesGrantAccessOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsEntrancesGrantAccessRequest = SeamHttpRequest<
  AcsEntrancesGrantAccessParameters,
  AcsEntrancesGrantAccessResponse
>

/**
 * Grant an ACS User Access to an Entrance
 *
 * Grants a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) access to a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
 */
export const acsEntrancesGrantAccess = (
  client: SeamClient,
  parameters: AcsEntrancesGrantAccessParameters,
  options?: AcsEntrancesGrantAccessOptions,
): AcsEntrancesGrantAccessRequest =>
  client.request(
    { path: '/acs/entrances/grant_access', required: ['acs_entrance_id'] },
    parameters,
    options,
  )

export type AcsEntrancesListParameters = NonNullable<
  paths['/acs/entrances/list']['post']['requestBody']
>['content']['application/json']
export type AcsEntrancesListResponse =
  paths['/acs/entrances/list']['post']['responses'][200]['content']['application/json']['acs_entrances']
export type AcsEntrancesListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsEntrancesListRequest = SeamHttpRequest<
  AcsEntrancesListParameters,
  AcsEntrancesListResponse
>

/**
 * List Entrances
 *
 * Returns a list of all [access system entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
 */
export const acsEntrancesList = (
  client: SeamClient,
  parameters?: AcsEntrancesListParameters,
  options?: AcsEntrancesListOptions,
): AcsEntrancesListRequest =>
  client.request(
    {
      path: '/acs/entrances/list',
      responseKey: 'acs_entrances',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as AcsEntrancesListParameters),
    options,
  )

export type AcsEntrancesListCredentialsWithAccessParameters = NonNullable<
  paths['/acs/entrances/list_credentials_with_access']['post']['requestBody']
>['content']['application/json']
export type AcsEntrancesListCredentialsWithAccessResponse =
  paths['/acs/entrances/list_credentials_with_access']['post']['responses'][200]['content']['application/json']['acs_credentials']
export type AcsEntrancesListCredentialsWithAccessOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsEntrancesListCredentialsWithAccessRequest = SeamHttpRequest<
  AcsEntrancesListCredentialsWithAccessParameters,
  AcsEntrancesListCredentialsWithAccessResponse
>

/**
 * List Credentials with Access to an Entrance
 *
 * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) with access to a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
 */
export const acsEntrancesListCredentialsWithAccess = (
  client: SeamClient,
  parameters: AcsEntrancesListCredentialsWithAccessParameters,
  options?: AcsEntrancesListCredentialsWithAccessOptions,
): AcsEntrancesListCredentialsWithAccessRequest =>
  client.request(
    {
      path: '/acs/entrances/list_credentials_with_access',
      responseKey: 'acs_credentials',
      read: true,
      required: ['acs_entrance_id'],
    },
    parameters,
    options,
  )

export type AcsEntrancesUnlockParameters = NonNullable<
  paths['/acs/entrances/unlock']['post']['requestBody']
>['content']['application/json']
export type AcsEntrancesUnlockResponse =
  paths['/acs/entrances/unlock']['post']['responses'][200]['content']['application/json']['action_attempt']
export type AcsEntrancesUnlockOptions = RequestOptions
export type AcsEntrancesUnlockRequest = SeamHttpRequest<
  AcsEntrancesUnlockParameters,
  AcsEntrancesUnlockResponse
>

/**
 * Unlock an Entrance
 *
 * Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using a cloud_key credential. Returns an action attempt that tracks the progress of the unlock operation.
 */
export const acsEntrancesUnlock = (
  client: SeamClient,
  parameters: AcsEntrancesUnlockParameters,
  options?: AcsEntrancesUnlockOptions,
): AcsEntrancesUnlockRequest =>
  client.request(
    {
      path: '/acs/entrances/unlock',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['acs_credential_id', 'acs_entrance_id'],
    },
    parameters,
    options,
  )

/** The `acs.entrances` namespace of the Seam API. */
export class SeamHttpAcsEntrances extends SeamHttpBase {
  /**
   * Get an Entrance
   *
   * Returns a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   */
  get(
    parameters: AcsEntrancesGetParameters,
    options?: AcsEntrancesGetOptions,
  ): AcsEntrancesGetRequest {
    return this.client.request(
      {
        path: '/acs/entrances/get',
        responseKey: 'acs_entrance',
        read: true,
        required: ['acs_entrance_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Grant an ACS User Access to an Entrance
   *
   * Grants a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) access to a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   */
  grantAccess(
    parameters: AcsEntrancesGrantAccessParameters,
    options?: AcsEntrancesGrantAccessOptions,
  ): AcsEntrancesGrantAccessRequest {
    return this.client.request(
      { path: '/acs/entrances/grant_access', required: ['acs_entrance_id'] },
      parameters,
      options,
    )
  }

  /**
   * List Entrances
   *
   * Returns a list of all [access system entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   */
  list(
    parameters?: AcsEntrancesListParameters,
    options?: AcsEntrancesListOptions,
  ): AcsEntrancesListRequest {
    return this.client.request(
      {
        path: '/acs/entrances/list',
        responseKey: 'acs_entrances',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as AcsEntrancesListParameters),
      options,
    )
  }

  /**
   * List Credentials with Access to an Entrance
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) with access to a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   */
  listCredentialsWithAccess(
    parameters: AcsEntrancesListCredentialsWithAccessParameters,
    options?: AcsEntrancesListCredentialsWithAccessOptions,
  ): AcsEntrancesListCredentialsWithAccessRequest {
    return this.client.request(
      {
        path: '/acs/entrances/list_credentials_with_access',
        responseKey: 'acs_credentials',
        read: true,
        required: ['acs_entrance_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Unlock an Entrance
   *
   * Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using a cloud_key credential. Returns an action attempt that tracks the progress of the unlock operation.
   */
  unlock(
    parameters: AcsEntrancesUnlockParameters,
    options?: AcsEntrancesUnlockOptions,
  ): AcsEntrancesUnlockRequest {
    return this.client.request(
      {
        path: '/acs/entrances/unlock',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['acs_credential_id', 'acs_entrance_id'],
      },
      parameters,
      options,
    )
  }
}
