/** Aborts `controller` when `signal` does; returns the function that stops following it. */
export const follow = (
  controller: AbortController,
  signal: AbortSignal | undefined,
): (() => void) => {
  if (signal === undefined) return noop
  if (signal.aborted) {
    controller.abort(signal.reason)
    return noop
  }
  const abort = (): void => controller.abort(signal.reason)
  signal.addEventListener('abort', abort, { once: true })
  return () => signal.removeEventListener('abort', abort)
}

/** A function that does nothing: a listener to remove that was never added, a rejection already handled. */
export const noop = (): void => {}

/** Waits `ms`; resolves false at once if `signal` aborts first (or already has). */
export const sleep = (
  ms: number,
  signal: AbortSignal | undefined,
): Promise<boolean> =>
  new Promise((resolve) => {
    if (signal?.aborted === true) return resolve(false)
    const wake = (): void => {
      signal?.removeEventListener('abort', stop)
      resolve(true)
    }
    const stop = (): void => {
      clearTimeout(timer)
      resolve(false)
    }
    const timer = setTimeout(wake, ms)
    signal?.addEventListener('abort', stop, { once: true })
  })
