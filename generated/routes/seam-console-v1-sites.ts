// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1SitesCreateParameters = NonNullable<
  paths['/seam/console/v1/sites/create']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1SitesCreateResponse =
  paths['/seam/console/v1/sites/create']['post']['responses'][200]['content']['application/json']['site']
export type SeamConsoleV1SitesCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1SitesCreateRequest = SeamHttpRequest<
  SeamConsoleV1SitesCreateParameters,
  SeamConsoleV1SitesCreateResponse
>

/**
 * Create a Site
 *
 * Creates a new site, a top-level space in the property hierarchy.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1SitesCreate = (
  client: SeamClient,
  parameters: SeamConsoleV1SitesCreateParameters,
  options?: SeamConsoleV1SitesCreateOptions,
): SeamConsoleV1SitesCreateRequest =>
  client.request(
    {
      path: '/seam/console/v1/sites/create',
      responseKey: 'site',
      undocumented: true,
      required: ['name'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1SitesDeleteParameters = NonNullable<
  paths['/seam/console/v1/sites/delete']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1SitesDeleteResponse = void
export type SeamConsoleV1SitesDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1SitesDeleteRequest = SeamHttpRequest<
  SeamConsoleV1SitesDeleteParameters,
  SeamConsoleV1SitesDeleteResponse
>

/**
 * Delete a Site
 *
 * Deletes a site.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1SitesDelete = (
  client: SeamClient,
  parameters: SeamConsoleV1SitesDeleteParameters,
  options?: SeamConsoleV1SitesDeleteOptions,
): SeamConsoleV1SitesDeleteRequest =>
  client.request(
    {
      path: '/seam/console/v1/sites/delete',
      undocumented: true,
      required: ['site_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1SitesListParameters = NonNullable<
  paths['/seam/console/v1/sites/list']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1SitesListResponse =
  paths['/seam/console/v1/sites/list']['post']['responses'][200]['content']['application/json']['sites']
export type SeamConsoleV1SitesListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1SitesListRequest = SeamHttpRequest<
  SeamConsoleV1SitesListParameters,
  SeamConsoleV1SitesListResponse
>

/**
 * List Sites
 *
 * Lists sites (top-level spaces) in the workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1SitesList = (
  client: SeamClient,
  parameters?: SeamConsoleV1SitesListParameters,
  options?: SeamConsoleV1SitesListOptions,
): SeamConsoleV1SitesListRequest =>
  client.request(
    {
      path: '/seam/console/v1/sites/list',
      responseKey: 'sites',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamConsoleV1SitesListParameters),
    options,
  )

export type SeamConsoleV1SitesUpdateParameters = NonNullable<
  paths['/seam/console/v1/sites/update']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1SitesUpdateResponse =
  paths['/seam/console/v1/sites/update']['post']['responses'][200]['content']['application/json']['site']
export type SeamConsoleV1SitesUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1SitesUpdateRequest = SeamHttpRequest<
  SeamConsoleV1SitesUpdateParameters,
  SeamConsoleV1SitesUpdateResponse
>

/**
 * Update a Site
 *
 * Updates an existing site.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1SitesUpdate = (
  client: SeamClient,
  parameters: SeamConsoleV1SitesUpdateParameters,
  options?: SeamConsoleV1SitesUpdateOptions,
): SeamConsoleV1SitesUpdateRequest =>
  client.request(
    {
      path: '/seam/console/v1/sites/update',
      responseKey: 'site',
      undocumented: true,
      required: ['site_id'],
    },
    parameters,
    options,
  )

/** The `seam.console.v1.sites` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1Sites extends SeamHttpBase {
  /**
   * Create a Site
   *
   * Creates a new site, a top-level space in the property hierarchy.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamConsoleV1SitesCreateParameters,
    options?: SeamConsoleV1SitesCreateOptions,
  ): SeamConsoleV1SitesCreateRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/sites/create',
        responseKey: 'site',
        undocumented: true,
        required: ['name'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete a Site
   *
   * Deletes a site.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  delete(
    parameters: SeamConsoleV1SitesDeleteParameters,
    options?: SeamConsoleV1SitesDeleteOptions,
  ): SeamConsoleV1SitesDeleteRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/sites/delete',
        undocumented: true,
        required: ['site_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Sites
   *
   * Lists sites (top-level spaces) in the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamConsoleV1SitesListParameters,
    options?: SeamConsoleV1SitesListOptions,
  ): SeamConsoleV1SitesListRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/sites/list',
        responseKey: 'sites',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamConsoleV1SitesListParameters),
      options,
    )
  }

  /**
   * Update a Site
   *
   * Updates an existing site.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters: SeamConsoleV1SitesUpdateParameters,
    options?: SeamConsoleV1SitesUpdateOptions,
  ): SeamConsoleV1SitesUpdateRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/sites/update',
        responseKey: 'site',
        undocumented: true,
        required: ['site_id'],
      },
      parameters,
      options,
    )
  }
}
