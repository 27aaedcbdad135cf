// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1SpacesCreateParameters = NonNullable<
  paths['/seam/customer/v1/spaces/create']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1SpacesCreateResponse =
  paths['/seam/customer/v1/spaces/create']['post']['responses'][200]['content']['application/json']['space']
export type SeamCustomerV1SpacesCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1SpacesCreateRequest = SeamHttpRequest<
  SeamCustomerV1SpacesCreateParameters,
  SeamCustomerV1SpacesCreateResponse
>

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
  options?: SeamCustomerV1SpacesCreateOptions,
): SeamCustomerV1SpacesCreateRequest =>
  client.request(
    {
      path: '/seam/customer/v1/spaces/create',
      responseKey: 'space',
      undocumented: true,
      required: ['name'],
    },
    parameters,
    options,
  )

export type SeamCustomerV1SpacesListParameters = NonNullable<
  paths['/seam/customer/v1/spaces/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1SpacesListResponse =
  paths['/seam/customer/v1/spaces/list']['post']['responses'][200]['content']['application/json']['spaces']
export type SeamCustomerV1SpacesListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1SpacesListRequest = SeamHttpRequest<
  SeamCustomerV1SpacesListParameters,
  SeamCustomerV1SpacesListResponse
>

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
  options?: SeamCustomerV1SpacesListOptions,
): SeamCustomerV1SpacesListRequest =>
  client.request(
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
export type SeamCustomerV1SpacesListReservationsOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1SpacesListReservationsRequest = SeamHttpRequest<
  SeamCustomerV1SpacesListReservationsParameters,
  SeamCustomerV1SpacesListReservationsResponse
>

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
  options?: SeamCustomerV1SpacesListReservationsOptions,
): SeamCustomerV1SpacesListReservationsRequest =>
  client.request(
    {
      path: '/seam/customer/v1/spaces/list_reservations',
      responseKey: 'reservations',
      read: true,
      undocumented: true,
      required: ['space_key'],
    },
    parameters,
    options,
  )

export type SeamCustomerV1SpacesPushCommonAreasParameters = NonNullable<
  paths['/seam/customer/v1/spaces/push_common_areas']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1SpacesPushCommonAreasResponse = void
export type SeamCustomerV1SpacesPushCommonAreasOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1SpacesPushCommonAreasRequest = SeamHttpRequest<
  SeamCustomerV1SpacesPushCommonAreasParameters,
  SeamCustomerV1SpacesPushCommonAreasResponse
>

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
  options?: SeamCustomerV1SpacesPushCommonAreasOptions,
): SeamCustomerV1SpacesPushCommonAreasRequest =>
  client.request(
    { path: '/seam/customer/v1/spaces/push_common_areas', undocumented: true },
    parameters ?? ({} as SeamCustomerV1SpacesPushCommonAreasParameters),
    options,
  )

/** The `seam.customer.v1.spaces` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1Spaces extends SeamHttpBase {
  /**
   * Create a Space
   *
   * Creates a new space with optional parent space support.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamCustomerV1SpacesCreateParameters,
    options?: SeamCustomerV1SpacesCreateOptions,
  ): SeamCustomerV1SpacesCreateRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/spaces/create',
        responseKey: 'space',
        undocumented: true,
        required: ['name'],
      },
      parameters,
      options,
    )
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
    options?: SeamCustomerV1SpacesListOptions,
  ): SeamCustomerV1SpacesListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/spaces/list',
        responseKey: 'spaces',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1SpacesListParameters),
      options,
    )
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
    options?: SeamCustomerV1SpacesListReservationsOptions,
  ): SeamCustomerV1SpacesListReservationsRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/spaces/list_reservations',
        responseKey: 'reservations',
        read: true,
        undocumented: true,
        required: ['space_key'],
      },
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
    options?: SeamCustomerV1SpacesPushCommonAreasOptions,
  ): SeamCustomerV1SpacesPushCommonAreasRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/spaces/push_common_areas',
        undocumented: true,
      },
      parameters ?? ({} as SeamCustomerV1SpacesPushCommonAreasParameters),
      options,
    )
  }
}
