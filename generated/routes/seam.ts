// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamBridge } from './seam-bridge.js'
import { SeamHttpSeamConnectWebview } from './seam-connect-webview.js'
import { SeamHttpSeamConsole } from './seam-console.js'
import { SeamHttpSeamCustomer } from './seam-customer.js'
import { SeamHttpSeamInstantKey } from './seam-instant-key.js'
import { SeamHttpSeamMcp } from './seam-mcp.js'
import { SeamHttpSeamMobileSdk } from './seam-mobile-sdk.js'
import { SeamHttpSeamPartner } from './seam-partner.js'
import { SeamHttpSeamWebhooks } from './seam-webhooks.js'

/** The `seam` namespace of the Seam API. */
export class SeamHttpSeam extends SeamHttpBase {
  get bridge(): SeamHttpSeamBridge {
    return new SeamHttpSeamBridge(this.client)
  }

  get connectWebview(): SeamHttpSeamConnectWebview {
    return new SeamHttpSeamConnectWebview(this.client)
  }

  get console(): SeamHttpSeamConsole {
    return new SeamHttpSeamConsole(this.client)
  }

  get customer(): SeamHttpSeamCustomer {
    return new SeamHttpSeamCustomer(this.client)
  }

  get instantKey(): SeamHttpSeamInstantKey {
    return new SeamHttpSeamInstantKey(this.client)
  }

  get mcp(): SeamHttpSeamMcp {
    return new SeamHttpSeamMcp(this.client)
  }

  get mobileSdk(): SeamHttpSeamMobileSdk {
    return new SeamHttpSeamMobileSdk(this.client)
  }

  get partner(): SeamHttpSeamPartner {
    return new SeamHttpSeamPartner(this.client)
  }

  get webhooks(): SeamHttpSeamWebhooks {
    return new SeamHttpSeamWebhooks(this.client)
  }
}
