// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
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
export type SeamConsoleV1OrganizationsCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsCreateRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsCreateParameters,
  SeamConsoleV1OrganizationsCreateResponse
>

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
  options?: SeamConsoleV1OrganizationsCreateOptions,
): SeamConsoleV1OrganizationsCreateRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/create',
      responseKey: 'organization',
      undocumented: true,
      required: ['name'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsDeleteParameters = NonNullable<
  paths['/seam/console/v1/organizations/delete']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsDeleteResponse =
  paths['/seam/console/v1/organizations/delete']['post']['responses'][200]['content']['application/json']['organization']
export type SeamConsoleV1OrganizationsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsDeleteRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsDeleteParameters,
  SeamConsoleV1OrganizationsDeleteResponse
>

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
  options?: SeamConsoleV1OrganizationsDeleteOptions,
): SeamConsoleV1OrganizationsDeleteRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/delete',
      responseKey: 'organization',
      undocumented: true,
      required: ['organization_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsGetParameters = NonNullable<
  paths['/seam/console/v1/organizations/get']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1OrganizationsGetResponse =
  paths['/seam/console/v1/organizations/get']['post']['responses'][200]['content']['application/json']['organization']
export type SeamConsoleV1OrganizationsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsGetRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsGetParameters,
  SeamConsoleV1OrganizationsGetResponse
>

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
  options?: SeamConsoleV1OrganizationsGetOptions,
): SeamConsoleV1OrganizationsGetRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/get',
      responseKey: 'organization',
      read: true,
      undocumented: true,
      required: ['organization_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1OrganizationsListParameters = Record<string, never>
export type SeamConsoleV1OrganizationsListResponse =
  paths['/seam/console/v1/organizations/list']['post']['responses'][200]['content']['application/json']['organizations']
export type SeamConsoleV1OrganizationsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsListRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsListParameters,
  SeamConsoleV1OrganizationsListResponse
>

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
  options?: SeamConsoleV1OrganizationsListOptions,
): SeamConsoleV1OrganizationsListRequest =>
  client.request(
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
export type SeamConsoleV1OrganizationsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsUpdateRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsUpdateParameters,
  SeamConsoleV1OrganizationsUpdateResponse
>

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
  options?: SeamConsoleV1OrganizationsUpdateOptions,
): SeamConsoleV1OrganizationsUpdateRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/update',
      responseKey: 'organization',
      undocumented: true,
      required: ['organization_id'],
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
export type SeamConsoleV1OrganizationsUploadLogoOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsUploadLogoRequest = SeamHttpRequest<
  SeamConsoleV1OrganizationsUploadLogoParameters,
  SeamConsoleV1OrganizationsUploadLogoResponse
>

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
  options?: SeamConsoleV1OrganizationsUploadLogoOptions,
): SeamConsoleV1OrganizationsUploadLogoRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/upload_logo',
      responseKey: 'organization',
      undocumented: true,
    },
    parameters ?? ({} as SeamConsoleV1OrganizationsUploadLogoParameters),
    options,
  )

/** The `seam.console.v1.organizations` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1Organizations extends SeamHttpBase {
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
    options?: SeamConsoleV1OrganizationsCreateOptions,
  ): SeamConsoleV1OrganizationsCreateRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/create',
        responseKey: 'organization',
        undocumented: true,
        required: ['name'],
      },
      parameters,
      options,
    )
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
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/delete',
        responseKey: 'organization',
        undocumented: true,
        required: ['organization_id'],
      },
      parameters,
      options,
    )
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
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/get',
        responseKey: 'organization',
        read: true,
        undocumented: true,
        required: ['organization_id'],
      },
      parameters,
      options,
    )
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
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/list',
        responseKey: 'organizations',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamConsoleV1OrganizationsListParameters),
      options,
    )
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
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/update',
        responseKey: 'organization',
        undocumented: true,
        required: ['organization_id'],
      },
      parameters,
      options,
    )
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
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/upload_logo',
        responseKey: 'organization',
        undocumented: true,
      },
      parameters ?? ({} as SeamConsoleV1OrganizationsUploadLogoParameters),
      options,
    )
  }
}
