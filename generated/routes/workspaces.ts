// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'
import { SeamHttpWorkspacesCustomizationProfiles } from './workspaces-customization-profiles.js'

export type WorkspacesCreateParameters = NonNullable<
  paths['/workspaces/create']['post']['requestBody']
>['content']['application/json']
export type WorkspacesCreateResponse =
  paths['/workspaces/create']['post']['responses'][200]['content']['application/json']['workspace']
export type WorkspacesCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type WorkspacesCreateRequest = SeamHttpRequest<
  WorkspacesCreateParameters,
  WorkspacesCreateResponse
>

/**
 * Create a Workspace
 *
 * Creates a new [workspace](https://docs.seam.co/core-concepts/workspaces).
 */
export const workspacesCreate = (
  client: SeamClient,
  parameters: WorkspacesCreateParameters,
  options?: WorkspacesCreateOptions,
): WorkspacesCreateRequest =>
  client.request(
    {
      path: '/workspaces/create',
      responseKey: 'workspace',
      required: ['name'],
    },
    parameters,
    options,
  )

export type WorkspacesFindAnythingParameters = NonNullable<
  paths['/workspaces/find_anything']['post']['requestBody']
>['content']['application/json']
export type WorkspacesFindAnythingResponse =
  paths['/workspaces/find_anything']['post']['responses'][200]['content']['application/json']['batch']
export type WorkspacesFindAnythingOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type WorkspacesFindAnythingRequest = SeamHttpRequest<
  WorkspacesFindAnythingParameters,
  WorkspacesFindAnythingResponse
>

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
  options?: WorkspacesFindAnythingOptions,
): WorkspacesFindAnythingRequest =>
  client.request(
    {
      path: '/workspaces/find_anything',
      responseKey: 'batch',
      read: true,
      undocumented: true,
      required: ['search'],
    },
    parameters,
    options,
  )

export type WorkspacesGetParameters = Record<string, never>
export type WorkspacesGetResponse =
  paths['/workspaces/get']['post']['responses'][200]['content']['application/json']['workspace']
export type WorkspacesGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type WorkspacesGetRequest = SeamHttpRequest<
  WorkspacesGetParameters,
  WorkspacesGetResponse
>

/**
 * Get a Workspace
 *
 * Returns the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
 */
export const workspacesGet = (
  client: SeamClient,
  parameters?: WorkspacesGetParameters,
  options?: WorkspacesGetOptions,
): WorkspacesGetRequest =>
  client.request(
    { path: '/workspaces/get', responseKey: 'workspace', read: true },
    parameters ?? ({} as WorkspacesGetParameters),
    options,
  )

export type WorkspacesListParameters = Record<string, never>
export type WorkspacesListResponse =
  paths['/workspaces/list']['post']['responses'][200]['content']['application/json']['workspaces']
export type WorkspacesListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type WorkspacesListRequest = SeamHttpRequest<
  WorkspacesListParameters,
  WorkspacesListResponse
>

/**
 * List Workspaces
 *
 * Returns a list of [workspaces](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
 */
export const workspacesList = (
  client: SeamClient,
  parameters?: WorkspacesListParameters,
  options?: WorkspacesListOptions,
): WorkspacesListRequest =>
  client.request(
    { path: '/workspaces/list', responseKey: 'workspaces', read: true },
    parameters ?? ({} as WorkspacesListParameters),
    options,
  )

export type WorkspacesResetSandboxParameters = Record<string, never>
export type WorkspacesResetSandboxResponse =
  paths['/workspaces/reset_sandbox']['post']['responses'][200]['content']['application/json']['action_attempt']
export type WorkspacesResetSandboxOptions = RequestOptions
export type WorkspacesResetSandboxRequest = SeamHttpRequest<
  WorkspacesResetSandboxParameters,
  WorkspacesResetSandboxResponse
>

/**
 * Reset a Sandbox Workspace
 *
 * Resets the [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces) associated with the authentication value. Note that this endpoint is only available for sandbox workspaces.
 */
export const workspacesResetSandbox = (
  client: SeamClient,
  parameters?: WorkspacesResetSandboxParameters,
  options?: WorkspacesResetSandboxOptions,
): WorkspacesResetSandboxRequest =>
  client.request(
    {
      path: '/workspaces/reset_sandbox',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
    },
    parameters ?? ({} as WorkspacesResetSandboxParameters),
    options,
  )

export type WorkspacesUpdateParameters = NonNullable<
  paths['/workspaces/update']['post']['requestBody']
>['content']['application/json']
export type WorkspacesUpdateResponse = void
export type WorkspacesUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type WorkspacesUpdateRequest = SeamHttpRequest<
  WorkspacesUpdateParameters,
  WorkspacesUpdateResponse
>

/**
 * Update a Workspace
 *
 * Updates the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
 */
export const workspacesUpdate = (
  client: SeamClient,
  parameters?: WorkspacesUpdateParameters,
  options?: WorkspacesUpdateOptions,
): WorkspacesUpdateRequest =>
  client.request(
    { path: '/workspaces/update' },
    parameters ?? ({} as WorkspacesUpdateParameters),
    options,
  )

/** The `workspaces` namespace of the Seam API. */
export class SeamHttpWorkspaces extends SeamHttpBase {
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
    options?: WorkspacesCreateOptions,
  ): WorkspacesCreateRequest {
    return this.client.request(
      {
        path: '/workspaces/create',
        responseKey: 'workspace',
        required: ['name'],
      },
      parameters,
      options,
    )
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
    options?: WorkspacesFindAnythingOptions,
  ): WorkspacesFindAnythingRequest {
    return this.client.request(
      {
        path: '/workspaces/find_anything',
        responseKey: 'batch',
        read: true,
        undocumented: true,
        required: ['search'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get a Workspace
   *
   * Returns the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  get(
    parameters?: WorkspacesGetParameters,
    options?: WorkspacesGetOptions,
  ): WorkspacesGetRequest {
    return this.client.request(
      { path: '/workspaces/get', responseKey: 'workspace', read: true },
      parameters ?? ({} as WorkspacesGetParameters),
      options,
    )
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
    return this.client.request(
      { path: '/workspaces/list', responseKey: 'workspaces', read: true },
      parameters ?? ({} as WorkspacesListParameters),
      options,
    )
  }

  /**
   * Reset a Sandbox Workspace
   *
   * Resets the [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces) associated with the authentication value. Note that this endpoint is only available for sandbox workspaces.
   */
  resetSandbox(
    parameters?: WorkspacesResetSandboxParameters,
    options?: WorkspacesResetSandboxOptions,
  ): WorkspacesResetSandboxRequest {
    return this.client.request(
      {
        path: '/workspaces/reset_sandbox',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
      },
      parameters ?? ({} as WorkspacesResetSandboxParameters),
      options,
    )
  }

  /**
   * Update a Workspace
   *
   * Updates the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  update(
    parameters?: WorkspacesUpdateParameters,
    options?: WorkspacesUpdateOptions,
  ): WorkspacesUpdateRequest {
    return this.client.request(
      { path: '/workspaces/update' },
      parameters ?? ({} as WorkspacesUpdateParameters),
      options,
    )
  }
}
