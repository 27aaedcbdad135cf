// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1SpacesCreateParameters = NonNullable<
  paths['/seam/customer/v1/spaces/create']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1SpacesCreateResponse =
  paths['/seam/customer/v1/spaces/create']['post']['responses'][200]['content']['application/json']['space']

/**
 * Create a Space
 *
 * Creates a new space with optional parent space support.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1SpacesCreate = (
  client: SeamClient,
  parameters: SeamCustomerV1SpacesCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1SpacesCreateParameters,
  SeamCustomerV1SpacesCreateResponse
> =>
  client.request<
    SeamCustomerV1SpacesCreateParameters,
    SeamCustomerV1SpacesCreateResponse
  >(
    {
      path: '/seam/customer/v1/spaces/create',
      responseKey: 'space',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamCustomerV1SpacesListParameters = NonNullable<
  paths['/seam/customer/v1/spaces/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1SpacesListResponse =
  paths['/seam/customer/v1/spaces/list']['post']['responses'][200]['content']['application/json']['spaces']

/**
 * List Spaces
 *
 * Returns a list of all spaces.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1SpacesList = (
  client: SeamClient,
  parameters?: SeamCustomerV1SpacesListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1SpacesListParameters,
  SeamCustomerV1SpacesListResponse
> =>
  client.request<
    SeamCustomerV1SpacesListParameters,
    SeamCustomerV1SpacesListResponse
  >(
    {
      path: '/seam/customer/v1/spaces/list',
      responseKey: 'spaces',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamCustomerV1SpacesListParameters),
    options,
  )

export type SeamCustomerV1SpacesListReservationsParameters = NonNullable<
  paths['/seam/customer/v1/spaces/list_reservations']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1SpacesListReservationsResponse =
  paths['/seam/customer/v1/spaces/list_reservations']['post']['responses'][200]['content']['application/json']['reservations']

/**
 * List Reservations for Space
 *
 * Returns a list of existing reservations for a specific space.
 * If issued_status is "issued", only reservations that have access methods issued will be returned.
 * If issued_status is "pending", only reservations that do not have access methods issued will be returned.
 * If issued_status is not provided, only reservations that do not have access methods issued will be returned.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1SpacesListReservations = (
  client: SeamClient,
  parameters: SeamCustomerV1SpacesListReservationsParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1SpacesListReservationsParameters,
  SeamCustomerV1SpacesListReservationsResponse
> =>
  client.request<
    SeamCustomerV1SpacesListReservationsParameters,
    SeamCustomerV1SpacesListReservationsResponse
  >(
    {
      path: '/seam/customer/v1/spaces/list_reservations',
      responseKey: 'reservations',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamCustomerV1SpacesPushCommonAreasParameters = NonNullable<
  paths['/seam/customer/v1/spaces/push_common_areas']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1SpacesPushCommonAreasResponse = void

/**
 * Push Common Areas
 *
 * Pushes common areas for a customer, optionally nested under spaces.
 * The customer_key is taken from the authenticated client session.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1SpacesPushCommonAreas = (
  client: SeamClient,
  parameters?: SeamCustomerV1SpacesPushCommonAreasParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamCustomerV1SpacesPushCommonAreasParameters,
  SeamCustomerV1SpacesPushCommonAreasResponse
> =>
  client.request<
    SeamCustomerV1SpacesPushCommonAreasParameters,
    SeamCustomerV1SpacesPushCommonAreasResponse
  >(
    { path: '/seam/customer/v1/spaces/push_common_areas', undocumented: true },
    parameters ?? ({} as SeamCustomerV1SpacesPushCommonAreasParameters),
    options,
  )

/** The `seam.customer.v1.spaces` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Spaces {
  constructor(private readonly client: SeamClient) {}

  /**
   * Create a Space
   *
   * Creates a new space with optional parent space support.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamCustomerV1SpacesCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1SpacesCreateParameters,
    SeamCustomerV1SpacesCreateResponse
  > {
    return seamCustomerV1SpacesCreate(this.client, parameters, options)
  }

  /**
   * List Spaces
   *
   * Returns a list of all spaces.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1SpacesListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1SpacesListParameters,
    SeamCustomerV1SpacesListResponse
  > {
    return seamCustomerV1SpacesList(this.client, parameters, options)
  }

  /**
   * List Reservations for Space
   *
   * Returns a list of existing reservations for a specific space.
   * If issued_status is "issued", only reservations that have access methods issued will be returned.
   * If issued_status is "pending", only reservations that do not have access methods issued will be returned.
   * If issued_status is not provided, only reservations that do not have access methods issued will be returned.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  listReservations(
    parameters: SeamCustomerV1SpacesListReservationsParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1SpacesListReservationsParameters,
    SeamCustomerV1SpacesListReservationsResponse
  > {
    return seamCustomerV1SpacesListReservations(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Push Common Areas
   *
   * Pushes common areas for a customer, optionally nested under spaces.
   * The customer_key is taken from the authenticated client session.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  pushCommonAreas(
    parameters?: SeamCustomerV1SpacesPushCommonAreasParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamCustomerV1SpacesPushCommonAreasParameters,
    SeamCustomerV1SpacesPushCommonAreasResponse
  > {
    return seamCustomerV1SpacesPushCommonAreas(this.client, parameters, options)
  }
}
