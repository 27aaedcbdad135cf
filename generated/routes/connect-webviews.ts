// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type ConnectWebviewsCreateParameters = NonNullable<
  paths['/connect_webviews/create']['post']['requestBody']
>['content']['application/json']
export type ConnectWebviewsCreateResponse =
  paths['/connect_webviews/create']['post']['responses'][200]['content']['application/json']['connect_webview']
export type ConnectWebviewsCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectWebviewsCreateRequest = SeamHttpRequest<
  ConnectWebviewsCreateParameters,
  ConnectWebviewsCreateResponse
>

/**
 * Create a Connect Webview
 *
 * Creates a new [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
 *
 * To enable a user to connect their devices or systems to Seam, they must sign in to their device or system account. To enable a user to sign in, you create a `connect_webview`. After creating the Connect Webview, you receive a URL that you can use to display the visual component of this Connect Webview for your user. You can open an iframe or new window to display the Connect Webview.
 *
 * You should make a new `connect_webview` for each unique login request. Each `connect_webview` tracks the user that signed in with it. You receive an error if you reuse a Connect Webview for the same user twice or if you use the same Connect Webview for multiple users.
 *
 * See also: [Connect Webview Process](https://docs.seam.co/core-concepts/connect-webviews/connect-webview-process).
 */
export const connectWebviewsCreate = (
  client: SeamClient,
  parameters?: ConnectWebviewsCreateParameters,
  options?: ConnectWebviewsCreateOptions,
): ConnectWebviewsCreateRequest =>
  client.request(
    { path: '/connect_webviews/create', responseKey: 'connect_webview' },
    parameters ?? ({} as ConnectWebviewsCreateParameters),
    options,
  )

export type ConnectWebviewsDeleteParameters = NonNullable<
  paths['/connect_webviews/delete']['post']['requestBody']
>['content']['application/json']
export type ConnectWebviewsDeleteResponse = void
export type ConnectWebviewsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectWebviewsDeleteRequest = SeamHttpRequest<
  ConnectWebviewsDeleteParameters,
  ConnectWebviewsDeleteResponse
>

/**
 * Delete a Connect Webview
 *
 * Deletes a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
 *
 * You do not need to delete a Connect Webview once a user completes it. Instead, you can simply ignore completed Connect Webviews.
 */
export const connectWebviewsDelete = (
  client: SeamClient,
  parameters: ConnectWebviewsDeleteParameters,
  options?: ConnectWebviewsDeleteOptions,
): ConnectWebviewsDeleteRequest =>
  client.request(
    { path: '/connect_webviews/delete', required: ['connect_webview_id'] },
    parameters,
    options,
  )

export type ConnectWebviewsGetParameters = NonNullable<
  paths['/connect_webviews/get']['post']['requestBody']
>['content']['application/json']
export type ConnectWebviewsGetResponse =
  paths['/connect_webviews/get']['post']['responses'][200]['content']['application/json']['connect_webview']
export type ConnectWebviewsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectWebviewsGetRequest = SeamHttpRequest<
  ConnectWebviewsGetParameters,
  ConnectWebviewsGetResponse
>

/**
 * Get a Connect Webview
 *
 * Returns a specified [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
 *
 * Unless you're using a `custom_redirect_url`, you should poll a newly-created `connect_webview` to find out if the user has signed in or to get details about what devices they've connected.
 */
export const connectWebviewsGet = (
  client: SeamClient,
  parameters: ConnectWebviewsGetParameters,
  options?: ConnectWebviewsGetOptions,
): ConnectWebviewsGetRequest =>
  client.request(
    {
      path: '/connect_webviews/get',
      responseKey: 'connect_webview',
      read: true,
      required: ['connect_webview_id'],
    },
    parameters,
    options,
  )

export type ConnectWebviewsListParameters = NonNullable<
  paths['/connect_webviews/list']['post']['requestBody']
>['content']['application/json']
export type ConnectWebviewsListResponse =
  paths['/connect_webviews/list']['post']['responses'][200]['content']['application/json']['connect_webviews']
export type ConnectWebviewsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ConnectWebviewsListRequest = SeamHttpRequest<
  ConnectWebviewsListParameters,
  ConnectWebviewsListResponse
>

/**
 * List Connect Webviews
 *
 * Returns a list of all [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews).
 */
export const connectWebviewsList = (
  client: SeamClient,
  parameters?: ConnectWebviewsListParameters,
  options?: ConnectWebviewsListOptions,
): ConnectWebviewsListRequest =>
  client.request(
    {
      path: '/connect_webviews/list',
      responseKey: 'connect_webviews',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as ConnectWebviewsListParameters),
    options,
  )

/** The `connectWebviews` namespace of the Seam API. */
export class SeamHttpConnectWebviews extends SeamHttpBase {
  /**
   * Create a Connect Webview
   *
   * Creates a new [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
   *
   * To enable a user to connect their devices or systems to Seam, they must sign in to their device or system account. To enable a user to sign in, you create a `connect_webview`. After creating the Connect Webview, you receive a URL that you can use to display the visual component of this Connect Webview for your user. You can open an iframe or new window to display the Connect Webview.
   *
   * You should make a new `connect_webview` for each unique login request. Each `connect_webview` tracks the user that signed in with it. You receive an error if you reuse a Connect Webview for the same user twice or if you use the same Connect Webview for multiple users.
   *
   * See also: [Connect Webview Process](https://docs.seam.co/core-concepts/connect-webviews/connect-webview-process).
   */
  create(
    parameters?: ConnectWebviewsCreateParameters,
    options?: ConnectWebviewsCreateOptions,
  ): ConnectWebviewsCreateRequest {
    return this.client.request(
      { path: '/connect_webviews/create', responseKey: 'connect_webview' },
      parameters ?? ({} as ConnectWebviewsCreateParameters),
      options,
    )
  }

  /**
   * Delete a Connect Webview
   *
   * Deletes a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
   *
   * You do not need to delete a Connect Webview once a user completes it. Instead, you can simply ignore completed Connect Webviews.
   */
  delete(
    parameters: ConnectWebviewsDeleteParameters,
    options?: ConnectWebviewsDeleteOptions,
  ): ConnectWebviewsDeleteRequest {
    return this.client.request(
      { path: '/connect_webviews/delete', required: ['connect_webview_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get a Connect Webview
   *
   * Returns a specified [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
   *
   * Unless you're using a `custom_redirect_url`, you should poll a newly-created `connect_webview` to find out if the user has signed in or to get details about what devices they've connected.
   */
  get(
    parameters: ConnectWebviewsGetParameters,
    options?: ConnectWebviewsGetOptions,
  ): ConnectWebviewsGetRequest {
    return this.client.request(
      {
        path: '/connect_webviews/get',
        responseKey: 'connect_webview',
        read: true,
        required: ['connect_webview_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Connect Webviews
   *
   * Returns a list of all [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews).
   */
  list(
    parameters?: ConnectWebviewsListParameters,
    options?: ConnectWebviewsListOptions,
  ): ConnectWebviewsListRequest {
    return this.client.request(
      {
        path: '/connect_webviews/list',
        responseKey: 'connect_webviews',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as ConnectWebviewsListParameters),
      options,
    )
  }
}
