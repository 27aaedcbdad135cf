// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type AcsSystemsGetParameters = NonNullable<
  paths['/acs/systems/get']['post']['requestBody']
>['content']['application/json']
export type AcsSystemsGetResponse =
  paths['/acs/systems/get']['post']['responses'][200]['content']['application/json']['acs_system']

/**
 * Get an ACS System
 *
 * Returns a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
 */
export const acsSystemsGet = (
  client: SeamClient,
  parameters: AcsSystemsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<AcsSystemsGetParameters, AcsSystemsGetResponse> =>
  client.request<AcsSystemsGetParameters, AcsSystemsGetResponse>(
    { path: '/acs/systems/get', responseKey: 'acs_system', read: true },
    parameters,
    options,
  )

export type AcsSystemsListParameters = NonNullable<
  paths['/acs/systems/list']['post']['requestBody']
>['content']['application/json']
export type AcsSystemsListResponse =
  paths['/acs/systems/list']['post']['responses'][200]['content']['application/json']['acs_systems']

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
  options?: RequestOptions,
): SeamHttpRequest<AcsSystemsListParameters, AcsSystemsListResponse> =>
  client.request<AcsSystemsListParameters, AcsSystemsListResponse>(
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
  options?: RequestOptions,
): SeamHttpRequest<
  AcsSystemsListCompatibleCredentialManagerAcsSystemsParameters,
  AcsSystemsListCompatibleCredentialManagerAcsSystemsResponse
> =>
  client.request<
    AcsSystemsListCompatibleCredentialManagerAcsSystemsParameters,
    AcsSystemsListCompatibleCredentialManagerAcsSystemsResponse
  >(
    {
      path: '/acs/systems/list_compatible_credential_manager_acs_systems',
      responseKey: 'acs_systems',
      read: true,
    },
    parameters,
    options,
  )

export type AcsSystemsReportDevicesParameters = NonNullable<
  paths['/acs/systems/report_devices']['post']['requestBody']
>['content']['application/json']
export type AcsSystemsReportDevicesResponse = void

/**
 * Report Devices
 *
 * Reports ACS system device status including encoders and entrances.
 */
export const acsSystemsReportDevices = (
  client: SeamClient,
  parameters: AcsSystemsReportDevicesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AcsSystemsReportDevicesParameters,
  AcsSystemsReportDevicesResponse
> =>
  client.request<
    AcsSystemsReportDevicesParameters,
    AcsSystemsReportDevicesResponse
  >({ path: '/acs/systems/report_devices' }, parameters, options)

/** The `acs.systems` namespace of the Seam API. */
export class SeamHttpAcsSystems {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get an ACS System
   *
   * Returns a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
   */
  get(
    parameters: AcsSystemsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AcsSystemsGetParameters, AcsSystemsGetResponse> {
    return acsSystemsGet(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<AcsSystemsListParameters, AcsSystemsListResponse> {
    return acsSystemsList(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsSystemsListCompatibleCredentialManagerAcsSystemsParameters,
    AcsSystemsListCompatibleCredentialManagerAcsSystemsResponse
  > {
    return acsSystemsListCompatibleCredentialManagerAcsSystems(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    AcsSystemsReportDevicesParameters,
    AcsSystemsReportDevicesResponse
  > {
    return acsSystemsReportDevices(this.client, parameters, options)
  }
}
