// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'

export type ActionAttemptsGetParameters = NonNullable<
  paths['/action_attempts/get']['post']['requestBody']
>['content']['application/json']
export type ActionAttemptsGetResponse =
  paths['/action_attempts/get']['post']['responses'][200]['content']['application/json']['action_attempt']
export type ActionAttemptsGetOptions = RequestOptions
export type ActionAttemptsGetRequest = SeamHttpRequest<
  ActionAttemptsGetParameters,
  ActionAttemptsGetResponse
>

/**
 * Get an Action Attempt
 *
 * Returns a specified [action attempt](https://docs.seam.co/core-concepts/action-attempts).
 */
export const actionAttemptsGet = (
  client: SeamClient,
  parameters: ActionAttemptsGetParameters,
  options?: ActionAttemptsGetOptions,
): ActionAttemptsGetRequest =>
  client.request(
    {
      path: '/action_attempts/get',
      responseKey: 'action_attempt',
      read: true,
      actionAttempt: waitForActionAttempt,
      required: ['action_attempt_id'],
    },
    parameters,
    options,
  )

export type ActionAttemptsListParameters = NonNullable<
  paths['/action_attempts/list']['post']['requestBody']
>['content']['application/json']
export type ActionAttemptsListResponse =
  paths['/action_attempts/list']['post']['responses'][200]['content']['application/json']['action_attempts']
export type ActionAttemptsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type ActionAttemptsListRequest = SeamHttpRequest<
  ActionAttemptsListParameters,
  ActionAttemptsListResponse
>

/**
 * List Action Attempts
 *
 * Returns a list of the [action attempts](https://docs.seam.co/core-concepts/action-attempts) that you specify as an array of `action_attempt_id`s.
 */
export const actionAttemptsList = (
  client: SeamClient,
  parameters?: ActionAttemptsListParameters,
  options?: ActionAttemptsListOptions,
): ActionAttemptsListRequest =>
  client.request(
    {
      path: '/action_attempts/list',
      responseKey: 'action_attempts',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as ActionAttemptsListParameters),
    options,
  )

/** The `actionAttempts` namespace of the Seam API. */
export class SeamHttpActionAttempts extends SeamHttpBase {
  /**
   * Get an Action Attempt
   *
   * Returns a specified [action attempt](https://docs.seam.co/core-concepts/action-attempts).
   */
  get(
    parameters: ActionAttemptsGetParameters,
    options?: ActionAttemptsGetOptions,
  ): ActionAttemptsGetRequest {
    return this.client.request(
      {
        path: '/action_attempts/get',
        responseKey: 'action_attempt',
        read: true,
        actionAttempt: waitForActionAttempt,
        required: ['action_attempt_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Action Attempts
   *
   * Returns a list of the [action attempts](https://docs.seam.co/core-concepts/action-attempts) that you specify as an array of `action_attempt_id`s.
   */
  list(
    parameters?: ActionAttemptsListParameters,
    options?: ActionAttemptsListOptions,
  ): ActionAttemptsListRequest {
    return this.client.request(
      {
        path: '/action_attempts/list',
        responseKey: 'action_attempts',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as ActionAttemptsListParameters),
      options,
    )
  }
}
