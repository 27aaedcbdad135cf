// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1TimelinesGetParameters = NonNullable<
  paths['/seam/console/v1/timelines/get']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1TimelinesGetResponse =
  paths['/seam/console/v1/timelines/get']['post']['responses'][200]['content']['application/json']['timeline']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1TimelinesGetParameters,
  SeamConsoleV1TimelinesGetResponse
> =>
  client.request<
    SeamConsoleV1TimelinesGetParameters,
    SeamConsoleV1TimelinesGetResponse
  >(
    {
      path: '/seam/console/v1/timelines/get',
      responseKey: 'timeline',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.timelines` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1Timelines {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get Timeline Entries
   *
   * Returns timeline entries for a resource and its child resources, grouped by entry groups.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: SeamConsoleV1TimelinesGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1TimelinesGetParameters,
    SeamConsoleV1TimelinesGetResponse
  > {
    return seamConsoleV1TimelinesGet(this.client, parameters, options)
  }
}
