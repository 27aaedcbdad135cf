// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamBridgeV1BridgeClientSessionsCreateParameters = NonNullable<
  paths['/seam/bridge/v1/bridge_client_sessions/create']['post']['requestBody']
>['content']['application/json']
export type SeamBridgeV1BridgeClientSessionsCreateResponse =
  paths['/seam/bridge/v1/bridge_client_sessions/create']['post']['responses'][200]['content']['application/json']['bridge_client_session']

/**
 * Create a Bridge Client Session
 *
 * Creates a new [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamBridgeV1BridgeClientSessionsCreate = (
  client: SeamClient,
  parameters: SeamBridgeV1BridgeClientSessionsCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamBridgeV1BridgeClientSessionsCreateParameters,
  SeamBridgeV1BridgeClientSessionsCreateResponse
> =>
  client.request<
    SeamBridgeV1BridgeClientSessionsCreateParameters,
    SeamBridgeV1BridgeClientSessionsCreateResponse
  >(
    {
      path: '/seam/bridge/v1/bridge_client_sessions/create',
      responseKey: 'bridge_client_session',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamBridgeV1BridgeClientSessionsGetParameters = Record<
  string,
  never
>
export type SeamBridgeV1BridgeClientSessionsGetResponse =
  paths['/seam/bridge/v1/bridge_client_sessions/get']['post']['responses'][200]['content']['application/json']['bridge_client_session']

/**
 * Get a Seam Bridge Client Session
 *
 * Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamBridgeV1BridgeClientSessionsGet = (
  client: SeamClient,
  parameters?: SeamBridgeV1BridgeClientSessionsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamBridgeV1BridgeClientSessionsGetParameters,
  SeamBridgeV1BridgeClientSessionsGetResponse
> =>
  client.request<
    SeamBridgeV1BridgeClientSessionsGetParameters,
    SeamBridgeV1BridgeClientSessionsGetResponse
  >(
    {
      path: '/seam/bridge/v1/bridge_client_sessions/get',
      responseKey: 'bridge_client_session',
      read: true,
      undocumented: true,
    },
    parameters ?? ({} as SeamBridgeV1BridgeClientSessionsGetParameters),
    options,
  )

export type SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters =
  Record<string, never>
export type SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyResponse =
  paths['/seam/bridge/v1/bridge_client_sessions/refresh_tailscale_auth_key']['post']['responses'][200]['content']['application/json']['bridge_client_session']

/**
 * Refresh the Tailscale Auth Key for a Seam Bridge Client Session
 *
 * Refreshes the Tailscale auth key for the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKey = (
  client: SeamClient,
  parameters?: SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters,
  SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyResponse
> =>
  client.request<
    SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters,
    SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyResponse
  >(
    {
      path: '/seam/bridge/v1/bridge_client_sessions/refresh_tailscale_auth_key',
      responseKey: 'bridge_client_session',
      undocumented: true,
    },
    parameters ??
      ({} as SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters),
    options,
  )

export type SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters =
  Record<string, never>
export type SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenResponse =
  paths['/seam/bridge/v1/bridge_client_sessions/refresh_telemetry_token']['post']['responses'][200]['content']['application/json']['bridge_client_session']

/**
 * Refresh the Telemetry Token for a Seam Bridge Client Session
 *
 * Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication and refreshed telemetry token.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamBridgeV1BridgeClientSessionsRefreshTelemetryToken = (
  client: SeamClient,
  parameters?: SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters,
  SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenResponse
> =>
  client.request<
    SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters,
    SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenResponse
  >(
    {
      path: '/seam/bridge/v1/bridge_client_sessions/refresh_telemetry_token',
      responseKey: 'bridge_client_session',
      undocumented: true,
    },
    parameters ??
      ({} as SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters),
    options,
  )

export type SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters =
  Record<string, never>
export type SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeResponse =
  paths['/seam/bridge/v1/bridge_client_sessions/regenerate_pairing_code']['post']['responses'][200]['content']['application/json']['bridge_client_session']

/**
 * Regenerate a Seam Bridge Client Session Pairing Code
 *
 * Generate a new pairing code and return the updated [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamBridgeV1BridgeClientSessionsRegeneratePairingCode = (
  client: SeamClient,
  parameters?: SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters,
  SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeResponse
> =>
  client.request<
    SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters,
    SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeResponse
  >(
    {
      path: '/seam/bridge/v1/bridge_client_sessions/regenerate_pairing_code',
      responseKey: 'bridge_client_session',
      undocumented: true,
    },
    parameters ??
      ({} as SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters),
    options,
  )

export type SeamBridgeV1BridgeClientSessionsReportStatusParameters =
  NonNullable<
    paths['/seam/bridge/v1/bridge_client_sessions/report_status']['post']['requestBody']
  >['content']['application/json']
export type SeamBridgeV1BridgeClientSessionsReportStatusResponse = void

/**
 * Report the Status of a Seam Bridge Client
 *
 * Report the status of a [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamBridgeV1BridgeClientSessionsReportStatus = (
  client: SeamClient,
  parameters: SeamBridgeV1BridgeClientSessionsReportStatusParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamBridgeV1BridgeClientSessionsReportStatusParameters,
  SeamBridgeV1BridgeClientSessionsReportStatusResponse
> =>
  client.request<
    SeamBridgeV1BridgeClientSessionsReportStatusParameters,
    SeamBridgeV1BridgeClientSessionsReportStatusResponse
  >(
    {
      path: '/seam/bridge/v1/bridge_client_sessions/report_status',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.bridge.v1.bridgeClientSessions` namespace of the Seam API. */
export class SeamHttpSeamBridgeV1BridgeClientSessions {
  constructor(private readonly client: SeamClient) {}

  /**
   * Create a Bridge Client Session
   *
   * Creates a new [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamBridgeV1BridgeClientSessionsCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsCreateParameters,
    SeamBridgeV1BridgeClientSessionsCreateResponse
  > {
    return seamBridgeV1BridgeClientSessionsCreate(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Get a Seam Bridge Client Session
   *
   * Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters?: SeamBridgeV1BridgeClientSessionsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsGetParameters,
    SeamBridgeV1BridgeClientSessionsGetResponse
  > {
    return seamBridgeV1BridgeClientSessionsGet(this.client, parameters, options)
  }

  /**
   * Refresh the Tailscale Auth Key for a Seam Bridge Client Session
   *
   * Refreshes the Tailscale auth key for the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  refreshTailscaleAuthKey(
    parameters?: SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters,
    SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyResponse
  > {
    return seamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKey(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Refresh the Telemetry Token for a Seam Bridge Client Session
   *
   * Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication and refreshed telemetry token.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  refreshTelemetryToken(
    parameters?: SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters,
    SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenResponse
  > {
    return seamBridgeV1BridgeClientSessionsRefreshTelemetryToken(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Regenerate a Seam Bridge Client Session Pairing Code
   *
   * Generate a new pairing code and return the updated [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  regeneratePairingCode(
    parameters?: SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters,
    SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeResponse
  > {
    return seamBridgeV1BridgeClientSessionsRegeneratePairingCode(
      this.client,
      parameters,
      options,
    )
  }

  /**
   * Report the Status of a Seam Bridge Client
   *
   * Report the status of a [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  reportStatus(
    parameters: SeamBridgeV1BridgeClientSessionsReportStatusParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsReportStatusParameters,
    SeamBridgeV1BridgeClientSessionsReportStatusResponse
  > {
    return seamBridgeV1BridgeClientSessionsReportStatus(
      this.client,
      parameters,
      options,
    )
  }
}
