// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpUserIdentitiesEnrollmentAutomations } from './user-identities-enrollment-automations.js'
import { SeamHttpUserIdentitiesUnmanaged } from './user-identities-unmanaged.js'

export type UserIdentitiesAddAcsUserParameters = NonNullable<
  paths['/user_identities/add_acs_user']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesAddAcsUserResponse = void
export type UserIdentitiesAddAcsUserOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesAddAcsUserRequest = SeamHttpRequest<
  UserIdentitiesAddAcsUserParameters,
  UserIdentitiesAddAcsUserResponse
>

/**
 * Add an ACS User to a User Identity
 *
 * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 *
 * You must specify either `user_identity_id` or `user_identity_key` to identify the user identity.
 *
 * If `user_identity_key` is provided, but the user identity doesn't exist, a new user identity will be created automatically using information from the ACS user.
 */
export const userIdentitiesAddAcsUser = (
  client: SeamClient,
  parameters: UserIdentitiesAddAcsUserParameters,
  options?: UserIdentitiesAddAcsUserOptions,
): UserIdentitiesAddAcsUserRequest =>
  client.request(
    { path: '/user_identities/add_acs_user', required: ['acs_user_id'] },
    parameters,
    options,
  )

export type UserIdentitiesCreateParameters = NonNullable<
  paths['/user_identities/create']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesCreateResponse =
  paths['/user_identities/create']['post']['responses'][200]['content']['application/json']['user_identity']
export type UserIdentitiesCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesCreateRequest = SeamHttpRequest<
  UserIdentitiesCreateParameters,
  UserIdentitiesCreateResponse
>

/**
 * Create a User Identity
 *
 * Creates a new [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesCreate = (
  client: SeamClient,
  parameters?: UserIdentitiesCreateParameters,
  options?: UserIdentitiesCreateOptions,
): UserIdentitiesCreateRequest =>
  client.request(
    { path: '/user_identities/create', responseKey: 'user_identity' },
    parameters ?? ({} as UserIdentitiesCreateParameters),
    options,
  )

export type UserIdentitiesDeleteParameters = NonNullable<
  paths['/user_identities/delete']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesDeleteResponse = void
export type UserIdentitiesDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesDeleteRequest = SeamHttpRequest<
  UserIdentitiesDeleteParameters,
  UserIdentitiesDeleteResponse
>

/**
 * Delete a User Identity
 *
 * Deletes a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This deletes the user identity and all associated resources, including any [credentials](https://docs.seam.co/api/acs/credentials), [acs users](https://docs.seam.co/api/acs/users) and [client sessions](https://docs.seam.co/api/client_sessions).
 */
export const userIdentitiesDelete = (
  client: SeamClient,
  parameters: UserIdentitiesDeleteParameters,
  options?: UserIdentitiesDeleteOptions,
): UserIdentitiesDeleteRequest =>
  client.request(
    { path: '/user_identities/delete', required: ['user_identity_id'] },
    parameters,
    options,
  )

export type UserIdentitiesGenerateInstantKeyParameters = NonNullable<
  paths['/user_identities/generate_instant_key']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesGenerateInstantKeyResponse =
  paths['/user_identities/generate_instant_key']['post']['responses'][200]['content']['application/json']['instant_key']
export type UserIdentitiesGenerateInstantKeyOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesGenerateInstantKeyRequest = SeamHttpRequest<
  UserIdentitiesGenerateInstantKeyParameters,
  UserIdentitiesGenerateInstantKeyResponse
>

/**
 * Generate an Instant Key
 *
 * Generates a new [instant key](https://docs.seam.co/capability-guides/instant-keys) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesGenerateInstantKey = (
  client: SeamClient,
  parameters: UserIdentitiesGenerateInstantKeyParameters,
  options?: UserIdentitiesGenerateInstantKeyOptions,
): UserIdentitiesGenerateInstantKeyRequest =>
  client.request(
    {
      path: '/user_identities/generate_instant_key',
      responseKey: 'instant_key',
      required: ['user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesGetParameters = NonNullable<
  paths['/user_identities/get']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesGetResponse =
  paths['/user_identities/get']['post']['responses'][200]['content']['application/json']['user_identity']
export type UserIdentitiesGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesGetRequest = SeamHttpRequest<
  UserIdentitiesGetParameters,
  UserIdentitiesGetResponse
>

/**
 * Get a User Identity
 *
 * Returns a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesGet = (
  client: SeamClient,
  parameters: UserIdentitiesGetParameters,
  options?: UserIdentitiesGetOptions,
): UserIdentitiesGetRequest =>
  client.request(
    {
      path: '/user_identities/get',
      responseKey: 'user_identity',
      read: true,
      requiresParameters: true,
    },
    parameters,
    options,
  )

export type UserIdentitiesGrantAccessToDeviceParameters = NonNullable<
  paths['/user_identities/grant_access_to_device']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesGrantAccessToDeviceResponse = void
export type UserIdentitiesGrantAccessToDeviceOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesGrantAccessToDeviceRequest = SeamHttpRequest<
  UserIdentitiesGrantAccessToDeviceParameters,
  UserIdentitiesGrantAccessToDeviceResponse
>

/**
 * Grant a User Identity Access to a Device
 *
 * Grants a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) access to a specified [device](https://docs.seam.co/core-concepts/devices/).
 */
export const userIdentitiesGrantAccessToDevice = (
  client: SeamClient,
  parameters: UserIdentitiesGrantAccessToDeviceParameters,
  options?: UserIdentitiesGrantAccessToDeviceOptions,
): UserIdentitiesGrantAccessToDeviceRequest =>
  client.request(
    {
      path: '/user_identities/grant_access_to_device',
      required: ['device_id', 'user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesListParameters = NonNullable<
  paths['/user_identities/list']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListResponse =
  paths['/user_identities/list']['post']['responses'][200]['content']['application/json']['user_identities']
export type UserIdentitiesListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesListRequest = SeamHttpRequest<
  UserIdentitiesListParameters,
  UserIdentitiesListResponse
>

/**
 * List User Identities
 *
 * Returns a list of all [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesList = (
  client: SeamClient,
  parameters?: UserIdentitiesListParameters,
  options?: UserIdentitiesListOptions,
): UserIdentitiesListRequest =>
  client.request(
    {
      path: '/user_identities/list',
      responseKey: 'user_identities',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as UserIdentitiesListParameters),
    options,
  )

export type UserIdentitiesListAccessibleDevicesParameters = NonNullable<
  paths['/user_identities/list_accessible_devices']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListAccessibleDevicesResponse =
  paths['/user_identities/list_accessible_devices']['post']['responses'][200]['content']['application/json']['devices']
export type UserIdentitiesListAccessibleDevicesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesListAccessibleDevicesRequest = SeamHttpRequest<
  UserIdentitiesListAccessibleDevicesParameters,
  UserIdentitiesListAccessibleDevicesResponse
>

/**
 * List Accessible Devices for a User Identity
 *
 * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes devices derived from the access grants assigned to the user identity and devices directly linked to the user identity.
 */
export const userIdentitiesListAccessibleDevices = (
  client: SeamClient,
  parameters: UserIdentitiesListAccessibleDevicesParameters,
  options?: UserIdentitiesListAccessibleDevicesOptions,
): UserIdentitiesListAccessibleDevicesRequest =>
  client.request(
    {
      path: '/user_identities/list_accessible_devices',
      responseKey: 'devices',
      read: true,
      required: ['user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesListAccessibleEntrancesParameters = NonNullable<
  paths['/user_identities/list_accessible_entrances']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListAccessibleEntrancesResponse =
  paths['/user_identities/list_accessible_entrances']['post']['responses'][200]['content']['application/json']['acs_entrances']
export type UserIdentitiesListAccessibleEntrancesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesListAccessibleEntrancesRequest = SeamHttpRequest<
  UserIdentitiesListAccessibleEntrancesParameters,
  UserIdentitiesListAccessibleEntrancesResponse
>

/**
 * List Accessible Entrances for a User Identity
 *
 * Returns a list of all [ACS entrances](https://docs.seam.co/api/acs/entrances) accessible to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes entrances derived from the access grants assigned to the user identity and entrances accessible through ACS users linked to the user identity.
 */
export const userIdentitiesListAccessibleEntrances = (
  client: SeamClient,
  parameters: UserIdentitiesListAccessibleEntrancesParameters,
  options?: UserIdentitiesListAccessibleEntrancesOptions,
): UserIdentitiesListAccessibleEntrancesRequest =>
  client.request(
    {
      path: '/user_identities/list_accessible_entrances',
      responseKey: 'acs_entrances',
      read: true,
      required: ['user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesListAcsSystemsParameters = NonNullable<
  paths['/user_identities/list_acs_systems']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListAcsSystemsResponse =
  paths['/user_identities/list_acs_systems']['post']['responses'][200]['content']['application/json']['acs_systems']
export type UserIdentitiesListAcsSystemsOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesListAcsSystemsRequest = SeamHttpRequest<
  UserIdentitiesListAcsSystemsParameters,
  UserIdentitiesListAcsSystemsResponse
>

/**
 * List ACS Systems Associated with a User Identity
 *
 * Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesListAcsSystems = (
  client: SeamClient,
  parameters: UserIdentitiesListAcsSystemsParameters,
  options?: UserIdentitiesListAcsSystemsOptions,
): UserIdentitiesListAcsSystemsRequest =>
  client.request(
    {
      path: '/user_identities/list_acs_systems',
      responseKey: 'acs_systems',
      read: true,
      required: ['user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesListAcsUsersParameters = NonNullable<
  paths['/user_identities/list_acs_users']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListAcsUsersResponse =
  paths['/user_identities/list_acs_users']['post']['responses'][200]['content']['application/json']['acs_users']
export type UserIdentitiesListAcsUsersOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesListAcsUsersRequest = SeamHttpRequest<
  UserIdentitiesListAcsUsersParameters,
  UserIdentitiesListAcsUsersResponse
>

/**
 * List ACS Users Associated with a User Identity
 *
 * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) assigned to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesListAcsUsers = (
  client: SeamClient,
  parameters: UserIdentitiesListAcsUsersParameters,
  options?: UserIdentitiesListAcsUsersOptions,
): UserIdentitiesListAcsUsersRequest =>
  client.request(
    {
      path: '/user_identities/list_acs_users',
      responseKey: 'acs_users',
      read: true,
      required: ['user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesRemoveAcsUserParameters = NonNullable<
  paths['/user_identities/remove_acs_user']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesRemoveAcsUserResponse = void
export type UserIdentitiesRemoveAcsUserOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesRemoveAcsUserRequest = SeamHttpRequest<
  UserIdentitiesRemoveAcsUserParameters,
  UserIdentitiesRemoveAcsUserResponse
>

/**
 * Remove an ACS User from a User Identity
 *
 * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesRemoveAcsUser = (
  client: SeamClient,
  parameters: UserIdentitiesRemoveAcsUserParameters,
  options?: UserIdentitiesRemoveAcsUserOptions,
): UserIdentitiesRemoveAcsUserRequest =>
  client.request(
    {
      path: '/user_identities/remove_acs_user',
      required: ['acs_user_id', 'user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesRevokeAccessToDeviceParameters = NonNullable<
  paths['/user_identities/revoke_access_to_device']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesRevokeAccessToDeviceResponse = void
export type UserIdentitiesRevokeAccessToDeviceOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesRevokeAccessToDeviceRequest = SeamHttpRequest<
  UserIdentitiesRevokeAccessToDeviceParameters,
  UserIdentitiesRevokeAccessToDeviceResponse
>

/**
 * Revoke Access to a Device from a User Identity
 *
 * Revokes access to a specified [device](https://docs.seam.co/core-concepts/devices/) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesRevokeAccessToDevice = (
  client: SeamClient,
  parameters: UserIdentitiesRevokeAccessToDeviceParameters,
  options?: UserIdentitiesRevokeAccessToDeviceOptions,
): UserIdentitiesRevokeAccessToDeviceRequest =>
  client.request(
    {
      path: '/user_identities/revoke_access_to_device',
      required: ['device_id', 'user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesUpdateParameters = NonNullable<
  paths['/user_identities/update']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesUpdateResponse = void
export type UserIdentitiesUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesUpdateRequest = SeamHttpRequest<
  UserIdentitiesUpdateParameters,
  UserIdentitiesUpdateResponse
>

/**
 * Update a User Identity
 *
 * Updates a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesUpdate = (
  client: SeamClient,
  parameters: UserIdentitiesUpdateParameters,
  options?: UserIdentitiesUpdateOptions,
): UserIdentitiesUpdateRequest =>
  client.request(
    { path: '/user_identities/update', required: ['user_identity_id'] },
    parameters,
    options,
  )

/** The `userIdentities` namespace of the Seam API. */
export class SeamHttpUserIdentities extends SeamHttpBase {
  get enrollmentAutomations(): SeamHttpUserIdentitiesEnrollmentAutomations {
    return new SeamHttpUserIdentitiesEnrollmentAutomations(this.client)
  }

  get unmanaged(): SeamHttpUserIdentitiesUnmanaged {
    return new SeamHttpUserIdentitiesUnmanaged(this.client)
  }

  /**
   * Add an ACS User to a User Identity
   *
   * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   *
   * You must specify either `user_identity_id` or `user_identity_key` to identify the user identity.
   *
   * If `user_identity_key` is provided, but the user identity doesn't exist, a new user identity will be created automatically using information from the ACS user.
   */
  addAcsUser(
    parameters: UserIdentitiesAddAcsUserParameters,
    options?: UserIdentitiesAddAcsUserOptions,
  ): UserIdentitiesAddAcsUserRequest {
    return this.client.request(
      { path: '/user_identities/add_acs_user', required: ['acs_user_id'] },
      parameters,
      options,
    )
  }

  /**
   * Create a User Identity
   *
   * Creates a new [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  create(
    parameters?: UserIdentitiesCreateParameters,
    options?: UserIdentitiesCreateOptions,
  ): UserIdentitiesCreateRequest {
    return this.client.request(
      { path: '/user_identities/create', responseKey: 'user_identity' },
      parameters ?? ({} as UserIdentitiesCreateParameters),
      options,
    )
  }

  /**
   * Delete a User Identity
   *
   * Deletes a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This deletes the user identity and all associated resources, including any [credentials](https://docs.seam.co/api/acs/credentials), [acs users](https://docs.seam.co/api/acs/users) and [client sessions](https://docs.seam.co/api/client_sessions).
   */
  delete(
    parameters: UserIdentitiesDeleteParameters,
    options?: UserIdentitiesDeleteOptions,
  ): UserIdentitiesDeleteRequest {
    return this.client.request(
      { path: '/user_identities/delete', required: ['user_identity_id'] },
      parameters,
      options,
    )
  }

  /**
   * Generate an Instant Key
   *
   * Generates a new [instant key](https://docs.seam.co/capability-guides/instant-keys) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  generateInstantKey(
    parameters: UserIdentitiesGenerateInstantKeyParameters,
    options?: UserIdentitiesGenerateInstantKeyOptions,
  ): UserIdentitiesGenerateInstantKeyRequest {
    return this.client.request(
      {
        path: '/user_identities/generate_instant_key',
        responseKey: 'instant_key',
        required: ['user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get a User Identity
   *
   * Returns a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get(
    parameters: UserIdentitiesGetParameters,
    options?: UserIdentitiesGetOptions,
  ): UserIdentitiesGetRequest {
    return this.client.request(
      {
        path: '/user_identities/get',
        responseKey: 'user_identity',
        read: true,
        requiresParameters: true,
      },
      parameters,
      options,
    )
  }

  /**
   * Grant a User Identity Access to a Device
   *
   * Grants a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) access to a specified [device](https://docs.seam.co/core-concepts/devices/).
   */
  grantAccessToDevice(
    parameters: UserIdentitiesGrantAccessToDeviceParameters,
    options?: UserIdentitiesGrantAccessToDeviceOptions,
  ): UserIdentitiesGrantAccessToDeviceRequest {
    return this.client.request(
      {
        path: '/user_identities/grant_access_to_device',
        required: ['device_id', 'user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List User Identities
   *
   * Returns a list of all [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  list(
    parameters?: UserIdentitiesListParameters,
    options?: UserIdentitiesListOptions,
  ): UserIdentitiesListRequest {
    return this.client.request(
      {
        path: '/user_identities/list',
        responseKey: 'user_identities',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as UserIdentitiesListParameters),
      options,
    )
  }

  /**
   * List Accessible Devices for a User Identity
   *
   * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes devices derived from the access grants assigned to the user identity and devices directly linked to the user identity.
   */
  listAccessibleDevices(
    parameters: UserIdentitiesListAccessibleDevicesParameters,
    options?: UserIdentitiesListAccessibleDevicesOptions,
  ): UserIdentitiesListAccessibleDevicesRequest {
    return this.client.request(
      {
        path: '/user_identities/list_accessible_devices',
        responseKey: 'devices',
        read: true,
        required: ['user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Accessible Entrances for a User Identity
   *
   * Returns a list of all [ACS entrances](https://docs.seam.co/api/acs/entrances) accessible to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes entrances derived from the access grants assigned to the user identity and entrances accessible through ACS users linked to the user identity.
   */
  listAccessibleEntrances(
    parameters: UserIdentitiesListAccessibleEntrancesParameters,
    options?: UserIdentitiesListAccessibleEntrancesOptions,
  ): UserIdentitiesListAccessibleEntrancesRequest {
    return this.client.request(
      {
        path: '/user_identities/list_accessible_entrances',
        responseKey: 'acs_entrances',
        read: true,
        required: ['user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List ACS Systems Associated with a User Identity
   *
   * Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  listAcsSystems(
    parameters: UserIdentitiesListAcsSystemsParameters,
    options?: UserIdentitiesListAcsSystemsOptions,
  ): UserIdentitiesListAcsSystemsRequest {
    return this.client.request(
      {
        path: '/user_identities/list_acs_systems',
        responseKey: 'acs_systems',
        read: true,
        required: ['user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List ACS Users Associated with a User Identity
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) assigned to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  listAcsUsers(
    parameters: UserIdentitiesListAcsUsersParameters,
    options?: UserIdentitiesListAcsUsersOptions,
  ): UserIdentitiesListAcsUsersRequest {
    return this.client.request(
      {
        path: '/user_identities/list_acs_users',
        responseKey: 'acs_users',
        read: true,
        required: ['user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Remove an ACS User from a User Identity
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  removeAcsUser(
    parameters: UserIdentitiesRemoveAcsUserParameters,
    options?: UserIdentitiesRemoveAcsUserOptions,
  ): UserIdentitiesRemoveAcsUserRequest {
    return this.client.request(
      {
        path: '/user_identities/remove_acs_user',
        required: ['acs_user_id', 'user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Revoke Access to a Device from a User Identity
   *
   * Revokes access to a specified [device](https://docs.seam.co/core-concepts/devices/) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  revokeAccessToDevice(
    parameters: UserIdentitiesRevokeAccessToDeviceParameters,
    options?: UserIdentitiesRevokeAccessToDeviceOptions,
  ): UserIdentitiesRevokeAccessToDeviceRequest {
    return this.client.request(
      {
        path: '/user_identities/revoke_access_to_device',
        required: ['device_id', 'user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Update a User Identity
   *
   * Updates a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  update(
    parameters: UserIdentitiesUpdateParameters,
    options?: UserIdentitiesUpdateOptions,
  ): UserIdentitiesUpdateRequest {
    return this.client.request(
      { path: '/user_identities/update', required: ['user_identity_id'] },
      parameters,
      options,
    )
  }
}
