// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamInstantKeyV1 } from './seam-instant-key-v1.js'

/** The `seam.instantKey` namespace of the Seam API. */
export class SeamHttpSeamInstantKey extends SeamHttpBase {
  get v1(): SeamHttpSeamInstantKeyV1 {
    return new SeamHttpSeamInstantKeyV1(this.client)
  }
}
