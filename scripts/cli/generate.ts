// seam-codegen generate and check: the pipeline over the spec, into (or against) the output folder.
import { Option, type Command } from 'commander'

import { generate, type GenerateOptions } from '../pipeline.js'
import { action, bin, type Cli } from './program.js'
import { languageList } from './samples.js'
import { styleFor, withProgress } from './terminal.js'

/** The options of generate and check, as commander parses them (and the config file fills them in). */
export interface PipelineFlags {
  spec: string
  out: string
  samples?: string
  runtimeImport?: string
  languages?: string[]
  cache: boolean
  force?: boolean
}

/** The pipeline's options from the command's flags. */
export const pipelineOptions = (
  flags: PipelineFlags,
  check: boolean,
): GenerateOptions => ({
  spec: flags.spec,
  out: flags.out,
  check,
  ...(flags.samples === undefined ? {} : { samplesDir: flags.samples }),
  ...(flags.runtimeImport === undefined
    ? {}
    : { runtimeImport: flags.runtimeImport }),
  ...(flags.languages === undefined ? {} : { languages: flags.languages }),
  ...(flags.cache ? {} : { cache: false as const }),
  ...(flags.force === true ? { force: true } : {}),
})

const timing = (result: { seconds: number; cached: boolean }): string =>
  `${result.seconds.toFixed(2)} s${result.cached ? ', from the cache' : ''}`

/** The options generate and check share; spec, out and the rest may also come from the config file. */
function addPipelineOptions(command: Command): Command {
  return command
    .option(
      '--spec <source>',
      'the OpenAPI spec: a file or an http(s) URL, JSON or YAML',
      'openapi.json',
    )
    .option('--out <dir>', 'the output folder', 'generated')
    .option(
      '--samples <dir>',
      'the hand-kept sample values (default: samples/ beside the spec)',
    )
    .option(
      '--languages <ids>',
      'the sample languages to generate, comma-separated (default: all)',
      languageList,
    )
    .option(
      '--runtime-import <module>',
      'the module generated code imports its runtime from (default: src/runtime.ts inside this repository, else seam-connect-sdk/runtime)',
    )
    .option(
      '--config <file>',
      'the config file (default: seam-codegen.config.json or .mjs in the working folder, if there is one)',
    )
    .option(
      '--no-cache',
      'build from scratch, ignoring (and not updating) the cache in node_modules/.cache/seam-codegen',
    )
}

async function runCheck(cli: Cli, flags: PipelineFlags): Promise<number> {
  const { terminal } = cli
  const result = await withProgress(
    terminal,
    `checking ${flags.out}/ against ${flags.spec}`,
    () => generate(pipelineOptions(flags, true)),
  )
  const { plan } = result
  const style = styleFor(terminal.stdout, terminal.env)
  for (const file of plan.write)
    terminal.stdout.write(`${style.yellow('differs')} ${flags.out}/${file}\n`)
  for (const file of plan.delete)
    terminal.stdout.write(`${style.yellow('extra')}   ${flags.out}/${file}\n`)
  const stale = plan.write.length + plan.delete.length
  terminal.stdout.write(
    stale === 0
      ? `${style.green('up to date')}: ${flags.out}/ is what ${flags.spec} produces (${plan.unchanged.length} files, ${timing(result)})\n`
      : `${style.red('stale')}: ${stale} file(s) in ${flags.out}/ differ from what ${flags.spec} produces; run ${bin} generate\n`,
  )
  return stale === 0 ? 0 : 1
}

interface GenerateFlags extends PipelineFlags {
  verbose?: boolean
  check?: boolean
}

/** One generation with its summary line (and with --verbose, the files). */
export async function runGenerate(
  cli: Cli,
  flags: GenerateFlags,
  overrides: Partial<GenerateOptions> = {},
): Promise<number> {
  const { terminal } = cli
  const result = await withProgress(
    terminal,
    `generating ${flags.out}/ from ${flags.spec}`,
    () => generate({ ...pipelineOptions(flags, false), ...overrides }),
  )
  const { plan } = result
  const style = styleFor(terminal.stdout, terminal.env)
  if (flags.verbose === true) {
    for (const file of plan.write)
      terminal.stdout.write(`${style.green('wrote')}   ${flags.out}/${file}\n`)
    for (const file of plan.delete)
      terminal.stdout.write(`${style.yellow('deleted')} ${flags.out}/${file}\n`)
  }
  terminal.stdout.write(
    `${style.green('generated')} ${result.operations} operations in ${result.namespaces} namespaces: ` +
      `${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.delete.length} deleted ` +
      `in ${timing(result)}\n`,
  )
  return 0
}

export function registerGenerate(program: Command, cli: Cli): void {
  addPipelineOptions(
    program
      .command('generate')
      .summary('generate the SDK, its samples and docs from the spec')
      .description(
        'Builds the whole output in memory from the spec, then writes only the files whose bytes changed and deletes\n' +
          "the files an earlier run wrote and this one no longer produces (they are listed in the folder's\n" +
          '.seam-codegen-manifest.json; no other file is ever deleted). A failure at any stage leaves the output folder\n' +
          'as it was. A non-empty folder without a manifest is refused unless --force is given.',
      ),
  )
    .option(
      '--force',
      'write into a non-empty output folder that seam-codegen did not make (its other files are kept)',
    )
    .option('--verbose', 'list every file written or deleted')
    .option('--check', `write nothing; the same as ${bin} check`)
    .addOption(
      new Option(
        '--watch',
        'regenerate whenever the spec or a hand-kept sample file changes, until stopped',
      ),
    )
    .action(
      action(
        cli,
        'generate',
        'nothing was written',
        async (flags: GenerateFlags & { watch?: boolean }) => {
          if (flags.check === true) return runCheck(cli, flags)
          if (flags.watch === true) {
            const { watchGeneration } = await import('./watch.js')
            return watchGeneration(cli, flags)
          }
          return runGenerate(cli, flags)
        },
      ),
    )

  addPipelineOptions(
    program
      .command('check')
      .summary('exit 1 if the output folder is not what the spec produces')
      .description(
        'Generates in memory and compares with the output folder, byte for byte, writing nothing. Lists every file\n' +
          'that differs or that an earlier run wrote and should no longer be there, and exits 1 if there is any: for\n' +
          'CI, after a change to the spec or the pipeline.',
      ),
  ).action(
    action(cli, 'check', undefined, (flags: PipelineFlags) =>
      runCheck(cli, flags),
    ),
  )
}
