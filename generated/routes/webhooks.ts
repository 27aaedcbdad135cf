// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type WebhooksCreateParameters = NonNullable<
  paths['/webhooks/create']['post']['requestBody']
>['content']['application/json']
export type WebhooksCreateResponse =
  paths['/webhooks/create']['post']['responses'][200]['content']['application/json']['webhook']

/**
 * Create a Webhook
 *
 * Creates a new [webhook](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksCreate = (
  client: SeamClient,
  parameters: WebhooksCreateParameters,
  options?: RequestOptions,
): SeamHttpRequest<WebhooksCreateParameters, WebhooksCreateResponse> =>
  client.request<WebhooksCreateParameters, WebhooksCreateResponse>(
    { path: '/webhooks/create', responseKey: 'webhook' },
    parameters,
    options,
  )

export type WebhooksDeleteParameters = NonNullable<
  paths['/webhooks/delete']['post']['requestBody']
>['content']['application/json']
export type WebhooksDeleteResponse = void

/**
 * Delete a Webhook
 *
 * Deletes a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksDelete = (
  client: SeamClient,
  parameters: WebhooksDeleteParameters,
  options?: RequestOptions,
): SeamHttpRequest<WebhooksDeleteParameters, WebhooksDeleteResponse> =>
  client.request<WebhooksDeleteParameters, WebhooksDeleteResponse>(
    { path: '/webhooks/delete' },
    parameters,
    options,
  )

export type WebhooksGetParameters = NonNullable<
  paths['/webhooks/get']['post']['requestBody']
>['content']['application/json']
export type WebhooksGetResponse =
  paths['/webhooks/get']['post']['responses'][200]['content']['application/json']['webhook']

/**
 * Get a Webhook
 *
 * Gets a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksGet = (
  client: SeamClient,
  parameters: WebhooksGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<WebhooksGetParameters, WebhooksGetResponse> =>
  client.request<WebhooksGetParameters, WebhooksGetResponse>(
    { path: '/webhooks/get', responseKey: 'webhook', read: true },
    parameters,
    options,
  )

export type WebhooksListParameters = Record<string, never>
export type WebhooksListResponse =
  paths['/webhooks/list']['post']['responses'][200]['content']['application/json']['webhooks']

/**
 * List Webhooks
 *
 * Returns a list of all [webhooks](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksList = (
  client: SeamClient,
  parameters?: WebhooksListParameters,
  options?: RequestOptions,
): SeamHttpRequest<WebhooksListParameters, WebhooksListResponse> =>
  client.request<WebhooksListParameters, WebhooksListResponse>(
    { path: '/webhooks/list', responseKey: 'webhooks', read: true },
    parameters ?? ({} as WebhooksListParameters),
    options,
  )

export type WebhooksUpdateParameters = NonNullable<
  paths['/webhooks/update']['post']['requestBody']
>['content']['application/json']
export type WebhooksUpdateResponse = void

/**
 * Update a Webhook
 *
 * Updates a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksUpdate = (
  client: SeamClient,
  parameters: WebhooksUpdateParameters,
  options?: RequestOptions,
): SeamHttpRequest<WebhooksUpdateParameters, WebhooksUpdateResponse> =>
  client.request<WebhooksUpdateParameters, WebhooksUpdateResponse>(
    { path: '/webhooks/update' },
    parameters,
    options,
  )

/** The `webhooks` namespace of the Seam API. */
export class SeamHttpWebhooks {
  constructor(private readonly client: SeamClient) {}

  /**
   * Create a Webhook
   *
   * Creates a new [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  create(
    parameters: WebhooksCreateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<WebhooksCreateParameters, WebhooksCreateResponse> {
    return webhooksCreate(this.client, parameters, options)
  }

  /**
   * Delete a Webhook
   *
   * Deletes a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  delete(
    parameters: WebhooksDeleteParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<WebhooksDeleteParameters, WebhooksDeleteResponse> {
    return webhooksDelete(this.client, parameters, options)
  }

  /**
   * Get a Webhook
   *
   * Gets a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  get(
    parameters: WebhooksGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<WebhooksGetParameters, WebhooksGetResponse> {
    return webhooksGet(this.client, parameters, options)
  }

  /**
   * List Webhooks
   *
   * Returns a list of all [webhooks](https://docs.seam.co/developer-tools/webhooks).
   */
  list(
    parameters?: WebhooksListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<WebhooksListParameters, WebhooksListResponse> {
    return webhooksList(this.client, parameters, options)
  }

  /**
   * Update a Webhook
   *
   * Updates a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  update(
    parameters: WebhooksUpdateParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<WebhooksUpdateParameters, WebhooksUpdateResponse> {
    return webhooksUpdate(this.client, parameters, options)
  }
}
