// Every authentication scheme in one table: the runtime (token.ts, auth.ts, parse-options.ts), the
// generator (scripts/spec/model.ts) and the cURL samples (scripts/samples/curl.ts) read it, and
// test/runtime/auth-schemes.test.ts checks it against the spec's components.securitySchemes.
// Adding a scheme is a row here; each reader then handles it.

/** The name of the option (and of the factory's argument) that takes the token. */
export type TokenKind =
  | 'apiKey'
  | 'clientSessionToken'
  | 'personalAccessToken'
  | 'consoleSessionToken'
  | 'publishableKey'

export interface AuthSchemeFacts {
  /** How such a token starts; the longest matching prefix decides a token's kind. */
  readonly tokenPrefix: string
  /** Where the spec's scheme carries the token: `Authorization: Bearer`, or a header of its own. */
  readonly sentAs: 'bearer' | 'seam-publishable-key'
  /** Another header that carries the token too (the spec's `client_session_token` scheme). */
  readonly alsoSentAs?: 'client-session-token'
  /** Whether a client for one workspace names it in `seam-workspace`. */
  readonly workspace: 'never' | 'for SeamHttp'
  /** The environment variable that holds such a token (in samples; parse-options.ts reads SEAM_API_KEY's and SEAM_PERSONAL_ACCESS_TOKEN's). */
  readonly environmentVariable: string
}

/** Most usual first: samples show the first scheme an operation accepts. */
export const authSchemes: Readonly<Record<TokenKind, AuthSchemeFacts>> = {
  apiKey: {
    tokenPrefix: 'seam_',
    sentAs: 'bearer',
    workspace: 'never',
    environmentVariable: 'SEAM_API_KEY',
  },
  personalAccessToken: {
    tokenPrefix: 'seam_at',
    sentAs: 'bearer',
    workspace: 'for SeamHttp',
    environmentVariable: 'SEAM_PERSONAL_ACCESS_TOKEN',
  },
  consoleSessionToken: {
    tokenPrefix: 'ey',
    sentAs: 'bearer',
    workspace: 'for SeamHttp',
    environmentVariable: 'SEAM_CONSOLE_SESSION_TOKEN',
  },
  clientSessionToken: {
    tokenPrefix: 'seam_cst',
    sentAs: 'bearer',
    alsoSentAs: 'client-session-token',
    workspace: 'never',
    environmentVariable: 'SEAM_CLIENT_SESSION_TOKEN',
  },
  publishableKey: {
    tokenPrefix: 'seam_pk',
    sentAs: 'seam-publishable-key',
    workspace: 'never',
    environmentVariable: 'SEAM_PUBLISHABLE_KEY',
  },
}

/**
 * The spec's security schemes each kind covers, with a workspace and without one: read by the
 * generator and the samples, and apart from the table above so that no bundle carries them.
 */
export const specSchemes: Readonly<
  Record<
    TokenKind,
    {
      readonly withWorkspace: readonly string[]
      readonly withoutWorkspace: readonly string[]
    }
  >
> = {
  apiKey: { withWorkspace: ['api_key'], withoutWorkspace: [] },
  personalAccessToken: {
    withWorkspace: ['pat_with_workspace'],
    withoutWorkspace: ['pat_without_workspace'],
  },
  consoleSessionToken: {
    withWorkspace: ['console_session_with_workspace'],
    withoutWorkspace: ['console_session_without_workspace'],
  },
  clientSessionToken: {
    withWorkspace: [
      'client_session',
      'client_session_with_customer',
      'client_session_with_customer_ro',
    ],
    withoutWorkspace: [],
  },
  publishableKey: { withWorkspace: ['publishable_key'], withoutWorkspace: [] },
}

/** The header naming the workspace, and the variable the runtime reads it from. */
export const workspaceHeader = 'seam-workspace'
export const workspaceEnvironmentVariable = 'SEAM_WORKSPACE_ID'

/**
 * The spec's schemes no SDK client authenticates with: Seam's own services and support tools, and
 * a second header for a client session token that neither SDK sends.
 */
export const schemesOutsideTheSdk: readonly string[] = [
  'bridge_client_session',
  'certified_client',
  'internal_service_agent',
  'support_read_only_token',
  'seam_client_session_token',
]

/** The spec's header schemes that are part of a row above, by the header they name. */
export const headerSchemesOfRows: Readonly<Record<string, string>> = {
  client_session_token: 'client-session-token',
  seam_workspace: workspaceHeader,
}

export const tokenKinds = Object.keys(authSchemes) as TokenKind[]

/** Which kind a token looks like, from its prefix; undefined when it looks like none. */
export const tokenKind = (token: string): TokenKind | undefined => {
  let found: TokenKind | undefined
  for (const kind of tokenKinds) {
    const { tokenPrefix } = authSchemes[kind]
    if (
      token.startsWith(tokenPrefix) &&
      (found === undefined ||
        tokenPrefix.length > authSchemes[found].tokenPrefix.length)
    )
      found = kind
  }
  return found
}

/** The spec's schemes for calls without a workspace. */
export const workspacelessSpecSchemes = (): string[] =>
  tokenKinds.flatMap((kind) => specSchemes[kind].withoutWorkspace)
