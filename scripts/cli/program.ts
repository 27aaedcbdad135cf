// What every subcommand of seam-codegen shares: the streams it writes to, how it ends (0 ok, 1 failed,
// 2 usage error), and how a failure is told.
import { CommanderError, type Command } from 'commander'

import { styleFor, type Terminal } from './terminal.js'

export const bin = 'seam-codegen'

export interface Cli {
  terminal: Terminal
  /** The working folder the command's relative paths start from. */
  cwd: string
  /** Sets the exit code the command line ends with. */
  exit(code: number): void
  /** The command line (without the program's name): a plain generate keeps the no-op stamp for it. */
  argv?: readonly string[]
}

/** The code of a usage error raised by a command itself (an unknown path, a bad port): exit 2 like commander's own. */
export const usageErrorCode = 'seam-codegen.usage'

/** Stops the command line with a usage error: the message, the command's hint, exit 2. */
export function usageError(command: Command, message: string): never {
  command.error(`error: ${message}`, { exitCode: 2, code: usageErrorCode })
}

/**
 * The action of a subcommand: runs `body` and sets the exit code it returns; a thrown error is a
 * failure, told on one line (with `onFailure`, what is left as it was) and exit 1.
 */
export const action =
  <A extends unknown[]>(
    cli: Cli,
    name: string,
    onFailure: string | undefined,
    body: (...args: A) => Promise<number>,
  ) =>
  async (...args: A): Promise<void> => {
    try {
      cli.exit(await body(...args))
    } catch (error) {
      if (error instanceof CommanderError) throw error
      const message = error instanceof Error ? error.message : String(error)
      const note = onFailure === undefined ? '' : ` (${onFailure})`
      cli.terminal.stderr.write(
        `${bin} ${name}: ${styleFor(cli.terminal.stderr, cli.terminal.env).red('failed')}${note}: ${message}\n`,
      )
      cli.exit(1)
    }
  }
