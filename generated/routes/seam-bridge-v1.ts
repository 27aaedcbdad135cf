// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamBridgeV1BridgeClientSessions } from './seam-bridge-v1-bridge-client-sessions.js'
import { SeamHttpSeamBridgeV1BridgeConnectedSystems } from './seam-bridge-v1-bridge-connected-systems.js'

/** The `seam.bridge.v1` namespace of the Seam API. */
export class SeamHttpSeamBridgeV1 extends SeamHttpBase {
  get bridgeClientSessions(): SeamHttpSeamBridgeV1BridgeClientSessions {
    return new SeamHttpSeamBridgeV1BridgeClientSessions(this.client)
  }

  get bridgeConnectedSystems(): SeamHttpSeamBridgeV1BridgeConnectedSystems {
    return new SeamHttpSeamBridgeV1BridgeConnectedSystems(this.client)
  }
}
