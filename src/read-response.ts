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

/** An attempt's failure: the error to raise, and the response when the error is about one (its Retry-After counts). */
export interface AttemptFailure {
  readonly error: Error
  readonly response?: Response | undefined
}

/** How the request of attempt number `attempt` is named in errors. */
export const failureAt = (
  operation: OperationSpec,
  attempt: number,
): RequestFailure => ({
  request: `POST ${operation.path}`,
  attempts: attempt,
})

/** Whether an error is one this module makes of a response, as opposed to one of the network. */
export const isResponseError = (error: unknown): boolean =>
  error instanceof SeamHttpApiError ||
  error instanceof SeamHttpInvalidResponseError

const header = (response: Response, name: string, otherwise: string): string =>
  response.headers.get(name) ?? otherwise

const contentType = (response: Response): string =>
  header(response, 'content-type', 'no content type')

const invalidResponse = (
  reason: string,
  response: Response,
  failure: RequestFailure,
): SeamHttpInvalidResponseError =>
  new SeamHttpInvalidResponseError(
    reason,
    response.status,
    header(response, 'seam-request-id', ''),
    failure,
  )

// JSON is UTF-8 (RFC 8259); `fatal` turns a malformed byte into an error instead of a silent U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Reads a 2xx body: it must be a UTF-8 JSON object holding the operation's response key. */
export const readBody = async (
  operation: OperationSpec,
  response: Response,
  attempt: number,
): Promise<ResponseBody> => {
  const bytes = await response.arrayBuffer()
  const invalid = (reason: string): SeamHttpInvalidResponseError =>
    invalidResponse(reason, response, failureAt(operation, attempt))
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
    const type = contentType(response)
    throw invalid(
      type.includes('json')
        ? `the body is not valid JSON (truncated?): ${bytes.byteLength} bytes`
        : `expected JSON, got ${type}`,
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
): Error => {
  const { status } = response
  const requestId = header(response, 'seam-request-id', '')
  const apiError = seamError(redact(body, secrets))
  if (status === 401)
    return new SeamHttpUnauthorizedError(
      apiError ?? { type: 'unauthorized', message: 'Unauthorized' },
      status,
      requestId,
      failure,
    )
  if (apiError === undefined)
    return invalidResponse(
      body == null || body === ''
        ? 'the error body is empty'
        : `expected a JSON Seam error, got ${contentType(response)}`,
      response,
      failure,
    )
  const ErrorClass =
    status === 400 && apiError.type === 'invalid_input'
      ? SeamHttpInvalidInputError
      : SeamHttpApiError
  return new ErrorClass(apiError, status, requestId, failure)
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
