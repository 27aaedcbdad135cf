// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpWorkspacesCustomizationProfiles } from './workspaces-customization-profiles.js'

export type WorkspacesCreateParameters = NonNullable<
  paths['/workspaces/create']['post']['requestBody']
>['content']['application/json']
export type WorkspacesCreateResponse =
  paths['/workspaces/create']['post']['responses'][200]['content']['application/json']['workspace']

/**
 * Create a Workspace
 *
 * Creates a new [workspace](https://docs.seam.co/core-concepts/workspaces).
 */
export const workspacesCreate = (
  client: SeamClient,
  parameters: WorkspacesCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<WorkspacesCreateParameters, WorkspacesCreateResponse> =>
  client.request<WorkspacesCreateParameters, WorkspacesCreateResponse>(
    { path: '/workspaces/create', responseKey: 'workspace' },
    parameters,
    options,
  )

export type WorkspacesFindAnythingParameters = NonNullable<
  paths['/workspaces/find_anything']['post']['requestBody']
>['content']['application/json']
export type WorkspacesFindAnythingResponse =
  paths['/workspaces/find_anything']['post']['responses'][200]['content']['application/json']['batch']

/**
 * Find Resources
 *
 * Search for resources inside a workspace.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const workspacesFindAnything = (
  client: SeamClient,
  parameters: WorkspacesFindAnythingParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  WorkspacesFindAnythingParameters,
  WorkspacesFindAnythingResponse
> =>
  client.request<
    WorkspacesFindAnythingParameters,
    WorkspacesFindAnythingResponse
  >(
    {
      path: '/workspaces/find_anything',
      responseKey: 'batch',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type WorkspacesGetParameters = Record<string, never>
export type WorkspacesGetResponse =
  paths['/workspaces/get']['post']['responses'][200]['content']['application/json']['workspace']

/**
 * Get a Workspace
 *
 * Returns the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
 */
export const workspacesGet = (
  client: SeamClient,
  parameters?: WorkspacesGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<WorkspacesGetParameters, WorkspacesGetResponse> =>
  client.request<WorkspacesGetParameters, WorkspacesGetResponse>(
    { path: '/workspaces/get', responseKey: 'workspace', read: true },
    parameters ?? ({} as WorkspacesGetParameters),
    options,
  )

export type WorkspacesListParameters = Record<string, never>
export type WorkspacesListResponse =
  paths['/workspaces/list']['post']['responses'][200]['content']['application/json']['workspaces']

/**
 * List Workspaces
 *
 * Returns a list of [workspaces](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
 */
export const workspacesList = (
  client: SeamClient,
  parameters?: WorkspacesListParameters,
  options?: RequestOptions,
): SeamHttpRequest<WorkspacesListParameters, WorkspacesListResponse> =>
  client.request<WorkspacesListParameters, WorkspacesListResponse>(
    { path: '/workspaces/list', responseKey: 'workspaces', read: true },
    parameters ?? ({} as WorkspacesListParameters),
    options,
  )

export type WorkspacesResetSandboxParameters = Record<string, never>
export type WorkspacesResetSandboxResponse =
  paths['/workspaces/reset_sandbox']['post']['responses'][200]['content']['application/json']['action_attempt']

/**
 * Reset a Sandbox Workspace
 *
 * Resets the [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces) associated with the authentication value. Note that this endpoint is only available for sandbox workspaces.
 */
export const workspacesResetSandbox = (
  client: SeamClient,
  parameters?: WorkspacesResetSandboxParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  WorkspacesResetSandboxParameters,
  WorkspacesResetSandboxResponse
> =>
  client.request<
    WorkspacesResetSandboxParameters,
    WorkspacesResetSandboxResponse
  >(
    {
      path: '/workspaces/reset_sandbox',
      responseKey: 'action_attempt',
      actionAttempt: true,
    },
    parameters ?? ({} as WorkspacesResetSandboxParameters),
    options,
  )

export type WorkspacesUpdateParameters = NonNullable<
  paths['/workspaces/update']['post']['requestBody']
>['content']['application/json']
export type WorkspacesUpdateResponse = void

/**
 * Update a Workspace
 *
 * Updates the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
 */
export const workspacesUpdate = (
  client: SeamClient,
  parameters?: WorkspacesUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<WorkspacesUpdateParameters, WorkspacesUpdateResponse> =>
  client.request<WorkspacesUpdateParameters, WorkspacesUpdateResponse>(
    { path: '/workspaces/update' },
    parameters ?? ({} as WorkspacesUpdateParameters),
    options,
  )

/** The `workspaces` namespace of the Seam API. */
export class SeamHttpWorkspaces {
  constructor(private readonly client: SeamClient) {}

  get customizationProfiles(): SeamHttpWorkspacesCustomizationProfiles {
    return new SeamHttpWorkspacesCustomizationProfiles(this.client)
  }

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
   * Find Resources
   *
   * Search for resources inside a workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  findAnything(
    parameters: WorkspacesFindAnythingParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    WorkspacesFindAnythingParameters,
    WorkspacesFindAnythingResponse
  > {
    return workspacesFindAnything(this.client, parameters, options)
  }

  /**
   * Get a Workspace
   *
   * Returns the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  get(
    parameters?: WorkspacesGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<WorkspacesGetParameters, WorkspacesGetResponse> {
    return workspacesGet(this.client, parameters, options)
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

  /**
   * Reset a Sandbox Workspace
   *
   * Resets the [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces) associated with the authentication value. Note that this endpoint is only available for sandbox workspaces.
   */
  resetSandbox(
    parameters?: WorkspacesResetSandboxParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    WorkspacesResetSandboxParameters,
    WorkspacesResetSandboxResponse
  > {
    return workspacesResetSandbox(this.client, parameters, options)
  }

  /**
   * Update a Workspace
   *
   * Updates the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  update(
    parameters?: WorkspacesUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<WorkspacesUpdateParameters, WorkspacesUpdateResponse> {
    return workspacesUpdate(this.client, parameters, options)
  }
}
