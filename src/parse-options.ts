// Reads a client's options (and, where they hold no credentials, the environment) into what a
// SeamClient needs. Everything here runs before any request, so every misuse is reported before
// anything is sent.

import { authSchemes, workspaceEnvironmentVariable } from './auth-schemes.js'
import {
  type Auth,
  type AuthScheme,
  schemeAuth,
  schemes,
  type Scope,
} from './auth.js'
import { env } from './env.js'
import {
  SeamHttpAmbiguousAuthError,
  SeamHttpInvalidOptionsError,
  SeamHttpMissingCredentialsError,
} from './errors.js'
import type {
  ResolveActionAttemptOptions,
  SeamHttpCommonOptions,
  SeamHttpOptions,
  SeamHttpWithoutWorkspaceOptions,
  WaitForActionAttempt,
} from './options.js'
import { defaultRetries } from './retry-policy.js'

/** Everything a SeamClient is made from, validated. */
export interface SeamClientConfig {
  readonly endpoint: string
  readonly auth: Auth
  readonly timeout: number
  readonly retries: number
  readonly waitForActionAttempt: WaitForActionAttempt
  readonly isUndocumentedApiEnabled: boolean
}

export const defaultEndpoint = 'https://connect.getseam.com'
const defaultTimeout = 30_000

type AnyOptions = SeamHttpCommonOptions &
  Partial<Record<AuthScheme | 'workspaceId', unknown>>

/** What `new SeamHttp(...)` takes: an API key alone stands for `{ apiKey }`. */
export const optionsFrom = (
  apiKeyOrOptions: string | SeamHttpOptions,
): SeamHttpOptions =>
  typeof apiKeyOrOptions === 'string'
    ? { apiKey: apiKeyOrOptions }
    : apiKeyOrOptions

/** Reads the options (and, where they hold no credentials, the environment) into a client's configuration. */
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
    if (authSchemes[scheme].workspace === 'never') {
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

const { apiKey: apiKeyScheme, personalAccessToken: patScheme } = authSchemes

const envAuth = (options: AnyOptions, scope: Scope): Auth => {
  const personalAccessToken = env(patScheme.environmentVariable)
  if (scope === 'withoutWorkspace') {
    if (personalAccessToken === undefined) {
      throw new SeamHttpMissingCredentialsError(
        `pass a personalAccessToken or consoleSessionToken, or set ${patScheme.environmentVariable}`,
      )
    }
    return schemeAuth(
      'personalAccessToken',
      personalAccessToken,
      undefined,
      scope,
    )
  }
  const apiKey = env(apiKeyScheme.environmentVariable)
  if (apiKey !== undefined && personalAccessToken !== undefined) {
    throw new SeamHttpAmbiguousAuthError(
      `both ${apiKeyScheme.environmentVariable} and ${patScheme.environmentVariable} are set: unset one, or pass the credentials as options`,
    )
  }
  if (apiKey !== undefined)
    return schemeAuth('apiKey', apiKey, undefined, scope)
  if (personalAccessToken !== undefined) {
    return schemeAuth(
      'personalAccessToken',
      personalAccessToken,
      options.workspaceId ?? env(workspaceEnvironmentVariable),
      scope,
    )
  }
  throw new SeamHttpMissingCredentialsError(
    `pass one of ${schemes.join(', ')}, or set ${apiKeyScheme.environmentVariable} (or ${patScheme.environmentVariable} and ${workspaceEnvironmentVariable})`,
  )
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
