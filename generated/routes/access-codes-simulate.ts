// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type AccessCodesSimulateCreateUnmanagedAccessCodeParameters =
  NonNullable<
    paths['/access_codes/simulate/create_unmanaged_access_code']['post']['requestBody']
  >['content']['application/json']
export type AccessCodesSimulateCreateUnmanagedAccessCodeResponse =
  paths['/access_codes/simulate/create_unmanaged_access_code']['post']['responses'][200]['content']['application/json']['access_code']
export type AccessCodesSimulateCreateUnmanagedAccessCodeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesSimulateCreateUnmanagedAccessCodeRequest =
  SeamHttpRequest<
    AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
    AccessCodesSimulateCreateUnmanagedAccessCodeResponse
  >

/**
 * Simulate Creating an Unmanaged Access Code
 *
 * Simulates the creation of an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const accessCodesSimulateCreateUnmanagedAccessCode = (
  client: SeamClient,
  parameters: AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
  options?: AccessCodesSimulateCreateUnmanagedAccessCodeOptions,
): AccessCodesSimulateCreateUnmanagedAccessCodeRequest =>
  client.request(
    {
      path: '/access_codes/simulate/create_unmanaged_access_code',
      responseKey: 'access_code',
      required: ['code', 'device_id', 'name'],
    },
    parameters,
    options,
  )

/** The `accessCodes.simulate` namespace of the Seam API. */
export class SeamHttpAccessCodesSimulate extends SeamHttpBase {
  /**
   * Simulate Creating an Unmanaged Access Code
   *
   * Simulates the creation of an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  createUnmanagedAccessCode(
    parameters: AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
    options?: AccessCodesSimulateCreateUnmanagedAccessCodeOptions,
  ): AccessCodesSimulateCreateUnmanagedAccessCodeRequest {
    return this.client.request(
      {
        path: '/access_codes/simulate/create_unmanaged_access_code',
        responseKey: 'access_code',
        required: ['code', 'device_id', 'name'],
      },
      parameters,
      options,
    )
  }
}
