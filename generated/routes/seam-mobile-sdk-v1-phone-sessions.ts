// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamMobileSdkV1PhoneSessionsGetOrCreateParameters = NonNullable<
  paths['/seam/mobile_sdk/v1/phone_sessions/get_or_create']['post']['requestBody']
>['content']['application/json']
export type SeamMobileSdkV1PhoneSessionsGetOrCreateResponse =
  paths['/seam/mobile_sdk/v1/phone_sessions/get_or_create']['post']['responses'][200]['content']['application/json']['phone_session']
export type SeamMobileSdkV1PhoneSessionsGetOrCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamMobileSdkV1PhoneSessionsGetOrCreateRequest = SeamHttpRequest<
  SeamMobileSdkV1PhoneSessionsGetOrCreateParameters,
  SeamMobileSdkV1PhoneSessionsGetOrCreateResponse
>

/**
 * Get or Create a Phone Session
 *
 * Gets or creates a session for a mobile SDK phone.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamMobileSdkV1PhoneSessionsGetOrCreate = (
  client: SeamClient,
  parameters: SeamMobileSdkV1PhoneSessionsGetOrCreateParameters,
  options?: SeamMobileSdkV1PhoneSessionsGetOrCreateOptions,
): SeamMobileSdkV1PhoneSessionsGetOrCreateRequest =>
  client.request(
    {
      path: '/seam/mobile_sdk/v1/phone_sessions/get_or_create',
      responseKey: 'phone_session',
      undocumented: true,
      required: ['custom_sdk_installation_id', 'phone_os'],
    },
    parameters,
    options,
  )

/** The `seam.mobileSdk.v1.phoneSessions` namespace of the Seam API. */
export class SeamHttpSeamMobileSdkV1PhoneSessions extends SeamHttpBase {
  /**
   * Get or Create a Phone Session
   *
   * Gets or creates a session for a mobile SDK phone.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  getOrCreate(
    parameters: SeamMobileSdkV1PhoneSessionsGetOrCreateParameters,
    options?: SeamMobileSdkV1PhoneSessionsGetOrCreateOptions,
  ): SeamMobileSdkV1PhoneSessionsGetOrCreateRequest {
    return this.client.request(
      {
        path: '/seam/mobile_sdk/v1/phone_sessions/get_or_create',
        responseKey: 'phone_session',
        undocumented: true,
        required: ['custom_sdk_installation_id', 'phone_os'],
      },
      parameters,
      options,
    )
  }
}
