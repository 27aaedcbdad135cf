// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamWebhooksByProviderBySubscriptionIdParameters = NonNullable<
  paths['/seam/webhooks/[provider]/[subscription_id]']['post']['requestBody']
>['content']['application/json'] &
  paths['/seam/webhooks/[provider]/[subscription_id]']['post']['parameters']['query']
export type SeamWebhooksByProviderBySubscriptionIdResponse = void
export type SeamWebhooksByProviderBySubscriptionIdOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamWebhooksByProviderBySubscriptionIdRequest = SeamHttpRequest<
  SeamWebhooksByProviderBySubscriptionIdParameters,
  SeamWebhooksByProviderBySubscriptionIdResponse
>

/**
 * Receive a Provider Webhook
 *
 * Receives an inbound webhook delivery for a provider subscription.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamWebhooksByProviderBySubscriptionId = (
  client: SeamClient,
  parameters: SeamWebhooksByProviderBySubscriptionIdParameters,
  options?: SeamWebhooksByProviderBySubscriptionIdOptions,
): SeamWebhooksByProviderBySubscriptionIdRequest =>
  client.request(
    {
      path: '/seam/webhooks/[provider]/[subscription_id]',
      queryParameters: ['provider', 'subscription_id'],
      undocumented: true,
      required: ['provider', 'subscription_id'],
    },
    parameters,
    options,
  )

/** The `seam.webhooks.byProvider` namespace of the Seam API. */
export class SeamHttpSeamWebhooksByProvider extends SeamHttpBase {
  /**
   * Receive a Provider Webhook
   *
   * Receives an inbound webhook delivery for a provider subscription.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  bySubscriptionId(
    parameters: SeamWebhooksByProviderBySubscriptionIdParameters,
    options?: SeamWebhooksByProviderBySubscriptionIdOptions,
  ): SeamWebhooksByProviderBySubscriptionIdRequest {
    return this.client.request(
      {
        path: '/seam/webhooks/[provider]/[subscription_id]',
        queryParameters: ['provider', 'subscription_id'],
        undocumented: true,
        required: ['provider', 'subscription_id'],
      },
      parameters,
      options,
    )
  }
}
