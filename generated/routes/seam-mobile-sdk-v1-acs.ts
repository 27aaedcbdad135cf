// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamMobileSdkV1AcsCredentials } from './seam-mobile-sdk-v1-acs-credentials.js'

/** The `seam.mobileSdk.v1.acs` namespace of the Seam API. */
export class SeamHttpSeamMobileSdkV1Acs extends SeamHttpBase {
  get credentials(): SeamHttpSeamMobileSdkV1AcsCredentials {
    return new SeamHttpSeamMobileSdkV1AcsCredentials(this.client)
  }
}
