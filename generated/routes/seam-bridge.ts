// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamBridgeV1 } from './seam-bridge-v1.js'

/** The `seam.bridge` namespace of the Seam API. */
export class SeamHttpSeamBridge extends SeamHttpBase {
  get v1(): SeamHttpSeamBridgeV1 {
    return new SeamHttpSeamBridgeV1(this.client)
  }
}
