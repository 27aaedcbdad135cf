// Which kind a token is (by its prefix, from the table in auth-schemes.ts), and the check that a
// token given for an option is of that option's kind and safe to send in a header. Messages are
// @seamapi/http's, which code written for it may match on.

import { authSchemes, type TokenKind, tokenKind } from './auth-schemes.js'
import { SeamHttpInvalidTokenError } from './errors.js'

export { type TokenKind, tokenKind } from './auth-schemes.js'

export const isApiKey = (token: string): boolean =>
  tokenKind(token) === 'apiKey'
export const isClientSessionToken = (token: string): boolean =>
  tokenKind(token) === 'clientSessionToken'
export const isPersonalAccessToken = (token: string): boolean =>
  tokenKind(token) === 'personalAccessToken'
export const isConsoleSessionToken = (token: string): boolean =>
  tokenKind(token) === 'consoleSessionToken'
export const isPublishableKey = (token: string): boolean =>
  tokenKind(token) === 'publishableKey'

/** How a message names a token of each kind given for another option ("A JWT cannot be used as an apiKey"). */
const misusedKindName: Readonly<Record<TokenKind, string>> = {
  apiKey: 'An API key',
  clientSessionToken: 'A Client Session Token',
  personalAccessToken: 'An Access Token',
  consoleSessionToken: 'A JWT',
  publishableKey: 'A Publishable Key',
}

const optionWithArticle = (option: TokenKind): string =>
  `${option === 'apiKey' ? 'an' : 'a'} ${option}`

/** The message for a token that is not of the kind the option takes. */
const wrongKindMessage = (
  expected: TokenKind,
  actual: TokenKind | undefined,
): string => {
  // A key that merely starts with seam_ is an "unknown format" for the other options.
  if (actual !== undefined && actual !== 'apiKey') {
    // @seamapi/http's own wording for this one case, kept so that matching code still matches.
    const name =
      expected === 'publishableKey' && actual === 'clientSessionToken'
        ? 'A Client Session Token Key'
        : misusedKindName[actual]
    return `${name} cannot be used as ${optionWithArticle(expected)}`
  }
  const { tokenPrefix } = authSchemes[expected]
  const format =
    expected === 'consoleSessionToken'
      ? `expected a JWT which starts with ${tokenPrefix}`
      : `expected token to start with ${tokenPrefix}`
  return `Unknown or invalid ${expected} format, ${format}`
}

// RFC 6750's b64token: what a bearer token may hold. Anything else (CR, LF, spaces, quotes, non-ASCII)
// could split or corrupt a header, and fetch would echo the offending value in its own error.
const bearerTokenSyntax = /^[A-Za-z0-9\-._~+/]+=*$/

/** Throws unless `token` is a string of the kind the option `expected` takes and is safe in a header. */
export const assertTokenKind = (
  token: unknown,
  expected: TokenKind,
): string => {
  if (typeof token !== 'string') {
    throw new SeamHttpInvalidTokenError(
      `${wrongKindMessage(expected, undefined)}, but ${expected} is not a string`,
    )
  }
  const actual = tokenKind(token)
  if (actual !== expected)
    throw new SeamHttpInvalidTokenError(wrongKindMessage(expected, actual))
  if (!bearerTokenSyntax.test(token)) {
    throw new SeamHttpInvalidTokenError(
      `${expected} contains characters a token cannot hold (only letters, digits and -._~+/ then =): ` +
        'a CR, LF, space or other character would corrupt the request header',
    )
  }
  return token
}
