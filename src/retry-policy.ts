// The retry policy, all in one place.
//
//   failure                                   | read (get, list) | mutation
//   ------------------------------------------+------------------+---------------------------
//   never reached the server (refused, DNS)   | retried          | retried
//   429 Too Many Requests                     | retried          | retried (it was not processed)
//   5xx                                       | retried          | not retried: it may have run
//   connection lost after sending, timeout    | retried          | not retried: it may have arrived
//   other 4xx, invalid 2xx body, caller abort | not retried      | not retried
//
// Waits grow exponentially with jitter; a `Retry-After` header replaces the wait, and one
// longer than `maxRetryAfter` ends the retries (the caller learns of it sooner than we would).

import {
  SeamHttpAbortError,
  SeamHttpNetworkError,
  SeamHttpTimeoutError,
} from './errors.js'
import type { OperationSpec } from './operation.js'
import { type AttemptFailure, failureAt } from './read-response.js'
import { sleep } from './signal.js'

/** Why an attempt failed, as far as sending it again is concerned. */
export type FailureKind =
  'unsent' | 'throttled' | 'server' | 'network' | 'timeout' | 'final'

export const defaultRetries = 2
const baseDelay = 250
const maxDelay = 8_000
const maxRetryAfter = 30_000

// The spec does not say which operations are safe to repeat; their names do. A generator that
// knows better (a path also published as GET, say) sets `read` on the operation.
const readPath = /\/(get|list|list_[a-z_]+)$/

/** Whether sending the operation twice has the same effect as sending it once. */
export const isRead = (operation: OperationSpec): boolean =>
  operation.read ?? readPath.test(operation.path)

const isRetryable = (kind: FailureKind, read: boolean): boolean => {
  if (kind === 'unsent' || kind === 'throttled') return true
  return read && kind !== 'final'
}

/**
 * How long to wait before retry number `retry` (1 for the first), or undefined to give up.
 * `retryAfter` is the response's Retry-After in milliseconds, when it had a valid one; without
 * one, `backOff` gives the wait (by default exponential, with jitter).
 */
export const retryDelay = (
  kind: FailureKind,
  read: boolean,
  retry: number,
  retries: number,
  retryAfter: number | undefined,
  backOff: (retry: number) => number = exponentialBackOff,
): number | undefined => {
  if (retry > retries || !isRetryable(kind, read)) return undefined
  if (retryAfter !== undefined)
    return retryAfter <= maxRetryAfter ? retryAfter : undefined
  return backOff(retry)
}

const exponentialBackOff = (retry: number): number => {
  const ceiling = Math.min(maxDelay, baseDelay * 2 ** (retry - 1))
  return ceiling / 2 + Math.random() * (ceiling / 2)
}

/**
 * Waits before retry number `retry` of `operation`; rejects with the error to raise instead when
 * the failure is not retried, or with SeamHttpAbortError when `signal` aborts the wait.
 */
export type RetryPolicy = (
  failure: AttemptFailure,
  operation: OperationSpec,
  retry: number,
  signal: AbortSignal | undefined,
) => Promise<void>

/** The caller's own wait before retry number `retry`, in place of the exponential one. */
export type RetryWait = (retry: number, error: Error) => number

/**
 * A client's policy for up to `retries` retries; none at all for 0, so a client that never
 * retries needs none of it. `wait`, when given, sets the wait that a `Retry-After` does not.
 */
export const retryPolicy = (
  retries: number,
  wait?: RetryWait,
): RetryPolicy | undefined =>
  retries === 0
    ? undefined
    : async (failure, operation, retry, signal) => {
        const delay = retryDelay(
          failureKind(failure.error),
          isRead(operation),
          retry,
          retries,
          parseRetryAfter(failure.response?.headers.get('retry-after')),
          wait && ((next) => wait(next, failure.error)),
        )
        if (delay === undefined) throw failure.error
        if (!(await sleep(delay, signal)))
          throw new SeamHttpAbortError(
            signal?.reason,
            failureAt(operation, retry),
          )
      }

// Error codes (Node's, on fetch's `cause`) for a connection that was never made, so nothing was
// sent. Browsers give no such detail: there every network error counts as possibly delivered.
const unsentCode =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT)$/

/** What kind of failure an attempt's error is; an error about a response, by its status. */
const failureKind = (error: Error): FailureKind => {
  if (error instanceof SeamHttpTimeoutError) return 'timeout'
  if (error instanceof SeamHttpNetworkError) {
    const code = (error.cause as { cause?: { code?: unknown } } | undefined)
      ?.cause?.code
    return typeof code === 'string' && unsentCode.test(code)
      ? 'unsent'
      : 'network'
  }
  const status = (error as { statusCode?: number }).statusCode ?? 0
  return status === 429 ? 'throttled' : status >= 500 ? 'server' : 'final'
}

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
export const parseRetryAfter = (
  value: string | null | undefined,
  now = Date.now(),
): number | undefined => {
  if (value == null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  // Every HTTP-date form starts with the day's name; Date.parse alone would take "-1" as a year.
  if (!/^[A-Za-z]{3}/.test(trimmed)) return undefined
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
