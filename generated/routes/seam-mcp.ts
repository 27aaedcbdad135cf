// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamMcpV1 } from './seam-mcp-v1.js'

/** The `seam.mcp` namespace of the Seam API. */
export class SeamHttpSeamMcp extends SeamHttpBase {
  get v1(): SeamHttpSeamMcpV1 {
    return new SeamHttpSeamMcpV1(this.client)
  }
}
