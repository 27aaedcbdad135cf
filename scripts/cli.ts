// seam-codegen: the pipeline from a terminal or CI. One subcommand per job, `--help` on each, quiet
// output with a one-line summary at the end, exit codes 0 ok, 1 failed, 2 usage error.
import { parseArgs } from 'node:util'

import { styleFor, withProgress, type Terminal } from './cli/terminal.js'
import { generate } from './pipeline.js'
import { renderers } from './samples/renderers.js'

interface OptionSpec {
  type: 'string' | 'boolean'
  description: string
  /** The value's placeholder in help: `--spec FILE`. */
  value?: string
  default?: string
}

type Values = Record<string, string | boolean | undefined>

/** A command line that cannot be run as given: exit 2, with the command's usage hint. */
class UsageError extends Error {}

interface Command {
  summary: string
  /** A paragraph for the command's help. */
  description: string
  /** Positional arguments, all required, in order. */
  arguments: { name: string; description: string }[]
  options: Record<string, OptionSpec>
  /** Said after the error when the command fails. */
  onFailure?: string
  run(values: Values, positionals: string[], terminal: Terminal): Promise<number>
}

const specOption: OptionSpec = {
  type: 'string',
  value: 'FILE',
  default: 'openapi.json',
  description: 'the OpenAPI spec',
}
const outOption: OptionSpec = { type: 'string', value: 'DIR', default: 'generated', description: 'the output folder' }
const noCacheOption: OptionSpec = {
  type: 'boolean',
  description: 'build from scratch, ignoring (and not updating) the cache in node_modules/.cache/seam-codegen',
}

/** The pipeline's options from a generate or check command line. */
const pipelineOptions = (values: Values, check: boolean) => ({
  spec: String(values.spec),
  out: String(values.out),
  check,
  ...(values['no-cache'] === true ? { cache: false as const } : {}),
})

const timing = (result: { seconds: number; cached: boolean }): string =>
  `${result.seconds.toFixed(2)} s${result.cached ? ', from the cache' : ''}`

const checkCommand: Command = {
  summary: 'exit 1 if the output folder is not what the spec produces',
  description:
    'Generates in memory and compares with the output folder, byte for byte, writing nothing. Lists every file that\n' +
    'differs or should not be there, and exits 1 if there is any: for CI, after a change to the spec or the pipeline.',
  arguments: [],
  options: { spec: specOption, out: outOption, 'no-cache': noCacheOption },
  async run(values, _, terminal) {
    const spec = String(values.spec)
    const out = String(values.out)
    const result = await withProgress(terminal, `checking ${out}/ against ${spec}`, () =>
      generate(pipelineOptions(values, true)),
    )
    const { plan } = result
    const style = styleFor(terminal.stdout, terminal.env)
    for (const file of plan.write) terminal.stdout.write(`${style.yellow('differs')} ${out}/${file}\n`)
    for (const file of plan.delete) terminal.stdout.write(`${style.yellow('extra')}   ${out}/${file}\n`)
    const stale = plan.write.length + plan.delete.length
    terminal.stdout.write(
      stale === 0
        ? `${style.green('up to date')}: ${out}/ is what ${spec} produces (${plan.unchanged.length} files, ${timing(result)})\n`
        : `${style.red('stale')}: ${stale} file(s) in ${out}/ differ from what ${spec} produces; run seam-codegen generate\n`,
    )
    return stale === 0 ? 0 : 1
  },
}

const commands: Record<string, Command> = {
  generate: {
    summary: 'generate the SDK from the spec',
    description:
      'Builds the whole output in memory from the spec, then writes only the files whose bytes changed and deletes the\n' +
      'files no longer produced. A failure at any stage leaves the output folder as it was.',
    arguments: [],
    options: {
      spec: specOption,
      out: outOption,
      'no-cache': noCacheOption,
      verbose: { type: 'boolean', description: 'list every file written or deleted' },
      check: { type: 'boolean', description: 'write nothing; the same as seam-codegen check' },
    },
    onFailure: 'nothing was written',
    async run(values, positionals, terminal) {
      if (values.check === true) return checkCommand.run(values, positionals, terminal)
      const spec = String(values.spec)
      const out = String(values.out)
      const result = await withProgress(terminal, `generating ${out}/ from ${spec}`, () =>
        generate(pipelineOptions(values, false)),
      )
      const { plan } = result
      const style = styleFor(terminal.stdout, terminal.env)
      if (values.verbose === true) {
        for (const file of plan.write) terminal.stdout.write(`${style.green('wrote')}   ${out}/${file}\n`)
        for (const file of plan.delete) terminal.stdout.write(`${style.yellow('deleted')} ${out}/${file}\n`)
      }
      terminal.stdout.write(
        `${style.green('generated')} ${result.operations} operations in ${result.namespaces} namespaces: ` +
          `${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.delete.length} deleted ` +
          `in ${timing(result)}\n`,
      )
      return 0
    },
  },

  check: checkCommand,

  diff: {
    summary: 'print the API changelog between two specs',
    description:
      'Prints what changed from OLD to NEW as Markdown (or JSON): operations, parameters, response properties,\n' +
      'resource schemas and auth, each classed breaking or not, and the semver bump they imply. The changelog goes to\n' +
      'stdout and the summary line to stderr, so that the changelog can be piped.',
    arguments: [
      { name: 'OLD', description: 'the spec before' },
      { name: 'NEW', description: 'the spec after' },
    ],
    options: {
      json: { type: 'boolean', description: 'print JSON for machines instead of Markdown' },
      'fail-on-breaking': { type: 'boolean', description: 'exit 1 if any change is breaking' },
    },
    async run(values, [oldSpec = '', newSpec = ''], terminal) {
      // Loaded by the commands that use them, so that a no-op `generate` starts quickly.
      const { diffReport } = await import('./diff/index.js')
      const report = await withProgress(terminal, `diffing ${oldSpec} and ${newSpec}`, () =>
        diffReport(oldSpec, newSpec, {
          json: values.json === true,
          failOnBreaking: values['fail-on-breaking'] === true,
        }),
      )
      terminal.stdout.write(report.output)
      const { breaking, nonBreaking, bump } = report.changelog
      const style = styleFor(terminal.stderr, terminal.env)
      const counts = `${breaking} breaking and ${nonBreaking} non-breaking change(s)`
      terminal.stderr.write(
        `${breaking > 0 ? style.red('breaking') : style.green('compatible')}: ${counts}; release: ${style.bold(bump)}\n`,
      )
      return report.exitCode
    },
  },

  samples: {
    summary: "print an operation's code samples",
    description:
      'Prints the code samples of one operation, in every language or in one: the request code and the response\n' +
      'comment, as the docs pages show them. Example values come from the hand-kept samples beside the spec where\n' +
      'there are some, and are otherwise synthesised from the schema. The summary line goes to stderr.',
    arguments: [{ name: 'PATH', description: "the operation's path in the spec, e.g. /locks/unlock_door" }],
    options: {
      lang: { type: 'string', value: 'ID', description: `one language: ${renderers.map((r) => r.id).join(', ')}` },
      spec: specOption,
    },
    async run(values, [path = ''], terminal) {
      const lang = typeof values.lang === 'string' ? values.lang : undefined
      const { printSamples, SamplesUsageError } = await import('./print-samples.js')
      let samples
      try {
        samples = await printSamples({ path, lang, spec: String(values.spec) })
      } catch (error) {
        throw error instanceof SamplesUsageError ? new UsageError(error.message) : error
      }
      terminal.stdout.write(samples)
      const languages = lang === undefined ? `${renderers.length} languages` : lang
      terminal.stderr.write(`${styleFor(terminal.stderr, terminal.env).green('samples')} of ${path} in ${languages}\n`)
      return 0
    },
  },
}

const bin = 'seam-codegen'

const optionLabel = (name: string, option: OptionSpec): string =>
  `--${name}${option.value === undefined ? '' : ` ${option.value}`}`

/** Two aligned columns. */
const table = (rows: [string, string][]): string => {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`).join('\n')
}

function commandHelp(name: string, command: Command): string {
  const positionals = command.arguments.map((argument) => ` ${argument.name}`).join('')
  const options: [string, string][] = [
    ...Object.entries(command.options).map(([optionName, option]): [string, string] => [
      optionLabel(optionName, option),
      `${option.description}${option.default === undefined ? '' : ` (default: ${option.default})`}`,
    ]),
    ['-h, --help', 'show this help'],
  ]
  return [
    `usage: ${bin} ${name}${positionals} [options]`,
    '',
    `${command.description}`,
    ...(command.arguments.length === 0
      ? []
      : ['', 'Arguments:', table(command.arguments.map((argument) => [argument.name, argument.description]))]),
    '',
    'Options:',
    table(options),
    '',
  ].join('\n')
}

const mainHelp = (): string =>
  [
    `usage: ${bin} <command> [options]`,
    '',
    'The code generator of the Seam Connect SDK: from the OpenAPI spec to the typed SDK, its samples and docs.',
    '',
    'Commands:',
    table(Object.entries(commands).map(([name, command]) => [name, command.summary])),
    '',
    `Run ${bin} <command> --help for a command's arguments and options.`,
    'Exit codes: 0 ok; 1 failed (check found stale files, diff found breaking changes with --fail-on-breaking,',
    'or the spec could not be generated); 2 usage error.',
    '',
  ].join('\n')

/** Runs one command line (without the program's name) and returns the exit code. */
export async function main(argv: string[], terminal: Terminal): Promise<number> {
  const [name, ...args] = argv
  const errorStyle = styleFor(terminal.stderr, terminal.env)
  const usageError = (message: string, hint: string): number => {
    terminal.stderr.write(`${bin}: ${errorStyle.red(message)}\n${hint}\n`)
    return 2
  }
  if (name === '-h' || name === '--help') {
    terminal.stdout.write(mainHelp())
    return 0
  }
  if (name === undefined) return usageError('no command given', mainHelp())
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (command === undefined) return usageError(`unknown command: ${name}`, `Run ${bin} --help for the commands.`)
  const hint = `Run ${bin} ${name} --help for its usage.`

  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(
          Object.entries(command.options).map(([optionName, option]) => [
            optionName,
            { type: option.type, ...(option.default === undefined ? {} : { default: option.default }) },
          ]),
        ),
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    return usageError((error as Error).message, hint)
  }
  if (parsed.values.help === true) {
    terminal.stdout.write(commandHelp(name, command))
    return 0
  }
  const expected = command.arguments.length
  if (parsed.positionals.length !== expected) {
    const names = command.arguments.map((argument) => argument.name).join(' ')
    return usageError(
      `${name} takes ${expected === 0 ? 'no arguments' : `${expected} argument(s): ${names}`}, got ${parsed.positionals.length}`,
      hint,
    )
  }
  try {
    return await command.run(parsed.values, parsed.positionals, terminal)
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message, hint)
    const message = error instanceof Error ? error.message : String(error)
    const note = command.onFailure === undefined ? '' : ` (${command.onFailure})`
    terminal.stderr.write(`${bin} ${name}: ${errorStyle.red('failed')}${note}: ${message}\n`)
    return 1
  }
}

/** Runs the process's command line and exits with its code once stdout and stderr are flushed. */
export async function runAsProcess(): Promise<void> {
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
}
