// Waiting for an action attempt: polling /action_attempts/get until it settles or time runs out.

import {
  type ActionAttemptLike,
  SeamActionAttemptFailedError,
  SeamActionAttemptTimeoutError,
  SeamHttpAbortError,
  SeamHttpInvalidResponseError,
} from './errors.js'
import type {
  OperationSpec,
  RequestSender,
  ResolveActionAttemptOptions,
} from './operation.js'
import { follow, sleep } from './signal.js'

const getActionAttempt: OperationSpec = {
  path: '/action_attempts/get',
  responseKey: 'action_attempt',
  read: true,
}

/**
 * Polls `/action_attempts/get` through `client` until the attempt succeeds (resolves with it), fails
 * (rejects with SeamActionAttemptFailedError) or the timeout fires (rejects with
 * SeamActionAttemptTimeoutError carrying the last state seen). The timeout also aborts a poll in
 * flight, so no request is sent or awaited after it.
 */
export const waitForActionAttempt = async <T extends ActionAttemptLike>(
  client: RequestSender,
  actionAttempt: T,
  { timeout = 10_000, pollingInterval = 500 }: ResolveActionAttemptOptions,
  signal: AbortSignal | undefined,
  origin: OperationSpec,
): Promise<T> => {
  const request = `POST ${getActionAttempt.path}`
  let current = checked(actionAttempt, `POST ${origin.path}`)
  if (current.status !== 'pending') return settled(current)
  const deadline = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    deadline.abort()
  }, timeout)
  const unfollow = follow(deadline, signal)
  const poll = { signal: deadline.signal }
  const timeoutError = (): SeamActionAttemptTimeoutError<T> =>
    new SeamActionAttemptTimeoutError(current, timeout)
  try {
    for (let polls = 1; ; polls++) {
      if (!(await sleep(pollingInterval, deadline.signal))) {
        if (timedOut) throw timeoutError()
        throw new SeamHttpAbortError(signal?.reason, {
          request,
          attempts: polls - 1,
        })
      }
      const body = await client
        .send(
          getActionAttempt,
          { action_attempt_id: current.action_attempt_id },
          poll,
        )
        .catch((error: unknown) =>
          Promise.reject(timedOut ? timeoutError() : error),
        )
      current = checked(body['action_attempt'] as T, request)
      if (current.status !== 'pending') return settled(current)
    }
  } finally {
    clearTimeout(timer)
    unfollow()
  }
}

const settled = <T extends ActionAttemptLike>(actionAttempt: T): T => {
  if (actionAttempt.status === 'error')
    throw new SeamActionAttemptFailedError(actionAttempt)
  return actionAttempt
}

/** Guards against a body whose action attempt is missing or malformed, before reading its fields. */
const checked = <T extends ActionAttemptLike>(
  actionAttempt: T,
  request: string,
): T => {
  const { action_attempt_id: id, status } = (actionAttempt ??
    {}) as Partial<ActionAttemptLike>
  if (
    typeof id === 'string' &&
    (status === 'pending' || status === 'success' || status === 'error')
  )
    return actionAttempt
  throw new SeamHttpInvalidResponseError(
    'expected an action attempt with an action_attempt_id and a status of pending, success or error',
    200,
    '',
    { request, attempts: 1 },
  )
}
