// seam-codegen: every job of the project as one command with subcommands, on commander. One contract
// for all: --help and `help <command>` exit 0, --version prints the version, an unknown command or
// option exits 2 with a suggestion, a failure exits 1 with one line; output is quiet, with a summary.
import { readFileSync } from 'node:fs'

import { Command, CommanderError } from 'commander'

import { registerBench } from './bench.js'
import { loadConfig } from './config.js'
import { registerDocs } from './docs-commands.js'
import { registerGenerate } from './generate.js'
import { registerBuild } from './package.js'
import { bin, type Cli } from './program.js'
import { registerSamples } from './samples-command.js'
import { registerDiff, registerPull, registerUpdate } from './spec.js'
import { styleFor, type Terminal } from './terminal.js'

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string }

/** The names of a command and its parents, as typed: `seam-codegen docs build`. */
const commandPath = (command: Command): string => {
  const names: string[] = []
  for (let at: Command | null = command; at !== null; at = at.parent)
    names.unshift(at.name())
  return names.join(' ')
}

/**
 * Fills in the options a command did not get on the command line from the config file, where the
 * command has an option of the key's name: commander records them as coming from 'config'.
 */
async function applyConfig(command: Command, cwd: string): Promise<void> {
  if (!command.options.some((option) => option.attributeName() === 'config'))
    return
  const { config } = await loadConfig(
    command.getOptionValue('config') as string | undefined,
    cwd,
  )
  for (const [key, value] of Object.entries(config)) {
    if (!command.options.some((option) => option.attributeName() === key))
      continue
    if (command.getOptionValueSource(key) !== 'cli')
      command.setOptionValueWithSource(key, value, 'config')
  }
}

function program(cli: Cli, argv: readonly string[]): Command {
  const { terminal } = cli
  const errorStyle = styleFor(terminal.stderr, terminal.env)
  const root = new Command(bin)
    .description(
      'The code generator of the Seam Connect SDK: from the OpenAPI spec to the typed SDK, its samples and docs.',
    )
    .version(`${bin} ${version}`, '-V, --version', 'print the version')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => terminal.stdout.write(text),
      writeErr: (text) => terminal.stderr.write(text),
      outputError: (text, write) => write(errorStyle.red(text)),
    })
    .addHelpText(
      'after',
      `\nRun ${bin} help <command> (or ${bin} <command> --help) for a command's arguments and options.\n` +
        'Exit codes: 0 ok; 1 failed (check found stale files, diff --fail-on-breaking found a breaking change, or a\n' +
        'spec, config or output folder could not be used); 2 usage error.',
    )
    .hook('preAction', (_, command) => applyConfig(command, cli.cwd))
  registerGenerate(root, cli)
  registerDiff(root, cli)
  registerSamples(root, cli)
  registerUpdate(root, cli)
  registerPull(root, cli)
  registerDocs(root, cli)
  registerBench(root, cli, argv.slice(1))
  registerBuild(root, cli)
  const everyCommand = (command: Command): Command[] => [
    command,
    ...command.commands.flatMap(everyCommand),
  ]
  for (const command of everyCommand(root)) {
    command.showHelpAfterError(
      `Run ${commandPath(command)} --help for its usage.`,
    )
  }
  return root
}

/** Runs one command line (without the program's name) and returns the exit code. */
export async function main(
  argv: string[],
  terminal: Terminal,
  cwd = process.cwd(),
): Promise<number> {
  let exitCode = 0
  const cli: Cli = { terminal, cwd, argv, exit: (code) => (exitCode = code) }
  try {
    await program(cli, argv).parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and the version end with 0; commander's usage errors (and help shown for want of a command) with 2.
      if (error.exitCode === 0) return 0
      return error.code.startsWith('commander.') ? 2 : error.exitCode
    }
    // What the actions do not catch: a config file that cannot be used.
    terminal.stderr.write(
      `${bin}: ${styleFor(terminal.stderr, terminal.env).red('failed')}: ${(error as Error).message}\n`,
    )
    return 1
  }
  return exitCode
}

const drained = (stream: NodeJS.WriteStream): Promise<void> =>
  new Promise((resolve) => stream.write('', () => resolve()))

/**
 * Runs the process's command line and exits with its code once stdout and stderr have drained: a
 * pipe takes 64 KiB at a time, and what is still queued when the process exits is lost.
 */
export async function runAsProcess(): Promise<void> {
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  })
  await Promise.all([drained(process.stdout), drained(process.stderr)])
  process.exit(code)
}
