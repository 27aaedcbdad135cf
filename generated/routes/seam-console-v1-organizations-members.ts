// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamConsoleV1OrganizationsMembersWorkspaces } from './seam-console-v1-organizations-members-workspaces.js'

export type SeamConsoleV1OrganizationsMembersAddParameters = NonNullable<
  paths['/seam/console/v1/organizations/members/add']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsMembersAddResponse = void
export type SeamConsoleV1OrganizationsMembersAddOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsMembersAddRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsMembersAddParameters,
  SeamConsoleV1OrganizationsMembersAddResponse
>

/**
 * Add an Organization Member
 *
 * Adds a member to an organization, inviting them by email if needed.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsMembersAdd = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsMembersAddParameters,
  options?: SeamConsoleV1OrganizationsMembersAddOptions,
): SeamConsoleV1OrganizationsMembersAddRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/members/add',
      undocumented: true,
      required: ['email', 'organization_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsMembersRemoveParameters = NonNullable<
  paths['/seam/console/v1/organizations/members/remove']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsMembersRemoveResponse = void
export type SeamConsoleV1OrganizationsMembersRemoveOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsMembersRemoveRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsMembersRemoveParameters,
  SeamConsoleV1OrganizationsMembersRemoveResponse
>

/**
 * Remove an Organization Member
 *
 * Removes a member from an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsMembersRemove = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsMembersRemoveParameters,
  options?: SeamConsoleV1OrganizationsMembersRemoveOptions,
): SeamConsoleV1OrganizationsMembersRemoveRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/members/remove',
      undocumented: true,
      required: ['organization_id', 'user_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsMembersUpdateParameters = NonNullable<
  paths['/seam/console/v1/organizations/members/update']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsMembersUpdateResponse =
  paths['/seam/console/v1/organizations/members/update']['post']['responses'][200]['content']['application/json']['organization_member']
export type SeamConsoleV1OrganizationsMembersUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsMembersUpdateRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsMembersUpdateParameters,
  SeamConsoleV1OrganizationsMembersUpdateResponse
>

/**
 * Update an Organization Member
 *
 * Updates a member of an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsMembersUpdate = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsMembersUpdateParameters,
  options?: SeamConsoleV1OrganizationsMembersUpdateOptions,
): SeamConsoleV1OrganizationsMembersUpdateRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/members/update',
      responseKey: 'organization_member',
      undocumented: true,
      required: ['organization_id', 'role', 'user_id'],
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.members` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsMembers extends SeamHttpBase {
  get workspaces(): SeamHttpSeamConsoleV1OrganizationsMembersWorkspaces {
    return new SeamHttpSeamConsoleV1OrganizationsMembersWorkspaces(this.client)
  }

  /**
   * Add an Organization Member
   *
   * Adds a member to an organization, inviting them by email if needed.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  add(
    parameters: SeamConsoleV1OrganizationsMembersAddParameters,
    options?: SeamConsoleV1OrganizationsMembersAddOptions,
  ): SeamConsoleV1OrganizationsMembersAddRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/members/add',
        undocumented: true,
        required: ['email', 'organization_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Remove an Organization Member
   *
   * Removes a member from an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  remove(
    parameters: SeamConsoleV1OrganizationsMembersRemoveParameters,
    options?: SeamConsoleV1OrganizationsMembersRemoveOptions,
  ): SeamConsoleV1OrganizationsMembersRemoveRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/members/remove',
        undocumented: true,
        required: ['organization_id', 'user_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Update an Organization Member
   *
   * Updates a member of an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters: SeamConsoleV1OrganizationsMembersUpdateParameters,
    options?: SeamConsoleV1OrganizationsMembersUpdateOptions,
  ): SeamConsoleV1OrganizationsMembersUpdateRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/members/update',
        responseKey: 'organization_member',
        undocumented: true,
        required: ['organization_id', 'role', 'user_id'],
      },
      parameters,
      options,
    )
  }
}
