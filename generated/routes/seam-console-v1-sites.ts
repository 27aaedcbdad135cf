// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1SitesCreateParameters = NonNullable<
  paths['/seam/console/v1/sites/create']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1SitesCreateResponse =
  paths['/seam/console/v1/sites/create']['post']['responses'][200]['content']['application/json']['site']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1SitesCreateParameters,
  SeamConsoleV1SitesCreateResponse
> =>
  client.request<
    SeamConsoleV1SitesCreateParameters,
    SeamConsoleV1SitesCreateResponse
  >(
    {
      path: '/seam/console/v1/sites/create',
      responseKey: 'site',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1SitesDeleteParameters = NonNullable<
  paths['/seam/console/v1/sites/delete']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1SitesDeleteResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1SitesDeleteParameters,
  SeamConsoleV1SitesDeleteResponse
> =>
  client.request<
    SeamConsoleV1SitesDeleteParameters,
    SeamConsoleV1SitesDeleteResponse
  >(
    { path: '/seam/console/v1/sites/delete', undocumented: true },
    parameters,
    options,
  )

export type SeamConsoleV1SitesListParameters = NonNullable<
  paths['/seam/console/v1/sites/list']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1SitesListResponse =
  paths['/seam/console/v1/sites/list']['post']['responses'][200]['content']['application/json']['sites']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1SitesListParameters,
  SeamConsoleV1SitesListResponse
> =>
  client.request<
    SeamConsoleV1SitesListParameters,
    SeamConsoleV1SitesListResponse
  >(
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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1SitesUpdateParameters,
  SeamConsoleV1SitesUpdateResponse
> =>
  client.request<
    SeamConsoleV1SitesUpdateParameters,
    SeamConsoleV1SitesUpdateResponse
  >(
    {
      path: '/seam/console/v1/sites/update',
      responseKey: 'site',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.sites` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1Sites {
  constructor(private readonly client: SeamClient) {}

  /**
   * Create a Site
   *
   * Creates a new site, a top-level space in the property hierarchy.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamConsoleV1SitesCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1SitesCreateParameters,
    SeamConsoleV1SitesCreateResponse
  > {
    return seamConsoleV1SitesCreate(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1SitesDeleteParameters,
    SeamConsoleV1SitesDeleteResponse
  > {
    return seamConsoleV1SitesDelete(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1SitesListParameters,
    SeamConsoleV1SitesListResponse
  > {
    return seamConsoleV1SitesList(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1SitesUpdateParameters,
    SeamConsoleV1SitesUpdateResponse
  > {
    return seamConsoleV1SitesUpdate(this.client, parameters, options)
  }
}
