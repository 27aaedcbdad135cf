// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters =
  NonNullable<
    paths['/seam/console/v1/organizations/members/workspaces/grant']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1OrganizationsMembersWorkspacesGrantResponse = void

/**
 * Grant an Organization Member Workspace Access
 *
 * Grants an organization member access to a workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsMembersWorkspacesGrant = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
  SeamConsoleV1OrganizationsMembersWorkspacesGrantResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
    SeamConsoleV1OrganizationsMembersWorkspacesGrantResponse
  >(
    {
      path: '/seam/console/v1/organizations/members/workspaces/grant',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsMembersWorkspacesListParameters =
  NonNullable<
    paths['/seam/console/v1/organizations/members/workspaces/list']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1OrganizationsMembersWorkspacesListResponse =
  paths['/seam/console/v1/organizations/members/workspaces/list']['post']['responses'][200]['content']['application/json']['workspaces']

/**
 * List an Organization Member's Workspaces
 *
 * Returns the workspaces an organization member can access.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsMembersWorkspacesList = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
  SeamConsoleV1OrganizationsMembersWorkspacesListResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
    SeamConsoleV1OrganizationsMembersWorkspacesListResponse
  >(
    {
      path: '/seam/console/v1/organizations/members/workspaces/list',
      responseKey: 'workspaces',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters =
  NonNullable<
    paths['/seam/console/v1/organizations/members/workspaces/revoke']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1OrganizationsMembersWorkspacesRevokeResponse = void

/**
 * Revoke an Organization Member's Workspace Access
 *
 * Revokes an organization member's access to a workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsMembersWorkspacesRevoke = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
  SeamConsoleV1OrganizationsMembersWorkspacesRevokeResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
    SeamConsoleV1OrganizationsMembersWorkspacesRevokeResponse
  >(
    {
      path: '/seam/console/v1/organizations/members/workspaces/revoke',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.members.workspaces` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsMembersWorkspaces {
  constructor(private readonly client: SeamClient) {}

  /**
   * Grant an Organization Member Workspace Access
   *
   * Grants an organization member access to a workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  grant(
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
    SeamConsoleV1OrganizationsMembersWorkspacesGrantResponse
  > {
    return seamConsoleV1OrganizationsMembersWorkspacesGrant(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * List an Organization Member's Workspaces
   *
   * Returns the workspaces an organization member can access.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
    SeamConsoleV1OrganizationsMembersWorkspacesListResponse
  > {
    return seamConsoleV1OrganizationsMembersWorkspacesList(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Revoke an Organization Member's Workspace Access
   *
   * Revokes an organization member's access to a workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  revoke(
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
    SeamConsoleV1OrganizationsMembersWorkspacesRevokeResponse
  > {
    return seamConsoleV1OrganizationsMembersWorkspacesRevoke(
      this.client,
      parameters,
      options,
    )
  }
}
