// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SpacesAddAcsEntrancesParameters = NonNullable<
  paths['/spaces/add_acs_entrances']['post']['requestBody']
>['content']['application/json']
export type SpacesAddAcsEntrancesResponse = void

/**
 * Add Entrances to a Space
 *
 * Adds [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) to a specific space.
 */
export const spacesAddAcsEntrances = (
  client: SeamClient,
  parameters: SpacesAddAcsEntrancesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SpacesAddAcsEntrancesParameters,
  SpacesAddAcsEntrancesResponse
> =>
  client.request<
    SpacesAddAcsEntrancesParameters,
    SpacesAddAcsEntrancesResponse
  >({ path: '/spaces/add_acs_entrances' }, parameters, options)

export type SpacesAddConnectedAccountParameters = NonNullable<
  paths['/spaces/add_connected_account']['post']['requestBody']
>['content']['application/json']
export type SpacesAddConnectedAccountResponse = void

/**
 * Add a Connected Account to a Space
 *
 * Adds a [connected account](https://docs.seam.co/core-concepts/connected-accounts) to a specific space.
 */
export const spacesAddConnectedAccount = (
  client: SeamClient,
  parameters: SpacesAddConnectedAccountParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SpacesAddConnectedAccountParameters,
  SpacesAddConnectedAccountResponse
> =>
  client.request<
    SpacesAddConnectedAccountParameters,
    SpacesAddConnectedAccountResponse
  >({ path: '/spaces/add_connected_account' }, parameters, options)

export type SpacesAddDevicesParameters = NonNullable<
  paths['/spaces/add_devices']['post']['requestBody']
>['content']['application/json']
export type SpacesAddDevicesResponse = void

/**
 * Add Devices to a Space
 *
 * Adds devices to a specific space.
 */
export const spacesAddDevices = (
  client: SeamClient,
  parameters: SpacesAddDevicesParameters,
  options?: RequestOptions,
): SeamHttpRequest<SpacesAddDevicesParameters, SpacesAddDevicesResponse> =>
  client.request<SpacesAddDevicesParameters, SpacesAddDevicesResponse>(
    { path: '/spaces/add_devices' },
    parameters,
    options,
  )

export type SpacesCreateParameters = NonNullable<
  paths['/spaces/create']['post']['requestBody']
>['content']['application/json']
export type SpacesCreateResponse =
  paths['/spaces/create']['post']['responses'][200]['content']['application/json']['space']

/**
 * Create a Space
 *
 * Creates a new space.
 */
export const spacesCreate = (
  client: SeamClient,
  parameters: SpacesCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<SpacesCreateParameters, SpacesCreateResponse> =>
  client.request<SpacesCreateParameters, SpacesCreateResponse>(
    { path: '/spaces/create', responseKey: 'space' },
    parameters,
    options,
  )

export type SpacesDeleteParameters = NonNullable<
  paths['/spaces/delete']['post']['requestBody']
>['content']['application/json']
export type SpacesDeleteResponse = void

/**
 * Delete a Space
 *
 * Deletes a space.
 */
export const spacesDelete = (
  client: SeamClient,
  parameters: SpacesDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<SpacesDeleteParameters, SpacesDeleteResponse> =>
  client.request<SpacesDeleteParameters, SpacesDeleteResponse>(
    { path: '/spaces/delete' },
    parameters,
    options,
  )

export type SpacesGetParameters = NonNullable<
  paths['/spaces/get']['post']['requestBody']
>['content']['application/json']
export type SpacesGetResponse =
  paths['/spaces/get']['post']['responses'][200]['content']['application/json']['space']

/**
 * Get a Space
 *
 * Gets a space.
 */
export const spacesGet = (
  client: SeamClient,
  parameters: SpacesGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<SpacesGetParameters, SpacesGetResponse> =>
  client.request<SpacesGetParameters, SpacesGetResponse>(
    { path: '/spaces/get', responseKey: 'space', read: true },
    parameters,
    options,
  )

export type SpacesGetRelatedParameters = NonNullable<
  paths['/spaces/get_related']['post']['requestBody']
>['content']['application/json']
export type SpacesGetRelatedResponse =
  paths['/spaces/get_related']['post']['responses'][200]['content']['application/json']['batch']

/**
 * Get related Space resources
 *
 * Gets all related resources for one or more Spaces.
 */
export const spacesGetRelated = (
  client: SeamClient,
  parameters?: SpacesGetRelatedParameters,
  options?: RequestOptions,
): SeamHttpRequest<SpacesGetRelatedParameters, SpacesGetRelatedResponse> =>
  client.request<SpacesGetRelatedParameters, SpacesGetRelatedResponse>(
    { path: '/spaces/get_related', responseKey: 'batch', read: true },
    parameters ?? ({} as SpacesGetRelatedParameters),
    options,
  )

export type SpacesListParameters = NonNullable<
  paths['/spaces/list']['post']['requestBody']
>['content']['application/json']
export type SpacesListResponse =
  paths['/spaces/list']['post']['responses'][200]['content']['application/json']['spaces']

/**
 * List Spaces
 *
 * Returns a list of all spaces.
 */
export const spacesList = (
  client: SeamClient,
  parameters?: SpacesListParameters,
  options?: RequestOptions,
): SeamHttpRequest<SpacesListParameters, SpacesListResponse> =>
  client.request<SpacesListParameters, SpacesListResponse>(
    { path: '/spaces/list', responseKey: 'spaces', read: true },
    parameters ?? ({} as SpacesListParameters),
    options,
  )

export type SpacesRemoveAcsEntrancesParameters = NonNullable<
  paths['/spaces/remove_acs_entrances']['post']['requestBody']
>['content']['application/json']
export type SpacesRemoveAcsEntrancesResponse = void

/**
 * Remove Entrances from a Space
 *
 * Removes [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) from a specific space.
 */
export const spacesRemoveAcsEntrances = (
  client: SeamClient,
  parameters: SpacesRemoveAcsEntrancesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SpacesRemoveAcsEntrancesParameters,
  SpacesRemoveAcsEntrancesResponse
> =>
  client.request<
    SpacesRemoveAcsEntrancesParameters,
    SpacesRemoveAcsEntrancesResponse
  >({ path: '/spaces/remove_acs_entrances' }, parameters, options)

export type SpacesRemoveConnectedAccountParameters = NonNullable<
  paths['/spaces/remove_connected_account']['post']['requestBody']
>['content']['application/json']
export type SpacesRemoveConnectedAccountResponse = void

/**
 * Remove a Connected Account from a Space
 *
 * Removes a [connected account](https://docs.seam.co/core-concepts/connected-accounts) from a specific space.
 */
export const spacesRemoveConnectedAccount = (
  client: SeamClient,
  parameters: SpacesRemoveConnectedAccountParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SpacesRemoveConnectedAccountParameters,
  SpacesRemoveConnectedAccountResponse
> =>
  client.request<
    SpacesRemoveConnectedAccountParameters,
    SpacesRemoveConnectedAccountResponse
  >({ path: '/spaces/remove_connected_account' }, parameters, options)

export type SpacesRemoveDevicesParameters = NonNullable<
  paths['/spaces/remove_devices']['post']['requestBody']
>['content']['application/json']
export type SpacesRemoveDevicesResponse = void

/**
 * Remove Devices from a Space
 *
 * Removes devices from a specific space.
 */
export const spacesRemoveDevices = (
  client: SeamClient,
  parameters: SpacesRemoveDevicesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SpacesRemoveDevicesParameters,
  SpacesRemoveDevicesResponse
> =>
  client.request<SpacesRemoveDevicesParameters, SpacesRemoveDevicesResponse>(
    { path: '/spaces/remove_devices' },
    parameters,
    options,
  )

export type SpacesUpdateParameters = NonNullable<
  paths['/spaces/update']['post']['requestBody']
>['content']['application/json']
export type SpacesUpdateResponse =
  paths['/spaces/update']['post']['responses'][200]['content']['application/json']['space']

/**
 * Update a Space
 *
 * Updates an existing space.
 */
export const spacesUpdate = (
  client: SeamClient,
  parameters?: SpacesUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<SpacesUpdateParameters, SpacesUpdateResponse> =>
  client.request<SpacesUpdateParameters, SpacesUpdateResponse>(
    { path: '/spaces/update', responseKey: 'space' },
    parameters ?? ({} as SpacesUpdateParameters),
    options,
  )

/** The `spaces` namespace of the Seam API. */
export class SeamHttpSpaces {
  constructor(private readonly client: SeamClient) {}

  /**
   * Add Entrances to a Space
   *
   * Adds [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) to a specific space.
   */
  addAcsEntrances(
    parameters: SpacesAddAcsEntrancesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SpacesAddAcsEntrancesParameters,
    SpacesAddAcsEntrancesResponse
  > {
    return spacesAddAcsEntrances(this.client, parameters, options)
  }

  /**
   * Add a Connected Account to a Space
   *
   * Adds a [connected account](https://docs.seam.co/core-concepts/connected-accounts) to a specific space.
   */
  addConnectedAccount(
    parameters: SpacesAddConnectedAccountParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SpacesAddConnectedAccountParameters,
    SpacesAddConnectedAccountResponse
  > {
    return spacesAddConnectedAccount(this.client, parameters, options)
  }

  /**
   * Add Devices to a Space
   *
   * Adds devices to a specific space.
   */
  addDevices(
    parameters: SpacesAddDevicesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<SpacesAddDevicesParameters, SpacesAddDevicesResponse> {
    return spacesAddDevices(this.client, parameters, options)
  }

  /**
   * Create a Space
   *
   * Creates a new space.
   */
  create(
    parameters: SpacesCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<SpacesCreateParameters, SpacesCreateResponse> {
    return spacesCreate(this.client, parameters, options)
  }

  /**
   * Delete a Space
   *
   * Deletes a space.
   */
  delete(
    parameters: SpacesDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<SpacesDeleteParameters, SpacesDeleteResponse> {
    return spacesDelete(this.client, parameters, options)
  }

  /**
   * Get a Space
   *
   * Gets a space.
   */
  get(
    parameters: SpacesGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<SpacesGetParameters, SpacesGetResponse> {
    return spacesGet(this.client, parameters, options)
  }

  /**
   * Get related Space resources
   *
   * Gets all related resources for one or more Spaces.
   */
  getRelated(
    parameters?: SpacesGetRelatedParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<SpacesGetRelatedParameters, SpacesGetRelatedResponse> {
    return spacesGetRelated(this.client, parameters, options)
  }

  /**
   * List Spaces
   *
   * Returns a list of all spaces.
   */
  list(
    parameters?: SpacesListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<SpacesListParameters, SpacesListResponse> {
    return spacesList(this.client, parameters, options)
  }

  /**
   * Remove Entrances from a Space
   *
   * Removes [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) from a specific space.
   */
  removeAcsEntrances(
    parameters: SpacesRemoveAcsEntrancesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SpacesRemoveAcsEntrancesParameters,
    SpacesRemoveAcsEntrancesResponse
  > {
    return spacesRemoveAcsEntrances(this.client, parameters, options)
  }

  /**
   * Remove a Connected Account from a Space
   *
   * Removes a [connected account](https://docs.seam.co/core-concepts/connected-accounts) from a specific space.
   */
  removeConnectedAccount(
    parameters: SpacesRemoveConnectedAccountParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SpacesRemoveConnectedAccountParameters,
    SpacesRemoveConnectedAccountResponse
  > {
    return spacesRemoveConnectedAccount(this.client, parameters, options)
  }

  /**
   * Remove Devices from a Space
   *
   * Removes devices from a specific space.
   */
  removeDevices(
    parameters: SpacesRemoveDevicesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SpacesRemoveDevicesParameters,
    SpacesRemoveDevicesResponse
  > {
    return spacesRemoveDevices(this.client, parameters, options)
  }

  /**
   * Update a Space
   *
   * Updates an existing space.
   */
  update(
    parameters?: SpacesUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<SpacesUpdateParameters, SpacesUpdateResponse> {
    return spacesUpdate(this.client, parameters, options)
  }
}
