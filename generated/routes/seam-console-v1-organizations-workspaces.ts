// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1OrganizationsWorkspacesCreateParameters = NonNullable<
  paths['/seam/console/v1/organizations/workspaces/create']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsWorkspacesCreateResponse =
  paths['/seam/console/v1/organizations/workspaces/create']['post']['responses'][200]['content']['application/json']['workspace']

/**
 * Create an Organization Workspace
 *
 * Creates a workspace in an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsWorkspacesCreate = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsWorkspacesCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsWorkspacesCreateParameters,
  SeamConsoleV1OrganizationsWorkspacesCreateResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsWorkspacesCreateParameters,
    SeamConsoleV1OrganizationsWorkspacesCreateResponse
  >(
    {
      path: '/seam/console/v1/organizations/workspaces/create',
      responseKey: 'workspace',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsWorkspacesRemoveParameters = NonNullable<
  paths['/seam/console/v1/organizations/workspaces/remove']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsWorkspacesRemoveResponse = void

/**
 * Remove an Organization Workspace
 *
 * Removes a workspace from an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsWorkspacesRemove = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
  SeamConsoleV1OrganizationsWorkspacesRemoveResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
    SeamConsoleV1OrganizationsWorkspacesRemoveResponse
  >(
    {
      path: '/seam/console/v1/organizations/workspaces/remove',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsWorkspacesUpdateParameters = NonNullable<
  paths['/seam/console/v1/organizations/workspaces/update']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsWorkspacesUpdateResponse =
  paths['/seam/console/v1/organizations/workspaces/update']['post']['responses'][200]['content']['application/json']['workspace']

/**
 * Update an Organization Workspace
 *
 * Updates a workspace in an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsWorkspacesUpdate = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
  SeamConsoleV1OrganizationsWorkspacesUpdateResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
    SeamConsoleV1OrganizationsWorkspacesUpdateResponse
  >(
    {
      path: '/seam/console/v1/organizations/workspaces/update',
      responseKey: 'workspace',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.workspaces` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsWorkspaces {
  constructor(private readonly client: SeamClient) {}

  /**
   * Create an Organization Workspace
   *
   * Creates a workspace in an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamConsoleV1OrganizationsWorkspacesCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsWorkspacesCreateParameters,
    SeamConsoleV1OrganizationsWorkspacesCreateResponse
  > {
    return seamConsoleV1OrganizationsWorkspacesCreate(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Remove an Organization Workspace
   *
   * Removes a workspace from an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  remove(
    parameters: SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
    SeamConsoleV1OrganizationsWorkspacesRemoveResponse
  > {
    return seamConsoleV1OrganizationsWorkspacesRemove(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Update an Organization Workspace
   *
   * Updates a workspace in an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters: SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
    SeamConsoleV1OrganizationsWorkspacesUpdateResponse
  > {
    return seamConsoleV1OrganizationsWorkspacesUpdate(
      this.client,
      parameters,
      options,
    )
  }
}
