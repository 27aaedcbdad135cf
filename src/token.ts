import { SeamHttpInvalidTokenError } from './errors.js'

/** The kinds of token Seam issues, each named after the option that takes it. */
export type TokenKind =
  | 'apiKey'
  | 'clientSessionToken'
  | 'personalAccessToken'
  | 'consoleSessionToken'
  | 'publishableKey'

const description: Record<TokenKind, string> = {
  apiKey: 'an API key (starts with seam_)',
  clientSessionToken: 'a client session token (starts with seam_cst)',
  personalAccessToken: 'a personal access token (starts with seam_at)',
  consoleSessionToken: 'a console session token (a JWT, starts with ey)',
  publishableKey: 'a publishable key (starts with seam_pk)',
}

/** Which kind a token looks like, from its prefix; undefined when it looks like none. */
export const tokenKind = (token: string): TokenKind | undefined => {
  if (token.startsWith('seam_cst')) return 'clientSessionToken'
  if (token.startsWith('seam_at')) return 'personalAccessToken'
  if (token.startsWith('seam_pk')) return 'publishableKey'
  if (token.startsWith('seam_')) return 'apiKey'
  if (token.startsWith('ey')) return 'consoleSessionToken'
  return undefined
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
      `${expected} must be a non-empty string, expected ${description[expected]}`,
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
      : `looks like ${description[actual]}`
  throw new SeamHttpInvalidTokenError(
    `${expected} ${looksLike}, expected ${description[expected]}`,
  )
}
