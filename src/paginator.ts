// Paging through a list operation, one request per page.

import { failureAt } from './read-response.js'
import type { SeamHttpRequest } from './seam-http-request.js'
import {
  SeamHttpInvalidOptionsError,
  SeamHttpInvalidResponseError,
} from './errors.js'

/** Where a page sits in the list: pass `nextPageCursor` to `nextPage` while `hasNextPage`. */
export interface Pagination {
  readonly hasNextPage: boolean
  readonly nextPageCursor: string | null
  readonly nextPageUrl: string | null
}

/** The parameters of an operation that can be paginated: it takes a `page_cursor`. */
export interface PageParameters {
  page_cursor?: string | null
}

export type Page<Item> = [items: Item[], pagination: Pagination]

/** A page's place in a list, as `nextPage` takes it (`Pagination.nextPageCursor`). */
export type SeamPageCursor = string

/** A request for an operation that can be paginated, as `createPaginator` takes it. */
export type SeamPaginatedRequest<
  Parameters extends PageParameters,
  Item,
> = SeamHttpRequest<Parameters, readonly Item[]>

/**
 * Pages through a list operation whose response has `pagination`; made with `seam.createPaginator(request)`.
 * Each page is one request, sent when asked for.
 */
export class SeamPaginator<
  Parameters extends PageParameters,
  Item,
> implements AsyncIterable<Item[]> {
  readonly #request: SeamHttpRequest<Parameters, readonly Item[]>
  readonly #responseKey: string

  constructor(request: SeamHttpRequest<Parameters, readonly Item[]>) {
    const { responseKey, path, paginated } = request.operation
    if (responseKey === undefined || paginated !== true) {
      throw new SeamHttpInvalidOptionsError(
        `The ${path} endpoint does not support pagination`,
      )
    }
    this.#request = request
    this.#responseKey = responseKey
  }

  /** The first page, with the request's own parameters. */
  firstPage(): Promise<Page<Item>> {
    return this.#fetch(this.#request)
  }

  /**
   * The page after the one whose `nextPageCursor` this is. A null cursor (the last page's) is
   * refused, as @seamapi/http refuses it; its type admits one so that a cursor read back from
   * storage needs no cast.
   */
  nextPage(nextPageCursor: string | null): Promise<Page<Item>> {
    if (typeof nextPageCursor !== 'string') {
      return Promise.reject(
        new SeamHttpInvalidOptionsError(
          'Cannot get the next page with a null nextPageCursor: pass the nextPageCursor of a page whose hasNextPage is true',
        ),
      )
    }
    return this.#fetch(this.#request.withPageCursor(nextPageCursor))
  }

  /** Every page in turn, fetching each when the previous one has been used. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item[]> {
    const seen = new Set<string>()
    let [items, pagination] = await this.firstPage()
    yield items
    while (pagination.hasNextPage && pagination.nextPageCursor !== null) {
      const cursor = pagination.nextPageCursor
      // A cursor seen before would repeat pages forever.
      if (seen.has(cursor))
        throw this.#invalid('the server returned the same page cursor twice')
      seen.add(cursor)
      ;[items, pagination] = await this.nextPage(cursor)
      yield items
    }
  }

  /** Every item of every page, in order. */
  async *flatten(): AsyncGenerator<Item> {
    for await (const items of this) yield* items
  }

  /** Every item of every page, in order, in one array. */
  async flattenToArray(): Promise<Item[]> {
    const all: Item[] = []
    for await (const items of this) all.push(...items)
    return all
  }

  async #fetch(
    request: SeamHttpRequest<Parameters, readonly Item[]>,
  ): Promise<Page<Item>> {
    const body = await request.fetchResponse()
    const items = body[this.#responseKey]
    if (!Array.isArray(items))
      throw this.#invalid(
        `expected "${this.#responseKey}", got ${items === null ? 'null' : typeof items} instead of a list`,
      )
    const pagination = body['pagination'] as
      Record<string, unknown> | null | undefined
    if (pagination === null || typeof pagination !== 'object') {
      throw this.#invalid(
        `expected "pagination", ${pagination === undefined ? 'which the response does not contain' : `got ${pagination === null ? 'null' : typeof pagination} instead of a pagination object`}`,
      )
    }
    const {
      has_next_page: hasNextPage,
      next_page_cursor: cursor,
      next_page_url: url,
    } = pagination
    return [
      items as Item[],
      {
        hasNextPage: hasNextPage === true,
        nextPageCursor: typeof cursor === 'string' ? cursor : null,
        nextPageUrl: typeof url === 'string' ? url : null,
      },
    ]
  }

  #invalid(reason: string): SeamHttpInvalidResponseError {
    return new SeamHttpInvalidResponseError(
      reason,
      200,
      '',
      failureAt(this.#request.operation, 1),
    )
  }
}
