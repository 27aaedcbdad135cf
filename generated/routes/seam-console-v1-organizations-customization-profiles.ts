// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters =
  NonNullable<
    paths['/seam/console/v1/organizations/customization_profiles/copy']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1OrganizationsCustomizationProfilesCopyResponse =
  paths['/seam/console/v1/organizations/customization_profiles/copy']['post']['responses'][200]['content']['application/json']['customization_profile']
export type SeamConsoleV1OrganizationsCustomizationProfilesCopyOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1OrganizationsCustomizationProfilesCopyRequest =
  SeamHttpRequest<
    SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
    SeamConsoleV1OrganizationsCustomizationProfilesCopyResponse
  >

/**
 * Copy a Customization Profile
 *
 * Copies a customization profile to an organization.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1OrganizationsCustomizationProfilesCopy = (
  client: SeamClient,
  parameters: SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
  options?: SeamConsoleV1OrganizationsCustomizationProfilesCopyOptions,
): SeamConsoleV1OrganizationsCustomizationProfilesCopyRequest =>
  client.request(
    {
      path: '/seam/console/v1/organizations/customization_profiles/copy',
      responseKey: 'customization_profile',
      undocumented: true,
      required: [
        'destination_workspace_id',
        'source_customization_profile_id',
        'source_workspace_id',
      ],
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.customizationProfiles` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsCustomizationProfiles extends SeamHttpBase {
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
    return this.client.request(
      {
        path: '/seam/console/v1/organizations/customization_profiles/copy',
        responseKey: 'customization_profile',
        undocumented: true,
        required: [
          'destination_workspace_id',
          'source_customization_profile_id',
          'source_workspace_id',
        ],
      },
      parameters,
      options,
    )
  }
}
