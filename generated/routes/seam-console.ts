// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamConsoleV1 } from './seam-console-v1.js'

/** The `seam.console` namespace of the Seam API. */
export class SeamHttpSeamConsole extends SeamHttpBase {
  get v1(): SeamHttpSeamConsoleV1 {
    return new SeamHttpSeamConsoleV1(this.client)
  }
}
