// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type EventsGetParameters = NonNullable<
  paths['/events/get']['post']['requestBody']
>['content']['application/json']
export type EventsGetResponse =
  paths['/events/get']['post']['responses'][200]['content']['application/json']['event']

/**
 * Get an Event
 *
 * Returns a specified event. This endpoint returns the same event that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to retrieve an event that already took place.
 */
export const eventsGet = (
  client: SeamClient,
  parameters?: EventsGetParameters,
  options?: RequestOptions,
): SeamHttpRequest<EventsGetParameters, EventsGetResponse> =>
  client.request<EventsGetParameters, EventsGetResponse>(
    { path: '/events/get', responseKey: 'event', read: true },
    parameters ?? ({} as EventsGetParameters),
    options,
  )

export type EventsListParameters = NonNullable<
  paths['/events/list']['post']['requestBody']
>['content']['application/json']
export type EventsListResponse =
  paths['/events/list']['post']['responses'][200]['content']['application/json']['events']

/**
 * List Events
 *
 * Returns a list of all events. This endpoint returns the same events that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to filter or see events that already took place.
 */
export const eventsList = (
  client: SeamClient,
  parameters?: EventsListParameters,
  options?: RequestOptions,
): SeamHttpRequest<EventsListParameters, EventsListResponse> =>
  client.request<EventsListParameters, EventsListResponse>(
    { path: '/events/list', responseKey: 'events', read: true },
    parameters ?? ({} as EventsListParameters),
    options,
  )

/** The `events` namespace of the Seam API. */
export class SeamHttpEvents {
  constructor(private readonly client: SeamClient) {}

  /**
   * Get an Event
   *
   * Returns a specified event. This endpoint returns the same event that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to retrieve an event that already took place.
   */
  get(
    parameters?: EventsGetParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<EventsGetParameters, EventsGetResponse> {
    return eventsGet(this.client, parameters, options)
  }

  /**
   * List Events
   *
   * Returns a list of all events. This endpoint returns the same events that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to filter or see events that already took place.
   */
  list(
    parameters?: EventsListParameters,
    options?: RequestOptions,
  ): SeamHttpRequest<EventsListParameters, EventsListResponse> {
    return eventsList(this.client, parameters, options)
  }
}
