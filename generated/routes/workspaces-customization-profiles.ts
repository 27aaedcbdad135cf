// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type WorkspacesCustomizationProfilesCreateParameters = NonNullable<
  paths['/workspaces/customization_profiles/create']['post']['requestBody']
>['content']['application/json']
export type WorkspacesCustomizationProfilesCreateResponse =
  paths['/workspaces/customization_profiles/create']['post']['responses'][200]['content']['application/json']['customization_profile']
export type WorkspacesCustomizationProfilesCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type WorkspacesCustomizationProfilesCreateRequest = SeamHttpRequest<
  WorkspacesCustomizationProfilesCreateParameters,
  WorkspacesCustomizationProfilesCreateResponse
>

/**
 * Update Customization Profile
 *
 * Updates the customization profile for the workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const workspacesCustomizationProfilesCreate = (
  client: SeamClient,
  parameters?: WorkspacesCustomizationProfilesCreateParameters,
  options?: WorkspacesCustomizationProfilesCreateOptions,
): WorkspacesCustomizationProfilesCreateRequest =>
  client.request(
    {
      path: '/workspaces/customization_profiles/create',
      responseKey: 'customization_profile',
      undocumented: true,
    },
    parameters ?? ({} as WorkspacesCustomizationProfilesCreateParameters),
    options,
  )

export type WorkspacesCustomizationProfilesGetParameters = NonNullable<
  paths['/workspaces/customization_profiles/get']['post']['requestBody']
>['content']['application/json']
export type WorkspacesCustomizationProfilesGetResponse =
  paths['/workspaces/customization_profiles/get']['post']['responses'][200]['content']['application/json']['customization_profile']
export type WorkspacesCustomizationProfilesGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type WorkspacesCustomizationProfilesGetRequest = SeamHttpRequest<
  WorkspacesCustomizationProfilesGetParameters,
  WorkspacesCustomizationProfilesGetResponse
>

/**
 * Get Customization Profile
 *
 * Retrieves the customization profile for the workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const workspacesCustomizationProfilesGet = (
  client: SeamClient,
  parameters: WorkspacesCustomizationProfilesGetParameters,
  options?: WorkspacesCustomizationProfilesGetOptions,
): WorkspacesCustomizationProfilesGetRequest =>
  client.request(
    {
      path: '/workspaces/customization_profiles/get',
      responseKey: 'customization_profile',
      read: true,
      undocumented: true,
      required: ['customization_profile_id'],
    },
    parameters,
    options,
  )

export type WorkspacesCustomizationProfilesListParameters = NonNullable<
  paths['/workspaces/customization_profiles/list']['post']['requestBody']
>['content']['application/json']
export type WorkspacesCustomizationProfilesListResponse =
  paths['/workspaces/customization_profiles/list']['post']['responses'][200]['content']['application/json']['customization_profiles']
export type WorkspacesCustomizationProfilesListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type WorkspacesCustomizationProfilesListRequest = SeamHttpRequest<
  WorkspacesCustomizationProfilesListParameters,
  WorkspacesCustomizationProfilesListResponse
>

/**
 * Get Customization Profile
 *
 * Retrieves the customization profile for the workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const workspacesCustomizationProfilesList = (
  client: SeamClient,
  parameters?: WorkspacesCustomizationProfilesListParameters,
  options?: WorkspacesCustomizationProfilesListOptions,
): WorkspacesCustomizationProfilesListRequest =>
  client.request(
    {
      path: '/workspaces/customization_profiles/list',
      responseKey: 'customization_profiles',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as WorkspacesCustomizationProfilesListParameters),
    options,
  )

export type WorkspacesCustomizationProfilesUpdateParameters = NonNullable<
  paths['/workspaces/customization_profiles/update']['post']['requestBody']
>['content']['application/json']
export type WorkspacesCustomizationProfilesUpdateResponse = void
export type WorkspacesCustomizationProfilesUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type WorkspacesCustomizationProfilesUpdateRequest = SeamHttpRequest<
  WorkspacesCustomizationProfilesUpdateParameters,
  WorkspacesCustomizationProfilesUpdateResponse
>

/**
 * Update Customization Profile
 *
 * Updates the customization profile for the workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const workspacesCustomizationProfilesUpdate = (
  client: SeamClient,
  parameters: WorkspacesCustomizationProfilesUpdateParameters,
  options?: WorkspacesCustomizationProfilesUpdateOptions,
): WorkspacesCustomizationProfilesUpdateRequest =>
  client.request(
    {
      path: '/workspaces/customization_profiles/update',
      undocumented: true,
      required: ['customization_profile_id'],
    },
    parameters,
    options,
  )

export type WorkspacesCustomizationProfilesUploadImagesParameters = Record<
  string,
  never
>
export type WorkspacesCustomizationProfilesUploadImagesResponse = void
export type WorkspacesCustomizationProfilesUploadImagesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type WorkspacesCustomizationProfilesUploadImagesRequest =
  SeamHttpRequest<
    WorkspacesCustomizationProfilesUploadImagesParameters,
    WorkspacesCustomizationProfilesUploadImagesResponse
  >

/**
 * Upload Customization Profile Logo
 *
 * Uploads a logo for the customization profile.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const workspacesCustomizationProfilesUploadImages = (
  client: SeamClient,
  parameters?: WorkspacesCustomizationProfilesUploadImagesParameters,
  options?: WorkspacesCustomizationProfilesUploadImagesOptions,
): WorkspacesCustomizationProfilesUploadImagesRequest =>
  client.request(
    {
      path: '/workspaces/customization_profiles/upload_images',
      undocumented: true,
    },
    parameters ?? ({} as WorkspacesCustomizationProfilesUploadImagesParameters),
    options,
  )

/** The `workspaces.customizationProfiles` namespace of the Seam API. */
export class SeamHttpWorkspacesCustomizationProfiles extends SeamHttpBase {
  /**
   * Update Customization Profile
   *
   * Updates the customization profile for the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters?: WorkspacesCustomizationProfilesCreateParameters,
    options?: WorkspacesCustomizationProfilesCreateOptions,
  ): WorkspacesCustomizationProfilesCreateRequest {
    return this.client.request(
      {
        path: '/workspaces/customization_profiles/create',
        responseKey: 'customization_profile',
        undocumented: true,
      },
      parameters ?? ({} as WorkspacesCustomizationProfilesCreateParameters),
      options,
    )
  }

  /**
   * Get Customization Profile
   *
   * Retrieves the customization profile for the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: WorkspacesCustomizationProfilesGetParameters,
    options?: WorkspacesCustomizationProfilesGetOptions,
  ): WorkspacesCustomizationProfilesGetRequest {
    return this.client.request(
      {
        path: '/workspaces/customization_profiles/get',
        responseKey: 'customization_profile',
        read: true,
        undocumented: true,
        required: ['customization_profile_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get Customization Profile
   *
   * Retrieves the customization profile for the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: WorkspacesCustomizationProfilesListParameters,
    options?: WorkspacesCustomizationProfilesListOptions,
  ): WorkspacesCustomizationProfilesListRequest {
    return this.client.request(
      {
        path: '/workspaces/customization_profiles/list',
        responseKey: 'customization_profiles',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as WorkspacesCustomizationProfilesListParameters),
      options,
    )
  }

  /**
   * Update Customization Profile
   *
   * Updates the customization profile for the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters: WorkspacesCustomizationProfilesUpdateParameters,
    options?: WorkspacesCustomizationProfilesUpdateOptions,
  ): WorkspacesCustomizationProfilesUpdateRequest {
    return this.client.request(
      {
        path: '/workspaces/customization_profiles/update',
        undocumented: true,
        required: ['customization_profile_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Upload Customization Profile Logo
   *
   * Uploads a logo for the customization profile.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  uploadImages(
    parameters?: WorkspacesCustomizationProfilesUploadImagesParameters,
    options?: WorkspacesCustomizationProfilesUploadImagesOptions,
  ): WorkspacesCustomizationProfilesUploadImagesRequest {
    return this.client.request(
      {
        path: '/workspaces/customization_profiles/upload_images',
        undocumented: true,
      },
      parameters ??
        ({} as WorkspacesCustomizationProfilesUploadImagesParameters),
      options,
    )
  }
}
