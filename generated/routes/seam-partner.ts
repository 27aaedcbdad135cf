// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamPartnerV1 } from './seam-partner-v1.js'

/** The `seam.partner` namespace of the Seam API. */
export class SeamHttpSeamPartner extends SeamHttpBase {
  get v1(): SeamHttpSeamPartnerV1 {
    return new SeamHttpSeamPartnerV1(this.client)
  }
}
