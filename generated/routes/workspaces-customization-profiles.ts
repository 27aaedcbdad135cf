// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type WorkspacesCustomizationProfilesCreateParameters = NonNullable<
  paths['/workspaces/customization_profiles/create']['post']['requestBody']
>['content']['application/json']
export type WorkspacesCustomizationProfilesCreateResponse =
  paths['/workspaces/customization_profiles/create']['post']['responses'][200]['content']['application/json']['customization_profile']

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
  options?: RequestOptions,
): SeamHttpRequest<
  WorkspacesCustomizationProfilesCreateParameters,
  WorkspacesCustomizationProfilesCreateResponse
> =>
  client.request<
    WorkspacesCustomizationProfilesCreateParameters,
    WorkspacesCustomizationProfilesCreateResponse
  >(
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
  options?: RequestOptions,
): SeamHttpRequest<
  WorkspacesCustomizationProfilesGetParameters,
  WorkspacesCustomizationProfilesGetResponse
> =>
  client.request<
    WorkspacesCustomizationProfilesGetParameters,
    WorkspacesCustomizationProfilesGetResponse
  >(
    {
      path: '/workspaces/customization_profiles/get',
      responseKey: 'customization_profile',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type WorkspacesCustomizationProfilesListParameters = NonNullable<
  paths['/workspaces/customization_profiles/list']['post']['requestBody']
>['content']['application/json']
export type WorkspacesCustomizationProfilesListResponse =
  paths['/workspaces/customization_profiles/list']['post']['responses'][200]['content']['application/json']['customization_profiles']

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
  options?: RequestOptions,
): SeamHttpRequest<
  WorkspacesCustomizationProfilesListParameters,
  WorkspacesCustomizationProfilesListResponse
> =>
  client.request<
    WorkspacesCustomizationProfilesListParameters,
    WorkspacesCustomizationProfilesListResponse
  >(
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
  options?: RequestOptions,
): SeamHttpRequest<
  WorkspacesCustomizationProfilesUpdateParameters,
  WorkspacesCustomizationProfilesUpdateResponse
> =>
  client.request<
    WorkspacesCustomizationProfilesUpdateParameters,
    WorkspacesCustomizationProfilesUpdateResponse
  >(
    { path: '/workspaces/customization_profiles/update', undocumented: true },
    parameters,
    options,
  )

export type WorkspacesCustomizationProfilesUploadImagesParameters = Record<
  string,
  never
>
export type WorkspacesCustomizationProfilesUploadImagesResponse = void

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
  options?: RequestOptions,
): SeamHttpRequest<
  WorkspacesCustomizationProfilesUploadImagesParameters,
  WorkspacesCustomizationProfilesUploadImagesResponse
> =>
  client.request<
    WorkspacesCustomizationProfilesUploadImagesParameters,
    WorkspacesCustomizationProfilesUploadImagesResponse
  >(
    {
      path: '/workspaces/customization_profiles/upload_images',
      undocumented: true,
    },
    parameters ?? ({} as WorkspacesCustomizationProfilesUploadImagesParameters),
    options,
  )

/** The `workspaces.customizationProfiles` namespace of the Seam API. */
export class SeamHttpWorkspacesCustomizationProfiles {
  constructor(private readonly client: SeamClient) {}

  /**
   * Update Customization Profile
   *
   * Updates the customization profile for the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters?: WorkspacesCustomizationProfilesCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    WorkspacesCustomizationProfilesCreateParameters,
    WorkspacesCustomizationProfilesCreateResponse
  > {
    return workspacesCustomizationProfilesCreate(
      this.client,
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
  get(
    parameters: WorkspacesCustomizationProfilesGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    WorkspacesCustomizationProfilesGetParameters,
    WorkspacesCustomizationProfilesGetResponse
  > {
    return workspacesCustomizationProfilesGet(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    WorkspacesCustomizationProfilesListParameters,
    WorkspacesCustomizationProfilesListResponse
  > {
    return workspacesCustomizationProfilesList(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    WorkspacesCustomizationProfilesUpdateParameters,
    WorkspacesCustomizationProfilesUpdateResponse
  > {
    return workspacesCustomizationProfilesUpdate(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    WorkspacesCustomizationProfilesUploadImagesParameters,
    WorkspacesCustomizationProfilesUploadImagesResponse
  > {
    return workspacesCustomizationProfilesUploadImages(
      this.client,
      parameters,
      options,
    )
  }
}
