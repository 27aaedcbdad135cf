// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamInstantKeyV1PreviewGetParameters = NonNullable<
  paths['/seam/instant_key/v1/preview/get']['post']['requestBody']
>['content']['application/json']
export type SeamInstantKeyV1PreviewGetResponse =
  paths['/seam/instant_key/v1/preview/get']['post']['responses'][200]['content']['application/json']['instant_key_preview']
export type SeamInstantKeyV1PreviewGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamInstantKeyV1PreviewGetRequest = SeamHttpRequest<
  SeamInstantKeyV1PreviewGetParameters,
  SeamInstantKeyV1PreviewGetResponse
>

/**
 * Preview Instant Key
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamInstantKeyV1PreviewGet = (
  client: SeamClient,
  parameters: SeamInstantKeyV1PreviewGetParameters,
  options?: SeamInstantKeyV1PreviewGetOptions,
): SeamInstantKeyV1PreviewGetRequest =>
  client.request(
    {
      path: '/seam/instant_key/v1/preview/get',
      responseKey: 'instant_key_preview',
      read: true,
      undocumented: true,
      required: ['instant_key_url'],
    },
    parameters,
    options,
  )

/** The `seam.instantKey.v1.preview` namespace of the Seam API. */
export class SeamHttpSeamInstantKeyV1Preview extends SeamHttpBase {
  /**
   * Preview Instant Key
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get(
    parameters: SeamInstantKeyV1PreviewGetParameters,
    options?: SeamInstantKeyV1PreviewGetOptions,
  ): SeamInstantKeyV1PreviewGetRequest {
    return this.client.request(
      {
        path: '/seam/instant_key/v1/preview/get',
        responseKey: 'instant_key_preview',
        read: true,
        undocumented: true,
        required: ['instant_key_url'],
      },
      parameters,
      options,
    )
  }
}
