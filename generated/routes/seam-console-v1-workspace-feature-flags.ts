// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1WorkspaceFeatureFlagsListParameters = Record<
  string,
  never
>
export type SeamConsoleV1WorkspaceFeatureFlagsListResponse =
  paths['/seam/console/v1/workspace/feature_flags/list']['post']['responses'][200]['content']['application/json']['feature_flags']
export type SeamConsoleV1WorkspaceFeatureFlagsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1WorkspaceFeatureFlagsListRequest = SeamHttpRequest<
  SeamConsoleV1WorkspaceFeatureFlagsListParameters,
  SeamConsoleV1WorkspaceFeatureFlagsListResponse
>

/**
 * Lists workspace feature flags.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1WorkspaceFeatureFlagsList = (
  client: SeamClient,
  parameters?: SeamConsoleV1WorkspaceFeatureFlagsListParameters,
  options?: SeamConsoleV1WorkspaceFeatureFlagsListOptions,
): SeamConsoleV1WorkspaceFeatureFlagsListRequest =>
  client.request(
    {
      path: '/seam/console/v1/workspace/feature_flags/list',
      responseKey: 'feature_flags',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamConsoleV1WorkspaceFeatureFlagsListParameters),
    options,
  )

export type SeamConsoleV1WorkspaceFeatureFlagsUpdateParameters = NonNullable<
  paths['/seam/console/v1/workspace/feature_flags/update']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1WorkspaceFeatureFlagsUpdateResponse =
  paths['/seam/console/v1/workspace/feature_flags/update']['post']['responses'][200]['content']['application/json']['feature_flag']
export type SeamConsoleV1WorkspaceFeatureFlagsUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1WorkspaceFeatureFlagsUpdateRequest = SeamHttpRequest<
  SeamConsoleV1WorkspaceFeatureFlagsUpdateParameters,
  SeamConsoleV1WorkspaceFeatureFlagsUpdateResponse
>

/**
 * Enables or disables a per-workspace feature flag (e.g. whether the Lynx
 * migration is enabled for the workspace). Only flags in the workspace-toggleable
 * set can be updated.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1WorkspaceFeatureFlagsUpdate = (
  client: SeamClient,
  parameters: SeamConsoleV1WorkspaceFeatureFlagsUpdateParameters,
  options?: SeamConsoleV1WorkspaceFeatureFlagsUpdateOptions,
): SeamConsoleV1WorkspaceFeatureFlagsUpdateRequest =>
  client.request(
    {
      path: '/seam/console/v1/workspace/feature_flags/update',
      responseKey: 'feature_flag',
      undocumented: true,
      required: ['enabled', 'feature_flag_name'],
    },
    parameters,
    options,
  )

/** The `seam.console.v1.workspace.featureFlags` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1WorkspaceFeatureFlags extends SeamHttpBase {
  /**
   * Lists workspace feature flags.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamConsoleV1WorkspaceFeatureFlagsListParameters,
    options?: SeamConsoleV1WorkspaceFeatureFlagsListOptions,
  ): SeamConsoleV1WorkspaceFeatureFlagsListRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/workspace/feature_flags/list',
        responseKey: 'feature_flags',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamConsoleV1WorkspaceFeatureFlagsListParameters),
      options,
    )
  }

  /**
   * Enables or disables a per-workspace feature flag (e.g. whether the Lynx
   * migration is enabled for the workspace). Only flags in the workspace-toggleable
   * set can be updated.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  update(
    parameters: SeamConsoleV1WorkspaceFeatureFlagsUpdateParameters,
    options?: SeamConsoleV1WorkspaceFeatureFlagsUpdateOptions,
  ): SeamConsoleV1WorkspaceFeatureFlagsUpdateRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/workspace/feature_flags/update',
        responseKey: 'feature_flag',
        undocumented: true,
        required: ['enabled', 'feature_flag_name'],
      },
      parameters,
      options,
    )
  }
}
