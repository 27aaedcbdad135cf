// What a sent request can fail with: the API's errors, an invalid response, a timeout, an abort,
// a network failure.

/** The error object of a Seam API error response: `{ "error": { type, message, data?, validation_errors? } }`. */
export interface ApiErrorBody {
  type: string
  message: string
  data?: unknown
  validation_errors?: Record<string, { _errors?: string[] } | string[]>
}

/** How a failed request was made; carried by every error a request raises. */
export interface RequestFailure {
  /** `POST /devices/list` */
  readonly request: string
  /** Requests sent, retries included. */
  readonly attempts: number
}

const afterAttempts = (attempts: number): string =>
  attempts > 1 ? ` (gave up after ${attempts} attempts)` : ''

/** The Seam API answered with an error: `code` is the API's error type, `message` its message. */
export class SeamHttpApiError extends Error {
  override name = 'SeamHttpApiError'

  declare readonly code: string
  declare readonly statusCode: number
  /** The `seam-request-id` header: give it to Seam support when reporting an issue. */
  declare readonly requestId: string
  declare readonly data?: unknown
  declare readonly attempts: number

  constructor(
    error: ApiErrorBody,
    statusCode: number,
    requestId: string,
    failure: RequestFailure,
  ) {
    super(error.message + afterAttempts(failure.attempts))
    this.code = error.type
    this.statusCode = statusCode
    this.requestId = requestId
    this.data = error.data
    this.attempts = failure.attempts
  }
}

/** HTTP 401: the credentials were refused. */
export class SeamHttpUnauthorizedError extends SeamHttpApiError {
  override name = 'SeamHttpUnauthorizedError'
}

/** One request parameter that failed the API's validation, with the reasons. */
export interface SeamValidationError {
  parameterName: string
  errorMessages: string[]
}

/** HTTP 400 `invalid_input`: the API rejected parameters; `validationErrors` says which and why. */
export class SeamHttpInvalidInputError extends SeamHttpApiError {
  override name = 'SeamHttpInvalidInputError'

  readonly #validationErrors: ApiErrorBody['validation_errors']

  constructor(
    error: ApiErrorBody,
    statusCode: number,
    requestId: string,
    failure: RequestFailure,
  ) {
    super(error, statusCode, requestId, failure)
    this.#validationErrors = error.validation_errors
  }

  /** One entry per parameter that failed validation. */
  get validationErrors(): SeamValidationError[] {
    return Object.entries(this.#validationErrors ?? {})
      .filter(([parameterName]) => parameterName !== '_errors')
      .map(([parameterName, messages]) => ({
        parameterName,
        errorMessages: Array.isArray(messages)
          ? messages
          : (messages._errors ?? []),
      }))
  }

  /** The validation messages for one parameter; empty when it passed. */
  getValidationErrorMessages(parameterName: string): string[] {
    return (
      this.validationErrors.find((e) => e.parameterName === parameterName)
        ?.errorMessages ?? []
    )
  }
}

/** The response was not what the spec promises: not JSON, not UTF-8, empty, truncated, or missing its data. */
export class SeamHttpInvalidResponseError extends Error {
  override name = 'SeamHttpInvalidResponseError'

  declare readonly statusCode: number
  declare readonly requestId: string
  declare readonly attempts: number

  constructor(
    reason: string,
    statusCode: number,
    requestId: string,
    failure: RequestFailure,
  ) {
    // @seamapi/http's wording first, for code that matches on it; then what only this SDK knows.
    const path = failure.request.replace(/^[A-Z]+ /, '')
    super(
      `Seam returned an invalid response for ${path}: ${reason} (HTTP ${statusCode})${afterAttempts(failure.attempts)}`,
    )
    this.statusCode = statusCode
    this.requestId = requestId
    this.attempts = failure.attempts
  }
}

/** No response in time: the per-attempt `timeout` elapsed. */
export class SeamHttpTimeoutError extends Error {
  override name = 'SeamHttpTimeoutError'

  declare readonly timeout: number
  declare readonly attempts: number

  constructor(timeout: number, failure: RequestFailure) {
    super(
      `${failure.request} got no response within ${timeout} ms${afterAttempts(failure.attempts)}`,
    )
    this.timeout = timeout
    this.attempts = failure.attempts
  }
}

/** The caller's `AbortSignal` fired; `cause` is the signal's reason. */
export class SeamHttpAbortError extends Error {
  override name = 'SeamHttpAbortError'

  declare readonly attempts: number

  constructor(reason: unknown, failure: RequestFailure) {
    super(`${failure.request} was aborted by the caller`, { cause: reason })
    this.attempts = failure.attempts
  }
}

/** The connection failed (refused, reset, DNS): `cause` is the error fetch raised. */
export class SeamHttpNetworkError extends Error {
  override name = 'SeamHttpNetworkError'

  declare readonly attempts: number

  constructor(cause: unknown, failure: RequestFailure) {
    const detail = networkErrorDetail(cause)
    super(
      `${failure.request} failed: ${detail}${afterAttempts(failure.attempts)}`,
      { cause },
    )
    this.attempts = failure.attempts
  }
}

/** fetch says only "fetch failed"; the reason (ECONNREFUSED, ...) is on its cause where the runtime gives one. */
const networkErrorDetail = (error: unknown): string => {
  const cause = (
    error as { cause?: { code?: unknown; message?: unknown } } | undefined
  )?.cause
  if (typeof cause?.code === 'string')
    return `${String(cause.message ?? 'network error')} (${cause.code})`
  return error instanceof Error ? error.message : String(error)
}

// Type guards with the names @seamapi/http exports, for code that uses them instead of instanceof.
export const isSeamHttpApiError = (error: unknown): error is SeamHttpApiError =>
  error instanceof SeamHttpApiError
export const isSeamHttpUnauthorizedError = (
  error: unknown,
): error is SeamHttpUnauthorizedError =>
  error instanceof SeamHttpUnauthorizedError
export const isSeamHttpInvalidInputError = (
  error: unknown,
): error is SeamHttpInvalidInputError =>
  error instanceof SeamHttpInvalidInputError
export const isSeamHttpInvalidResponseError = (
  error: unknown,
): error is SeamHttpInvalidResponseError =>
  error instanceof SeamHttpInvalidResponseError
