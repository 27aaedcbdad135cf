// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAccessGrantsUnmanaged } from './access-grants-unmanaged.js'

export type AccessGrantsCreateParameters = NonNullable<
  paths['/access_grants/create']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsCreateResponse =
  paths['/access_grants/create']['post']['responses'][200]['content']['application/json']['access_grant']

/**
 * Create an Access Grant
 *
 * Creates a new [Access Grant](https://docs.seam.co/use-cases/granting-access/access-grants). Access Grants are the default and recommended way to grant a user access to any physical space, irrespective of the locking hardware. They work with both standalone smart locks (using `device_ids`) and access control systems (using `acs_entrance_ids` or `space_ids`), and can issue PIN codes, key cards, and mobile keys through a single request.
 */
export const accessGrantsCreate = (
  client: SeamClient,
  parameters: AccessGrantsCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<AccessGrantsCreateParameters, AccessGrantsCreateResponse> =>
  client.request<AccessGrantsCreateParameters, AccessGrantsCreateResponse>(
    { path: '/access_grants/create', responseKey: 'access_grant' },
    parameters,
    options,
  )

export type AccessGrantsDeleteParameters = NonNullable<
  paths['/access_grants/delete']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsDeleteResponse = void

/**
 * Delete an Access Grant
 *
 * Delete an Access Grant.
 */
export const accessGrantsDelete = (
  client: SeamClient,
  parameters: AccessGrantsDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<AccessGrantsDeleteParameters, AccessGrantsDeleteResponse> =>
  client.request<AccessGrantsDeleteParameters, AccessGrantsDeleteResponse>(
    { path: '/access_grants/delete' },
    parameters,
    options,
  )

export type AccessGrantsGetParameters = NonNullable<
  paths['/access_grants/get']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsGetResponse =
  paths['/access_grants/get']['post']['responses'][200]['content']['application/json']['access_grant']

/**
 * Get an Access Grant
 *
 * Get an Access Grant.
 */
export const accessGrantsGet = (
  client: SeamClient,
  parameters: AccessGrantsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<AccessGrantsGetParameters, AccessGrantsGetResponse> =>
  client.request<AccessGrantsGetParameters, AccessGrantsGetResponse>(
    { path: '/access_grants/get', responseKey: 'access_grant', read: true },
    parameters,
    options,
  )

export type AccessGrantsGetRelatedParameters = NonNullable<
  paths['/access_grants/get_related']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsGetRelatedResponse =
  paths['/access_grants/get_related']['post']['responses'][200]['content']['application/json']['batch']

/**
 * Get related Access Grant resources
 *
 * Gets all related resources for one or more Access Grants.
 */
export const accessGrantsGetRelated = (
  client: SeamClient,
  parameters?: AccessGrantsGetRelatedParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessGrantsGetRelatedParameters,
  AccessGrantsGetRelatedResponse
> =>
  client.request<
    AccessGrantsGetRelatedParameters,
    AccessGrantsGetRelatedResponse
  >(
    { path: '/access_grants/get_related', responseKey: 'batch', read: true },
    parameters ?? ({} as AccessGrantsGetRelatedParameters),
    options,
  )

export type AccessGrantsListParameters = NonNullable<
  paths['/access_grants/list']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsListResponse =
  paths['/access_grants/list']['post']['responses'][200]['content']['application/json']['access_grants']

/**
 * List Access Grants
 *
 * Gets an Access Grant.
 */
export const accessGrantsList = (
  client: SeamClient,
  parameters?: AccessGrantsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<AccessGrantsListParameters, AccessGrantsListResponse> =>
  client.request<AccessGrantsListParameters, AccessGrantsListResponse>(
    { path: '/access_grants/list', responseKey: 'access_grants', read: true },
    parameters ?? ({} as AccessGrantsListParameters),
    options,
  )

export type AccessGrantsRequestAccessMethodsParameters = NonNullable<
  paths['/access_grants/request_access_methods']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsRequestAccessMethodsResponse =
  paths['/access_grants/request_access_methods']['post']['responses'][200]['content']['application/json']['access_grant']

/**
 * Add Requested Access Methods to Access Grant
 *
 * Adds additional requested access methods to an existing Access Grant.
 */
export const accessGrantsRequestAccessMethods = (
  client: SeamClient,
  parameters: AccessGrantsRequestAccessMethodsParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessGrantsRequestAccessMethodsParameters,
  AccessGrantsRequestAccessMethodsResponse
> =>
  client.request<
    AccessGrantsRequestAccessMethodsParameters,
    AccessGrantsRequestAccessMethodsResponse
  >(
    {
      path: '/access_grants/request_access_methods',
      responseKey: 'access_grant',
    },
    parameters,
    options,
  )

export type AccessGrantsUpdateParameters = NonNullable<
  paths['/access_grants/update']['post']['requestBody']
>['content']['application/json']
export type AccessGrantsUpdateResponse = void

/**
 * Update an Access Grant
 *
 * Updates an existing Access Grant's time window.
 */
export const accessGrantsUpdate = (
  client: SeamClient,
  parameters?: AccessGrantsUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<AccessGrantsUpdateParameters, AccessGrantsUpdateResponse> =>
  client.request<AccessGrantsUpdateParameters, AccessGrantsUpdateResponse>(
    { path: '/access_grants/update' },
    parameters ?? ({} as AccessGrantsUpdateParameters),
    options,
  )

/** The `accessGrants` namespace of the Seam API. */
export class SeamHttpAccessGrants {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<AccessGrantsCreateParameters, AccessGrantsCreateResponse> {
    return accessGrantsCreate(this.client, parameters, options)
  }

  /**
   * Delete an Access Grant
   *
   * Delete an Access Grant.
   */
  delete(
    parameters: AccessGrantsDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AccessGrantsDeleteParameters, AccessGrantsDeleteResponse> {
    return accessGrantsDelete(this.client, parameters, options)
  }

  /**
   * Get an Access Grant
   *
   * Get an Access Grant.
   */
  get(
    parameters: AccessGrantsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AccessGrantsGetParameters, AccessGrantsGetResponse> {
    return accessGrantsGet(this.client, parameters, options)
  }

  /**
   * Get related Access Grant resources
   *
   * Gets all related resources for one or more Access Grants.
   */
  getRelated(
    parameters?: AccessGrantsGetRelatedParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessGrantsGetRelatedParameters,
    AccessGrantsGetRelatedResponse
  > {
    return accessGrantsGetRelated(this.client, parameters, options)
  }

  /**
   * List Access Grants
   *
   * Gets an Access Grant.
   */
  list(
    parameters?: AccessGrantsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AccessGrantsListParameters, AccessGrantsListResponse> {
    return accessGrantsList(this.client, parameters, options)
  }

  /**
   * Add Requested Access Methods to Access Grant
   *
   * Adds additional requested access methods to an existing Access Grant.
   */
  requestAccessMethods(
    parameters: AccessGrantsRequestAccessMethodsParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessGrantsRequestAccessMethodsParameters,
    AccessGrantsRequestAccessMethodsResponse
  > {
    return accessGrantsRequestAccessMethods(this.client, parameters, options)
  }

  /**
   * Update an Access Grant
   *
   * Updates an existing Access Grant's time window.
   */
  update(
    parameters?: AccessGrantsUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<AccessGrantsUpdateParameters, AccessGrantsUpdateResponse> {
    return accessGrantsUpdate(this.client, parameters, options)
  }
}
