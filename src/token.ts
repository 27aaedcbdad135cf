// Which kind a token is (by its prefix, from the table in auth-schemes.ts), and the check that a
// token given for an option is of that option's kind and safe to send in a header.

import { authSchemes, type TokenKind, tokenKind } from './auth-schemes.js'
import { SeamHttpInvalidTokenError } from './errors.js'

export { type TokenKind, tokenKind } from './auth-schemes.js'

const description = (kind: TokenKind): string => {
  const { description, tokenPrefix } = authSchemes[kind]
  return `${description} (starts with ${tokenPrefix})`
}

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

// RFC 6750's b64token: what a bearer token may hold. Anything else (CR, LF, spaces, quotes, non-ASCII)
// could split or corrupt a header, and fetch would echo the offending value in its own error.
const bearerTokenSyntax = /^[A-Za-z0-9\-._~+/]+=*$/

/** Throws unless `token` is a string of the kind the option `expected` takes and is safe in a header. */
export const assertTokenKind = (
  token: unknown,
  expected: TokenKind,
): string => {
  if (typeof token !== 'string' || token === '') {
    throw new SeamHttpInvalidTokenError(
      `${expected} must be a non-empty string, expected ${description(expected)}`,
    )
  }
  if (!bearerTokenSyntax.test(token)) {
    throw new SeamHttpInvalidTokenError(
      `${expected} contains characters a token cannot hold (only letters, digits and -._~+/ then =): ` +
        'a CR, LF, space or other character would corrupt the request header',
    )
  }
  const actual = tokenKind(token)
  if (actual === expected) return token
  const looksLike =
    actual === undefined
      ? 'has an unknown format'
      : `looks like ${description(actual)}`
  throw new SeamHttpInvalidTokenError(
    `${expected} ${looksLike}, expected ${description(expected)}`,
  )
}
