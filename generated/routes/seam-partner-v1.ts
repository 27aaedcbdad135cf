// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamPartnerV1BuildingBlocks } from './seam-partner-v1-building-blocks.js'

/** The `seam.partner.v1` namespace of the Seam API. */
export class SeamHttpSeamPartnerV1 extends SeamHttpBase {
  get buildingBlocks(): SeamHttpSeamPartnerV1BuildingBlocks {
    return new SeamHttpSeamPartnerV1BuildingBlocks(this.client)
  }
}
