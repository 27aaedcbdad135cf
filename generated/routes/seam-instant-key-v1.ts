// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamInstantKeyV1ClientSessions } from './seam-instant-key-v1-client-sessions.js'
import { SeamHttpSeamInstantKeyV1Preview } from './seam-instant-key-v1-preview.js'

/** The `seam.instantKey.v1` namespace of the Seam API. */
export class SeamHttpSeamInstantKeyV1 extends SeamHttpBase {
  get clientSessions(): SeamHttpSeamInstantKeyV1ClientSessions {
    return new SeamHttpSeamInstantKeyV1ClientSessions(this.client)
  }

  get preview(): SeamHttpSeamInstantKeyV1Preview {
    return new SeamHttpSeamInstantKeyV1Preview(this.client)
  }
}
