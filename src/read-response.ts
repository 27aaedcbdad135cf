// What a response means: the checked body of a 2xx, or the error a non-2xx stands for, with what
// the retry policy needs to know about it. No token reaches an error: echoed secrets are redacted.

import {
  type ApiErrorBody,
  type RequestFailure,
  SeamHttpApiError,
  SeamHttpInvalidInputError,
  SeamHttpInvalidResponseError,
  SeamHttpUnauthorizedError,
} from './errors.js'
import type { OperationSpec, ResponseBody } from './operation.js'
import { type FailureKind, parseRetryAfter } from './retry-policy.js'

/** An attempt's failure: the error to raise, what kind it is for the retry policy, and Retry-After. */
export class AttemptFailure {
  constructor(
    readonly error: Error,
    readonly kind: FailureKind,
    readonly retryAfter?: number,
  ) {}
}

/** How the request of attempt number `attempt` is named in errors. */
export const failureAt = (
  operation: OperationSpec,
  attempt: number,
): RequestFailure => ({
  request: `POST ${operation.path}`,
  attempts: attempt,
})

// JSON is UTF-8 (RFC 8259); `fatal` turns a malformed byte into an error instead of a silent U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Reads a 2xx body: it must be a UTF-8 JSON object holding the operation's response key. */
export const readBody = async (
  operation: OperationSpec,
  response: Response,
  attempt: number,
): Promise<ResponseBody> => {
  const invalid = (reason: string): AttemptFailure => {
    const requestId = response.headers.get('seam-request-id') ?? ''
    const error = new SeamHttpInvalidResponseError(
      reason,
      response.status,
      requestId,
      failureAt(operation, attempt),
    )
    return new AttemptFailure(error, 'final')
  }
  const bytes = await response.arrayBuffer()
  if (bytes.byteLength === 0) throw invalid('the body is empty, expected JSON')
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw invalid('the body is not valid UTF-8')
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    const contentType =
      response.headers.get('content-type') ?? 'no content type'
    throw invalid(
      contentType.includes('json')
        ? `the body is not valid JSON (truncated?): ${bytes.byteLength} bytes`
        : `expected JSON, got ${contentType}`,
    )
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw invalid('expected a JSON object')
  const key = operation.responseKey
  if (key !== undefined && !(key in body))
    throw invalid(`expected "${key}", which the response does not contain`)
  return body as ResponseBody
}

/** A non-2xx response as a typed error; `body` is what openapi-fetch read of it (parsed if it was JSON). */
export const errorResponse = (
  response: Response,
  body: unknown,
  failure: RequestFailure,
  secrets: readonly string[],
): AttemptFailure => {
  const { status } = response
  const requestId = response.headers.get('seam-request-id') ?? ''
  const kind: FailureKind =
    status === 429 ? 'throttled' : status >= 500 ? 'server' : 'final'
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
  const apiError = seamError(redact(body, secrets))
  if (status === 401) {
    const error = apiError ?? {
      type: 'unauthorized',
      message: 'Unauthorized',
    }
    return new AttemptFailure(
      new SeamHttpUnauthorizedError(error, status, requestId, failure),
      kind,
    )
  }
  if (apiError === undefined) {
    const contentType =
      response.headers.get('content-type') ?? 'no content type'
    const reason =
      body == null || body === ''
        ? 'the error body is empty'
        : `expected a JSON Seam error, got ${contentType}`
    return new AttemptFailure(
      new SeamHttpInvalidResponseError(reason, status, requestId, failure),
      kind,
      retryAfter,
    )
  }
  const ErrorClass =
    status === 400 && apiError.type === 'invalid_input'
      ? SeamHttpInvalidInputError
      : SeamHttpApiError
  return new AttemptFailure(
    new ErrorClass(apiError, status, requestId, failure),
    kind,
    retryAfter,
  )
}

/** The `error` object of a Seam error body, when the body is one. */
const seamError = (body: unknown): ApiErrorBody | undefined => {
  const error = (body as { error?: Partial<ApiErrorBody> } | null | undefined)
    ?.error
  if (typeof error?.type !== 'string' || typeof error.message !== 'string')
    return undefined
  return error as ApiErrorBody
}

/** Replaces every secret in an error body (a server may echo a token back) with a marker. */
const redact = (body: unknown, secrets: readonly string[]): unknown => {
  if (body == null) return body
  let text = typeof body === 'string' ? body : JSON.stringify(body)
  if (!secrets.some((secret) => text.includes(secret))) return body
  for (const secret of secrets) text = text.replaceAll(secret, '[redacted]')
  return typeof body === 'string' ? text : (JSON.parse(text) as unknown)
}

/**
 * The value at `responseKey` of a parsed response body, as @seamapi/http exports it; throws
 * SeamHttpInvalidResponseError when the body is not an object or lacks the key.
 */
export const readResponseData = <Response, ResponseKey extends keyof Response>(
  response: Response,
  responseKey: ResponseKey,
  path: string,
): Response[ResponseKey] => {
  const failure = { request: path, attempts: 1 }
  const key = String(responseKey)
  if (response == null || typeof response !== 'object') {
    throw new SeamHttpInvalidResponseError(
      `expected "${key}", got ${response === null ? 'null' : typeof response} instead of a response object`,
      200,
      '',
      failure,
    )
  }
  if (!(responseKey in response)) {
    throw new SeamHttpInvalidResponseError(
      `expected "${key}", which the response does not contain`,
      200,
      '',
      failure,
    )
  }
  return response[responseKey]
}
