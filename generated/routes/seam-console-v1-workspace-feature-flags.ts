// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1WorkspaceFeatureFlagsListParameters = Record<
  string,
  never
>
export type SeamConsoleV1WorkspaceFeatureFlagsListResponse =
  paths['/seam/console/v1/workspace/feature_flags/list']['post']['responses'][200]['content']['application/json']['feature_flags']

/**
 * Lists workspace feature flags.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1WorkspaceFeatureFlagsList = (
  client: SeamClient,
  parameters?: SeamConsoleV1WorkspaceFeatureFlagsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1WorkspaceFeatureFlagsListParameters,
  SeamConsoleV1WorkspaceFeatureFlagsListResponse
> =>
  client.request<
    SeamConsoleV1WorkspaceFeatureFlagsListParameters,
    SeamConsoleV1WorkspaceFeatureFlagsListResponse
  >(
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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1WorkspaceFeatureFlagsUpdateParameters,
  SeamConsoleV1WorkspaceFeatureFlagsUpdateResponse
> =>
  client.request<
    SeamConsoleV1WorkspaceFeatureFlagsUpdateParameters,
    SeamConsoleV1WorkspaceFeatureFlagsUpdateResponse
  >(
    {
      path: '/seam/console/v1/workspace/feature_flags/update',
      responseKey: 'feature_flag',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.workspace.featureFlags` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1WorkspaceFeatureFlags {
  constructor(private readonly client: SeamClient) {}

  /**
   * Lists workspace feature flags.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamConsoleV1WorkspaceFeatureFlagsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1WorkspaceFeatureFlagsListParameters,
    SeamConsoleV1WorkspaceFeatureFlagsListResponse
  > {
    return seamConsoleV1WorkspaceFeatureFlagsList(
      this.client,
      parameters,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1WorkspaceFeatureFlagsUpdateParameters,
    SeamConsoleV1WorkspaceFeatureFlagsUpdateResponse
  > {
    return seamConsoleV1WorkspaceFeatureFlagsUpdate(
      this.client,
      parameters,
      options,
    )
  }
}
