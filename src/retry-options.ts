// How often and how long a client retries, from its options: `retries`, and what @seamapi/http's
// axios options mean here.

import { SeamHttpInvalidOptionsError } from './errors.js'
import type { SeamHttpCommonOptions } from './options.js'
import {
  defaultRetries,
  type RetryPolicy,
  retryPolicy,
  type RetryWait,
} from './retry-policy.js'

/**
 * The retry policy the options ask for: `retries`, or @seamapi/http's `axiosRetryOptions` where
 * they have a meaning here. An axios option that this SDK cannot honour is refused by name rather
 * than dropped, so that code written for @seamapi/http learns what would behave otherwise.
 */
export const retryOptions = (
  options: SeamHttpCommonOptions,
): RetryPolicy | undefined => {
  axiosOption(options, 'axiosOptions', [], 'this SDK sends with fetch')
  const { retries, retryDelay, shouldResetTimeout } = axiosOption(
    options,
    'axiosRetryOptions',
    ['retries', 'retryDelay', 'shouldResetTimeout'],
    'what is retried is up to the retry policy; set retries (0 for none) instead',
  )
  if (shouldResetTimeout !== undefined && shouldResetTimeout !== true) {
    throw new SeamHttpInvalidOptionsError(
      'axiosRetryOptions.shouldResetTimeout can only be true: the timeout applies to each attempt',
    )
  }
  if (retryDelay !== undefined && typeof retryDelay !== 'function') {
    throw new SeamHttpInvalidOptionsError(
      'axiosRetryOptions.retryDelay must be a function (retryNumber, error) => milliseconds',
    )
  }
  return retryPolicy(
    parseRetries(options.retries ?? retries),
    retryDelay as RetryWait | undefined,
  )
}

/** One of @seamapi/http's axios options: absent, or an object holding only the keys in `known`. */
const axiosOption = (
  options: SeamHttpCommonOptions,
  name: 'axiosOptions' | 'axiosRetryOptions',
  known: readonly string[],
  otherwise: string,
): Record<string, unknown> => {
  const value: unknown = options[name]
  if (value === undefined) return {}
  if (value === null || typeof value !== 'object') {
    throw new SeamHttpInvalidOptionsError(`${name} must be an object`)
  }
  const unknown = Object.keys(value).find((key) => !known.includes(key))
  if (unknown !== undefined) {
    throw new SeamHttpInvalidOptionsError(
      `${name}.${unknown} has no counterpart in this SDK: ${otherwise}`,
    )
  }
  return value as Record<string, unknown>
}

const parseRetries = (retries: unknown): number => {
  if (retries === undefined) return defaultRetries
  if (retries === false) return 0
  if (
    typeof retries !== 'number' ||
    !Number.isInteger(retries) ||
    retries < 0 ||
    retries > 10
  ) {
    throw new SeamHttpInvalidOptionsError(
      'retries must be false or a whole number from 0 to 10',
    )
  }
  return retries
}
