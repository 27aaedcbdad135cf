// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsSystemsGetParameters = NonNullable<
  paths['/acs/systems/get']['post']['requestBody']
>['content']['application/json']
export type AcsSystemsGetResponse =
  paths['/acs/systems/get']['post']['responses'][200]['content']['application/json']['acs_system']
export type AcsSystemsGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type AcsSystemsGetRequest = SeamHttpRequest<
  AcsSystemsGetParameters,
  AcsSystemsGetResponse
>

/**
 * Get an ACS System
 *
 * Returns a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
 */
export const acsSystemsGet = (
  client: SeamClient,
  parameters: AcsSystemsGetParameters,
  options?: AcsSystemsGetOptions,
): AcsSystemsGetRequest =>
  client.request(
    {
      path: '/acs/systems/get',
      responseKey: 'acs_system',
      read: true,
      required: ['acs_system_id'],
    },
    parameters,
    options,
  )

export type AcsSystemsListParameters = NonNullable<
  paths['/acs/systems/list']['post']['requestBody']
>['content']['application/json']
export type AcsSystemsListResponse =
  paths['/acs/systems/list']['post']['responses'][200]['content']['application/json']['acs_systems']
export type AcsSystemsListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type AcsSystemsListRequest = SeamHttpRequest<
  AcsSystemsListParameters,
  AcsSystemsListResponse
>

/**
 * List ACS Systems
 *
 * Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems).
 *
 * To filter the list of returned access systems by a specific connected account ID, include the `connected_account_id` in the request body. If you omit the `connected_account_id` parameter, the response includes all access systems connected to your workspace.
 */
export const acsSystemsList = (
  client: SeamClient,
  parameters?: AcsSystemsListParameters,
  options?: AcsSystemsListOptions,
): AcsSystemsListRequest =>
  client.request(
    { path: '/acs/systems/list', responseKey: 'acs_systems', read: true },
    parameters ?? ({} as AcsSystemsListParameters),
    options,
  )

export type AcsSystemsListCompatibleCredentialManagerAcsSystemsParameters =
  NonNullable<
    paths['/acs/systems/list_compatible_credential_manager_acs_systems']['post']['requestBody']
  >['content']['application/json']
export type AcsSystemsListCompatibleCredentialManagerAcsSystemsResponse =
  paths['/acs/systems/list_compatible_credential_manager_acs_systems']['post']['responses'][200]['content']['application/json']['acs_systems']
export type AcsSystemsListCompatibleCredentialManagerAcsSystemsOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsSystemsListCompatibleCredentialManagerAcsSystemsRequest =
  SeamHttpRequest<
    AcsSystemsListCompatibleCredentialManagerAcsSystemsParameters,
    AcsSystemsListCompatibleCredentialManagerAcsSystemsResponse
  >

/**
 * List Compatible Credential Manager ACS Systems
 *
 * Returns a list of all credential manager systems that are compatible with a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
 *
 * Specify the access system for which you want to retrieve all compatible credential manager systems by including the corresponding `acs_system_id` in the request body.
 */
export const acsSystemsListCompatibleCredentialManagerAcsSystems = (
  client: SeamClient,
  parameters: AcsSystemsListCompatibleCredentialManagerAcsSystemsParameters,
  options?: AcsSystemsListCompatibleCredentialManagerAcsSystemsOptions,
): AcsSystemsListCompatibleCredentialManagerAcsSystemsRequest =>
  client.request(
    {
      path: '/acs/systems/list_compatible_credential_manager_acs_systems',
      responseKey: 'acs_systems',
      read: true,
      required: ['acs_system_id'],
    },
    parameters,
    options,
  )

export type AcsSystemsReportDevicesParameters = NonNullable<
  paths['/acs/systems/report_devices']['post']['requestBody']
>['content']['application/json']
export type AcsSystemsReportDevicesResponse = void
export type AcsSystemsReportDevicesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AcsSystemsReportDevicesRequest = SeamHttpRequest<
  AcsSystemsReportDevicesParameters,
  AcsSystemsReportDevicesResponse
>

/**
 * Report Devices
 *
 * Reports ACS system device status including encoders and entrances.
 */
export const acsSystemsReportDevices = (
  client: SeamClient,
  parameters: AcsSystemsReportDevicesParameters,
  options?: AcsSystemsReportDevicesOptions,
): AcsSystemsReportDevicesRequest =>
  client.request(
    { path: '/acs/systems/report_devices', required: ['acs_system_id'] },
    parameters,
    options,
  )

/** The `acs.systems` namespace of the Seam API. */
export class SeamHttpAcsSystems extends SeamHttpBase {
  /**
   * Get an ACS System
   *
   * Returns a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
   */
  get(
    parameters: AcsSystemsGetParameters,
    options?: AcsSystemsGetOptions,
  ): AcsSystemsGetRequest {
    return this.client.request(
      {
        path: '/acs/systems/get',
        responseKey: 'acs_system',
        read: true,
        required: ['acs_system_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List ACS Systems
   *
   * Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems).
   *
   * To filter the list of returned access systems by a specific connected account ID, include the `connected_account_id` in the request body. If you omit the `connected_account_id` parameter, the response includes all access systems connected to your workspace.
   */
  list(
    parameters?: AcsSystemsListParameters,
    options?: AcsSystemsListOptions,
  ): AcsSystemsListRequest {
    return this.client.request(
      { path: '/acs/systems/list', responseKey: 'acs_systems', read: true },
      parameters ?? ({} as AcsSystemsListParameters),
      options,
    )
  }

  /**
   * List Compatible Credential Manager ACS Systems
   *
   * Returns a list of all credential manager systems that are compatible with a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
   *
   * Specify the access system for which you want to retrieve all compatible credential manager systems by including the corresponding `acs_system_id` in the request body.
   */
  listCompatibleCredentialManagerAcsSystems(
    parameters: AcsSystemsListCompatibleCredentialManagerAcsSystemsParameters,
    options?: AcsSystemsListCompatibleCredentialManagerAcsSystemsOptions,
  ): AcsSystemsListCompatibleCredentialManagerAcsSystemsRequest {
    return this.client.request(
      {
        path: '/acs/systems/list_compatible_credential_manager_acs_systems',
        responseKey: 'acs_systems',
        read: true,
        required: ['acs_system_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Report Devices
   *
   * Reports ACS system device status including encoders and entrances.
   */
  reportDevices(
    parameters: AcsSystemsReportDevicesParameters,
    options?: AcsSystemsReportDevicesOptions,
  ): AcsSystemsReportDevicesRequest {
    return this.client.request(
      { path: '/acs/systems/report_devices', required: ['acs_system_id'] },
      parameters,
      options,
    )
  }
}
