// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpSeamConsoleV1LynxMigration } from './seam-console-v1-lynx-migration.js'
import { SeamHttpSeamConsoleV1Organizations } from './seam-console-v1-organizations.js'
import { SeamHttpSeamConsoleV1Sites } from './seam-console-v1-sites.js'
import { SeamHttpSeamConsoleV1Timelines } from './seam-console-v1-timelines.js'
import { SeamHttpSeamConsoleV1Workspace } from './seam-console-v1-workspace.js'

export type SeamConsoleV1GetResourceLocatorParameters =
  paths['/seam/console/v1/get_resource_locator']['post']['parameters']['query']
export type SeamConsoleV1GetResourceLocatorResponse =
  paths['/seam/console/v1/get_resource_locator']['post']['responses'][200]['content']['application/json']['resource_locator']
export type SeamConsoleV1GetResourceLocatorOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1GetResourceLocatorRequest = SeamHttpRequest<
  SeamConsoleV1GetResourceLocatorParameters,
  SeamConsoleV1GetResourceLocatorResponse
>

/**
 * Get Resource Locator
 *
 * Returns the type and system information of a resource given its UUID.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1GetResourceLocator = (
  client: SeamClient,
  parameters: SeamConsoleV1GetResourceLocatorParameters,
  options?: SeamConsoleV1GetResourceLocatorOptions,
): SeamConsoleV1GetResourceLocatorRequest =>
  client.request(
    {
      path: '/seam/console/v1/get_resource_locator',
      responseKey: 'resource_locator',
      queryParameters: ['uuid'],
      read: true,
      undocumented: true,
      required: ['uuid'],
    },
    parameters,
    options,
  )

/** The `seam.console.v1` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1 extends SeamHttpBase {
  get lynxMigration(): SeamHttpSeamConsoleV1LynxMigration {
    return new SeamHttpSeamConsoleV1LynxMigration(this.client)
  }

  get organizations(): SeamHttpSeamConsoleV1Organizations {
    return new SeamHttpSeamConsoleV1Organizations(this.client)
  }

  get sites(): SeamHttpSeamConsoleV1Sites {
    return new SeamHttpSeamConsoleV1Sites(this.client)
  }

  get timelines(): SeamHttpSeamConsoleV1Timelines {
    return new SeamHttpSeamConsoleV1Timelines(this.client)
  }

  get workspace(): SeamHttpSeamConsoleV1Workspace {
    return new SeamHttpSeamConsoleV1Workspace(this.client)
  }

  /**
   * Get Resource Locator
   *
   * Returns the type and system information of a resource given its UUID.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  getResourceLocator(
    parameters: SeamConsoleV1GetResourceLocatorParameters,
    options?: SeamConsoleV1GetResourceLocatorOptions,
  ): SeamConsoleV1GetResourceLocatorRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/get_resource_locator',
        responseKey: 'resource_locator',
        queryParameters: ['uuid'],
        read: true,
        undocumented: true,
        required: ['uuid'],
      },
      parameters,
      options,
    )
  }
}
