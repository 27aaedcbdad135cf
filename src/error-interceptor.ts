// errorInterceptor, as @seamapi/http exports it for its axios client: turns an axios error whose
// response is a Seam API error into the SDK's error class, and rethrows anything else unchanged.
// This SDK does not use axios; the function is here for code that installed it on its own axios.

import {
  type ApiErrorBody,
  SeamHttpApiError,
  SeamHttpInvalidInputError,
  SeamHttpUnauthorizedError,
} from './errors.js'

interface AxiosLikeError {
  isAxiosError: true
  response?: {
    status?: number
    headers?: Record<string, unknown>
    data?: unknown
  }
}

const isAxiosLikeError = (error: unknown): error is AxiosLikeError =>
  (error as { isAxiosError?: unknown } | null)?.isAxiosError === true

/** The Seam error in an axios response, when it is one (JSON, with `error.type` and `error.message`). */
const apiErrorOf = (
  response: AxiosLikeError['response'],
): ApiErrorBody | undefined => {
  if (response?.headers == null) return undefined
  const contentType = response.headers['content-type']
  if (
    typeof contentType === 'string' &&
    !contentType.startsWith('application/json')
  )
    return undefined
  const error = (response.data as { error?: Partial<ApiErrorBody> } | null)
    ?.error
  if (typeof error?.type !== 'string' || typeof error.message !== 'string')
    return undefined
  return error as ApiErrorBody
}

/** Rethrows an axios error as SeamHttpApiError (or its 401 and invalid_input subclasses) where it is a Seam API error. */
export const errorInterceptor = async (error: unknown): Promise<void> => {
  if (!isAxiosLikeError(error)) throw error
  const { response } = error
  const status = response?.status
  if (status == null) throw error
  const requestId = response?.headers?.['seam-request-id']
  const id = typeof requestId === 'string' ? requestId : ''
  const failure = { request: 'request', attempts: 1 }
  const apiError = apiErrorOf(response)
  if (status === 401) {
    throw new SeamHttpUnauthorizedError(
      apiError ?? { type: 'unauthorized', message: 'Unauthorized' },
      401,
      id,
      failure,
    )
  }
  if (apiError === undefined) throw error
  const ErrorClass =
    apiError.type === 'invalid_input'
      ? SeamHttpInvalidInputError
      : SeamHttpApiError
  throw new ErrorClass(apiError, status, id, failure)
}
