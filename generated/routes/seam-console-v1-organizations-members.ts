// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamConsoleV1OrganizationsMembersWorkspaces } from './seam-console-v1-organizations-members-workspaces.js'

export type SeamConsoleV1OrganizationsMembersAddParameters = NonNullable<
  paths['/seam/console/v1/organizations/members/add']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsMembersAddResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsMembersAddParameters,
  SeamConsoleV1OrganizationsMembersAddResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsMembersAddParameters,
    SeamConsoleV1OrganizationsMembersAddResponse
  >(
    { path: '/seam/console/v1/organizations/members/add', undocumented: true },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsMembersRemoveParameters = NonNullable<
  paths['/seam/console/v1/organizations/members/remove']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsMembersRemoveResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsMembersRemoveParameters,
  SeamConsoleV1OrganizationsMembersRemoveResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsMembersRemoveParameters,
    SeamConsoleV1OrganizationsMembersRemoveResponse
  >(
    {
      path: '/seam/console/v1/organizations/members/remove',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsMembersUpdateParameters = NonNullable<
  paths['/seam/console/v1/organizations/members/update']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsMembersUpdateResponse =
  paths['/seam/console/v1/organizations/members/update']['post']['responses'][200]['content']['application/json']['organization_member']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsMembersUpdateParameters,
  SeamConsoleV1OrganizationsMembersUpdateResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsMembersUpdateParameters,
    SeamConsoleV1OrganizationsMembersUpdateResponse
  >(
    {
      path: '/seam/console/v1/organizations/members/update',
      responseKey: 'organization_member',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.members` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsMembers {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsMembersAddParameters,
    SeamConsoleV1OrganizationsMembersAddResponse
  > {
    return seamConsoleV1OrganizationsMembersAdd(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsMembersRemoveParameters,
    SeamConsoleV1OrganizationsMembersRemoveResponse
  > {
    return seamConsoleV1OrganizationsMembersRemove(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsMembersUpdateParameters,
    SeamConsoleV1OrganizationsMembersUpdateResponse
  > {
    return seamConsoleV1OrganizationsMembersUpdate(
      this.client,
      parameters,
      options,
    )
  }
}
