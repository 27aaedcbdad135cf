// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamPartnerV1BuildingBlocksSpacesAutoMapParameters = NonNullable<
  paths['/seam/partner/v1/building_blocks/spaces/auto_map']['post']['requestBody']
>['content']['application/json']
export type SeamPartnerV1BuildingBlocksSpacesAutoMapResponse =
  paths['/seam/partner/v1/building_blocks/spaces/auto_map']['post']['responses'][200]['content']['application/json']['spaces']
export type SeamPartnerV1BuildingBlocksSpacesAutoMapOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamPartnerV1BuildingBlocksSpacesAutoMapRequest = SeamHttpRequest<
  SeamPartnerV1BuildingBlocksSpacesAutoMapParameters,
  SeamPartnerV1BuildingBlocksSpacesAutoMapResponse
>

/**
 * Do Auto-Mapping for Partner Resources that Map to Spaces
 *
 * Auto-maps partner resources that have been pushed to Seam.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamPartnerV1BuildingBlocksSpacesAutoMap = (
  client: SeamClient,
  parameters?: SeamPartnerV1BuildingBlocksSpacesAutoMapParameters,
  options?: SeamPartnerV1BuildingBlocksSpacesAutoMapOptions,
): SeamPartnerV1BuildingBlocksSpacesAutoMapRequest =>
  client.request(
    {
      path: '/seam/partner/v1/building_blocks/spaces/auto_map',
      responseKey: 'spaces',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamPartnerV1BuildingBlocksSpacesAutoMapParameters),
    options,
  )

/** The `seam.partner.v1.buildingBlocks.spaces` namespace of the Seam API. */
export class SeamHttpSeamPartnerV1BuildingBlocksSpaces extends SeamHttpBase {
  /**
   * Do Auto-Mapping for Partner Resources that Map to Spaces
   *
   * Auto-maps partner resources that have been pushed to Seam.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  autoMap(
    parameters?: SeamPartnerV1BuildingBlocksSpacesAutoMapParameters,
    options?: SeamPartnerV1BuildingBlocksSpacesAutoMapOptions,
  ): SeamPartnerV1BuildingBlocksSpacesAutoMapRequest {
    return this.client.request(
      {
        path: '/seam/partner/v1/building_blocks/spaces/auto_map',
        responseKey: 'spaces',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamPartnerV1BuildingBlocksSpacesAutoMapParameters),
      options,
    )
  }
}
