// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1StaffMembersGetParameters = NonNullable<
  paths['/seam/customer/v1/staff_members/get']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1StaffMembersGetResponse =
  paths['/seam/customer/v1/staff_members/get']['post']['responses'][200]['content']['application/json']['staff_member']
export type SeamCustomerV1StaffMembersGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1StaffMembersGetRequest = SeamHttpRequest<
  SeamCustomerV1StaffMembersGetParameters,
  SeamCustomerV1StaffMembersGetResponse
>

/**
 * Get Staff Member
 *
 * Returns a staff member for a specific customer.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1StaffMembersGet = (
  client: SeamClient,
  parameters: SeamCustomerV1StaffMembersGetParameters,
  options?: SeamCustomerV1StaffMembersGetOptions,
): SeamCustomerV1StaffMembersGetRequest =>
  client.request(
    {
      path: '/seam/customer/v1/staff_members/get',
      responseKey: 'staff_member',
      read: true,
      undocumented: true,
      required: ['staff_member_key'],
    },
    parameters,
    options,
  )

export type SeamCustomerV1StaffMembersListParameters = NonNullable<
  paths['/seam/customer/v1/staff_members/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1StaffMembersListResponse =
  paths['/seam/customer/v1/staff_members/list']['post']['responses'][200]['content']['application/json']['staff_members']
export type SeamCustomerV1StaffMembersListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1StaffMembersListRequest = SeamHttpRequest<
  SeamCustomerV1StaffMembersListParameters,
  SeamCustomerV1StaffMembersListResponse
>

/**
 * List Staff Members for Customer Space
 *
 * Returns a list of staff members for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
 * Provided space_key or space_id can be a child space, in which case the staff members for the parent space will be returned.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1StaffMembersList = (
  client: SeamClient,
  parameters?: SeamCustomerV1StaffMembersListParameters,
  options?: SeamCustomerV1StaffMembersListOptions,
): SeamCustomerV1StaffMembersListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/staff_members/list',
      responseKey: 'staff_members',
      read: true,
      undocumented: true,
      paginated: true,
    },
    parameters ?? ({} as SeamCustomerV1StaffMembersListParameters),
    options,
  )

/** The `seam.customer.v1.staffMembers` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1StaffMembers extends SeamHttpBase {
  /**
   * Get Staff Member
   *
   * Returns a staff member for a specific customer.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: SeamCustomerV1StaffMembersGetParameters,
    options?: SeamCustomerV1StaffMembersGetOptions,
  ): SeamCustomerV1StaffMembersGetRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/staff_members/get',
        responseKey: 'staff_member',
        read: true,
        undocumented: true,
        required: ['staff_member_key'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Staff Members for Customer Space
   *
   * Returns a list of staff members for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
   * Provided space_key or space_id can be a child space, in which case the staff members for the parent space will be returned.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1StaffMembersListParameters,
    options?: SeamCustomerV1StaffMembersListOptions,
  ): SeamCustomerV1StaffMembersListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/staff_members/list',
        responseKey: 'staff_members',
        read: true,
        undocumented: true,
        paginated: true,
      },
      parameters ?? ({} as SeamCustomerV1StaffMembersListParameters),
      options,
    )
  }
}
