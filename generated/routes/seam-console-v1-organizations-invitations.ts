// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1OrganizationsInvitationsRevokeParameters = NonNullable<
  paths['/seam/console/v1/organizations/invitations/revoke']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsInvitationsRevokeResponse =
  paths['/seam/console/v1/organizations/invitations/revoke']['post']['responses'][200]['content']['application/json']['organization_invitation']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsInvitationsRevokeParameters,
  SeamConsoleV1OrganizationsInvitationsRevokeResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsInvitationsRevokeParameters,
    SeamConsoleV1OrganizationsInvitationsRevokeResponse
  >(
    {
      path: '/seam/console/v1/organizations/invitations/revoke',
      responseKey: 'organization_invitation',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.invitations` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsInvitations {
  constructor(private readonly client: SeamClient) {}

  /**
   * Revoke an Organization Invitation
   *
   * Revokes an organization invitation.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  revoke(
    parameters: SeamConsoleV1OrganizationsInvitationsRevokeParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsInvitationsRevokeParameters,
    SeamConsoleV1OrganizationsInvitationsRevokeResponse
  > {
    return seamConsoleV1OrganizationsInvitationsRevoke(
      this.client,
      parameters,
      options,
    )
  }
}
