// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type UnstablePartnerBuildingBlocksConnectAccountsParameters =
  NonNullable<
    paths['/unstable_partner/building_blocks/connect_accounts']['post']['requestBody']
  >['content']['application/json']
export type UnstablePartnerBuildingBlocksConnectAccountsResponse =
  paths['/unstable_partner/building_blocks/connect_accounts']['post']['responses'][200]['content']['application/json']['magic_link']

/**
 * Generate a Connect Accounts Building Block Magic Link
 *
 * Creates a new building block magic link to connect accounts.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const unstablePartnerBuildingBlocksConnectAccounts = (
  client: SeamClient,
  parameters: UnstablePartnerBuildingBlocksConnectAccountsParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UnstablePartnerBuildingBlocksConnectAccountsParameters,
  UnstablePartnerBuildingBlocksConnectAccountsResponse
> =>
  client.request<
    UnstablePartnerBuildingBlocksConnectAccountsParameters,
    UnstablePartnerBuildingBlocksConnectAccountsResponse
  >(
    {
      path: '/unstable_partner/building_blocks/connect_accounts',
      responseKey: 'magic_link',
      undocumented: true,
    },
    parameters,
    options,
  )

export type UnstablePartnerBuildingBlocksGenerateMagicLinkParameters =
  NonNullable<
    paths['/unstable_partner/building_blocks/generate_magic_link']['post']['requestBody']
  >['content']['application/json']
export type UnstablePartnerBuildingBlocksGenerateMagicLinkResponse =
  paths['/unstable_partner/building_blocks/generate_magic_link']['post']['responses'][200]['content']['application/json']['magic_link']

/**
 * Generate a Building Block Magic Link
 *
 * Creates a new building block magic link.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const unstablePartnerBuildingBlocksGenerateMagicLink = (
  client: SeamClient,
  parameters: UnstablePartnerBuildingBlocksGenerateMagicLinkParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UnstablePartnerBuildingBlocksGenerateMagicLinkParameters,
  UnstablePartnerBuildingBlocksGenerateMagicLinkResponse
> =>
  client.request<
    UnstablePartnerBuildingBlocksGenerateMagicLinkParameters,
    UnstablePartnerBuildingBlocksGenerateMagicLinkResponse
  >(
    {
      path: '/unstable_partner/building_blocks/generate_magic_link',
      responseKey: 'magic_link',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type UnstablePartnerBuildingBlocksManageDevicesParameters = NonNullable<
  paths['/unstable_partner/building_blocks/manage_devices']['post']['requestBody']
>['content']['application/json']
export type UnstablePartnerBuildingBlocksManageDevicesResponse =
  paths['/unstable_partner/building_blocks/manage_devices']['post']['responses'][200]['content']['application/json']['magic_link']

/**
 * Generate a Manage Devices Building Block Magic Link
 *
 * Creates a new building block magic link to manage devices.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const unstablePartnerBuildingBlocksManageDevices = (
  client: SeamClient,
  parameters: UnstablePartnerBuildingBlocksManageDevicesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UnstablePartnerBuildingBlocksManageDevicesParameters,
  UnstablePartnerBuildingBlocksManageDevicesResponse
> =>
  client.request<
    UnstablePartnerBuildingBlocksManageDevicesParameters,
    UnstablePartnerBuildingBlocksManageDevicesResponse
  >(
    {
      path: '/unstable_partner/building_blocks/manage_devices',
      responseKey: 'magic_link',
      undocumented: true,
    },
    parameters,
    options,
  )

export type UnstablePartnerBuildingBlocksOrganizeSpacesParameters = NonNullable<
  paths['/unstable_partner/building_blocks/organize_spaces']['post']['requestBody']
>['content']['application/json']
export type UnstablePartnerBuildingBlocksOrganizeSpacesResponse =
  paths['/unstable_partner/building_blocks/organize_spaces']['post']['responses'][200]['content']['application/json']['magic_link']

/**
 * Generate an Organize Spaces Building Block Magic Link
 *
 * Creates a new building block magic link to organize spaces.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const unstablePartnerBuildingBlocksOrganizeSpaces = (
  client: SeamClient,
  parameters: UnstablePartnerBuildingBlocksOrganizeSpacesParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  UnstablePartnerBuildingBlocksOrganizeSpacesParameters,
  UnstablePartnerBuildingBlocksOrganizeSpacesResponse
> =>
  client.request<
    UnstablePartnerBuildingBlocksOrganizeSpacesParameters,
    UnstablePartnerBuildingBlocksOrganizeSpacesResponse
  >(
    {
      path: '/unstable_partner/building_blocks/organize_spaces',
      responseKey: 'magic_link',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `unstablePartner.buildingBlocks` namespace of the Seam API. */
export class SeamHttpUnstablePartnerBuildingBlocks {
  constructor(private readonly client: SeamClient) {}

  /**
   * Generate a Connect Accounts Building Block Magic Link
   *
   * Creates a new building block magic link to connect accounts.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  connectAccounts(
    parameters: UnstablePartnerBuildingBlocksConnectAccountsParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UnstablePartnerBuildingBlocksConnectAccountsParameters,
    UnstablePartnerBuildingBlocksConnectAccountsResponse
  > {
    return unstablePartnerBuildingBlocksConnectAccounts(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Generate a Building Block Magic Link
   *
   * Creates a new building block magic link.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  generateMagicLink(
    parameters: UnstablePartnerBuildingBlocksGenerateMagicLinkParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UnstablePartnerBuildingBlocksGenerateMagicLinkParameters,
    UnstablePartnerBuildingBlocksGenerateMagicLinkResponse
  > {
    return unstablePartnerBuildingBlocksGenerateMagicLink(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Generate a Manage Devices Building Block Magic Link
   *
   * Creates a new building block magic link to manage devices.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  manageDevices(
    parameters: UnstablePartnerBuildingBlocksManageDevicesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UnstablePartnerBuildingBlocksManageDevicesParameters,
    UnstablePartnerBuildingBlocksManageDevicesResponse
  > {
    return unstablePartnerBuildingBlocksManageDevices(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Generate an Organize Spaces Building Block Magic Link
   *
   * Creates a new building block magic link to organize spaces.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  organizeSpaces(
    parameters: UnstablePartnerBuildingBlocksOrganizeSpacesParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    UnstablePartnerBuildingBlocksOrganizeSpacesParameters,
    UnstablePartnerBuildingBlocksOrganizeSpacesResponse
  > {
    return unstablePartnerBuildingBlocksOrganizeSpaces(
      this.client,
      parameters,
      options,
    )
  }
}
