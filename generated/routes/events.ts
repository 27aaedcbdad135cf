// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type EventsGetParameters = NonNullable<
  paths['/events/get']['post']['requestBody']
>['content']['application/json']
export type EventsGetResponse =
  paths['/events/get']['post']['responses'][200]['content']['application/json']['event']
export type EventsGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type EventsGetRequest = SeamHttpRequest<
  EventsGetParameters,
  EventsGetResponse
>

/**
 * Get an Event
 *
 * Returns a specified event. This endpoint returns the same event that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to retrieve an event that already took place.
 */
export const eventsGet = (
  client: SeamClient,
  parameters?: EventsGetParameters,
  options?: EventsGetOptions,
): EventsGetRequest =>
  client.request(
    { path: '/events/get', responseKey: 'event', read: true },
    parameters ?? ({} as EventsGetParameters),
    options,
  )

export type EventsListParameters = NonNullable<
  paths['/events/list']['post']['requestBody']
>['content']['application/json']
export type EventsListResponse =
  paths['/events/list']['post']['responses'][200]['content']['application/json']['events']
export type EventsListOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type EventsListRequest = SeamHttpRequest<
  EventsListParameters,
  EventsListResponse
>

/**
 * List Events
 *
 * Returns a list of all events. This endpoint returns the same events that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to filter or see events that already took place.
 */
export const eventsList = (
  client: SeamClient,
  parameters?: EventsListParameters,
  options?: EventsListOptions,
): EventsListRequest =>
  client.request(
    { path: '/events/list', responseKey: 'events', read: true },
    parameters ?? ({} as EventsListParameters),
    options,
  )

/** The `events` namespace of the Seam API. */
export class SeamHttpEvents extends SeamHttpBase {
  /**
   * Get an Event
   *
   * Returns a specified event. This endpoint returns the same event that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to retrieve an event that already took place.
   */
  get(
    parameters?: EventsGetParameters,
    options?: EventsGetOptions,
  ): EventsGetRequest {
    return this.client.request(
      { path: '/events/get', responseKey: 'event', read: true },
      parameters ?? ({} as EventsGetParameters),
      options,
    )
  }

  /**
   * List Events
   *
   * Returns a list of all events. This endpoint returns the same events that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to filter or see events that already took place.
   */
  list(
    parameters?: EventsListParameters,
    options?: EventsListOptions,
  ): EventsListRequest {
    return this.client.request(
      { path: '/events/list', responseKey: 'events', read: true },
      parameters ?? ({} as EventsListParameters),
      options,
    )
  }
}
