// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { SeamClient } from '../../src/runtime.js'
import { SeamHttpUnstablePartnerBuildingBlocks } from './unstable-partner-building-blocks.js'

/** The `unstablePartner` namespace of the Seam API. */
export class SeamHttpUnstablePartner {
  constructor(private readonly client: SeamClient) {}

  get buildingBlocks(): SeamHttpUnstablePartnerBuildingBlocks {
    return new SeamHttpUnstablePartnerBuildingBlocks(this.client)
  }
}
