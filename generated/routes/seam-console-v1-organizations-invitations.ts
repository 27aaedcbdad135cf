// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1OrganizationsInvitationsRevokeParameters = NonNullable<
  paths['/seam/console/v1/organizations/invitations/revoke']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsInvitationsRevokeResponse =
  paths['/seam/console/v1/organizations/invitations/revoke']['post']['responses'][200]['content']['application/json']['organization_invitation']
export type SeamConsoleV1OrganizationsInvitationsRevokeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsInvitationsRevokeRequest =
  SeamHttpRequest<
    SeamConsoleV1OrganizationsInvitationsRevokeParameters,
    SeamConsoleV1OrganizationsInvitationsRevokeResponse
  >

/**
 * Revoke an Organization Invitation
 *
 * Revokes an organization invitation.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsInvitationsRevoke = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsInvitationsRevokeParameters,
  options?: SeamConsoleV1OrganizationsInvitationsRevokeOptions,
): SeamConsoleV1OrganizationsInvitationsRevokeRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/invitations/revoke',
      responseKey: 'organization_invitation',
      undocumented: true,
      required: ['organization_invitation_id'],
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.invitations` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsInvitations extends SeamHttpBase {
  /**
   * Revoke an Organization Invitation
   *
   * Revokes an organization invitation.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  revoke(
    parameters: SeamConsoleV1OrganizationsInvitationsRevokeParameters,
    options?: SeamConsoleV1OrganizationsInvitationsRevokeOptions,
  ): SeamConsoleV1OrganizationsInvitationsRevokeRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/invitations/revoke',
        responseKey: 'organization_invitation',
        undocumented: true,
        required: ['organization_invitation_id'],
      },
      parameters,
      options,
    )
  }
}
