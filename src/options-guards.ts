// The type guards @seamapi/http exports for its options, with its behaviour: true when the options
// use that scheme, and SeamHttpInvalidOptionsError (its messages) when they mix it with another.

import { SeamHttpInvalidOptionsError } from './errors.js'
import type {
  SeamHttpOptions,
  SeamHttpOptionsWithApiKey,
  SeamHttpOptionsWithClient,
  SeamHttpOptionsWithClientSessionToken,
  SeamHttpOptionsWithConsoleSessionToken,
  SeamHttpOptionsWithPersonalAccessToken,
  SeamHttpWithoutWorkspaceOptions,
  SeamHttpWithoutWorkspaceOptionsWithClient,
  SeamHttpWithoutWorkspaceOptionsWithConsoleSessionToken,
  SeamHttpWithoutWorkspaceOptionsWithPersonalAccessToken,
} from './options.js'

type AnyOptions = SeamHttpOptions | SeamHttpWithoutWorkspaceOptions
type Scheme =
  | 'apiKey'
  | 'clientSessionToken'
  | 'consoleSessionToken'
  | 'personalAccessToken'

const schemesInCheckOrder: readonly Scheme[] = [
  'apiKey',
  'clientSessionToken',
  'consoleSessionToken',
  'personalAccessToken',
]

/** Options a client made from another client may still take. */
const requestOptionNames: readonly string[] = ['waitForActionAttempt']

const has = (options: AnyOptions, name: string): boolean =>
  (options as Record<string, unknown>)[name] != null

/** Whether the options use `scheme`; throws when another scheme is there too. */
const usesScheme = (options: AnyOptions, scheme: Scheme): boolean => {
  if (!has(options, scheme)) return false
  const other = schemesInCheckOrder.find(
    (name) => name !== scheme && has(options, name),
  )
  if (other !== undefined) {
    throw new SeamHttpInvalidOptionsError(
      `The ${other} option cannot be used with the ${scheme} option`,
    )
  }
  return true
}

const withWorkspace = (options: AnyOptions, scheme: Scheme): boolean => {
  if (!usesScheme(options, scheme)) return false
  if (!has(options, 'workspaceId')) {
    throw new SeamHttpInvalidOptionsError(
      `Must pass a workspaceId when using a ${scheme}`,
    )
  }
  return true
}

export const isSeamHttpOptionsWithClient = (
  options: AnyOptions,
): options is SeamHttpOptionsWithClient => {
  if (!has(options, 'client')) return false
  const keys = Object.keys(options).filter((key) => key !== 'client')
  if (keys.some((key) => !requestOptionNames.includes(key))) {
    throw new SeamHttpInvalidOptionsError(
      `The client option cannot be used with any other option, but received: ${keys.join(', ')}`,
    )
  }
  return true
}

export const isSeamHttpWithoutWorkspaceOptionsWithClient = (
  options: AnyOptions,
): options is SeamHttpWithoutWorkspaceOptionsWithClient =>
  isSeamHttpOptionsWithClient(options)

export const isSeamHttpOptionsWithApiKey = (
  options: AnyOptions,
): options is SeamHttpOptionsWithApiKey => usesScheme(options, 'apiKey')

export const isSeamHttpOptionsWithClientSessionToken = (
  options: AnyOptions,
): options is SeamHttpOptionsWithClientSessionToken =>
  usesScheme(options, 'clientSessionToken')

export const isSeamHttpWithoutWorkspaceOptionsWithConsoleSessionToken = (
  options: AnyOptions,
): options is SeamHttpWithoutWorkspaceOptionsWithConsoleSessionToken =>
  usesScheme(options, 'consoleSessionToken')

export const isSeamHttpOptionsWithConsoleSessionToken = (
  options: AnyOptions,
): options is SeamHttpOptionsWithConsoleSessionToken =>
  withWorkspace(options, 'consoleSessionToken')

export const isSeamHttpWithoutWorkspaceOptionsWithPersonalAccessToken = (
  options: AnyOptions,
): options is SeamHttpWithoutWorkspaceOptionsWithPersonalAccessToken =>
  usesScheme(options, 'personalAccessToken')

export const isSeamHttpOptionsWithPersonalAccessToken = (
  options: AnyOptions,
): options is SeamHttpOptionsWithPersonalAccessToken =>
  withWorkspace(options, 'personalAccessToken')
