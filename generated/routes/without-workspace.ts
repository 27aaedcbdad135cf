// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import {
  seamConsoleV1OrganizationsCustomizationProfilesCopy,
  type SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
  type SeamConsoleV1OrganizationsCustomizationProfilesCopyResponse,
} from './seam-console-v1-organizations-customization-profiles.js'
import {
  seamConsoleV1OrganizationsInvitationsRevoke,
  type SeamConsoleV1OrganizationsInvitationsRevokeParameters,
  type SeamConsoleV1OrganizationsInvitationsRevokeResponse,
} from './seam-console-v1-organizations-invitations.js'
import {
  seamConsoleV1OrganizationsMembersWorkspacesGrant,
  type SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
  type SeamConsoleV1OrganizationsMembersWorkspacesGrantResponse,
  seamConsoleV1OrganizationsMembersWorkspacesList,
  type SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
  type SeamConsoleV1OrganizationsMembersWorkspacesListResponse,
  seamConsoleV1OrganizationsMembersWorkspacesRevoke,
  type SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
  type SeamConsoleV1OrganizationsMembersWorkspacesRevokeResponse,
} from './seam-console-v1-organizations-members-workspaces.js'
import {
  seamConsoleV1OrganizationsMembersAdd,
  type SeamConsoleV1OrganizationsMembersAddParameters,
  type SeamConsoleV1OrganizationsMembersAddResponse,
  seamConsoleV1OrganizationsMembersRemove,
  type SeamConsoleV1OrganizationsMembersRemoveParameters,
  type SeamConsoleV1OrganizationsMembersRemoveResponse,
  seamConsoleV1OrganizationsMembersUpdate,
  type SeamConsoleV1OrganizationsMembersUpdateParameters,
  type SeamConsoleV1OrganizationsMembersUpdateResponse,
} from './seam-console-v1-organizations-members.js'
import {
  seamConsoleV1OrganizationsWorkspacesCreate,
  type SeamConsoleV1OrganizationsWorkspacesCreateParameters,
  type SeamConsoleV1OrganizationsWorkspacesCreateResponse,
  seamConsoleV1OrganizationsWorkspacesRemove,
  type SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
  type SeamConsoleV1OrganizationsWorkspacesRemoveResponse,
  seamConsoleV1OrganizationsWorkspacesUpdate,
  type SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
  type SeamConsoleV1OrganizationsWorkspacesUpdateResponse,
} from './seam-console-v1-organizations-workspaces.js'
import {
  seamConsoleV1OrganizationsCreate,
  type SeamConsoleV1OrganizationsCreateParameters,
  type SeamConsoleV1OrganizationsCreateResponse,
  seamConsoleV1OrganizationsDelete,
  type SeamConsoleV1OrganizationsDeleteParameters,
  type SeamConsoleV1OrganizationsDeleteResponse,
  seamConsoleV1OrganizationsGet,
  type SeamConsoleV1OrganizationsGetParameters,
  type SeamConsoleV1OrganizationsGetResponse,
  seamConsoleV1OrganizationsList,
  type SeamConsoleV1OrganizationsListParameters,
  type SeamConsoleV1OrganizationsListResponse,
  seamConsoleV1OrganizationsUpdate,
  type SeamConsoleV1OrganizationsUpdateParameters,
  type SeamConsoleV1OrganizationsUpdateResponse,
  seamConsoleV1OrganizationsUploadLogo,
  type SeamConsoleV1OrganizationsUploadLogoParameters,
  type SeamConsoleV1OrganizationsUploadLogoResponse,
} from './seam-console-v1-organizations.js'
import {
  workspacesCreate,
  type WorkspacesCreateParameters,
  type WorkspacesCreateResponse,
  workspacesList,
  type WorkspacesListParameters,
  type WorkspacesListResponse,
} from './workspaces.js'

/** The `seam` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeam {
  constructor(private readonly client: SeamClient) {}

  get console(): SeamHttpWithoutWorkspaceSeamConsole {
    return new SeamHttpWithoutWorkspaceSeamConsole(this.client)
  }
}

/** The `seam.console` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsole {
  constructor(private readonly client: SeamClient) {}

  get v1(): SeamHttpWithoutWorkspaceSeamConsoleV1 {
    return new SeamHttpWithoutWorkspaceSeamConsoleV1(this.client)
  }
}

/** The `seam.console.v1` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1 {
  constructor(private readonly client: SeamClient) {}

  get organizations(): SeamHttpWithoutWorkspaceSeamConsoleV1Organizations {
    return new SeamHttpWithoutWorkspaceSeamConsoleV1Organizations(this.client)
  }
}

/** The `seam.console.v1.organizations` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1Organizations {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsCreateParameters,
    SeamConsoleV1OrganizationsCreateResponse
  > {
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsDeleteParameters,
    SeamConsoleV1OrganizationsDeleteResponse
  > {
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsGetParameters,
    SeamConsoleV1OrganizationsGetResponse
  > {
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsListParameters,
    SeamConsoleV1OrganizationsListResponse
  > {
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsUpdateParameters,
    SeamConsoleV1OrganizationsUpdateResponse
  > {
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsUploadLogoParameters,
    SeamConsoleV1OrganizationsUploadLogoResponse
  > {
    return seamConsoleV1OrganizationsUploadLogo(
      this.client,
      parameters,
      options,
    )
  }
}

/** The `seam.console.v1.organizations.customizationProfiles` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsCustomizationProfiles {
  constructor(private readonly client: SeamClient) {}

  /**
   * Copy a Customization Profile
   *
   * Copies a customization profile to an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  copy(
    parameters: SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
    SeamConsoleV1OrganizationsCustomizationProfilesCopyResponse
  > {
    return seamConsoleV1OrganizationsCustomizationProfilesCopy(
      this.client,
      parameters,
      options,
    )
  }
}

/** The `seam.console.v1.organizations.invitations` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsInvitations {
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

/** The `seam.console.v1.organizations.members` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsMembers {
  constructor(private readonly client: SeamClient) {}

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

/** The `seam.console.v1.organizations.members.workspaces` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsMembersWorkspaces {
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

/** The `seam.console.v1.organizations.workspaces` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceSeamConsoleV1OrganizationsWorkspaces {
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

/** The `workspaces` namespace of the Seam API. */
export class SeamHttpWithoutWorkspaceWorkspaces {
  constructor(private readonly client: SeamClient) {}

  /**
   * Create a Workspace
   *
   * Creates a new [workspace](https://docs.seam.co/core-concepts/workspaces).
   */
  create(
    parameters: WorkspacesCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<WorkspacesCreateParameters, WorkspacesCreateResponse> {
    return workspacesCreate(this.client, parameters, options)
  }

  /**
   * List Workspaces
   *
   * Returns a list of [workspaces](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  list(
    parameters?: WorkspacesListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<WorkspacesListParameters, WorkspacesListResponse> {
    return workspacesList(this.client, parameters, options)
  }
}
