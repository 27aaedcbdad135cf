// Misuse the runtime refuses before anything is sent: bad options, tokens, or an undocumented call.

/** Bad constructor or call options: the request was never sent. */
export class SeamHttpInvalidOptionsError extends Error {
  override name = 'SeamHttpInvalidOptionsError'

  constructor(message: string) {
    super(`SeamHttp received invalid options: ${message}`)
  }
}

/** A token of the wrong kind or an unknown format, or one that cannot be sent in a header. */
export class SeamHttpInvalidTokenError extends SeamHttpInvalidOptionsError {
  override name = 'SeamHttpInvalidTokenError'

  constructor(message: string) {
    super(message)
    // @seamapi/http's wording for a bad token, which code written for it may match on.
    this.message = `SeamHttp received an invalid token: ${message}`
  }
}

/** Bad arguments to a factory of `SeamHttpWithoutWorkspace`, as @seamapi/http reports them. */
export class SeamHttpWithoutWorkspaceInvalidOptionsError extends Error {
  override name = 'SeamHttpWithoutWorkspaceInvalidOptionsError'

  constructor(message: string) {
    super(`SeamHttpWithoutWorkspace received invalid options: ${message}`)
  }
}

/** More than one authentication scheme at once (options, or both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN). */
export class SeamHttpAmbiguousAuthError extends SeamHttpInvalidOptionsError {
  override name = 'SeamHttpAmbiguousAuthError'
}

/** A personal access token or console session token given to `SeamHttp` without a workspace id. */
export class SeamHttpMissingWorkspaceIdError extends SeamHttpInvalidOptionsError {
  override name = 'SeamHttpMissingWorkspaceIdError'
}

/** No credentials in the options nor in the environment. */
export class SeamHttpMissingCredentialsError extends SeamHttpInvalidOptionsError {
  override name = 'SeamHttpMissingCredentialsError'
}

/** An undocumented or draft operation called on a client created without `isUndocumentedApiEnabled: true`. */
export class SeamHttpUndocumentedApiError extends Error {
  override name = 'SeamHttpUndocumentedApiError'

  declare readonly path: string

  constructor(path: string) {
    super(
      `${path} is undocumented: create the client with isUndocumentedApiEnabled: true to call it`,
    )
    this.path = path
  }
}
