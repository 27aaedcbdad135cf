// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpUnstablePartnerBuildingBlocks } from './unstable-partner-building-blocks.js'

/** The `unstablePartner` namespace of the Seam API. */
export class SeamHttpUnstablePartner extends SeamHttpBase {
  get buildingBlocks(): SeamHttpUnstablePartnerBuildingBlocks {
    return new SeamHttpUnstablePartnerBuildingBlocks(this.client)
  }
}
