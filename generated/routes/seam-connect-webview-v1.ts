// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConnectWebviewV1GetCurrentPaneParameters = NonNullable<
  paths['/seam/connect_webview/v1/get_current_pane']['post']['requestBody']
>['content']['application/json']
export type SeamConnectWebviewV1GetCurrentPaneResponse =
  paths['/seam/connect_webview/v1/get_current_pane']['post']['responses'][200]['content']['application/json']['pane']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConnectWebviewV1GetCurrentPaneParameters,
  SeamConnectWebviewV1GetCurrentPaneResponse
> =>
  client.request<
    SeamConnectWebviewV1GetCurrentPaneParameters,
    SeamConnectWebviewV1GetCurrentPaneResponse
  >(
    {
      path: '/seam/connect_webview/v1/get_current_pane',
      responseKey: 'pane',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConnectWebviewV1ResetParameters = NonNullable<
  paths['/seam/connect_webview/v1/reset']['post']['requestBody']
>['content']['application/json']
export type SeamConnectWebviewV1ResetResponse =
  paths['/seam/connect_webview/v1/reset']['post']['responses'][200]['content']['application/json']['ok']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConnectWebviewV1ResetParameters,
  SeamConnectWebviewV1ResetResponse
> =>
  client.request<
    SeamConnectWebviewV1ResetParameters,
    SeamConnectWebviewV1ResetResponse
  >(
    {
      path: '/seam/connect_webview/v1/reset',
      responseKey: 'ok',
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConnectWebviewV1SubmitParameters = NonNullable<
  paths['/seam/connect_webview/v1/submit']['post']['requestBody']
>['content']['application/json']
export type SeamConnectWebviewV1SubmitResponse =
  paths['/seam/connect_webview/v1/submit']['post']['responses'][200]['content']['application/json']['ok']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConnectWebviewV1SubmitParameters,
  SeamConnectWebviewV1SubmitResponse
> =>
  client.request<
    SeamConnectWebviewV1SubmitParameters,
    SeamConnectWebviewV1SubmitResponse
  >(
    {
      path: '/seam/connect_webview/v1/submit',
      responseKey: 'ok',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.connectWebview.v1` namespace of the Seam API. */
export class SeamHttpSeamConnectWebviewV1 {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get Current Pane
   *
   * Returns the current render pane for a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  getCurrentPane(
    parameters: SeamConnectWebviewV1GetCurrentPaneParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConnectWebviewV1GetCurrentPaneParameters,
    SeamConnectWebviewV1GetCurrentPaneResponse
  > {
    return seamConnectWebviewV1GetCurrentPane(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConnectWebviewV1ResetParameters,
    SeamConnectWebviewV1ResetResponse
  > {
    return seamConnectWebviewV1Reset(this.client, parameters, options)
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConnectWebviewV1SubmitParameters,
    SeamConnectWebviewV1SubmitResponse
  > {
    return seamConnectWebviewV1Submit(this.client, parameters, options)
  }
}
