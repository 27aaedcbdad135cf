// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamMcpV1CreateRoTokenParameters = NonNullable<
  paths['/seam/mcp/v1/create_ro_token']['post']['requestBody']
>['content']['application/json']
export type SeamMcpV1CreateRoTokenResponse =
  paths['/seam/mcp/v1/create_ro_token']['post']['responses'][200]['content']['application/json']['support_read_only_token']
export type SeamMcpV1CreateRoTokenOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamMcpV1CreateRoTokenRequest = SeamHttpRequest<
  SeamMcpV1CreateRoTokenParameters,
  SeamMcpV1CreateRoTokenResponse
>

/**
 * Create Support Read-Only Token
 *
 * Mints a short-lived, read-only token bound to a single workspace. Used by the Seam support agent to inspect a customer workspace via read-only public API endpoints.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamMcpV1CreateRoToken = (
  client: SeamClient,
  parameters: SeamMcpV1CreateRoTokenParameters,
  options?: SeamMcpV1CreateRoTokenOptions,
): SeamMcpV1CreateRoTokenRequest =>
  client.request(
    {
      path: '/seam/mcp/v1/create_ro_token',
      responseKey: 'support_read_only_token',
      undocumented: true,
      required: ['workspace_id'],
    },
    parameters,
    options,
  )

/** The `seam.mcp.v1` namespace of the Seam API. */
export class SeamHttpSeamMcpV1 extends SeamHttpBase {
  /**
   * Create Support Read-Only Token
   *
   * Mints a short-lived, read-only token bound to a single workspace. Used by the Seam support agent to inspect a customer workspace via read-only public API endpoints.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  createRoToken(
    parameters: SeamMcpV1CreateRoTokenParameters,
    options?: SeamMcpV1CreateRoTokenOptions,
  ): SeamMcpV1CreateRoTokenRequest {
    return this.client.request(
      {
        path: '/seam/mcp/v1/create_ro_token',
        responseKey: 'support_read_only_token',
        undocumented: true,
        required: ['workspace_id'],
      },
      parameters,
      options,
    )
  }
}
