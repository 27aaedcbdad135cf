// Credentials as the headers a client sends: built from one token of a known scheme, checked first.

import {
  authSchemes,
  type TokenKind,
  workspaceEnvironmentVariable,
  workspaceHeader,
} from './auth-schemes.js'
import {
  SeamHttpInvalidOptionsError,
  SeamHttpMissingWorkspaceIdError,
} from './errors.js'
import { assertTokenKind } from './token.js'

/** Credentials as headers, with the secrets in them (for redaction) and which kind they are (for display). */
export interface Auth {
  readonly kind: TokenKind
  readonly headers: Readonly<Record<string, string>>
  readonly secrets: readonly string[]
}

/** The schemes a client is made with (a publishable key is only exchanged for a client session token). */
export type AuthScheme = Exclude<TokenKind, 'publishableKey'>

/** A client for one workspace or for none: which schemes it takes differs. */
export type Scope = 'workspace' | 'withoutWorkspace'

/** The credentials of one scheme's token; in a workspace, personal access and console session tokens name it. */
export const schemeAuth = (
  scheme: AuthScheme,
  token: unknown,
  workspaceId: unknown,
  scope: Scope,
): Auth => {
  // The workspace first, then the token: the order of @seamapi/http's checks.
  const workspace =
    scope === 'workspace' && authSchemes[scheme].workspace !== 'never'
      ? assertWorkspaceId(workspaceId, scheme)
      : undefined
  const valid = assertTokenKind(token, scheme)
  const headers = tokenHeaders(scheme, valid)
  if (workspace !== undefined) headers[workspaceHeader] = workspace
  return { kind: scheme, headers, secrets: [valid] }
}

/** The headers that carry a token of one kind, as the table says. */
const tokenHeaders = (
  kind: TokenKind,
  token: string,
): Record<string, string> => {
  const { sentAs, alsoSentAs } = authSchemes[kind]
  const headers: Record<string, string> =
    sentAs === 'bearer'
      ? { authorization: `Bearer ${token}` }
      : { [sentAs]: token }
  if (alsoSentAs !== undefined) headers[alsoSentAs] = token
  return headers
}

/** The credentials a publishable key gives: only enough to exchange it for a client session token. */
export const publishableKeyAuth = (publishableKey: unknown): Auth => {
  const valid = assertTokenKind(publishableKey, 'publishableKey')
  return {
    kind: 'publishableKey',
    headers: tokenHeaders('publishableKey', valid),
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
      `Must pass a workspaceId when using a ${scheme} (or set ${workspaceEnvironmentVariable}; for calls without a workspace use SeamHttpWithoutWorkspace)`,
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
