// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SpacesAddAcsEntrancesParameters = NonNullable<
  paths['/spaces/add_acs_entrances']['post']['requestBody']
>['content']['application/json']
export type SpacesAddAcsEntrancesResponse = void
export type SpacesAddAcsEntrancesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SpacesAddAcsEntrancesRequest = SeamHttpRequest<
  SpacesAddAcsEntrancesParameters,
  SpacesAddAcsEntrancesResponse
>

/**
 * Add Entrances to a Space
 *
 * Adds [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) to a specific space.
 */
export const spacesAddAcsEntrances = (
  client: SeamClient,
  parameters: SpacesAddAcsEntrancesParameters,
  options?: SpacesAddAcsEntrancesOptions,
): SpacesAddAcsEntrancesRequest =>
  client.request(
    {
      path: '/spaces/add_acs_entrances',
      required: ['acs_entrance_ids', 'space_id'],
    },
    parameters,
    options,
  )

export type SpacesAddConnectedAccountParameters = NonNullable<
  paths['/spaces/add_connected_account']['post']['requestBody']
>['content']['application/json']
export type SpacesAddConnectedAccountResponse = void
export type SpacesAddConnectedAccountOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SpacesAddConnectedAccountRequest = SeamHttpRequest<
  SpacesAddConnectedAccountParameters,
  SpacesAddConnectedAccountResponse
>

/**
 * Add a Connected Account to a Space
 *
 * Adds a [connected account](https://docs.seam.co/core-concepts/connected-accounts) to a specific space.
 */
export const spacesAddConnectedAccount = (
  client: SeamClient,
  parameters: SpacesAddConnectedAccountParameters,
  options?: SpacesAddConnectedAccountOptions,
): SpacesAddConnectedAccountRequest =>
  client.request(
    {
      path: '/spaces/add_connected_account',
      required: ['connected_account_id', 'space_id'],
    },
    parameters,
    options,
  )

export type SpacesAddDevicesParameters = NonNullable<
  paths['/spaces/add_devices']['post']['requestBody']
>['content']['application/json']
export type SpacesAddDevicesResponse = void
export type SpacesAddDevicesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SpacesAddDevicesRequest = SeamHttpRequest<
  SpacesAddDevicesParameters,
  SpacesAddDevicesResponse
>

/**
 * Add Devices to a Space
 *
 * Adds devices to a specific space.
 */
export const spacesAddDevices = (
  client: SeamClient,
  parameters: SpacesAddDevicesParameters,
  options?: SpacesAddDevicesOptions,
): SpacesAddDevicesRequest =>
  client.request(
    { path: '/spaces/add_devices', required: ['device_ids', 'space_id'] },
    parameters,
    options,
  )

export type SpacesCreateParameters = NonNullable<
  paths['/spaces/create']['post']['requestBody']
>['content']['application/json']
export type SpacesCreateResponse =
  paths['/spaces/create']['post']['responses'][200]['content']['application/json']['space']
export type SpacesCreateOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type SpacesCreateRequest = SeamHttpRequest<
  SpacesCreateParameters,
  SpacesCreateResponse
>

/**
 * Create a Space
 *
 * Creates a new space.
 */
export const spacesCreate = (
  client: SeamClient,
  parameters: SpacesCreateParameters,
  options?: SpacesCreateOptions,
): SpacesCreateRequest =>
  client.request(
    { path: '/spaces/create', responseKey: 'space', required: ['name'] },
    parameters,
    options,
  )

export type SpacesDeleteParameters = NonNullable<
  paths['/spaces/delete']['post']['requestBody']
>['content']['application/json']
export type SpacesDeleteResponse = void
export type SpacesDeleteOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type SpacesDeleteRequest = SeamHttpRequest<
  SpacesDeleteParameters,
  SpacesDeleteResponse
>

/**
 * Delete a Space
 *
 * Deletes a space.
 */
export const spacesDelete = (
  client: SeamClient,
  parameters: SpacesDeleteParameters,
  options?: SpacesDeleteOptions,
): SpacesDeleteRequest =>
  client.request(
    { path: '/spaces/delete', required: ['space_id'] },
    parameters,
    options,
  )

export type SpacesGetParameters = NonNullable<
  paths['/spaces/get']['post']['requestBody']
>['content']['application/json']
export type SpacesGetResponse =
  paths['/spaces/get']['post']['responses'][200]['content']['application/json']['space']
export type SpacesGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type SpacesGetRequest = SeamHttpRequest<
  SpacesGetParameters,
  SpacesGetResponse
>

/**
 * Get a Space
 *
 * Gets a space.
 */
export const spacesGet = (
  client: SeamClient,
  parameters: SpacesGetParameters,
  options?: SpacesGetOptions,
): SpacesGetRequest =>
  client.request(
    {
      path: '/spaces/get',
      responseKey: 'space',
      read: true,
      requiresParameters: true,
    },
    parameters,
    options,
  )

export type SpacesGetRelatedParameters = NonNullable<
  paths['/spaces/get_related']['post']['requestBody']
>['content']['application/json']
export type SpacesGetRelatedResponse =
  paths['/spaces/get_related']['post']['responses'][200]['content']['application/json']['batch']
export type SpacesGetRelatedOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SpacesGetRelatedRequest = SeamHttpRequest<
  SpacesGetRelatedParameters,
  SpacesGetRelatedResponse
>

/**
 * Get related Space resources
 *
 * Gets all related resources for one or more Spaces.
 */
export const spacesGetRelated = (
  client: SeamClient,
  parameters?: SpacesGetRelatedParameters,
  options?: SpacesGetRelatedOptions,
): SpacesGetRelatedRequest =>
  client.request(
    { path: '/spaces/get_related', responseKey: 'batch', read: true },
    parameters ?? ({} as SpacesGetRelatedParameters),
    options,
  )

export type SpacesListParameters = NonNullable<
  paths['/spaces/list']['post']['requestBody']
>['content']['application/json']
export type SpacesListResponse =
  paths['/spaces/list']['post']['responses'][200]['content']['application/json']['spaces']
export type SpacesListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type SpacesListRequest = SeamHttpRequest<
  SpacesListParameters,
  SpacesListResponse
>

/**
 * List Spaces
 *
 * Returns a list of all spaces.
 */
export const spacesList = (
  client: SeamClient,
  parameters?: SpacesListParameters,
  options?: SpacesListOptions,
): SpacesListRequest =>
  client.request(
    {
      path: '/spaces/list',
      responseKey: 'spaces',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as SpacesListParameters),
    options,
  )

export type SpacesRemoveAcsEntrancesParameters = NonNullable<
  paths['/spaces/remove_acs_entrances']['post']['requestBody']
>['content']['application/json']
export type SpacesRemoveAcsEntrancesResponse = void
export type SpacesRemoveAcsEntrancesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SpacesRemoveAcsEntrancesRequest = SeamHttpRequest<
  SpacesRemoveAcsEntrancesParameters,
  SpacesRemoveAcsEntrancesResponse
>

/**
 * Remove Entrances from a Space
 *
 * Removes [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) from a specific space.
 */
export const spacesRemoveAcsEntrances = (
  client: SeamClient,
  parameters: SpacesRemoveAcsEntrancesParameters,
  options?: SpacesRemoveAcsEntrancesOptions,
): SpacesRemoveAcsEntrancesRequest =>
  client.request(
    {
      path: '/spaces/remove_acs_entrances',
      required: ['acs_entrance_ids', 'space_id'],
    },
    parameters,
    options,
  )

export type SpacesRemoveConnectedAccountParameters = NonNullable<
  paths['/spaces/remove_connected_account']['post']['requestBody']
>['content']['application/json']
export type SpacesRemoveConnectedAccountResponse = void
export type SpacesRemoveConnectedAccountOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SpacesRemoveConnectedAccountRequest = SeamHttpRequest<
  SpacesRemoveConnectedAccountParameters,
  SpacesRemoveConnectedAccountResponse
>

/**
 * Remove a Connected Account from a Space
 *
 * Removes a [connected account](https://docs.seam.co/core-concepts/connected-accounts) from a specific space.
 */
export const spacesRemoveConnectedAccount = (
  client: SeamClient,
  parameters: SpacesRemoveConnectedAccountParameters,
  options?: SpacesRemoveConnectedAccountOptions,
): SpacesRemoveConnectedAccountRequest =>
  client.request(
    {
      path: '/spaces/remove_connected_account',
      required: ['connected_account_id', 'space_id'],
    },
    parameters,
    options,
  )

export type SpacesRemoveDevicesParameters = NonNullable<
  paths['/spaces/remove_devices']['post']['requestBody']
>['content']['application/json']
export type SpacesRemoveDevicesResponse = void
export type SpacesRemoveDevicesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SpacesRemoveDevicesRequest = SeamHttpRequest<
  SpacesRemoveDevicesParameters,
  SpacesRemoveDevicesResponse
>

/**
 * Remove Devices from a Space
 *
 * Removes devices from a specific space.
 */
export const spacesRemoveDevices = (
  client: SeamClient,
  parameters: SpacesRemoveDevicesParameters,
  options?: SpacesRemoveDevicesOptions,
): SpacesRemoveDevicesRequest =>
  client.request(
    { path: '/spaces/remove_devices', required: ['device_ids', 'space_id'] },
    parameters,
    options,
  )

export type SpacesUpdateParameters = NonNullable<
  paths['/spaces/update']['post']['requestBody']
>['content']['application/json']
export type SpacesUpdateResponse =
  paths['/spaces/update']['post']['responses'][200]['content']['application/json']['space']
export type SpacesUpdateOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type SpacesUpdateRequest = SeamHttpRequest<
  SpacesUpdateParameters,
  SpacesUpdateResponse
>

/**
 * Update a Space
 *
 * Updates an existing space.
 */
export const spacesUpdate = (
  client: SeamClient,
  parameters?: SpacesUpdateParameters,
  options?: SpacesUpdateOptions,
): SpacesUpdateRequest =>
  client.request(
    { path: '/spaces/update', responseKey: 'space' },
    parameters ?? ({} as SpacesUpdateParameters),
    options,
  )

/** The `spaces` namespace of the Seam API. */
export class SeamHttpSpaces extends SeamHttpBase {
  /**
   * Add Entrances to a Space
   *
   * Adds [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) to a specific space.
   */
  addAcsEntrances(
    parameters: SpacesAddAcsEntrancesParameters,
    options?: SpacesAddAcsEntrancesOptions,
  ): SpacesAddAcsEntrancesRequest {
    return this.client.request(
      {
        path: '/spaces/add_acs_entrances',
        required: ['acs_entrance_ids', 'space_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Add a Connected Account to a Space
   *
   * Adds a [connected account](https://docs.seam.co/core-concepts/connected-accounts) to a specific space.
   */
  addConnectedAccount(
    parameters: SpacesAddConnectedAccountParameters,
    options?: SpacesAddConnectedAccountOptions,
  ): SpacesAddConnectedAccountRequest {
    return this.client.request(
      {
        path: '/spaces/add_connected_account',
        required: ['connected_account_id', 'space_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Add Devices to a Space
   *
   * Adds devices to a specific space.
   */
  addDevices(
    parameters: SpacesAddDevicesParameters,
    options?: SpacesAddDevicesOptions,
  ): SpacesAddDevicesRequest {
    return this.client.request(
      { path: '/spaces/add_devices', required: ['device_ids', 'space_id'] },
      parameters,
      options,
    )
  }

  /**
   * Create a Space
   *
   * Creates a new space.
   */
  create(
    parameters: SpacesCreateParameters,
    options?: SpacesCreateOptions,
  ): SpacesCreateRequest {
    return this.client.request(
      { path: '/spaces/create', responseKey: 'space', required: ['name'] },
      parameters,
      options,
    )
  }

  /**
   * Delete a Space
   *
   * Deletes a space.
   */
  delete(
    parameters: SpacesDeleteParameters,
    options?: SpacesDeleteOptions,
  ): SpacesDeleteRequest {
    return this.client.request(
      { path: '/spaces/delete', required: ['space_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get a Space
   *
   * Gets a space.
   */
  get(
    parameters: SpacesGetParameters,
    options?: SpacesGetOptions,
  ): SpacesGetRequest {
    return this.client.request(
      {
        path: '/spaces/get',
        responseKey: 'space',
        read: true,
        requiresParameters: true,
      },
      parameters,
      options,
    )
  }

  /**
   * Get related Space resources
   *
   * Gets all related resources for one or more Spaces.
   */
  getRelated(
    parameters?: SpacesGetRelatedParameters,
    options?: SpacesGetRelatedOptions,
  ): SpacesGetRelatedRequest {
    return this.client.request(
      { path: '/spaces/get_related', responseKey: 'batch', read: true },
      parameters ?? ({} as SpacesGetRelatedParameters),
      options,
    )
  }

  /**
   * List Spaces
   *
   * Returns a list of all spaces.
   */
  list(
    parameters?: SpacesListParameters,
    options?: SpacesListOptions,
  ): SpacesListRequest {
    return this.client.request(
      {
        path: '/spaces/list',
        responseKey: 'spaces',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as SpacesListParameters),
      options,
    )
  }

  /**
   * Remove Entrances from a Space
   *
   * Removes [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) from a specific space.
   */
  removeAcsEntrances(
    parameters: SpacesRemoveAcsEntrancesParameters,
    options?: SpacesRemoveAcsEntrancesOptions,
  ): SpacesRemoveAcsEntrancesRequest {
    return this.client.request(
      {
        path: '/spaces/remove_acs_entrances',
        required: ['acs_entrance_ids', 'space_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Remove a Connected Account from a Space
   *
   * Removes a [connected account](https://docs.seam.co/core-concepts/connected-accounts) from a specific space.
   */
  removeConnectedAccount(
    parameters: SpacesRemoveConnectedAccountParameters,
    options?: SpacesRemoveConnectedAccountOptions,
  ): SpacesRemoveConnectedAccountRequest {
    return this.client.request(
      {
        path: '/spaces/remove_connected_account',
        required: ['connected_account_id', 'space_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Remove Devices from a Space
   *
   * Removes devices from a specific space.
   */
  removeDevices(
    parameters: SpacesRemoveDevicesParameters,
    options?: SpacesRemoveDevicesOptions,
  ): SpacesRemoveDevicesRequest {
    return this.client.request(
      { path: '/spaces/remove_devices', required: ['device_ids', 'space_id'] },
      parameters,
      options,
    )
  }

  /**
   * Update a Space
   *
   * Updates an existing space.
   */
  update(
    parameters?: SpacesUpdateParameters,
    options?: SpacesUpdateOptions,
  ): SpacesUpdateRequest {
    return this.client.request(
      { path: '/spaces/update', responseKey: 'space' },
      parameters ?? ({} as SpacesUpdateParameters),
      options,
    )
  }
}
