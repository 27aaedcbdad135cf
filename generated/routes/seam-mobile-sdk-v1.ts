// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamMobileSdkV1Acs } from './seam-mobile-sdk-v1-acs.js'
import { SeamHttpSeamMobileSdkV1PhoneSessions } from './seam-mobile-sdk-v1-phone-sessions.js'

export type SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters = NonNullable<
  paths['/seam/mobile_sdk/v1/report_salto_space_audit_trail']['post']['requestBody']
>['content']['application/json']
export type SeamMobileSdkV1ReportSaltoSpaceAuditTrailResponse = void

/**
 * Report Salto Space Audit Trail
 *
 * Reports audit trail data from Salto Space mobile SDK.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamMobileSdkV1ReportSaltoSpaceAuditTrail = (
  client: SeamClient,
  parameters: SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters,
  SeamMobileSdkV1ReportSaltoSpaceAuditTrailResponse
> =>
  client.request<
    SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters,
    SeamMobileSdkV1ReportSaltoSpaceAuditTrailResponse
  >(
    {
      path: '/seam/mobile_sdk/v1/report_salto_space_audit_trail',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.mobileSdk.v1` namespace of the Seam API. */
export class SeamHttpSeamMobileSdkV1 {
  constructor(private readonly client: SeamClient) {}

  get acs(): SeamHttpSeamMobileSdkV1Acs {
    return new SeamHttpSeamMobileSdkV1Acs(this.client)
  }

  get phoneSessions(): SeamHttpSeamMobileSdkV1PhoneSessions {
    return new SeamHttpSeamMobileSdkV1PhoneSessions(this.client)
  }

  /**
   * Report Salto Space Audit Trail
   *
   * Reports audit trail data from Salto Space mobile SDK.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  reportSaltoSpaceAuditTrail(
    parameters: SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters,
    SeamMobileSdkV1ReportSaltoSpaceAuditTrailResponse
  > {
    return seamMobileSdkV1ReportSaltoSpaceAuditTrail(
      this.client,
      parameters,
      options,
    )
  }
}
