// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type UserIdentitiesEnrollmentAutomationsDeleteParameters = NonNullable<
  paths['/user_identities/enrollment_automations/delete']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesEnrollmentAutomationsDeleteResponse = void
export type UserIdentitiesEnrollmentAutomationsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesEnrollmentAutomationsDeleteRequest = SeamHttpRequest<
  UserIdentitiesEnrollmentAutomationsDeleteParameters,
  UserIdentitiesEnrollmentAutomationsDeleteResponse
>

/**
 * Delete an Enrollment Automation
 *
 * Deletes a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system). You must delete all enrollment automations associated with a [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) before [deleting the user identity](https://docs.seam.co/api/user_identities/delete).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const userIdentitiesEnrollmentAutomationsDelete = (
  client: SeamClient,
  parameters: UserIdentitiesEnrollmentAutomationsDeleteParameters,
  options?: UserIdentitiesEnrollmentAutomationsDeleteOptions,
): UserIdentitiesEnrollmentAutomationsDeleteRequest =>
  client.request(
    {
      path: '/user_identities/enrollment_automations/delete',
      undocumented: true,
      required: ['enrollment_automation_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesEnrollmentAutomationsGetParameters = NonNullable<
  paths['/user_identities/enrollment_automations/get']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesEnrollmentAutomationsGetResponse =
  paths['/user_identities/enrollment_automations/get']['post']['responses'][200]['content']['application/json']['enrollment_automation']
export type UserIdentitiesEnrollmentAutomationsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesEnrollmentAutomationsGetRequest = SeamHttpRequest<
  UserIdentitiesEnrollmentAutomationsGetParameters,
  UserIdentitiesEnrollmentAutomationsGetResponse
>

/**
 * Get an Enrollment Automation
 *
 * Returns a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system/).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const userIdentitiesEnrollmentAutomationsGet = (
  client: SeamClient,
  parameters: UserIdentitiesEnrollmentAutomationsGetParameters,
  options?: UserIdentitiesEnrollmentAutomationsGetOptions,
): UserIdentitiesEnrollmentAutomationsGetRequest =>
  client.request(
    {
      path: '/user_identities/enrollment_automations/get',
      responseKey: 'enrollment_automation',
      read: true,
      undocumented: true,
      required: ['enrollment_automation_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesEnrollmentAutomationsLaunchParameters = NonNullable<
  paths['/user_identities/enrollment_automations/launch']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesEnrollmentAutomationsLaunchResponse =
  paths['/user_identities/enrollment_automations/launch']['post']['responses'][200]['content']['application/json']['enrollment_automation']
export type UserIdentitiesEnrollmentAutomationsLaunchOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesEnrollmentAutomationsLaunchRequest = SeamHttpRequest<
  UserIdentitiesEnrollmentAutomationsLaunchParameters,
  UserIdentitiesEnrollmentAutomationsLaunchResponse
>

/**
 * Launch an Enrollment Automation
 *
 * Sets up a new [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) with a specified [credential manager](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const userIdentitiesEnrollmentAutomationsLaunch = (
  client: SeamClient,
  parameters: UserIdentitiesEnrollmentAutomationsLaunchParameters,
  options?: UserIdentitiesEnrollmentAutomationsLaunchOptions,
): UserIdentitiesEnrollmentAutomationsLaunchRequest =>
  client.request(
    {
      path: '/user_identities/enrollment_automations/launch',
      responseKey: 'enrollment_automation',
      undocumented: true,
      required: ['credential_manager_acs_system_id', 'user_identity_id'],
    },
    parameters,
    options,
  )

export type UserIdentitiesEnrollmentAutomationsListParameters = NonNullable<
  paths['/user_identities/enrollment_automations/list']['post']['requestBody']
>['content']['application/json']
export type UserIdentitiesEnrollmentAutomationsListResponse =
  paths['/user_identities/enrollment_automations/list']['post']['responses'][200]['content']['application/json']['enrollment_automations']
export type UserIdentitiesEnrollmentAutomationsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type UserIdentitiesEnrollmentAutomationsListRequest = SeamHttpRequest<
  UserIdentitiesEnrollmentAutomationsListParameters,
  UserIdentitiesEnrollmentAutomationsListResponse
>

/**
 * List Enrollment Automations
 *
 * Returns a list of all [enrollment automations](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const userIdentitiesEnrollmentAutomationsList = (
  client: SeamClient,
  parameters: UserIdentitiesEnrollmentAutomationsListParameters,
  options?: UserIdentitiesEnrollmentAutomationsListOptions,
): UserIdentitiesEnrollmentAutomationsListRequest =>
  client.request(
    {
      path: '/user_identities/enrollment_automations/list',
      responseKey: 'enrollment_automations',
      read: true,
      undocumented: true,
      required: ['user_identity_id'],
    },
    parameters,
    options,
  )

/** The `userIdentities.enrollmentAutomations` namespace of the Seam API. */
export class SeamHttpUserIdentitiesEnrollmentAutomations extends SeamHttpBase {
  /**
   * Delete an Enrollment Automation
   *
   * Deletes a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system). You must delete all enrollment automations associated with a [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) before [deleting the user identity](https://docs.seam.co/api/user_identities/delete).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  delete(
    parameters: UserIdentitiesEnrollmentAutomationsDeleteParameters,
    options?: UserIdentitiesEnrollmentAutomationsDeleteOptions,
  ): UserIdentitiesEnrollmentAutomationsDeleteRequest {
    return this.client.request(
      {
        path: '/user_identities/enrollment_automations/delete',
        undocumented: true,
        required: ['enrollment_automation_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get an Enrollment Automation
   *
   * Returns a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system/).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: UserIdentitiesEnrollmentAutomationsGetParameters,
    options?: UserIdentitiesEnrollmentAutomationsGetOptions,
  ): UserIdentitiesEnrollmentAutomationsGetRequest {
    return this.client.request(
      {
        path: '/user_identities/enrollment_automations/get',
        responseKey: 'enrollment_automation',
        read: true,
        undocumented: true,
        required: ['enrollment_automation_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Launch an Enrollment Automation
   *
   * Sets up a new [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) with a specified [credential manager](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  launch(
    parameters: UserIdentitiesEnrollmentAutomationsLaunchParameters,
    options?: UserIdentitiesEnrollmentAutomationsLaunchOptions,
  ): UserIdentitiesEnrollmentAutomationsLaunchRequest {
    return this.client.request(
      {
        path: '/user_identities/enrollment_automations/launch',
        responseKey: 'enrollment_automation',
        undocumented: true,
        required: ['credential_manager_acs_system_id', 'user_identity_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Enrollment Automations
   *
   * Returns a list of all [enrollment automations](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters: UserIdentitiesEnrollmentAutomationsListParameters,
    options?: UserIdentitiesEnrollmentAutomationsListOptions,
  ): UserIdentitiesEnrollmentAutomationsListRequest {
    return this.client.request(
      {
        path: '/user_identities/enrollment_automations/list',
        responseKey: 'enrollment_automations',
        read: true,
        undocumented: true,
        required: ['user_identity_id'],
      },
      parameters,
      options,
    )
  }
}
