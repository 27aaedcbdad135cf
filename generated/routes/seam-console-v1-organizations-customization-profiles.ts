// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters =
  NonNullable<
    paths['/seam/console/v1/organizations/customization_profiles/copy']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1OrganizationsCustomizationProfilesCopyResponse =
  paths['/seam/console/v1/organizations/customization_profiles/copy']['post']['responses'][200]['content']['application/json']['customization_profile']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
  SeamConsoleV1OrganizationsCustomizationProfilesCopyResponse
> =>
  client.request<
    SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
    SeamConsoleV1OrganizationsCustomizationProfilesCopyResponse
  >(
    {
      path: '/seam/console/v1/organizations/customization_profiles/copy',
      responseKey: 'customization_profile',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.organizations.customizationProfiles` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1OrganizationsCustomizationProfiles {
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
