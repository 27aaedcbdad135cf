// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters =
  NonNullable<
    paths['/seam/instant_key/v1/client_sessions/exchange_short_code']['post']['requestBody']
  >['content']['application/json']
export type SeamInstantKeyV1ClientSessionsExchangeShortCodeResponse =
  paths['/seam/instant_key/v1/client_sessions/exchange_short_code']['post']['responses'][200]['content']['application/json']['client_session']
export type SeamInstantKeyV1ClientSessionsExchangeShortCodeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamInstantKeyV1ClientSessionsExchangeShortCodeRequest =
  SeamHttpRequest<
    SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters,
    SeamInstantKeyV1ClientSessionsExchangeShortCodeResponse
  >

/**
 * Exchange Instant Key Short Code
 *
 * Exchanges a short code for a client session token. Mobile apps use this endpoint to retrieve a client session token securely using a short code obtained from an Instant Key URL.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamInstantKeyV1ClientSessionsExchangeShortCode = (
  client: SeamClient,
  parameters: SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters,
  options?: SeamInstantKeyV1ClientSessionsExchangeShortCodeOptions,
): SeamInstantKeyV1ClientSessionsExchangeShortCodeRequest =>
  client.request(
    {
      path: '/seam/instant_key/v1/client_sessions/exchange_short_code',
      responseKey: 'client_session',
      undocumented: true,
      required: ['short_code'],
    },
    parameters,
    options,
  )

/** The `seam.instantKey.v1.clientSessions` namespace of the Seam API. */
export class SeamHttpSeamInstantKeyV1ClientSessions extends SeamHttpBase {
  /**
   * Exchange Instant Key Short Code
   *
   * Exchanges a short code for a client session token. Mobile apps use this endpoint to retrieve a client session token securely using a short code obtained from an Instant Key URL.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  exchangeShortCode(
    parameters: SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters,
    options?: SeamInstantKeyV1ClientSessionsExchangeShortCodeOptions,
  ): SeamInstantKeyV1ClientSessionsExchangeShortCodeRequest {
    return this.client.request(
      {
        path: '/seam/instant_key/v1/client_sessions/exchange_short_code',
        responseKey: 'client_session',
        undocumented: true,
        required: ['short_code'],
      },
      parameters,
      options,
    )
  }
}
