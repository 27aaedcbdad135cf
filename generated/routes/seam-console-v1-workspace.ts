// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamConsoleV1WorkspaceFeatureFlags } from './seam-console-v1-workspace-feature-flags.js'

/** The `seam.console.v1.workspace` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1Workspace extends SeamHttpBase {
  get featureFlags(): SeamHttpSeamConsoleV1WorkspaceFeatureFlags {
    return new SeamHttpSeamConsoleV1WorkspaceFeatureFlags(this.client)
  }
}
