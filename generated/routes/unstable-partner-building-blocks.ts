// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type UnstablePartnerBuildingBlocksConnectAccountsParameters =
  NonNullable<
    paths['/unstable_partner/building_blocks/connect_accounts']['post']['requestBody']
  >['content']['application/json']
export type UnstablePartnerBuildingBlocksConnectAccountsResponse =
  paths['/unstable_partner/building_blocks/connect_accounts']['post']['responses'][200]['content']['application/json']['magic_link']
export type UnstablePartnerBuildingBlocksConnectAccountsOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UnstablePartnerBuildingBlocksConnectAccountsRequest =
  SeamHttpRequest<
    UnstablePartnerBuildingBlocksConnectAccountsParameters,
    UnstablePartnerBuildingBlocksConnectAccountsResponse
  >

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
  options?: UnstablePartnerBuildingBlocksConnectAccountsOptions,
): UnstablePartnerBuildingBlocksConnectAccountsRequest =>
  client.request(
    {
      path: '/unstable_partner/building_blocks/connect_accounts',
      responseKey: 'magic_link',
      undocumented: true,
      required: ['customer_key'],
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
export type UnstablePartnerBuildingBlocksGenerateMagicLinkOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UnstablePartnerBuildingBlocksGenerateMagicLinkRequest =
  SeamHttpRequest<
    UnstablePartnerBuildingBlocksGenerateMagicLinkParameters,
    UnstablePartnerBuildingBlocksGenerateMagicLinkResponse
  >

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
  options?: UnstablePartnerBuildingBlocksGenerateMagicLinkOptions,
): UnstablePartnerBuildingBlocksGenerateMagicLinkRequest =>
  client.request(
    {
      path: '/unstable_partner/building_blocks/generate_magic_link',
      responseKey: 'magic_link',
      read: true,
      undocumented: true,
      required: ['building_block_type', 'customer_key'],
    },
    parameters,
    options,
  )

export type UnstablePartnerBuildingBlocksManageDevicesParameters = NonNullable<
  paths['/unstable_partner/building_blocks/manage_devices']['post']['requestBody']
>['content']['application/json']
export type UnstablePartnerBuildingBlocksManageDevicesResponse =
  paths['/unstable_partner/building_blocks/manage_devices']['post']['responses'][200]['content']['application/json']['magic_link']
export type UnstablePartnerBuildingBlocksManageDevicesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UnstablePartnerBuildingBlocksManageDevicesRequest = SeamHttpRequest<
  UnstablePartnerBuildingBlocksManageDevicesParameters,
  UnstablePartnerBuildingBlocksManageDevicesResponse
>

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
  options?: UnstablePartnerBuildingBlocksManageDevicesOptions,
): UnstablePartnerBuildingBlocksManageDevicesRequest =>
  client.request(
    {
      path: '/unstable_partner/building_blocks/manage_devices',
      responseKey: 'magic_link',
      undocumented: true,
      required: ['customer_key'],
    },
    parameters,
    options,
  )

export type UnstablePartnerBuildingBlocksOrganizeSpacesParameters = NonNullable<
  paths['/unstable_partner/building_blocks/organize_spaces']['post']['requestBody']
>['content']['application/json']
export type UnstablePartnerBuildingBlocksOrganizeSpacesResponse =
  paths['/unstable_partner/building_blocks/organize_spaces']['post']['responses'][200]['content']['application/json']['magic_link']
export type UnstablePartnerBuildingBlocksOrganizeSpacesOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UnstablePartnerBuildingBlocksOrganizeSpacesRequest =
  SeamHttpRequest<
    UnstablePartnerBuildingBlocksOrganizeSpacesParameters,
    UnstablePartnerBuildingBlocksOrganizeSpacesResponse
  >

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
  options?: UnstablePartnerBuildingBlocksOrganizeSpacesOptions,
): UnstablePartnerBuildingBlocksOrganizeSpacesRequest =>
  client.request(
    {
      path: '/unstable_partner/building_blocks/organize_spaces',
      responseKey: 'magic_link',
      undocumented: true,
      required: ['customer_key'],
    },
    parameters,
    options,
  )

/** The `unstablePartner.buildingBlocks` namespace of the Seam API. */
export class SeamHttpUnstablePartnerBuildingBlocks extends SeamHttpBase {
  /**
   * Generate a Connect Accounts Building Block Magic Link
   *
   * Creates a new building block magic link to connect accounts.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  connectAccounts(
    parameters: UnstablePartnerBuildingBlocksConnectAccountsParameters,
    options?: UnstablePartnerBuildingBlocksConnectAccountsOptions,
  ): UnstablePartnerBuildingBlocksConnectAccountsRequest {
    return this.client.request(
      {
        path: '/unstable_partner/building_blocks/connect_accounts',
        responseKey: 'magic_link',
        undocumented: true,
        required: ['customer_key'],
      },
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
    options?: UnstablePartnerBuildingBlocksGenerateMagicLinkOptions,
  ): UnstablePartnerBuildingBlocksGenerateMagicLinkRequest {
    return this.client.request(
      {
        path: '/unstable_partner/building_blocks/generate_magic_link',
        responseKey: 'magic_link',
        read: true,
        undocumented: true,
        required: ['building_block_type', 'customer_key'],
      },
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
    options?: UnstablePartnerBuildingBlocksManageDevicesOptions,
  ): UnstablePartnerBuildingBlocksManageDevicesRequest {
    return this.client.request(
      {
        path: '/unstable_partner/building_blocks/manage_devices',
        responseKey: 'magic_link',
        undocumented: true,
        required: ['customer_key'],
      },
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
    options?: UnstablePartnerBuildingBlocksOrganizeSpacesOptions,
  ): UnstablePartnerBuildingBlocksOrganizeSpacesRequest {
    return this.client.request(
      {
        path: '/unstable_partner/building_blocks/organize_spaces',
        responseKey: 'magic_link',
        undocumented: true,
        required: ['customer_key'],
      },
      parameters,
      options,
    )
  }
}
