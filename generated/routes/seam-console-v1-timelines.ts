// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1TimelinesGetParameters = NonNullable<
  paths['/seam/console/v1/timelines/get']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1TimelinesGetResponse =
  paths['/seam/console/v1/timelines/get']['post']['responses'][200]['content']['application/json']['timeline']
export type SeamConsoleV1TimelinesGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1TimelinesGetRequest = SeamHttpRequest<
  SeamConsoleV1TimelinesGetParameters,
  SeamConsoleV1TimelinesGetResponse
>

/**
 * Get Timeline Entries
 *
 * Returns timeline entries for a resource and its child resources, grouped by entry groups.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1TimelinesGet = (
  client: SeamClient,
  parameters: SeamConsoleV1TimelinesGetParameters,
  options?: SeamConsoleV1TimelinesGetOptions,
): SeamConsoleV1TimelinesGetRequest =>
  client.request(
    {
      path: '/seam/console/v1/timelines/get',
      responseKey: 'timeline',
      read: true,
      undocumented: true,
      required: ['resource_id'],
      paginated: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.timelines` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1Timelines extends SeamHttpBase {
  /**
   * Get Timeline Entries
   *
   * Returns timeline entries for a resource and its child resources, grouped by entry groups.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: SeamConsoleV1TimelinesGetParameters,
    options?: SeamConsoleV1TimelinesGetOptions,
  ): SeamConsoleV1TimelinesGetRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/timelines/get',
        responseKey: 'timeline',
        read: true,
        undocumented: true,
        required: ['resource_id'],
        paginated: true,
      },
      parameters,
      options,
    )
  }
}
