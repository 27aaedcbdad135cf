// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamConnectWebviewV1 } from './seam-connect-webview-v1.js'

/** The `seam.connectWebview` namespace of the Seam API. */
export class SeamHttpSeamConnectWebview extends SeamHttpBase {
  get v1(): SeamHttpSeamConnectWebviewV1 {
    return new SeamHttpSeamConnectWebviewV1(this.client)
  }
}
