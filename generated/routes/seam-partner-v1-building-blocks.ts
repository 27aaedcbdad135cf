// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamPartnerV1BuildingBlocksSpaces } from './seam-partner-v1-building-blocks-spaces.js'

/** The `seam.partner.v1.buildingBlocks` namespace of the Seam API. */
export class SeamHttpSeamPartnerV1BuildingBlocks extends SeamHttpBase {
  get spaces(): SeamHttpSeamPartnerV1BuildingBlocksSpaces {
    return new SeamHttpSeamPartnerV1BuildingBlocksSpaces(this.client)
  }
}
