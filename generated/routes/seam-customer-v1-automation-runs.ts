// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamCustomerV1AutomationRunsListParameters = NonNullable<
  paths['/seam/customer/v1/automation_runs/list']['post']['requestBody']
>['content']['application/json']
export type SeamCustomerV1AutomationRunsListResponse =
  paths['/seam/customer/v1/automation_runs/list']['post']['responses'][200]['content']['application/json']['automation_runs']
export type SeamCustomerV1AutomationRunsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamCustomerV1AutomationRunsListRequest = SeamHttpRequest<
  SeamCustomerV1AutomationRunsListParameters,
  SeamCustomerV1AutomationRunsListResponse
>

/**
 * List Automation Runs
 *
 * Returns a list of all automation runs for a workspace or customer.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamCustomerV1AutomationRunsList = (
  client: SeamClient,
  parameters?: SeamCustomerV1AutomationRunsListParameters,
  options?: SeamCustomerV1AutomationRunsListOptions,
): SeamCustomerV1AutomationRunsListRequest =>
  client.request(
    {
      path: '/seam/customer/v1/automation_runs/list',
      responseKey: 'automation_runs',
      read: true,
      undocumented: true,
      paginated: true,
    },
    parameters ?? ({} as SeamCustomerV1AutomationRunsListParameters),
    options,
  )

/** The `seam.customer.v1.automationRuns` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1AutomationRuns extends SeamHttpBase {
  /**
   * List Automation Runs
   *
   * Returns a list of all automation runs for a workspace or customer.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  list(
    parameters?: SeamCustomerV1AutomationRunsListParameters,
    options?: SeamCustomerV1AutomationRunsListOptions,
  ): SeamCustomerV1AutomationRunsListRequest {
    return this.client.request(
      {
        path: '/seam/customer/v1/automation_runs/list',
        responseKey: 'automation_runs',
        read: true,
        undocumented: true,
        paginated: true,
      },
      parameters ?? ({} as SeamCustomerV1AutomationRunsListParameters),
      options,
    )
  }
}
