// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters =
  NonNullable<
    paths['/seam/instant_key/v1/client_sessions/exchange_short_code']['post']['requestBody']
  >['content']['application/json']
export type SeamInstantKeyV1ClientSessionsExchangeShortCodeResponse =
  paths['/seam/instant_key/v1/client_sessions/exchange_short_code']['post']['responses'][200]['content']['application/json']['client_session']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters,
  SeamInstantKeyV1ClientSessionsExchangeShortCodeResponse
> =>
  client.request<
    SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters,
    SeamInstantKeyV1ClientSessionsExchangeShortCodeResponse
  >(
    {
      path: '/seam/instant_key/v1/client_sessions/exchange_short_code',
      responseKey: 'client_session',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.instantKey.v1.clientSessions` namespace of the Seam API. */
export class SeamHttpSeamInstantKeyV1ClientSessions {
  constructor(private readonly client: SeamClient) {}

  /**
   * Exchange Instant Key Short Code
   *
   * Exchanges a short code for a client session token. Mobile apps use this endpoint to retrieve a client session token securely using a short code obtained from an Instant Key URL.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  exchangeShortCode(
    parameters: SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters,
    SeamInstantKeyV1ClientSessionsExchangeShortCodeResponse
  > {
    return seamInstantKeyV1ClientSessionsExchangeShortCode(
      this.client,
      parameters,
      options,
    )
  }
}
