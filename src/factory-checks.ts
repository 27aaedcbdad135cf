// The checks the clients' constructors and factories make of their arguments, as @seamapi/http
// makes them.

import { SeamHttpInvalidOptionsError } from './errors.js'
import type {
  SeamHttpOptions,
  SeamHttpWithoutWorkspaceOptions,
} from './options.js'
import { isSeamHttpOptionsWithClient } from './options-guards.js'
import { SeamClient, type SeamClientConfig } from './seam-client.js'

/** The client that options with `client` stand for, or undefined for other options. */
const givenClient = (
  options: SeamHttpOptions | SeamHttpWithoutWorkspaceOptions,
): SeamClient | undefined => {
  if (options === null || typeof options !== 'object') return undefined
  if (!isSeamHttpOptionsWithClient(options)) return undefined
  const { client, waitForActionAttempt } = options
  if (!(client instanceof SeamClient)) {
    throw new SeamHttpInvalidOptionsError(
      'client must be a SeamClient (createSeamClient(...), or another client made by this SDK)',
    )
  }
  return waitForActionAttempt === undefined
    ? client
    : client.withWaitForActionAttempt(waitForActionAttempt)
}

/**
 * The client a constructor is given: a namespace's getter hands over its SeamClient as it is,
 * options with `client` stand for that client, and other options are parsed into a new one.
 */
export const clientFrom = <
  Options extends SeamHttpOptions | SeamHttpWithoutWorkspaceOptions,
>(
  given: Options | SeamClient,
  parse: (options: Options) => SeamClientConfig,
): SeamClient =>
  given instanceof SeamClient
    ? given
    : (givenClient(given) ?? new SeamClient(parse(given)))

/** Throws @seamapi/http's "Missing ..." error when a factory's argument is left out. */
export const assertGiven = (
  values: readonly unknown[],
  missing: string,
  ErrorClass: new (message: string) => Error = SeamHttpInvalidOptionsError,
): void => {
  if (values.some((value) => value == null)) throw new ErrorClass(missing)
}

/** @seamapi/http warns when the user identifier key is an email address, which anyone may know. */
export const warnOnEmailUserIdentifierKey = (
  userIdentifierKey: string,
): void => {
  if (
    !userIdentifierKey.includes('!') &&
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(userIdentifierKey)
  ) {
    console.warn(
      'Using an email for the userIdentifierKey is insecure and may return an error in the future!',
      'This is insecure because an email is common knowledge or easily guessed.',
      'Use something with sufficient entropy known only to the owner of the client session.',
      'For help choosing a user identifier key see',
      'https://docs.seam.co/latest/seam-components/overview/get-started-with-client-side-components#3-select-a-user-identifier-key',
    )
  }
}
