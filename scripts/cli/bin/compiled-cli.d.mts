// The types of compiled-cli.mjs, for its tests.

/** Where the compiled CLI is kept unless told otherwise. */
export const defaultCompiledDir: string

/**
 * The compiled CLI's entry module (the kept build when it is current, else a new one), or
 * undefined when it cannot be had.
 */
export function compiledCli(options?: {
  /** The folder the builds are kept in. */
  dir?: string
  /** The project the sources belong to (its tsconfig.json shapes the build). */
  root?: string
  /** The module compiled, with everything it imports. */
  entry?: string
}): Promise<Record<string, unknown> | undefined>
