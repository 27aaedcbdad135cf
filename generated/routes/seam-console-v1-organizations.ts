// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamConsoleV1OrganizationsCustomizationProfiles } from './seam-console-v1-organizations-customization-profiles.js'
import { SeamHttpSeamConsoleV1OrganizationsInvitations } from './seam-console-v1-organizations-invitations.js'
import { SeamHttpSeamConsoleV1OrganizationsMembers } from './seam-console-v1-organizations-members.js'
import { SeamHttpSeamConsoleV1OrganizationsWorkspaces } from './seam-console-v1-organizations-workspaces.js'

export type SeamConsoleV1OrganizationsCreateParameters = NonNullable<
  paths['/seam/console/v1/organizations/create']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsCreateResponse =
  paths['/seam/console/v1/organizations/create']['post']['responses'][200]['content']['application/json']['organization']

/**
 * Create an Organization
 *
 * Creates an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsCreate = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsCreateParameters,
  SeamConsoleV1OrganizationsCreateResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsCreateParameters,
    SeamConsoleV1OrganizationsCreateResponse
  >(
    {
      path: '/seam/console/v1/organizations/create',
      responseKey: 'organization',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsDeleteParameters = NonNullable<
  paths['/seam/console/v1/organizations/delete']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsDeleteResponse =
  paths['/seam/console/v1/organizations/delete']['post']['responses'][200]['content']['application/json']['organization']

/**
 * Delete an Organization
 *
 * Deletes an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsDelete = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsDeleteParameters,
  SeamConsoleV1OrganizationsDeleteResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsDeleteParameters,
    SeamConsoleV1OrganizationsDeleteResponse
  >(
    {
      path: '/seam/console/v1/organizations/delete',
      responseKey: 'organization',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsGetParameters = NonNullable<
  paths['/seam/console/v1/organizations/get']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsGetResponse =
  paths['/seam/console/v1/organizations/get']['post']['responses'][200]['content']['application/json']['organization']

/**
 * Get an Organization
 *
 * Returns a specified organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsGet = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsGetParameters,
  SeamConsoleV1OrganizationsGetResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsGetParameters,
    SeamConsoleV1OrganizationsGetResponse
  >(
    {
      path: '/seam/console/v1/organizations/get',
      responseKey: 'organization',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsListParameters = Record<string, never>
export type SeamConsoleV1OrganizationsListResponse =
  paths['/seam/console/v1/organizations/list']['post']['responses'][200]['content']['application/json']['organizations']

/**
 * List Organizations
 *
 * Returns a list of organizations.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsList = (
  client: SeamClient,
  parameters?: SeamConsoleV1OrganizationsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsListParameters,
  SeamConsoleV1OrganizationsListResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsListParameters,
    SeamConsoleV1OrganizationsListResponse
  >(
    {
      path: '/seam/console/v1/organizations/list',
      responseKey: 'organizations',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamConsoleV1OrganizationsListParameters),
    options,
  )

export type SeamConsoleV1OrganizationsUpdateParameters = NonNullable<
  paths['/seam/console/v1/organizations/update']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsUpdateResponse =
  paths['/seam/console/v1/organizations/update']['post']['responses'][200]['content']['application/json']['organization']

/**
 * Update an Organization
 *
 * Updates an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsUpdate = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsUpdateParameters,
  SeamConsoleV1OrganizationsUpdateResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsUpdateParameters,
    SeamConsoleV1OrganizationsUpdateResponse
  >(
    {
      path: '/seam/console/v1/organizations/update',
      responseKey: 'organization',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsUploadLogoParameters = Record<
  string,
  never
>
export type SeamConsoleV1OrganizationsUploadLogoResponse =
  paths['/seam/console/v1/organizations/upload_logo']['post']['responses'][200]['content']['application/json']['organization']

/**
 * Upload an Organization Logo
 *
 * Uploads a logo image for an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsUploadLogo = (
  client: SeamClient,
  parameters?: SeamConsoleV1OrganizationsUploadLogoParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsUploadLogoParameters,
  SeamConsoleV1OrganizationsUploadLogoResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsUploadLogoParameters,
    SeamConsoleV1OrganizationsUploadLogoResponse
  >(
    {
      path: '/seam/console/v1/organizations/upload_logo',
      responseKey: 'organization',
      undocumented: true,
    },
    parameters ?? ({} as SeamConsoleV1OrganizationsUploadLogoParameters),
    options,
  )

/** The `seam.console.v1.organizations` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1Organizations {
  constructor(private readonly client: SeamClient) {}

  get customizationProfiles(): SeamHttpSeamConsoleV1OrganizationsCustomizationProfiles {
    return new SeamHttpSeamConsoleV1OrganizationsCustomizationProfiles(
      this.client,
    )
  }

  get invitations(): SeamHttpSeamConsoleV1OrganizationsInvitations {
    return new SeamHttpSeamConsoleV1OrganizationsInvitations(this.client)
  }

  get members(): SeamHttpSeamConsoleV1OrganizationsMembers {
    return new SeamHttpSeamConsoleV1OrganizationsMembers(this.client)
  }

  get workspaces(): SeamHttpSeamConsoleV1OrganizationsWorkspaces {
    return new SeamHttpSeamConsoleV1OrganizationsWorkspaces(this.client)
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
