// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAccessGrantsUnmanaged } from './access-grants-unmanaged.js'

export type AccessGrantsCreateParameters = NonNullable<
  paths['/access_grants/create']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsCreateResponse =
  paths['/access_grants/create']['post']['responses'][200]['content']['application/json']['access_grant']
export type AccessGrantsCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsCreateRequest = SeamHttpRequest<
  AccessGrantsCreateParameters,
  AccessGrantsCreateResponse
>

/**
 * Create an Access Grant
 *
 * Creates a new [Access Grant](https://docs.seam.co/use-cases/granting-access/access-grants). Access Grants are the default and recommended way to grant a user access to any physical space, irrespective of the locking hardware. They work with both standalone smart locks (using `device_ids`) and access control systems (using `acs_entrance_ids` or `space_ids`), and can issue PIN codes, key cards, and mobile keys through a single request.
 */
export const accessGrantsCreate = (
  client: SeamClient,
  parameters: AccessGrantsCreateParameters,
  options?: AccessGrantsCreateOptions,
): AccessGrantsCreateRequest =>
  client.request(
    {
      path: '/access_grants/create',
      responseKey: 'access_grant',
      requiresParameters: true,
    },
    parameters,
    options,
  )

export type AccessGrantsDeleteParameters = NonNullable<
  paths['/access_grants/delete']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsDeleteResponse = void
export type AccessGrantsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsDeleteRequest = SeamHttpRequest<
  AccessGrantsDeleteParameters,
  AccessGrantsDeleteResponse
>

/**
 * Delete an Access Grant
 *
 * Delete an Access Grant.
 */
export const accessGrantsDelete = (
  client: SeamClient,
  parameters: AccessGrantsDeleteParameters,
  options?: AccessGrantsDeleteOptions,
): AccessGrantsDeleteRequest =>
  client.request(
    { path: '/access_grants/delete', required: ['access_grant_id'] },
    parameters,
    options,
  )

export type AccessGrantsGetParameters = NonNullable<
  paths['/access_grants/get']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsGetResponse =
  paths['/access_grants/get']['post']['responses'][200]['content']['application/json']['access_grant']
export type AccessGrantsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsGetRequest = SeamHttpRequest<
  AccessGrantsGetParameters,
  AccessGrantsGetResponse
>

/**
 * Get an Access Grant
 *
 * Get an Access Grant.
 */
export const accessGrantsGet = (
  client: SeamClient,
  parameters: AccessGrantsGetParameters,
  options?: AccessGrantsGetOptions,
): AccessGrantsGetRequest =>
  client.request(
    {
      path: '/access_grants/get',
      responseKey: 'access_grant',
      read: true,
      requiresParameters: true,
    },
    parameters,
    options,
  )

export type AccessGrantsGetRelatedParameters = NonNullable<
  paths['/access_grants/get_related']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsGetRelatedResponse =
  paths['/access_grants/get_related']['post']['responses'][200]['content']['application/json']['batch']
export type AccessGrantsGetRelatedOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsGetRelatedRequest = SeamHttpRequest<
  AccessGrantsGetRelatedParameters,
  AccessGrantsGetRelatedResponse
>

/**
 * Get related Access Grant resources
 *
 * Gets all related resources for one or more Access Grants.
 */
export const accessGrantsGetRelated = (
  client: SeamClient,
  parameters?: AccessGrantsGetRelatedParameters,
  options?: AccessGrantsGetRelatedOptions,
): AccessGrantsGetRelatedRequest =>
  client.request(
    { path: '/access_grants/get_related', responseKey: 'batch', read: true },
    parameters ?? ({} as AccessGrantsGetRelatedParameters),
    options,
  )

export type AccessGrantsListParameters = NonNullable<
  paths['/access_grants/list']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsListResponse =
  paths['/access_grants/list']['post']['responses'][200]['content']['application/json']['access_grants']
export type AccessGrantsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsListRequest = SeamHttpRequest<
  AccessGrantsListParameters,
  AccessGrantsListResponse
>

/**
 * List Access Grants
 *
 * Gets an Access Grant.
 */
export const accessGrantsList = (
  client: SeamClient,
  parameters?: AccessGrantsListParameters,
  options?: AccessGrantsListOptions,
): AccessGrantsListRequest =>
  client.request(
    {
      path: '/access_grants/list',
      responseKey: 'access_grants',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as AccessGrantsListParameters),
    options,
  )

export type AccessGrantsRequestAccessMethodsParameters = NonNullable<
  paths['/access_grants/request_access_methods']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsRequestAccessMethodsResponse =
  paths['/access_grants/request_access_methods']['post']['responses'][200]['content']['application/json']['access_grant']
export type AccessGrantsRequestAccessMethodsOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsRequestAccessMethodsRequest = SeamHttpRequest<
  AccessGrantsRequestAccessMethodsParameters,
  AccessGrantsRequestAccessMethodsResponse
>

/**
 * Add Requested Access Methods to Access Grant
 *
 * Adds additional requested access methods to an existing Access Grant.
 */
export const accessGrantsRequestAccessMethods = (
  client: SeamClient,
  parameters: AccessGrantsRequestAccessMethodsParameters,
  options?: AccessGrantsRequestAccessMethodsOptions,
): AccessGrantsRequestAccessMethodsRequest =>
  client.request(
    {
      path: '/access_grants/request_access_methods',
      responseKey: 'access_grant',
      required: ['access_grant_id', 'requested_access_methods'],
    },
    parameters,
    options,
  )

export type AccessGrantsUpdateParameters = NonNullable<
  paths['/access_grants/update']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsUpdateResponse = void
export type AccessGrantsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessGrantsUpdateRequest = SeamHttpRequest<
  AccessGrantsUpdateParameters,
  AccessGrantsUpdateResponse
>

/**
 * Update an Access Grant
 *
 * Updates an existing Access Grant's time window.
 */
export const accessGrantsUpdate = (
  client: SeamClient,
  parameters?: AccessGrantsUpdateParameters,
  options?: AccessGrantsUpdateOptions,
): AccessGrantsUpdateRequest =>
  client.request(
    { path: '/access_grants/update' },
    parameters ?? ({} as AccessGrantsUpdateParameters),
    options,
  )

/** The `accessGrants` namespace of the Seam API. */
export class SeamHttpAccessGrants extends SeamHttpBase {
  get unmanaged(): SeamHttpAccessGrantsUnmanaged {
    return new SeamHttpAccessGrantsUnmanaged(this.client)
  }

  /**
   * Create an Access Grant
   *
   * Creates a new [Access Grant](https://docs.seam.co/use-cases/granting-access/access-grants). Access Grants are the default and recommended way to grant a user access to any physical space, irrespective of the locking hardware. They work with both standalone smart locks (using `device_ids`) and access control systems (using `acs_entrance_ids` or `space_ids`), and can issue PIN codes, key cards, and mobile keys through a single request.
   */
  create(
    parameters: AccessGrantsCreateParameters,
    options?: AccessGrantsCreateOptions,
  ): AccessGrantsCreateRequest {
    return this.client.request(
      {
        path: '/access_grants/create',
        responseKey: 'access_grant',
        requiresParameters: true,
      },
      parameters,
      options,
    )
  }

  /**
   * Delete an Access Grant
   *
   * Delete an Access Grant.
   */
  delete(
    parameters: AccessGrantsDeleteParameters,
    options?: AccessGrantsDeleteOptions,
  ): AccessGrantsDeleteRequest {
    return this.client.request(
      { path: '/access_grants/delete', required: ['access_grant_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get an Access Grant
   *
   * Get an Access Grant.
   */
  get(
    parameters: AccessGrantsGetParameters,
    options?: AccessGrantsGetOptions,
  ): AccessGrantsGetRequest {
    return this.client.request(
      {
        path: '/access_grants/get',
        responseKey: 'access_grant',
        read: true,
        requiresParameters: true,
      },
      parameters,
      options,
    )
  }

  /**
   * Get related Access Grant resources
   *
   * Gets all related resources for one or more Access Grants.
   */
  getRelated(
    parameters?: AccessGrantsGetRelatedParameters,
    options?: AccessGrantsGetRelatedOptions,
  ): AccessGrantsGetRelatedRequest {
    return this.client.request(
      { path: '/access_grants/get_related', responseKey: 'batch', read: true },
      parameters ?? ({} as AccessGrantsGetRelatedParameters),
      options,
    )
  }

  /**
   * List Access Grants
   *
   * Gets an Access Grant.
   */
  list(
    parameters?: AccessGrantsListParameters,
    options?: AccessGrantsListOptions,
  ): AccessGrantsListRequest {
    return this.client.request(
      {
        path: '/access_grants/list',
        responseKey: 'access_grants',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as AccessGrantsListParameters),
      options,
    )
  }

  /**
   * Add Requested Access Methods to Access Grant
   *
   * Adds additional requested access methods to an existing Access Grant.
   */
  requestAccessMethods(
    parameters: AccessGrantsRequestAccessMethodsParameters,
    options?: AccessGrantsRequestAccessMethodsOptions,
  ): AccessGrantsRequestAccessMethodsRequest {
    return this.client.request(
      {
        path: '/access_grants/request_access_methods',
        responseKey: 'access_grant',
        required: ['access_grant_id', 'requested_access_methods'],
      },
      parameters,
      options,
    )
  }

  /**
   * Update an Access Grant
   *
   * Updates an existing Access Grant's time window.
   */
  update(
    parameters?: AccessGrantsUpdateParameters,
    options?: AccessGrantsUpdateOptions,
  ): AccessGrantsUpdateRequest {
    return this.client.request(
      { path: '/access_grants/update' },
      parameters ?? ({} as AccessGrantsUpdateParameters),
      options,
    )
  }
}
