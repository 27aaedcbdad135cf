// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type WebhooksCreateParameters = NonNullable<
  paths['/webhooks/create']['post']['requestBody']
>['content']['application/json']
export type WebhooksCreateResponse =
  paths['/webhooks/create']['post']['responses'][200]['content']['application/json']['webhook']
export type WebhooksCreateOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type WebhooksCreateRequest = SeamHttpRequest<
  WebhooksCreateParameters,
  WebhooksCreateResponse
>

/**
 * Create a Webhook
 *
 * Creates a new [webhook](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksCreate = (
  client: SeamClient,
  parameters: WebhooksCreateParameters,
  options?: WebhooksCreateOptions,
): WebhooksCreateRequest =>
  client.request(
    { path: '/webhooks/create', responseKey: 'webhook', required: ['url'] },
    parameters,
    options,
  )

export type WebhooksDeleteParameters = NonNullable<
  paths['/webhooks/delete']['post']['requestBody']
>['content']['application/json']
export type WebhooksDeleteResponse = void
export type WebhooksDeleteOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type WebhooksDeleteRequest = SeamHttpRequest<
  WebhooksDeleteParameters,
  WebhooksDeleteResponse
>

/**
 * Delete a Webhook
 *
 * Deletes a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksDelete = (
  client: SeamClient,
  parameters: WebhooksDeleteParameters,
  options?: WebhooksDeleteOptions,
): WebhooksDeleteRequest =>
  client.request(
    { path: '/webhooks/delete', required: ['webhook_id'] },
    parameters,
    options,
  )

export type WebhooksGetParameters = NonNullable<
  paths['/webhooks/get']['post']['requestBody']
>['content']['application/json']
export type WebhooksGetResponse =
  paths['/webhooks/get']['post']['responses'][200]['content']['application/json']['webhook']
export type WebhooksGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type WebhooksGetRequest = SeamHttpRequest<
  WebhooksGetParameters,
  WebhooksGetResponse
>

/**
 * Get a Webhook
 *
 * Gets a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksGet = (
  client: SeamClient,
  parameters: WebhooksGetParameters,
  options?: WebhooksGetOptions,
): WebhooksGetRequest =>
  client.request(
    {
      path: '/webhooks/get',
      responseKey: 'webhook',
      read: true,
      required: ['webhook_id'],
    },
    parameters,
    options,
  )

export type WebhooksListParameters = Record<string, never>
export type WebhooksListResponse =
  paths['/webhooks/list']['post']['responses'][200]['content']['application/json']['webhooks']
export type WebhooksListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type WebhooksListRequest = SeamHttpRequest<
  WebhooksListParameters,
  WebhooksListResponse
>

/**
 * List Webhooks
 *
 * Returns a list of all [webhooks](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksList = (
  client: SeamClient,
  parameters?: WebhooksListParameters,
  options?: WebhooksListOptions,
): WebhooksListRequest =>
  client.request(
    { path: '/webhooks/list', responseKey: 'webhooks', read: true },
    parameters ?? ({} as WebhooksListParameters),
    options,
  )

export type WebhooksUpdateParameters = NonNullable<
  paths['/webhooks/update']['post']['requestBody']
>['content']['application/json']
export type WebhooksUpdateResponse = void
export type WebhooksUpdateOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type WebhooksUpdateRequest = SeamHttpRequest<
  WebhooksUpdateParameters,
  WebhooksUpdateResponse
>

/**
 * Update a Webhook
 *
 * Updates a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
 */
export const webhooksUpdate = (
  client: SeamClient,
  parameters: WebhooksUpdateParameters,
  options?: WebhooksUpdateOptions,
): WebhooksUpdateRequest =>
  client.request(
    { path: '/webhooks/update', required: ['event_types', 'webhook_id'] },
    parameters,
    options,
  )

/** The `webhooks` namespace of the Seam API. */
export class SeamHttpWebhooks extends SeamHttpBase {
  /**
   * Create a Webhook
   *
   * Creates a new [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  create(
    parameters: WebhooksCreateParameters,
    options?: WebhooksCreateOptions,
  ): WebhooksCreateRequest {
    return this.client.request(
      { path: '/webhooks/create', responseKey: 'webhook', required: ['url'] },
      parameters,
      options,
    )
  }

  /**
   * Delete a Webhook
   *
   * Deletes a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  delete(
    parameters: WebhooksDeleteParameters,
    options?: WebhooksDeleteOptions,
  ): WebhooksDeleteRequest {
    return this.client.request(
      { path: '/webhooks/delete', required: ['webhook_id'] },
      parameters,
      options,
    )
  }

  /**
   * Get a Webhook
   *
   * Gets a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  get(
    parameters: WebhooksGetParameters,
    options?: WebhooksGetOptions,
  ): WebhooksGetRequest {
    return this.client.request(
      {
        path: '/webhooks/get',
        responseKey: 'webhook',
        read: true,
        required: ['webhook_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Webhooks
   *
   * Returns a list of all [webhooks](https://docs.seam.co/developer-tools/webhooks).
   */
  list(
    parameters?: WebhooksListParameters,
    options?: WebhooksListOptions,
  ): WebhooksListRequest {
    return this.client.request(
      { path: '/webhooks/list', responseKey: 'webhooks', read: true },
      parameters ?? ({} as WebhooksListParameters),
      options,
    )
  }

  /**
   * Update a Webhook
   *
   * Updates a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  update(
    parameters: WebhooksUpdateParameters,
    options?: WebhooksUpdateOptions,
  ): WebhooksUpdateRequest {
    return this.client.request(
      { path: '/webhooks/update', required: ['event_types', 'webhook_id'] },
      parameters,
      options,
    )
  }
}
