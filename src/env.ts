/**
 * An environment variable, or undefined where there is none: `process` does not exist in browsers
 * and other fetch runtimes. An empty variable counts as unset.
 */
export const env = (name: string): string | undefined => {
  const value = (
    globalThis as { process?: { env?: Record<string, string | undefined> } }
  ).process?.env?.[name]
  return value === '' ? undefined : value
}
