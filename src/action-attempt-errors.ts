// How an action attempt that did not succeed is reported.

/** What the runtime needs of an action attempt; the generated `action_attempt` type has all of it. */
export interface ActionAttemptLike {
  action_attempt_id: string
  status: string
  error?: { type: string; message: string } | null
}

/** An action attempt that has succeeded. */
export type SucceededActionAttempt<T extends ActionAttemptLike> = Extract<
  T,
  { status: 'success' }
>

/** An action attempt that has failed. */
export type FailedActionAttempt<T extends ActionAttemptLike> = Extract<
  T,
  { status: 'error' }
>

/** An action attempt that did not succeed; `actionAttempt` is its last known state. */
export class SeamActionAttemptError<
  T extends ActionAttemptLike = ActionAttemptLike,
> extends Error {
  override name = 'SeamActionAttemptError'

  declare readonly actionAttempt: T

  constructor(message: string, actionAttempt: T) {
    super(message)
    this.actionAttempt = actionAttempt
  }
}

/** The action attempt ended in `error`; `code` is its error type. */
export class SeamActionAttemptFailedError<
  T extends ActionAttemptLike = ActionAttemptLike,
> extends SeamActionAttemptError<T> {
  override name = 'SeamActionAttemptFailedError'

  declare readonly code: string

  constructor(actionAttempt: T) {
    super(
      actionAttempt.error?.message ?? 'The action attempt failed',
      actionAttempt,
    )
    this.code = actionAttempt.error?.type ?? 'unknown'
  }
}

/** The action attempt was still pending when the wait's timeout fired. */
export class SeamActionAttemptTimeoutError<
  T extends ActionAttemptLike = ActionAttemptLike,
> extends SeamActionAttemptError<T> {
  override name = 'SeamActionAttemptTimeoutError'

  constructor(actionAttempt: T, timeout: number) {
    super(
      `Timed out waiting for action attempt after ${timeout}ms (action attempt ${actionAttempt.action_attempt_id})`,
      actionAttempt,
    )
  }
}

// Type guards with the names @seamapi/http exports, for code that uses them instead of instanceof.
export const isSeamActionAttemptError = (
  error: unknown,
): error is SeamActionAttemptError => error instanceof SeamActionAttemptError
export const isSeamActionAttemptFailedError = (
  error: unknown,
): error is SeamActionAttemptFailedError =>
  error instanceof SeamActionAttemptFailedError
export const isSeamActionAttemptTimeoutError = (
  error: unknown,
): error is SeamActionAttemptTimeoutError =>
  error instanceof SeamActionAttemptTimeoutError
