// Client options: their types, and their reading (with the environment) into what a SeamClient needs.
// Everything here runs before any request, so every misuse is reported before anything is sent.

import {
  SeamHttpAmbiguousAuthError,
  SeamHttpInvalidOptionsError,
  SeamHttpMissingCredentialsError,
  SeamHttpMissingWorkspaceIdError,
} from './errors.js'
import { defaultRetries } from './retry.js'
import { assertTokenKind, type TokenKind } from './token.js'

/** How long and how often to poll an action attempt; `true` uses the defaults. */
export interface ResolveActionAttemptOptions {
  /** Milliseconds to wait for the attempt to finish (default 10 000). */
  timeout?: number
  /** Milliseconds between polls of `/action_attempts/get` (default 500). */
  pollingInterval?: number
}

export type WaitForActionAttempt = boolean | ResolveActionAttemptOptions

/** Options every client takes, whatever its credentials. */
export interface SeamHttpCommonOptions {
  /** Base URL of the API; defaults to SEAM_ENDPOINT, then https://connect.getseam.com. */
  endpoint?: string
  /** Milliseconds one attempt may take before it fails (default 30 000); 0 disables. */
  timeout?: number
  /** How many times to retry a request that can safely be retried (default 2); false for none. */
  retries?: number | false
  /** Whether methods returning an action attempt wait for it to finish (default true). */
  waitForActionAttempt?: WaitForActionAttempt
  /** Makes undocumented and draft operations callable. */
  isUndocumentedApiEnabled?: boolean
}

export type SeamHttpOptionsFromEnv = SeamHttpCommonOptions
export interface SeamHttpOptionsWithApiKey extends SeamHttpCommonOptions {
  apiKey: string
}
export interface SeamHttpOptionsWithClientSessionToken extends SeamHttpCommonOptions {
  clientSessionToken: string
}
export interface SeamHttpOptionsWithPersonalAccessToken extends SeamHttpCommonOptions {
  personalAccessToken: string
  workspaceId: string
}
export interface SeamHttpOptionsWithConsoleSessionToken extends SeamHttpCommonOptions {
  consoleSessionToken: string
  workspaceId: string
}

/** Options of `SeamHttp`: one authentication scheme, or none to read SEAM_API_KEY (or SEAM_PERSONAL_ACCESS_TOKEN + SEAM_WORKSPACE_ID). */
export type SeamHttpOptions =
  | SeamHttpOptionsFromEnv
  | SeamHttpOptionsWithApiKey
  | SeamHttpOptionsWithClientSessionToken
  | SeamHttpOptionsWithPersonalAccessToken
  | SeamHttpOptionsWithConsoleSessionToken

export interface SeamHttpWithoutWorkspaceOptionsWithPersonalAccessToken extends SeamHttpCommonOptions {
  personalAccessToken: string
}
export interface SeamHttpWithoutWorkspaceOptionsWithConsoleSessionToken extends SeamHttpCommonOptions {
  consoleSessionToken: string
}

/** Options of `SeamHttpWithoutWorkspace`: a personal access token or console session token, or none to read SEAM_PERSONAL_ACCESS_TOKEN. */
export type SeamHttpWithoutWorkspaceOptions =
  | SeamHttpOptionsFromEnv
  | SeamHttpWithoutWorkspaceOptionsWithPersonalAccessToken
  | SeamHttpWithoutWorkspaceOptionsWithConsoleSessionToken

export type SeamHttpFromPublishableKeyOptions = SeamHttpCommonOptions

/** Everything a SeamClient is made from, validated. */
export interface SeamClientConfig {
  readonly endpoint: string
  readonly auth: Auth
  readonly timeout: number
  readonly retries: number
  readonly waitForActionAttempt: WaitForActionAttempt
  readonly isUndocumentedApiEnabled: boolean
}

/** Credentials as headers, with the secrets in them (for redaction) and which kind they are (for display). */
export interface Auth {
  readonly kind: TokenKind
  readonly headers: Readonly<Record<string, string>>
  readonly secrets: readonly string[]
}

export const defaultEndpoint = 'https://connect.getseam.com'
const defaultTimeout = 30_000

type AuthScheme = Exclude<TokenKind, 'publishableKey'>
const schemes: readonly AuthScheme[] = [
  'apiKey',
  'clientSessionToken',
  'personalAccessToken',
  'consoleSessionToken',
]

/** A client for one workspace or for none: which schemes it takes differs. */
export type Scope = 'workspace' | 'withoutWorkspace'

type AnyOptions = SeamHttpCommonOptions &
  Partial<Record<AuthScheme | 'workspaceId', unknown>>

/** Reads the options (and, where they hold no credentials, the environment) into a client's configuration. */
/** What `new SeamHttp(...)` takes: an API key alone stands for `{ apiKey }`. */
export const optionsFrom = (
  apiKeyOrOptions: string | SeamHttpOptions,
): SeamHttpOptions =>
  typeof apiKeyOrOptions === 'string'
    ? { apiKey: apiKeyOrOptions }
    : apiKeyOrOptions

export const parseOptions = (
  options: SeamHttpOptions | SeamHttpWithoutWorkspaceOptions,
  scope: Scope,
): SeamClientConfig =>
  configWith(options, credentialAuth(options as AnyOptions, scope))

/** The configuration of a client that authenticates with `auth` and takes the common options from `options`. */
export const configWith = (
  options: SeamHttpCommonOptions,
  auth: Auth,
): SeamClientConfig => {
  if (options === null || typeof options !== 'object') {
    throw new SeamHttpInvalidOptionsError(
      'options must be an object (or an API key string)',
    )
  }
  return {
    endpoint: resolveEndpoint(options.endpoint),
    auth,
    timeout: nonNegative('timeout', options.timeout) ?? defaultTimeout,
    retries: parseRetries(options.retries),
    waitForActionAttempt:
      parseWaitForActionAttempt(options.waitForActionAttempt) ?? true,
    isUndocumentedApiEnabled: options.isUndocumentedApiEnabled === true,
  }
}

const credentialAuth = (options: AnyOptions, scope: Scope): Auth => {
  const given = schemes.filter((scheme) => options[scheme] != null)
  if (given.length > 1) {
    throw new SeamHttpAmbiguousAuthError(
      `${given.join(' and ')} were given together: pass exactly one of ${schemes.join(', ')}`,
    )
  }
  const scheme = given[0]
  if (scheme === undefined) return envAuth(options, scope)
  if (scope === 'withoutWorkspace') {
    if (scheme !== 'personalAccessToken' && scheme !== 'consoleSessionToken') {
      throw new SeamHttpInvalidOptionsError(
        `SeamHttpWithoutWorkspace takes a personalAccessToken or consoleSessionToken, not ${scheme}, which is scoped to one workspace: use SeamHttp`,
      )
    }
    if (options.workspaceId != null) {
      throw new SeamHttpInvalidOptionsError(
        'SeamHttpWithoutWorkspace takes no workspaceId; use SeamHttp for one workspace',
      )
    }
  }
  return schemeAuth(scheme, options[scheme], options.workspaceId, scope)
}

const envAuth = (options: AnyOptions, scope: Scope): Auth => {
  const personalAccessToken = env('SEAM_PERSONAL_ACCESS_TOKEN')
  if (scope === 'withoutWorkspace') {
    if (personalAccessToken === undefined) {
      throw new SeamHttpMissingCredentialsError(
        'pass a personalAccessToken or consoleSessionToken, or set SEAM_PERSONAL_ACCESS_TOKEN',
      )
    }
    return schemeAuth(
      'personalAccessToken',
      personalAccessToken,
      undefined,
      scope,
    )
  }
  const apiKey = env('SEAM_API_KEY')
  if (apiKey !== undefined && personalAccessToken !== undefined) {
    throw new SeamHttpAmbiguousAuthError(
      'both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN are set: unset one, or pass the credentials as options',
    )
  }
  if (apiKey !== undefined)
    return schemeAuth('apiKey', apiKey, undefined, scope)
  if (personalAccessToken !== undefined) {
    return schemeAuth(
      'personalAccessToken',
      personalAccessToken,
      options.workspaceId ?? env('SEAM_WORKSPACE_ID'),
      scope,
    )
  }
  throw new SeamHttpMissingCredentialsError(
    `pass one of ${schemes.join(', ')}, or set SEAM_API_KEY (or SEAM_PERSONAL_ACCESS_TOKEN and SEAM_WORKSPACE_ID)`,
  )
}

const schemeAuth = (
  scheme: AuthScheme,
  token: unknown,
  workspaceId: unknown,
  scope: Scope,
): Auth => {
  const valid = assertTokenKind(token, scheme)
  const headers: Record<string, string> = { authorization: `Bearer ${valid}` }
  if (scheme === 'clientSessionToken') headers['client-session-token'] = valid
  if (
    scope === 'workspace' &&
    (scheme === 'personalAccessToken' || scheme === 'consoleSessionToken')
  ) {
    headers['seam-workspace'] = assertWorkspaceId(workspaceId, scheme)
  }
  return { kind: scheme, headers, secrets: [valid] }
}

/** The credentials a publishable key gives: only enough to exchange it for a client session token. */
export const publishableKeyAuth = (publishableKey: unknown): Auth => {
  const valid = assertTokenKind(publishableKey, 'publishableKey')
  return {
    kind: 'publishableKey',
    headers: { 'seam-publishable-key': valid },
    secrets: [valid],
  }
}

/** The credentials of a client session token, as `SeamHttp` sends them. */
export const clientSessionTokenAuth = (token: unknown): Auth =>
  schemeAuth('clientSessionToken', token, undefined, 'workspace')

const assertWorkspaceId = (
  workspaceId: unknown,
  scheme: AuthScheme,
): string => {
  if (workspaceId == null || workspaceId === '') {
    throw new SeamHttpMissingWorkspaceIdError(
      `a ${scheme} needs a workspaceId (or SEAM_WORKSPACE_ID); for calls without a workspace use SeamHttpWithoutWorkspace`,
    )
  }
  // Visible ASCII only: it is sent as the seam-workspace header.
  if (typeof workspaceId !== 'string' || !/^[\x21-\x7e]+$/.test(workspaceId)) {
    throw new SeamHttpInvalidOptionsError(
      'workspaceId must be a string of visible ASCII characters (it is sent as a header)',
    )
  }
  return workspaceId
}

// `process` does not exist in browsers and other fetch runtimes; an empty variable counts as unset.
const env = (name: string): string | undefined => {
  const value = (
    globalThis as { process?: { env?: Record<string, string | undefined> } }
  ).process?.env?.[name]
  return value === '' ? undefined : value
}

const loopbackHost = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/
const warnedOrigins = new Set<string>()

/** The endpoint as an http(s) URL without a trailing slash; warns when plain http would cross a network. */
const resolveEndpoint = (endpoint: unknown): string => {
  const value = endpoint ?? env('SEAM_ENDPOINT') ?? defaultEndpoint
  if (typeof value !== 'string')
    throw new SeamHttpInvalidOptionsError('endpoint must be a string')
  let url: URL
  try {
    // A relative endpoint resolves against the page in a browser, and fails elsewhere.
    url = new URL(
      value,
      (globalThis as { location?: { href: string } }).location?.href,
    )
  } catch {
    throw new SeamHttpInvalidOptionsError(
      `endpoint must be an http(s) URL such as ${defaultEndpoint}`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SeamHttpInvalidOptionsError(
      `endpoint must be an http(s) URL, not ${url.protocol}`,
    )
  }
  if (url.username !== '' || url.password !== '') {
    throw new SeamHttpInvalidOptionsError(
      'endpoint must not hold a user name or password: pass credentials as options',
    )
  }
  if (
    url.protocol === 'http:' &&
    !loopbackHost.test(url.hostname) &&
    !warnedOrigins.has(url.origin)
  ) {
    warnedOrigins.add(url.origin)
    console.warn(
      `SeamHttp: the endpoint ${url.origin} uses plain http, so tokens and data cross the network unencrypted; use https`,
    )
  }
  return url.href.replace(/\/+$/, '')
}

const nonNegative = (name: string, value: unknown): number | undefined => {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new SeamHttpInvalidOptionsError(
      `${name} must be a finite number of milliseconds, 0 or more`,
    )
  }
  return value
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

/** Validates the options of one call, before it is sent. */
export const checkCallOptions = (options: {
  timeout?: unknown
  waitForActionAttempt?: unknown
}): void => {
  nonNegative('timeout', options.timeout)
  parseWaitForActionAttempt(options.waitForActionAttempt)
}

const parseWaitForActionAttempt = (
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
