// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpPhonesSimulate } from './phones-simulate.js'

export type PhonesDeactivateParameters = NonNullable<
  paths['/phones/deactivate']['post']['requestBody']
>['content']['application/json']
export type PhonesDeactivateResponse = void
export type PhonesDeactivateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type PhonesDeactivateRequest = SeamHttpRequest<
  PhonesDeactivateParameters,
  PhonesDeactivateResponse
>

/**
 * Deactivate a Phone
 *
 * Deactivates a phone, which is useful, for example, if a user has lost their phone. For more information, see [App User Lost Phone Process](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity#app-user-lost-phone-process).
 */
export const phonesDeactivate = (
  client: SeamClient,
  parameters: PhonesDeactivateParameters,
  options?: PhonesDeactivateOptions,
): PhonesDeactivateRequest =>
  client.request(
    { path: '/phones/deactivate', required: ['device_id'] },
    parameters,
    options,
  )

export type PhonesGetParameters = NonNullable<
  paths['/phones/get']['post']['requestBody']
>['content']['application/json']
export type PhonesGetResponse =
  paths['/phones/get']['post']['responses'][200]['content']['application/json']['phone']
export type PhonesGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type PhonesGetRequest = SeamHttpRequest<
  PhonesGetParameters,
  PhonesGetResponse
>

/**
 * Get a Phone
 *
 * Returns a specified [phone](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity).
 */
export const phonesGet = (
  client: SeamClient,
  parameters: PhonesGetParameters,
  options?: PhonesGetOptions,
): PhonesGetRequest =>
  client.request(
    {
      path: '/phones/get',
      responseKey: 'phone',
      read: true,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type PhonesListParameters = NonNullable<
  paths['/phones/list']['post']['requestBody']
>['content']['application/json']
export type PhonesListResponse =
  paths['/phones/list']['post']['responses'][200]['content']['application/json']['phones']
export type PhonesListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type PhonesListRequest = SeamHttpRequest<
  PhonesListParameters,
  PhonesListResponse
>

/**
 * List Phones
 *
 * Returns a list of all [phones](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity). To filter the list of returned phones by a specific owner user identity or credential, include the `owner_user_identity_id` or `acs_credential_id`, respectively, in the request body.
 */
export const phonesList = (
  client: SeamClient,
  parameters?: PhonesListParameters,
  options?: PhonesListOptions,
): PhonesListRequest =>
  client.request(
    { path: '/phones/list', responseKey: 'phones', read: true },
    parameters ?? ({} as PhonesListParameters),
    options,
  )

/** The `phones` namespace of the Seam API. */
export class SeamHttpPhones extends SeamHttpBase {
  get simulate(): SeamHttpPhonesSimulate {
    return new SeamHttpPhonesSimulate(this.client)
  }

  /**
   * Deactivate a Phone
   *
   * Deactivates a phone, which is useful, for example, if a user has lost their phone. For more information, see [App User Lost Phone Process](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity#app-user-lost-phone-process).
   */
  deactivate(
    parameters: PhonesDeactivateParameters,
    options?: PhonesDeactivateOptions,
  ): PhonesDeactivateRequest {
    return this.client.request(
      { path: '/phones/deactivate', required: ['device_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get a Phone
   *
   * Returns a specified [phone](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity).
   */
  get(
    parameters: PhonesGetParameters,
    options?: PhonesGetOptions,
  ): PhonesGetRequest {
    return this.client.request(
      {
        path: '/phones/get',
        responseKey: 'phone',
        read: true,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Phones
   *
   * Returns a list of all [phones](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity). To filter the list of returned phones by a specific owner user identity or credential, include the `owner_user_identity_id` or `acs_credential_id`, respectively, in the request body.
   */
  list(
    parameters?: PhonesListParameters,
    options?: PhonesListOptions,
  ): PhonesListRequest {
    return this.client.request(
      { path: '/phones/list', responseKey: 'phones', read: true },
      parameters ?? ({} as PhonesListParameters),
      options,
    )
  }
}
