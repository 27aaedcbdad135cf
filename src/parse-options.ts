// Reads a client's options (and, where they hold no credentials, the environment) into what a
// SeamClient needs. Everything here runs before any request, so every misuse is reported before
// anything is sent.

import { authSchemes, workspaceEnvironmentVariable } from './auth-schemes.js'
import { type Auth, type AuthScheme, schemeAuth } from './auth.js'
import { env } from './env.js'
import {
  SeamHttpAmbiguousAuthError,
  SeamHttpInvalidOptionsError,
  SeamHttpMissingCredentialsError,
} from './errors.js'
import {
  defaultEndpoint,
  defaultTimeout,
  nonNegative,
  parseWaitForActionAttempt,
} from './call-options.js'
import type {
  SeamHttpCommonOptions,
  SeamHttpOptions,
  SeamHttpWithoutWorkspaceOptions,
} from './options.js'
import { retryOptions } from './retry-options.js'
import type { SeamClientConfig } from './seam-client.js'

type AnyOptions = SeamHttpCommonOptions &
  Partial<Record<AuthScheme | 'workspaceId', unknown>>

/** What `new SeamHttp(...)` takes: an API key alone stands for `{ apiKey }`. */
export const optionsFrom = <Other = SeamHttpOptions>(
  apiKeyOrOptions: string | Other,
): SeamHttpOptions | Other =>
  typeof apiKeyOrOptions === 'string'
    ? { apiKey: apiKeyOrOptions }
    : apiKeyOrOptions

/** Reads `SeamHttp`'s options (and, where they hold no credentials, the environment) into a client's configuration. */
export const parseOptions = (options: SeamHttpOptions): SeamClientConfig => {
  const scheme = givenScheme(options as AnyOptions)
  return configWith(
    options,
    scheme === undefined
      ? envAuth(options as AnyOptions)
      : schemeAuth(
          scheme,
          (options as AnyOptions)[scheme],
          workspaceIdOf(options as AnyOptions),
          'workspace',
        ),
  )
}

/** `SeamHttpWithoutWorkspace`'s options read as `parseOptions` reads `SeamHttp`'s. */
export const parseOptionsWithoutWorkspace = (
  options: SeamHttpWithoutWorkspaceOptions,
): SeamClientConfig => {
  const given = options as AnyOptions
  const scheme = givenScheme(given)
  let auth: Auth
  if (scheme === undefined) {
    const personalAccessToken = env(patScheme.environmentVariable)
    if (personalAccessToken === undefined)
      throw new SeamHttpMissingCredentialsError(noCredentials)
    auth = schemeAuth(
      'personalAccessToken',
      personalAccessToken,
      undefined,
      'withoutWorkspace',
    )
  } else {
    if (authSchemes[scheme].workspace === 'never') {
      throw new SeamHttpInvalidOptionsError(
        `SeamHttpWithoutWorkspace takes a personalAccessToken or consoleSessionToken, not ${scheme}, which is scoped to one workspace: use SeamHttp`,
      )
    }
    if (given.workspaceId != null) {
      throw new SeamHttpInvalidOptionsError(
        'SeamHttpWithoutWorkspace takes no workspaceId; use SeamHttp for one workspace',
      )
    }
    auth = schemeAuth(scheme, given[scheme], undefined, 'withoutWorkspace')
  }
  return configWith(options, auth)
}

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
    retry: retryOptions(options),
    waitForActionAttempt:
      parseWaitForActionAttempt(options.waitForActionAttempt) ?? true,
    isUndocumentedApiEnabled: options.isUndocumentedApiEnabled === true,
  }
}

// The order in which @seamapi/http checks the options, which decides what its messages name.
const checkOrder: readonly AuthScheme[] = [
  'apiKey',
  'clientSessionToken',
  'consoleSessionToken',
  'personalAccessToken',
]

const { apiKey: apiKeyScheme, personalAccessToken: patScheme } = authSchemes

const noCredentials =
  'Must specify an apiKey, clientSessionToken, publishableKey, consoleSessionToken or personalAccessToken. ' +
  `Attempted reading configuration from the environment, but the environment variable ${apiKeyScheme.environmentVariable} is not set.`

/** The one scheme the options give a token for, if any; more than one is ambiguous. */
const givenScheme = (options: AnyOptions): AuthScheme | undefined => {
  const given = checkOrder.filter((scheme) => options[scheme] != null)
  // @seamapi/http looks for a client session token first, so its message names that one first.
  if (given.includes('clientSessionToken'))
    given.sort((a, b) =>
      a === 'clientSessionToken' ? -1 : b === 'clientSessionToken' ? 1 : 0,
    )
  const [scheme, second] = given
  if (scheme !== undefined && second !== undefined) {
    throw new SeamHttpAmbiguousAuthError(
      `The ${second} option cannot be used with the ${scheme} option`,
    )
  }
  return scheme
}

/** The workspace: the option when it is there at all (even undefined), else SEAM_WORKSPACE_ID. */
const workspaceIdOf = (options: AnyOptions): unknown =>
  'workspaceId' in options
    ? options.workspaceId
    : env(workspaceEnvironmentVariable)

const envAuth = (options: AnyOptions): Auth => {
  const personalAccessToken = env(patScheme.environmentVariable)
  const apiKey = env(apiKeyScheme.environmentVariable)
  if (apiKey !== undefined && personalAccessToken !== undefined) {
    throw new SeamHttpAmbiguousAuthError(
      `Both ${apiKeyScheme.environmentVariable} and ${patScheme.environmentVariable} environment variables are defined. Please use only one authentication method.`,
    )
  }
  if (apiKey !== undefined)
    return schemeAuth('apiKey', apiKey, undefined, 'workspace')
  if (personalAccessToken !== undefined) {
    return schemeAuth(
      'personalAccessToken',
      personalAccessToken,
      workspaceIdOf(options),
      'workspace',
    )
  }
  throw new SeamHttpMissingCredentialsError(noCredentials)
}

/** SEAM_ENDPOINT, or its older name SEAM_API_URL, with @seamapi/http's warnings about the second. */
const endpointFromEnv = (): string | undefined => {
  const endpoint = env('SEAM_ENDPOINT')
  const apiUrl = env('SEAM_API_URL')
  if (apiUrl !== undefined) {
    console.warn(
      'Using the SEAM_API_URL environment variable is deprecated. Support will be remove in a later major version. Use SEAM_ENDPOINT instead.',
    )
    if (endpoint !== undefined)
      console.warn(
        'Detected both the SEAM_API_URL and SEAM_ENDPOINT environment variables. Using SEAM_ENDPOINT.',
      )
  }
  return endpoint ?? apiUrl
}

const loopbackHost = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/
const warnedOrigins = new Set<string>()

/** The endpoint as an http(s) URL without a trailing slash; warns when plain http would cross a network. */
const resolveEndpoint = (endpoint: unknown): string => {
  const value = endpoint ?? endpointFromEnv() ?? defaultEndpoint
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
