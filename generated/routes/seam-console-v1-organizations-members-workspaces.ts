// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters =
  NonNullable<
    paths['/seam/console/v1/organizations/members/workspaces/grant']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1OrganizationsMembersWorkspacesGrantResponse = void
export type SeamConsoleV1OrganizationsMembersWorkspacesGrantOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsMembersWorkspacesGrantRequest =
  SeamHttpRequest<
    SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
    SeamConsoleV1OrganizationsMembersWorkspacesGrantResponse
  >

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
  options?: SeamConsoleV1OrganizationsMembersWorkspacesGrantOptions,
): SeamConsoleV1OrganizationsMembersWorkspacesGrantRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/members/workspaces/grant',
      undocumented: true,
      required: ['organization_id', 'user_id', 'workspace_id'],
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
export type SeamConsoleV1OrganizationsMembersWorkspacesListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsMembersWorkspacesListRequest =
  SeamHttpRequest<
    SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
    SeamConsoleV1OrganizationsMembersWorkspacesListResponse
  >

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
  options?: SeamConsoleV1OrganizationsMembersWorkspacesListOptions,
): SeamConsoleV1OrganizationsMembersWorkspacesListRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/members/workspaces/list',
      responseKey: 'workspaces',
      read: true,
      undocumented: true,
      required: ['organization_id', 'user_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters =
  NonNullable<
    paths['/seam/console/v1/organizations/members/workspaces/revoke']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1OrganizationsMembersWorkspacesRevokeResponse = void
export type SeamConsoleV1OrganizationsMembersWorkspacesRevokeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsMembersWorkspacesRevokeRequest =
  SeamHttpRequest<
    SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
    SeamConsoleV1OrganizationsMembersWorkspacesRevokeResponse
  >

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
  options?: SeamConsoleV1OrganizationsMembersWorkspacesRevokeOptions,
): SeamConsoleV1OrganizationsMembersWorkspacesRevokeRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/members/workspaces/revoke',
      undocumented: true,
      required: ['organization_id', 'user_id', 'workspace_id'],
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.members.workspaces` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsMembersWorkspaces extends SeamHttpBase {
  /**
   * Grant an Organization Member Workspace Access
   *
   * Grants an organization member access to a workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  grant(
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
    options?: SeamConsoleV1OrganizationsMembersWorkspacesGrantOptions,
  ): SeamConsoleV1OrganizationsMembersWorkspacesGrantRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/members/workspaces/grant',
        undocumented: true,
        required: ['organization_id', 'user_id', 'workspace_id'],
      },
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
    options?: SeamConsoleV1OrganizationsMembersWorkspacesListOptions,
  ): SeamConsoleV1OrganizationsMembersWorkspacesListRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/members/workspaces/list',
        responseKey: 'workspaces',
        read: true,
        undocumented: true,
        required: ['organization_id', 'user_id'],
      },
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
    options?: SeamConsoleV1OrganizationsMembersWorkspacesRevokeOptions,
  ): SeamConsoleV1OrganizationsMembersWorkspacesRevokeRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/members/workspaces/revoke',
        undocumented: true,
        required: ['organization_id', 'user_id', 'workspace_id'],
      },
      parameters,
      options,
    )
  }
}
