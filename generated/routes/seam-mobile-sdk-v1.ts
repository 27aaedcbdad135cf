// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamMobileSdkV1Acs } from './seam-mobile-sdk-v1-acs.js'
import { SeamHttpSeamMobileSdkV1PhoneSessions } from './seam-mobile-sdk-v1-phone-sessions.js'

export type SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters = NonNullable<
  paths['/seam/mobile_sdk/v1/report_salto_space_audit_trail']['post']['requestBody']
>['content']['application/json']
export type SeamMobileSdkV1ReportSaltoSpaceAuditTrailResponse = void
export type SeamMobileSdkV1ReportSaltoSpaceAuditTrailOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamMobileSdkV1ReportSaltoSpaceAuditTrailRequest = SeamHttpRequest<
  SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters,
  SeamMobileSdkV1ReportSaltoSpaceAuditTrailResponse
>

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
  options?: SeamMobileSdkV1ReportSaltoSpaceAuditTrailOptions,
): SeamMobileSdkV1ReportSaltoSpaceAuditTrailRequest =>
  client.request(
    {
      path: '/seam/mobile_sdk/v1/report_salto_space_audit_trail',
      undocumented: true,
      required: ['acs_system_id', 'salto_space_metadata'],
    },
    parameters,
    options,
  )

/** The `seam.mobileSdk.v1` namespace of the Seam API. */
export class SeamHttpSeamMobileSdkV1 extends SeamHttpBase {
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
    options?: SeamMobileSdkV1ReportSaltoSpaceAuditTrailOptions,
  ): SeamMobileSdkV1ReportSaltoSpaceAuditTrailRequest {
    return this.client.request(
      {
        path: '/seam/mobile_sdk/v1/report_salto_space_audit_trail',
        undocumented: true,
        required: ['acs_system_id', 'salto_space_metadata'],
      },
      parameters,
      options,
    )
  }
}
