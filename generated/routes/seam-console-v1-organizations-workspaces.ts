// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1OrganizationsWorkspacesCreateParameters = NonNullable<
  paths['/seam/console/v1/organizations/workspaces/create']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsWorkspacesCreateResponse =
  paths['/seam/console/v1/organizations/workspaces/create']['post']['responses'][200]['content']['application/json']['workspace']
export type SeamConsoleV1OrganizationsWorkspacesCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsWorkspacesCreateRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsWorkspacesCreateParameters,
  SeamConsoleV1OrganizationsWorkspacesCreateResponse
>

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
  options?: SeamConsoleV1OrganizationsWorkspacesCreateOptions,
): SeamConsoleV1OrganizationsWorkspacesCreateRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/workspaces/create',
      responseKey: 'workspace',
      undocumented: true,
      required: ['name', 'organization_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsWorkspacesRemoveParameters = NonNullable<
  paths['/seam/console/v1/organizations/workspaces/remove']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsWorkspacesRemoveResponse = void
export type SeamConsoleV1OrganizationsWorkspacesRemoveOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsWorkspacesRemoveRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
  SeamConsoleV1OrganizationsWorkspacesRemoveResponse
>

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
  options?: SeamConsoleV1OrganizationsWorkspacesRemoveOptions,
): SeamConsoleV1OrganizationsWorkspacesRemoveRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/workspaces/remove',
      undocumented: true,
      required: ['workspace_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsWorkspacesUpdateParameters = NonNullable<
  paths['/seam/console/v1/organizations/workspaces/update']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsWorkspacesUpdateResponse =
  paths['/seam/console/v1/organizations/workspaces/update']['post']['responses'][200]['content']['application/json']['workspace']
export type SeamConsoleV1OrganizationsWorkspacesUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsWorkspacesUpdateRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
  SeamConsoleV1OrganizationsWorkspacesUpdateResponse
>

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
  options?: SeamConsoleV1OrganizationsWorkspacesUpdateOptions,
): SeamConsoleV1OrganizationsWorkspacesUpdateRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/workspaces/update',
      responseKey: 'workspace',
      undocumented: true,
      required: ['name', 'workspace_id'],
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.workspaces` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsWorkspaces extends SeamHttpBase {
  /**
   * Create an Organization Workspace
   *
   * Creates a workspace in an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamConsoleV1OrganizationsWorkspacesCreateParameters,
    options?: SeamConsoleV1OrganizationsWorkspacesCreateOptions,
  ): SeamConsoleV1OrganizationsWorkspacesCreateRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/workspaces/create',
        responseKey: 'workspace',
        undocumented: true,
        required: ['name', 'organization_id'],
      },
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
    options?: SeamConsoleV1OrganizationsWorkspacesRemoveOptions,
  ): SeamConsoleV1OrganizationsWorkspacesRemoveRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/workspaces/remove',
        undocumented: true,
        required: ['workspace_id'],
      },
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
    options?: SeamConsoleV1OrganizationsWorkspacesUpdateOptions,
  ): SeamConsoleV1OrganizationsWorkspacesUpdateRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/workspaces/update',
        responseKey: 'workspace',
        undocumented: true,
        required: ['name', 'workspace_id'],
      },
      parameters,
      options,
    )
  }
}
