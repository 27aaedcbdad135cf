/**
 * What the npm scripts (`spec:diff`, `spec:update`, `samples`, `docs:build`, `docs:serve`) share:
 * a call they cannot parse prints the problem and the usage and exits 2; a failure prints one
 * line and exits 1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** The parsed arguments, or undefined once the problem and the usage are printed. */
export function parseArgsOrUsage<T extends ParseArgsConfig>(
  script: string,
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config)
  } catch (error) {
    console.error(`${script}: ${(error as Error).message}\n${usage}`)
    return undefined
  }
}

/** Runs a script's main and exits with its code; a thrown error exits 1 with the line `failure` makes of it. */
export function exitWith(main: () => Promise<number>, failure: (message: string) => string): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(failure(error instanceof Error ? error.message : String(error)))
      process.exit(1)
    },
  )
}
