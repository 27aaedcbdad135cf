// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpUserIdentitiesEnrollmentAutomations } from './user-identities-enrollment-automations.js'
import { SeamHttpUserIdentitiesUnmanaged } from './user-identities-unmanaged.js'

export type UserIdentitiesAddAcsUserParameters = NonNullable<
  paths['/user_identities/add_acs_user']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesAddAcsUserResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesAddAcsUserParameters,
  UserIdentitiesAddAcsUserResponse
> =>
  client.request<
    UserIdentitiesAddAcsUserParameters,
    UserIdentitiesAddAcsUserResponse
  >({ path: '/user_identities/add_acs_user' }, parameters, options)

export type UserIdentitiesCreateParameters = NonNullable<
  paths['/user_identities/create']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesCreateResponse =
  paths['/user_identities/create']['post']['responses'][200]['content']['application/json']['user_identity']

/**
 * Create a User Identity
 *
 * Creates a new [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesCreate = (
  client: SeamClient,
  parameters?: UserIdentitiesCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesCreateParameters,
  UserIdentitiesCreateResponse
> =>
  client.request<UserIdentitiesCreateParameters, UserIdentitiesCreateResponse>(
    { path: '/user_identities/create', responseKey: 'user_identity' },
    parameters ?? ({} as UserIdentitiesCreateParameters),
    options,
  )

export type UserIdentitiesDeleteParameters = NonNullable<
  paths['/user_identities/delete']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesDeleteResponse = void

/**
 * Delete a User Identity
 *
 * Deletes a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This deletes the user identity and all associated resources, including any [credentials](https://docs.seam.co/api/acs/credentials), [acs users](https://docs.seam.co/api/acs/users) and [client sessions](https://docs.seam.co/api/client_sessions).
 */
export const userIdentitiesDelete = (
  client: SeamClient,
  parameters: UserIdentitiesDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesDeleteParameters,
  UserIdentitiesDeleteResponse
> =>
  client.request<UserIdentitiesDeleteParameters, UserIdentitiesDeleteResponse>(
    { path: '/user_identities/delete' },
    parameters,
    options,
  )

export type UserIdentitiesGenerateInstantKeyParameters = NonNullable<
  paths['/user_identities/generate_instant_key']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesGenerateInstantKeyResponse =
  paths['/user_identities/generate_instant_key']['post']['responses'][200]['content']['application/json']['instant_key']

/**
 * Generate an Instant Key
 *
 * Generates a new [instant key](https://docs.seam.co/capability-guides/instant-keys) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesGenerateInstantKey = (
  client: SeamClient,
  parameters: UserIdentitiesGenerateInstantKeyParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesGenerateInstantKeyParameters,
  UserIdentitiesGenerateInstantKeyResponse
> =>
  client.request<
    UserIdentitiesGenerateInstantKeyParameters,
    UserIdentitiesGenerateInstantKeyResponse
  >(
    {
      path: '/user_identities/generate_instant_key',
      responseKey: 'instant_key',
    },
    parameters,
    options,
  )

export type UserIdentitiesGetParameters = NonNullable<
  paths['/user_identities/get']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesGetResponse =
  paths['/user_identities/get']['post']['responses'][200]['content']['application/json']['user_identity']

/**
 * Get a User Identity
 *
 * Returns a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesGet = (
  client: SeamClient,
  parameters: UserIdentitiesGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<UserIdentitiesGetParameters, UserIdentitiesGetResponse> =>
  client.request<UserIdentitiesGetParameters, UserIdentitiesGetResponse>(
    { path: '/user_identities/get', responseKey: 'user_identity', read: true },
    parameters,
    options,
  )

export type UserIdentitiesGrantAccessToDeviceParameters = NonNullable<
  paths['/user_identities/grant_access_to_device']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesGrantAccessToDeviceResponse = void

/**
 * Grant a User Identity Access to a Device
 *
 * Grants a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) access to a specified [device](https://docs.seam.co/core-concepts/devices/).
 */
export const userIdentitiesGrantAccessToDevice = (
  client: SeamClient,
  parameters: UserIdentitiesGrantAccessToDeviceParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesGrantAccessToDeviceParameters,
  UserIdentitiesGrantAccessToDeviceResponse
> =>
  client.request<
    UserIdentitiesGrantAccessToDeviceParameters,
    UserIdentitiesGrantAccessToDeviceResponse
  >({ path: '/user_identities/grant_access_to_device' }, parameters, options)

export type UserIdentitiesListParameters = NonNullable<
  paths['/user_identities/list']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListResponse =
  paths['/user_identities/list']['post']['responses'][200]['content']['application/json']['user_identities']

/**
 * List User Identities
 *
 * Returns a list of all [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesList = (
  client: SeamClient,
  parameters?: UserIdentitiesListParameters,
  options?: RequestOptions,
): SeamHttpRequest<UserIdentitiesListParameters, UserIdentitiesListResponse> =>
  client.request<UserIdentitiesListParameters, UserIdentitiesListResponse>(
    {
      path: '/user_identities/list',
      responseKey: 'user_identities',
      read: true,
    },
    parameters ?? ({} as UserIdentitiesListParameters),
    options,
  )

export type UserIdentitiesListAccessibleDevicesParameters = NonNullable<
  paths['/user_identities/list_accessible_devices']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListAccessibleDevicesResponse =
  paths['/user_identities/list_accessible_devices']['post']['responses'][200]['content']['application/json']['devices']

/**
 * List Accessible Devices for a User Identity
 *
 * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes devices derived from the access grants assigned to the user identity and devices directly linked to the user identity.
 */
export const userIdentitiesListAccessibleDevices = (
  client: SeamClient,
  parameters: UserIdentitiesListAccessibleDevicesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesListAccessibleDevicesParameters,
  UserIdentitiesListAccessibleDevicesResponse
> =>
  client.request<
    UserIdentitiesListAccessibleDevicesParameters,
    UserIdentitiesListAccessibleDevicesResponse
  >(
    {
      path: '/user_identities/list_accessible_devices',
      responseKey: 'devices',
      read: true,
    },
    parameters,
    options,
  )

export type UserIdentitiesListAccessibleEntrancesParameters = NonNullable<
  paths['/user_identities/list_accessible_entrances']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListAccessibleEntrancesResponse =
  paths['/user_identities/list_accessible_entrances']['post']['responses'][200]['content']['application/json']['acs_entrances']

/**
 * List Accessible Entrances for a User Identity
 *
 * Returns a list of all [ACS entrances](https://docs.seam.co/api/acs/entrances) accessible to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes entrances derived from the access grants assigned to the user identity and entrances accessible through ACS users linked to the user identity.
 */
export const userIdentitiesListAccessibleEntrances = (
  client: SeamClient,
  parameters: UserIdentitiesListAccessibleEntrancesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesListAccessibleEntrancesParameters,
  UserIdentitiesListAccessibleEntrancesResponse
> =>
  client.request<
    UserIdentitiesListAccessibleEntrancesParameters,
    UserIdentitiesListAccessibleEntrancesResponse
  >(
    {
      path: '/user_identities/list_accessible_entrances',
      responseKey: 'acs_entrances',
      read: true,
    },
    parameters,
    options,
  )

export type UserIdentitiesListAcsSystemsParameters = NonNullable<
  paths['/user_identities/list_acs_systems']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListAcsSystemsResponse =
  paths['/user_identities/list_acs_systems']['post']['responses'][200]['content']['application/json']['acs_systems']

/**
 * List ACS Systems Associated with a User Identity
 *
 * Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesListAcsSystems = (
  client: SeamClient,
  parameters: UserIdentitiesListAcsSystemsParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesListAcsSystemsParameters,
  UserIdentitiesListAcsSystemsResponse
> =>
  client.request<
    UserIdentitiesListAcsSystemsParameters,
    UserIdentitiesListAcsSystemsResponse
  >(
    {
      path: '/user_identities/list_acs_systems',
      responseKey: 'acs_systems',
      read: true,
    },
    parameters,
    options,
  )

export type UserIdentitiesListAcsUsersParameters = NonNullable<
  paths['/user_identities/list_acs_users']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesListAcsUsersResponse =
  paths['/user_identities/list_acs_users']['post']['responses'][200]['content']['application/json']['acs_users']

/**
 * List ACS Users Associated with a User Identity
 *
 * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) assigned to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesListAcsUsers = (
  client: SeamClient,
  parameters: UserIdentitiesListAcsUsersParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesListAcsUsersParameters,
  UserIdentitiesListAcsUsersResponse
> =>
  client.request<
    UserIdentitiesListAcsUsersParameters,
    UserIdentitiesListAcsUsersResponse
  >(
    {
      path: '/user_identities/list_acs_users',
      responseKey: 'acs_users',
      read: true,
    },
    parameters,
    options,
  )

export type UserIdentitiesRemoveAcsUserParameters = NonNullable<
  paths['/user_identities/remove_acs_user']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesRemoveAcsUserResponse = void

/**
 * Remove an ACS User from a User Identity
 *
 * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesRemoveAcsUser = (
  client: SeamClient,
  parameters: UserIdentitiesRemoveAcsUserParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesRemoveAcsUserParameters,
  UserIdentitiesRemoveAcsUserResponse
> =>
  client.request<
    UserIdentitiesRemoveAcsUserParameters,
    UserIdentitiesRemoveAcsUserResponse
  >({ path: '/user_identities/remove_acs_user' }, parameters, options)

export type UserIdentitiesRevokeAccessToDeviceParameters = NonNullable<
  paths['/user_identities/revoke_access_to_device']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesRevokeAccessToDeviceResponse = void

/**
 * Revoke Access to a Device from a User Identity
 *
 * Revokes access to a specified [device](https://docs.seam.co/core-concepts/devices/) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesRevokeAccessToDevice = (
  client: SeamClient,
  parameters: UserIdentitiesRevokeAccessToDeviceParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesRevokeAccessToDeviceParameters,
  UserIdentitiesRevokeAccessToDeviceResponse
> =>
  client.request<
    UserIdentitiesRevokeAccessToDeviceParameters,
    UserIdentitiesRevokeAccessToDeviceResponse
  >({ path: '/user_identities/revoke_access_to_device' }, parameters, options)

export type UserIdentitiesUpdateParameters = NonNullable<
  paths['/user_identities/update']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesUpdateResponse = void

/**
 * Update a User Identity
 *
 * Updates a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 */
export const userIdentitiesUpdate = (
  client: SeamClient,
  parameters: UserIdentitiesUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UserIdentitiesUpdateParameters,
  UserIdentitiesUpdateResponse
> =>
  client.request<UserIdentitiesUpdateParameters, UserIdentitiesUpdateResponse>(
    { path: '/user_identities/update' },
    parameters,
    options,
  )

/** The `userIdentities` namespace of the Seam API. */
export class SeamHttpUserIdentities {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesAddAcsUserParameters,
    UserIdentitiesAddAcsUserResponse
  > {
    return userIdentitiesAddAcsUser(this.client, parameters, options)
  }

  /**
   * Create a User Identity
   *
   * Creates a new [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  create(
    parameters?: UserIdentitiesCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesCreateParameters,
    UserIdentitiesCreateResponse
  > {
    return userIdentitiesCreate(this.client, parameters, options)
  }

  /**
   * Delete a User Identity
   *
   * Deletes a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This deletes the user identity and all associated resources, including any [credentials](https://docs.seam.co/api/acs/credentials), [acs users](https://docs.seam.co/api/acs/users) and [client sessions](https://docs.seam.co/api/client_sessions).
   */
  delete(
    parameters: UserIdentitiesDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesDeleteParameters,
    UserIdentitiesDeleteResponse
  > {
    return userIdentitiesDelete(this.client, parameters, options)
  }

  /**
   * Generate an Instant Key
   *
   * Generates a new [instant key](https://docs.seam.co/capability-guides/instant-keys) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  generateInstantKey(
    parameters: UserIdentitiesGenerateInstantKeyParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesGenerateInstantKeyParameters,
    UserIdentitiesGenerateInstantKeyResponse
  > {
    return userIdentitiesGenerateInstantKey(this.client, parameters, options)
  }

  /**
   * Get a User Identity
   *
   * Returns a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get(
    parameters: UserIdentitiesGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<UserIdentitiesGetParameters, UserIdentitiesGetResponse> {
    return userIdentitiesGet(this.client, parameters, options)
  }

  /**
   * Grant a User Identity Access to a Device
   *
   * Grants a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) access to a specified [device](https://docs.seam.co/core-concepts/devices/).
   */
  grantAccessToDevice(
    parameters: UserIdentitiesGrantAccessToDeviceParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesGrantAccessToDeviceParameters,
    UserIdentitiesGrantAccessToDeviceResponse
  > {
    return userIdentitiesGrantAccessToDevice(this.client, parameters, options)
  }

  /**
   * List User Identities
   *
   * Returns a list of all [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  list(
    parameters?: UserIdentitiesListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<UserIdentitiesListParameters, UserIdentitiesListResponse> {
    return userIdentitiesList(this.client, parameters, options)
  }

  /**
   * List Accessible Devices for a User Identity
   *
   * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes devices derived from the access grants assigned to the user identity and devices directly linked to the user identity.
   */
  listAccessibleDevices(
    parameters: UserIdentitiesListAccessibleDevicesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesListAccessibleDevicesParameters,
    UserIdentitiesListAccessibleDevicesResponse
  > {
    return userIdentitiesListAccessibleDevices(this.client, parameters, options)
  }

  /**
   * List Accessible Entrances for a User Identity
   *
   * Returns a list of all [ACS entrances](https://docs.seam.co/api/acs/entrances) accessible to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes entrances derived from the access grants assigned to the user identity and entrances accessible through ACS users linked to the user identity.
   */
  listAccessibleEntrances(
    parameters: UserIdentitiesListAccessibleEntrancesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesListAccessibleEntrancesParameters,
    UserIdentitiesListAccessibleEntrancesResponse
  > {
    return userIdentitiesListAccessibleEntrances(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesListAcsSystemsParameters,
    UserIdentitiesListAcsSystemsResponse
  > {
    return userIdentitiesListAcsSystems(this.client, parameters, options)
  }

  /**
   * List ACS Users Associated with a User Identity
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) assigned to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  listAcsUsers(
    parameters: UserIdentitiesListAcsUsersParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesListAcsUsersParameters,
    UserIdentitiesListAcsUsersResponse
  > {
    return userIdentitiesListAcsUsers(this.client, parameters, options)
  }

  /**
   * Remove an ACS User from a User Identity
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  removeAcsUser(
    parameters: UserIdentitiesRemoveAcsUserParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesRemoveAcsUserParameters,
    UserIdentitiesRemoveAcsUserResponse
  > {
    return userIdentitiesRemoveAcsUser(this.client, parameters, options)
  }

  /**
   * Revoke Access to a Device from a User Identity
   *
   * Revokes access to a specified [device](https://docs.seam.co/core-concepts/devices/) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  revokeAccessToDevice(
    parameters: UserIdentitiesRevokeAccessToDeviceParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesRevokeAccessToDeviceParameters,
    UserIdentitiesRevokeAccessToDeviceResponse
  > {
    return userIdentitiesRevokeAccessToDevice(this.client, parameters, options)
  }

  /**
   * Update a User Identity
   *
   * Updates a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  update(
    parameters: UserIdentitiesUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UserIdentitiesUpdateParameters,
    UserIdentitiesUpdateResponse
  > {
    return userIdentitiesUpdate(this.client, parameters, options)
  }
}
