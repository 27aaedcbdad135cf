// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpWithoutWorkspaceBase } from '../../src/runtime.js'
import {
  seamConsoleV1OrganizationsCustomizationProfilesCopy,
  type SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
  type SeamConsoleV1OrganizationsCustomizationProfilesCopyOptions,
  type SeamConsoleV1OrganizationsCustomizationProfilesCopyRequest,
} from './seam-console-v1-organizations-customization-profiles.js'
import {
  seamConsoleV1OrganizationsInvitationsRevoke,
  type SeamConsoleV1OrganizationsInvitationsRevokeParameters,
  type SeamConsoleV1OrganizationsInvitationsRevokeOptions,
  type SeamConsoleV1OrganizationsInvitationsRevokeRequest,
} from './seam-console-v1-organizations-invitations.js'
import {
  seamConsoleV1OrganizationsMembersWorkspacesGrant,
  type SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
  type SeamConsoleV1OrganizationsMembersWorkspacesGrantOptions,
  type SeamConsoleV1OrganizationsMembersWorkspacesGrantRequest,
  seamConsoleV1OrganizationsMembersWorkspacesList,
  type SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
  type SeamConsoleV1OrganizationsMembersWorkspacesListOptions,
  type SeamConsoleV1OrganizationsMembersWorkspacesListRequest,
  seamConsoleV1OrganizationsMembersWorkspacesRevoke,
  type SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
  type SeamConsoleV1OrganizationsMembersWorkspacesRevokeOptions,
  type SeamConsoleV1OrganizationsMembersWorkspacesRevokeRequest,
} from './seam-console-v1-organizations-members-workspaces.js'
import {
  seamConsoleV1OrganizationsMembersAdd,
  type SeamConsoleV1OrganizationsMembersAddParameters,
  type SeamConsoleV1OrganizationsMembersAddOptions,
  type SeamConsoleV1OrganizationsMembersAddRequest,
  seamConsoleV1OrganizationsMembersRemove,
  type SeamConsoleV1OrganizationsMembersRemoveParameters,
  type SeamConsoleV1OrganizationsMembersRemoveOptions,
  type SeamConsoleV1OrganizationsMembersRemoveRequest,
  seamConsoleV1OrganizationsMembersUpdate,
  type SeamConsoleV1OrganizationsMembersUpdateParameters,
  type SeamConsoleV1OrganizationsMembersUpdateOptions,
  type SeamConsoleV1OrganizationsMembersUpdateRequest,
} from './seam-console-v1-organizations-members.js'
import {
  seamConsoleV1OrganizationsWorkspacesCreate,
  type SeamConsoleV1OrganizationsWorkspacesCreateParameters,
  type SeamConsoleV1OrganizationsWorkspacesCreateOptions,
  type SeamConsoleV1OrganizationsWorkspacesCreateRequest,
  seamConsoleV1OrganizationsWorkspacesRemove,
  type SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
  type SeamConsoleV1OrganizationsWorkspacesRemoveOptions,
  type SeamConsoleV1OrganizationsWorkspacesRemoveRequest,
  seamConsoleV1OrganizationsWorkspacesUpdate,
  type SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
  type SeamConsoleV1OrganizationsWorkspacesUpdateOptions,
  type SeamConsoleV1OrganizationsWorkspacesUpdateRequest,
} from './seam-console-v1-organizations-workspaces.js'
import {
  seamConsoleV1OrganizationsCreate,
  type SeamConsoleV1OrganizationsCreateParameters,
  type SeamConsoleV1OrganizationsCreateOptions,
  type SeamConsoleV1OrganizationsCreateRequest,
  seamConsoleV1OrganizationsDelete,
  type SeamConsoleV1OrganizationsDeleteParameters,
  type SeamConsoleV1OrganizationsDeleteOptions,
  type SeamConsoleV1OrganizationsDeleteRequest,
  seamConsoleV1OrganizationsGet,
  type SeamConsoleV1OrganizationsGetParameters,
  type SeamConsoleV1OrganizationsGetOptions,
  type SeamConsoleV1OrganizationsGetRequest,
  seamConsoleV1OrganizationsList,
  type SeamConsoleV1OrganizationsListParameters,
  type SeamConsoleV1OrganizationsListOptions,
  type SeamConsoleV1OrganizationsListRequest,
  seamConsoleV1OrganizationsUpdate,
  type SeamConsoleV1OrganizationsUpdateParameters,
  type SeamConsoleV1OrganizationsUpdateOptions,
  type SeamConsoleV1OrganizationsUpdateRequest,
  seamConsoleV1OrganizationsUploadLogo,
  type SeamConsoleV1OrganizationsUploadLogoParameters,
  type SeamConsoleV1OrganizationsUploadLogoOptions,
  type SeamConsoleV1OrganizationsUploadLogoRequest,
} from './seam-console-v1-organizations.js'
import {
  workspacesCreate,
  type WorkspacesCreateParameters,
  type WorkspacesCreateOptions,
  type WorkspacesCreateRequest,
  workspacesList,
  type WorkspacesListParameters,
  type WorkspacesListOptions,
  type WorkspacesListRequest,
} from './workspaces.js'

/** The `seam` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeam extends SeamHttpWithoutWorkspaceBase {
  get console(): SeamHttpWithoutWorkspaceSeamConsole {
    return new SeamHttpWithoutWorkspaceSeamConsole(this.client)
  }
}

/** The `seam.console` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsole extends SeamHttpWithoutWorkspaceBase {
  get v1(): SeamHttpWithoutWorkspaceSeamConsoleV1 {
    return new SeamHttpWithoutWorkspaceSeamConsoleV1(this.client)
  }
}

/** The `seam.console.v1` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1 extends SeamHttpWithoutWorkspaceBase {
  get organizations(): SeamHttpWithoutWorkspaceSeamConsoleV1Organizations {
    return new SeamHttpWithoutWorkspaceSeamConsoleV1Organizations(this.client)
  }
}

/** The `seam.console.v1.organizations` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1Organizations extends SeamHttpWithoutWorkspaceBase {
  get customizationProfiles(): SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsCustomizationProfiles {
    return new SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsCustomizationProfiles(
      this.client,
    )
  }

  get invitations(): SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsInvitations {
    return new SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsInvitations(
      this.client,
    )
  }

  get members(): SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsMembers {
    return new SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsMembers(
      this.client,
    )
  }

  get workspaces(): SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsWorkspaces {
    return new SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsWorkspaces(
      this.client,
    )
  }

  /**
   * Create an Organization
   *
   * Creates an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamConsoleV1OrganizationsCreateParameters,
    options?: SeamConsoleV1OrganizationsCreateOptions,
  ): SeamConsoleV1OrganizationsCreateRequest {
    return seamConsoleV1OrganizationsCreate(this.client, parameters, options)
  }

  /**
   * Delete an Organization
   *
   * Deletes an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  delete(
    parameters: SeamConsoleV1OrganizationsDeleteParameters,
    options?: SeamConsoleV1OrganizationsDeleteOptions,
  ): SeamConsoleV1OrganizationsDeleteRequest {
    return seamConsoleV1OrganizationsDelete(this.client, parameters, options)
  }

  /**
   * Get an Organization
   *
   * Returns a specified organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: SeamConsoleV1OrganizationsGetParameters,
    options?: SeamConsoleV1OrganizationsGetOptions,
  ): SeamConsoleV1OrganizationsGetRequest {
    return seamConsoleV1OrganizationsGet(this.client, parameters, options)
  }

  /**
   * List Organizations
   *
   * Returns a list of organizations.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamConsoleV1OrganizationsListParameters,
    options?: SeamConsoleV1OrganizationsListOptions,
  ): SeamConsoleV1OrganizationsListRequest {
    return seamConsoleV1OrganizationsList(this.client, parameters, options)
  }

  /**
   * Update an Organization
   *
   * Updates an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters: SeamConsoleV1OrganizationsUpdateParameters,
    options?: SeamConsoleV1OrganizationsUpdateOptions,
  ): SeamConsoleV1OrganizationsUpdateRequest {
    return seamConsoleV1OrganizationsUpdate(this.client, parameters, options)
  }

  /**
   * Upload an Organization Logo
   *
   * Uploads a logo image for an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  uploadLogo(
    parameters?: SeamConsoleV1OrganizationsUploadLogoParameters,
    options?: SeamConsoleV1OrganizationsUploadLogoOptions,
  ): SeamConsoleV1OrganizationsUploadLogoRequest {
    return seamConsoleV1OrganizationsUploadLogo(
      this.client,
      parameters,
      options,
    )
  }
}

/** The `seam.console.v1.organizations.customizationProfiles` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsCustomizationProfiles extends SeamHttpWithoutWorkspaceBase {
  /**
   * Copy a Customization Profile
   *
   * Copies a customization profile to an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  copy(
    parameters: SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
    options?: SeamConsoleV1OrganizationsCustomizationProfilesCopyOptions,
  ): SeamConsoleV1OrganizationsCustomizationProfilesCopyRequest {
    return seamConsoleV1OrganizationsCustomizationProfilesCopy(
      this.client,
      parameters,
      options,
    )
  }
}

/** The `seam.console.v1.organizations.invitations` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsInvitations extends SeamHttpWithoutWorkspaceBase {
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
    return seamConsoleV1OrganizationsInvitationsRevoke(
      this.client,
      parameters,
      options,
    )
  }
}

/** The `seam.console.v1.organizations.members` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsMembers extends SeamHttpWithoutWorkspaceBase {
  get workspaces(): SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsMembersWorkspaces {
    return new SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsMembersWorkspaces(
      this.client,
    )
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
    options?: SeamConsoleV1OrganizationsMembersRemoveOptions,
  ): SeamConsoleV1OrganizationsMembersRemoveRequest {
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
    options?: SeamConsoleV1OrganizationsMembersUpdateOptions,
  ): SeamConsoleV1OrganizationsMembersUpdateRequest {
    return seamConsoleV1OrganizationsMembersUpdate(
      this.client,
      parameters,
      options,
    )
  }
}

/** The `seam.console.v1.organizations.members.workspaces` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsMembersWorkspaces extends SeamHttpWithoutWorkspaceBase {
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
    options?: SeamConsoleV1OrganizationsMembersWorkspacesListOptions,
  ): SeamConsoleV1OrganizationsMembersWorkspacesListRequest {
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
    options?: SeamConsoleV1OrganizationsMembersWorkspacesRevokeOptions,
  ): SeamConsoleV1OrganizationsMembersWorkspacesRevokeRequest {
    return seamConsoleV1OrganizationsMembersWorkspacesRevoke(
      this.client,
      parameters,
      options,
    )
  }
}

/** The `seam.console.v1.organizations.workspaces` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsWorkspaces extends SeamHttpWithoutWorkspaceBase {
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
    options?: SeamConsoleV1OrganizationsWorkspacesRemoveOptions,
  ): SeamConsoleV1OrganizationsWorkspacesRemoveRequest {
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
    options?: SeamConsoleV1OrganizationsWorkspacesUpdateOptions,
  ): SeamConsoleV1OrganizationsWorkspacesUpdateRequest {
    return seamConsoleV1OrganizationsWorkspacesUpdate(
      this.client,
      parameters,
      options,
    )
  }
}

/** The `workspaces` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceWorkspaces extends SeamHttpWithoutWorkspaceBase {
  /**
   * Create a Workspace
   *
   * Creates a new [workspace](https://docs.seam.co/core-concepts/workspaces).
   */
  create(
    parameters: WorkspacesCreateParameters,
    options?: WorkspacesCreateOptions,
  ): WorkspacesCreateRequest {
    return workspacesCreate(this.client, parameters, options)
  }

  /**
   * List Workspaces
   *
   * Returns a list of [workspaces](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  list(
    parameters?: WorkspacesListParameters,
    options?: WorkspacesListOptions,
  ): WorkspacesListRequest {
    return workspacesList(this.client, parameters, options)
  }
}
