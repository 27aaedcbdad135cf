// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConnectWebviewV1GetCurrentPaneParameters = NonNullable<
  paths['/seam/connect_webview/v1/get_current_pane']['post']['requestBody']
>['content']['application/json']
export type SeamConnectWebviewV1GetCurrentPaneResponse =
  paths['/seam/connect_webview/v1/get_current_pane']['post']['responses'][200]['content']['application/json']['pane']
export type SeamConnectWebviewV1GetCurrentPaneOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConnectWebviewV1GetCurrentPaneRequest = SeamHttpRequest<
  SeamConnectWebviewV1GetCurrentPaneParameters,
  SeamConnectWebviewV1GetCurrentPaneResponse
>

/**
 * Get Current Pane
 *
 * Returns the current render pane for a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConnectWebviewV1GetCurrentPane = (
  client: SeamClient,
  parameters: SeamConnectWebviewV1GetCurrentPaneParameters,
  options?: SeamConnectWebviewV1GetCurrentPaneOptions,
): SeamConnectWebviewV1GetCurrentPaneRequest =>
  client.request(
    {
      path: '/seam/connect_webview/v1/get_current_pane',
      responseKey: 'pane',
      read: true,
      undocumented: true,
      required: ['connect_webview_id'],
    },
    parameters,
    options,
  )

export type SeamConnectWebviewV1ResetParameters = NonNullable<
  paths['/seam/connect_webview/v1/reset']['post']['requestBody']
>['content']['application/json']
export type SeamConnectWebviewV1ResetResponse =
  paths['/seam/connect_webview/v1/reset']['post']['responses'][200]['content']['application/json']['ok']
export type SeamConnectWebviewV1ResetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConnectWebviewV1ResetRequest = SeamHttpRequest<
  SeamConnectWebviewV1ResetParameters,
  SeamConnectWebviewV1ResetResponse
>

/**
 * Reset Connect Webview
 *
 * Resets an errored [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) so its login flow can be retried.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConnectWebviewV1Reset = (
  client: SeamClient,
  parameters: SeamConnectWebviewV1ResetParameters,
  options?: SeamConnectWebviewV1ResetOptions,
): SeamConnectWebviewV1ResetRequest =>
  client.request(
    {
      path: '/seam/connect_webview/v1/reset',
      responseKey: 'ok',
      undocumented: true,
      required: ['connect_webview_id'],
    },
    parameters,
    options,
  )

export type SeamConnectWebviewV1SubmitParameters = NonNullable<
  paths['/seam/connect_webview/v1/submit']['post']['requestBody']
>['content']['application/json']
export type SeamConnectWebviewV1SubmitResponse =
  paths['/seam/connect_webview/v1/submit']['post']['responses'][200]['content']['application/json']['ok']
export type SeamConnectWebviewV1SubmitOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConnectWebviewV1SubmitRequest = SeamHttpRequest<
  SeamConnectWebviewV1SubmitParameters,
  SeamConnectWebviewV1SubmitResponse
>

/**
 * Submit Connect Webview Pane
 *
 * Submits pane arguments to advance a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) login state machine.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConnectWebviewV1Submit = (
  client: SeamClient,
  parameters: SeamConnectWebviewV1SubmitParameters,
  options?: SeamConnectWebviewV1SubmitOptions,
): SeamConnectWebviewV1SubmitRequest =>
  client.request(
    {
      path: '/seam/connect_webview/v1/submit',
      responseKey: 'ok',
      undocumented: true,
      required: ['connect_webview_id'],
    },
    parameters,
    options,
  )

/** The `seam.connectWebview.v1` namespace of the Seam API. */
export class SeamHttpSeamConnectWebviewV1 extends SeamHttpBase {
  /**
   * Get Current Pane
   *
   * Returns the current render pane for a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  getCurrentPane(
    parameters: SeamConnectWebviewV1GetCurrentPaneParameters,
    options?: SeamConnectWebviewV1GetCurrentPaneOptions,
  ): SeamConnectWebviewV1GetCurrentPaneRequest {
    return this.client.request(
      {
        path: '/seam/connect_webview/v1/get_current_pane',
        responseKey: 'pane',
        read: true,
        undocumented: true,
        required: ['connect_webview_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Reset Connect Webview
   *
   * Resets an errored [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) so its login flow can be retried.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  reset(
    parameters: SeamConnectWebviewV1ResetParameters,
    options?: SeamConnectWebviewV1ResetOptions,
  ): SeamConnectWebviewV1ResetRequest {
    return this.client.request(
      {
        path: '/seam/connect_webview/v1/reset',
        responseKey: 'ok',
        undocumented: true,
        required: ['connect_webview_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Submit Connect Webview Pane
   *
   * Submits pane arguments to advance a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) login state machine.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  submit(
    parameters: SeamConnectWebviewV1SubmitParameters,
    options?: SeamConnectWebviewV1SubmitOptions,
  ): SeamConnectWebviewV1SubmitRequest {
    return this.client.request(
      {
        path: '/seam/connect_webview/v1/submit',
        responseKey: 'ok',
        undocumented: true,
        required: ['connect_webview_id'],
      },
      parameters,
      options,
    )
  }
}
