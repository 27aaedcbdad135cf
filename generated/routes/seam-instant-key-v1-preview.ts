// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamInstantKeyV1PreviewGetParameters = NonNullable<
  paths['/seam/instant_key/v1/preview/get']['post']['requestBody']
>['content']['application/json']
export type SeamInstantKeyV1PreviewGetResponse =
  paths['/seam/instant_key/v1/preview/get']['post']['responses'][200]['content']['application/json']['instant_key_preview']

/**
 * Preview Instant Key
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamInstantKeyV1PreviewGet = (
  client: SeamClient,
  parameters: SeamInstantKeyV1PreviewGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<
  SeamInstantKeyV1PreviewGetParameters,
  SeamInstantKeyV1PreviewGetResponse
> =>
  client.request<
    SeamInstantKeyV1PreviewGetParameters,
    SeamInstantKeyV1PreviewGetResponse
  >(
    {
      path: '/seam/instant_key/v1/preview/get',
      responseKey: 'instant_key_preview',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.instantKey.v1.preview` namespace of the Seam API. */
export class SeamHttpSeamInstantKeyV1Preview {
  constructor(private readonly client: SeamClient) {}

  /**
   * Preview Instant Key
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: SeamInstantKeyV1PreviewGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamInstantKeyV1PreviewGetParameters,
    SeamInstantKeyV1PreviewGetResponse
  > {
    return seamInstantKeyV1PreviewGet(this.client, parameters, options)
  }
}
