// The defaults a client starts from, and checks of the options that also come with one call
// (timeout, waitForActionAttempt), made before anything is sent.

import { SeamHttpInvalidOptionsError } from './errors.js'
import type {
  ResolveActionAttemptOptions,
  WaitForActionAttempt,
} from './operation.js'

/** Where a client sends its requests, and how long one may take, unless it is told otherwise. */
export const defaultEndpoint = 'https://connect.getseam.com'
export const defaultTimeout = 30_000

/** A number of milliseconds, 0 or more, or undefined when not given. */
export const nonNegative = (
  name: string,
  value: unknown,
): number | undefined => {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new SeamHttpInvalidOptionsError(
      `${name} must be a finite number of milliseconds, 0 or more`,
    )
  }
  return value
}

/** Validates the options of one call, before it is sent. */
export const checkCallOptions = (options: {
  timeout?: unknown
  waitForActionAttempt?: unknown
}): void => {
  nonNegative('timeout', options.timeout)
  parseWaitForActionAttempt(options.waitForActionAttempt)
}

export const parseWaitForActionAttempt = (
  wait: unknown,
): WaitForActionAttempt | undefined => {
  if (wait === undefined || typeof wait === 'boolean') return wait
  if (wait === null || typeof wait !== 'object') {
    throw new SeamHttpInvalidOptionsError(
      'waitForActionAttempt must be true, false or { timeout, pollingInterval }',
    )
  }
  const { timeout, pollingInterval } = wait as ResolveActionAttemptOptions
  nonNegative('waitForActionAttempt.timeout', timeout)
  if (
    nonNegative('waitForActionAttempt.pollingInterval', pollingInterval) === 0
  ) {
    throw new SeamHttpInvalidOptionsError(
      'waitForActionAttempt.pollingInterval must be more than 0',
    )
  }
  return wait as ResolveActionAttemptOptions
}
