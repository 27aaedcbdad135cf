// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type AccessCodesSimulateCreateUnmanagedAccessCodeParameters =
  NonNullable<
    paths['/access_codes/simulate/create_unmanaged_access_code']['post']['requestBody']
  >['content']['application/json']
export type AccessCodesSimulateCreateUnmanagedAccessCodeResponse =
  paths['/access_codes/simulate/create_unmanaged_access_code']['post']['responses'][200]['content']['application/json']['access_code']

/**
 * Simulate Creating an Unmanaged Access Code
 *
 * Simulates the creation of an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
 */
export const accessCodesSimulateCreateUnmanagedAccessCode = (
  client: SeamClient,
  parameters: AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
  AccessCodesSimulateCreateUnmanagedAccessCodeResponse
> =>
  client.request<
    AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
    AccessCodesSimulateCreateUnmanagedAccessCodeResponse
  >(
    {
      path: '/access_codes/simulate/create_unmanaged_access_code',
      responseKey: 'access_code',
    },
    parameters,
    options,
  )

/** The `accessCodes.simulate` namespace of the Seam API. */
export class SeamHttpAccessCodesSimulate {
  constructor(private readonly client: SeamClient) {}

  /**
   * Simulate Creating an Unmanaged Access Code
   *
   * Simulates the creation of an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  createUnmanagedAccessCode(
    parameters: AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
    AccessCodesSimulateCreateUnmanagedAccessCodeResponse
  > {
    return accessCodesSimulateCreateUnmanagedAccessCode(
      this.client,
      parameters,
      options,
    )
  }
}
