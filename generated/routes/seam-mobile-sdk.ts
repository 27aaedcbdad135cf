// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamMobileSdkV1 } from './seam-mobile-sdk-v1.js'

/** The `seam.mobileSdk` namespace of the Seam API. */
export class SeamHttpSeamMobileSdk extends SeamHttpBase {
  get v1(): SeamHttpSeamMobileSdkV1 {
    return new SeamHttpSeamMobileSdkV1(this.client)
  }
}
