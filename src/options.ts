// The options the clients take, as types. Reading them (with the environment) is parse-options.ts.

import type { WaitForActionAttempt } from './operation.js'
import type { SeamClient } from './seam-client.js'

export type {
  ResolveActionAttemptOptions,
  WaitForActionAttempt,
} from './operation.js'

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
  /**
   * `@seamapi/http`'s options for its axios instance. This SDK sends with fetch, so it takes only
   * an empty object, for code written for `@seamapi/http` that passes one.
   */
  axiosOptions?: Record<string, never>
  /**
   * `@seamapi/http`'s axios-retry options, as far as they mean something here: `retries` stands for
   * the `retries` option, and `retryDelay(retryNumber, error)` replaces the wait before a retry
   * (a `Retry-After` still comes first). What is retried stays the policy's (`src/retry-policy.ts`).
   */
  axiosRetryOptions?: {
    retries?: number
    retryDelay?: (retryNumber: number, error: Error) => number
    shouldResetTimeout?: true
  }
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
  | SeamHttpOptionsWithClient

export interface SeamHttpWithoutWorkspaceOptionsWithPersonalAccessToken extends SeamHttpCommonOptions {
  personalAccessToken: string
}
export interface SeamHttpWithoutWorkspaceOptionsWithConsoleSessionToken extends SeamHttpCommonOptions {
  consoleSessionToken: string
}

/** Options of `SeamHttpWithoutWorkspace` that read the token from SEAM_PERSONAL_ACCESS_TOKEN. */
export type SeamHttpWithoutWorkspaceOptionsFromEnv = SeamHttpCommonOptions

/** How a request is executed, as `@seamapi/http` names the part of the options about it. */
export interface SeamHttpRequestOptions {
  waitForActionAttempt?: WaitForActionAttempt
}

/** Options of `SeamHttpWithoutWorkspace`: a personal access token or console session token, or none to read SEAM_PERSONAL_ACCESS_TOKEN. */
export type SeamHttpWithoutWorkspaceOptions =
  | SeamHttpWithoutWorkspaceOptionsFromEnv
  | SeamHttpWithoutWorkspaceOptionsWithPersonalAccessToken
  | SeamHttpWithoutWorkspaceOptionsWithConsoleSessionToken
  | SeamHttpWithoutWorkspaceOptionsWithClient

export type SeamHttpFromPublishableKeyOptions = SeamHttpCommonOptions

/** A client made from another client's connection (`SeamHttp.fromClient`): only its waiting may differ. */
export interface SeamHttpOptionsWithClient {
  client: SeamClient
  waitForActionAttempt?: WaitForActionAttempt
}
export type SeamHttpWithoutWorkspaceOptionsWithClient =
  SeamHttpOptionsWithClient
