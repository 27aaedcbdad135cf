// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamWebhooksByProvider } from './seam-webhooks-by-provider.js'

/** The `seam.webhooks` namespace of the Seam API. */
export class SeamHttpSeamWebhooks extends SeamHttpBase {
  get byProvider(): SeamHttpSeamWebhooksByProvider {
    return new SeamHttpSeamWebhooksByProvider(this.client)
  }
}
