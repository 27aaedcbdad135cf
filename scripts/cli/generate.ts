// seam-codegen generate and check: the pipeline over the spec, into (or against) the output folder.
import { Option, type Command } from 'commander'

import { action, bin, type Cli } from './program.js'
import { languageList } from './samples-command.js'
import {
  runCheck,
  runGenerate,
  type GenerateFlags,
  type PipelineFlags,
} from './run-generate.js'

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
            const { watchGeneration } = await import('./watch-mode.js')
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
