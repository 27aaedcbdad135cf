// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamBridgeV1BridgeClientSessionsCreateParameters = NonNullable<
  paths['/seam/bridge/v1/bridge_client_sessions/create']['post']['requestBody']
>['content']['application/json']
export type SeamBridgeV1BridgeClientSessionsCreateResponse =
  paths['/seam/bridge/v1/bridge_client_sessions/create']['post']['responses'][200]['content']['application/json']['bridge_client_session']
export type SeamBridgeV1BridgeClientSessionsCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamBridgeV1BridgeClientSessionsCreateRequest = SeamHttpRequest<
  SeamBridgeV1BridgeClientSessionsCreateParameters,
  SeamBridgeV1BridgeClientSessionsCreateResponse
>

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
  options?: SeamBridgeV1BridgeClientSessionsCreateOptions,
): SeamBridgeV1BridgeClientSessionsCreateRequest =>
  client.request(
    {
      path: '/seam/bridge/v1/bridge_client_sessions/create',
      responseKey: 'bridge_client_session',
      undocumented: true,
      required: [
        'bridge_client_machine_identifier_key',
        'bridge_client_name',
        'bridge_client_time_zone',
      ],
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
export type SeamBridgeV1BridgeClientSessionsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamBridgeV1BridgeClientSessionsGetRequest = SeamHttpRequest<
  SeamBridgeV1BridgeClientSessionsGetParameters,
  SeamBridgeV1BridgeClientSessionsGetResponse
>

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
  options?: SeamBridgeV1BridgeClientSessionsGetOptions,
): SeamBridgeV1BridgeClientSessionsGetRequest =>
  client.request(
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
export type SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyOptions =
  Omit<RequestOptions, 'waitForActionAttempt'>
export type SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyRequest =
  SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters,
    SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyResponse
  >

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
  options?: SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyOptions,
): SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyRequest =>
  client.request(
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
export type SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenRequest =
  SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters,
    SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenResponse
  >

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
  options?: SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenOptions,
): SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenRequest =>
  client.request(
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
export type SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeRequest =
  SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters,
    SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeResponse
  >

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
  options?: SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeOptions,
): SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeRequest =>
  client.request(
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
export type SeamBridgeV1BridgeClientSessionsReportStatusOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamBridgeV1BridgeClientSessionsReportStatusRequest =
  SeamHttpRequest<
    SeamBridgeV1BridgeClientSessionsReportStatusParameters,
    SeamBridgeV1BridgeClientSessionsReportStatusResponse
  >

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
  options?: SeamBridgeV1BridgeClientSessionsReportStatusOptions,
): SeamBridgeV1BridgeClientSessionsReportStatusRequest =>
  client.request(
    {
      path: '/seam/bridge/v1/bridge_client_sessions/report_status',
      undocumented: true,
      required: ['is_tailscale_connected', 'tailscale_ip_v4'],
    },
    parameters,
    options,
  )

/** The `seam.bridge.v1.bridgeClientSessions` namespace of the Seam API. */
export class SeamHttpSeamBridgeV1BridgeClientSessions extends SeamHttpBase {
  /**
   * Create a Bridge Client Session
   *
   * Creates a new [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  create(
    parameters: SeamBridgeV1BridgeClientSessionsCreateParameters,
    options?: SeamBridgeV1BridgeClientSessionsCreateOptions,
  ): SeamBridgeV1BridgeClientSessionsCreateRequest {
    return this.client.request(
      {
        path: '/seam/bridge/v1/bridge_client_sessions/create',
        responseKey: 'bridge_client_session',
        undocumented: true,
        required: [
          'bridge_client_machine_identifier_key',
          'bridge_client_name',
          'bridge_client_time_zone',
        ],
      },
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
    options?: SeamBridgeV1BridgeClientSessionsGetOptions,
  ): SeamBridgeV1BridgeClientSessionsGetRequest {
    return this.client.request(
      {
        path: '/seam/bridge/v1/bridge_client_sessions/get',
        responseKey: 'bridge_client_session',
        read: true,
        undocumented: true,
      },
      parameters ?? ({} as SeamBridgeV1BridgeClientSessionsGetParameters),
      options,
    )
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
    options?: SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyOptions,
  ): SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyRequest {
    return this.client.request(
      {
        path: '/seam/bridge/v1/bridge_client_sessions/refresh_tailscale_auth_key',
        responseKey: 'bridge_client_session',
        undocumented: true,
      },
      parameters ??
        ({} as SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters),
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
    options?: SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenOptions,
  ): SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenRequest {
    return this.client.request(
      {
        path: '/seam/bridge/v1/bridge_client_sessions/refresh_telemetry_token',
        responseKey: 'bridge_client_session',
        undocumented: true,
      },
      parameters ??
        ({} as SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters),
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
    options?: SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeOptions,
  ): SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeRequest {
    return this.client.request(
      {
        path: '/seam/bridge/v1/bridge_client_sessions/regenerate_pairing_code',
        responseKey: 'bridge_client_session',
        undocumented: true,
      },
      parameters ??
        ({} as SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters),
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
    options?: SeamBridgeV1BridgeClientSessionsReportStatusOptions,
  ): SeamBridgeV1BridgeClientSessionsReportStatusRequest {
    return this.client.request(
      {
        path: '/seam/bridge/v1/bridge_client_sessions/report_status',
        undocumented: true,
        required: ['is_tailscale_connected', 'tailscale_ip_v4'],
      },
      parameters,
      options,
    )
  }
}
