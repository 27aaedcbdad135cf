// seam-codegen diff, pull and update: the commands that compare specs and bring in a new one.
import { writeFile } from 'node:fs/promises'

import type { Command } from 'commander'

import { summaryLine } from '../diff/index.js'
import { readSpecFile } from '../spec/load.js'
import {
  formatSpecJson,
  loadPublishedSpec,
} from '../spec/seam-types-package.js'
import { updateSpec } from '../update/update.js'
import { action, usageError, type Cli } from './program.js'
import { styleFor, withProgress } from './terminal.js'

export function registerDiff(program: Command, cli: Cli): void {
  program
    .command('diff')
    .summary('print the API changelog between two specs')
    .description(
      'Prints what changed from OLD to NEW as Markdown (or JSON): operations, parameters, response properties,\n' +
        'resource schemas and auth, each classed breaking or not, and the semver bump they imply. Each spec is a file\n' +
        'or an http(s) URL, JSON or YAML. The changelog goes to stdout and the summary line to stderr, so that the\n' +
        'changelog can be piped.',
    )
    .argument('<old>', 'the spec before')
    .argument('<new>', 'the spec after')
    .option('--json', 'print JSON for machines instead of Markdown')
    .option('--fail-on-breaking', 'exit 1 if any change is breaking')
    .action(
      action(
        cli,
        'diff',
        undefined,
        async (
          oldSpec: string,
          newSpec: string,
          flags: { json?: boolean; failOnBreaking?: boolean },
        ) => {
          // Loaded by the commands that use them, so that a no-op `generate` starts quickly.
          const { diffReport } = await import('../diff/index.js')
          const { terminal } = cli
          const report = await withProgress(
            terminal,
            `diffing ${oldSpec} and ${newSpec}`,
            () =>
              diffReport(oldSpec, newSpec, {
                json: flags.json === true,
                failOnBreaking: flags.failOnBreaking === true,
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
      ),
    )
}

export function registerPull(program: Command, cli: Cli): void {
  program
    .command('pull')
    .summary('rewrite the spec file from a published @seamapi/types version')
    .description(
      'Installs @seamapi/types at the version given (once; kept in a cache folder) and writes its OpenAPI spec.',
    )
    .requiredOption('--version <x.y.z>', 'the @seamapi/types version')
    .option('--out <file>', 'the spec file to write', 'openapi.json')
    .action(
      action(
        cli,
        'pull',
        'nothing was written',
        async (flags: { version: string; out: string }) => {
          const spec = await withProgress(
            cli.terminal,
            `installing @seamapi/types@${flags.version}`,
            () => loadPublishedSpec(flags.version),
          )
          await writeFile(flags.out, formatSpecJson(spec))
          cli.terminal.stdout.write(
            `${flags.out}: @seamapi/types@${flags.version}\n`,
          )
          return 0
        },
      ),
    )
}

interface UpdateFlags {
  version?: string
  fromFile?: string
  spec: string
  out: string
  changelog: string
}

export function registerUpdate(program: Command, cli: Cli): void {
  program
    .command('update')
    .summary('pull a new spec, regenerate and write the API changelog')
    .description(
      'Takes the spec of an @seamapi/types version (or of a file or URL with --from-file), regenerates the output\n' +
        'folder from it and puts the API changelog from the current spec on top of the changelog file. Everything is\n' +
        'computed before anything is written: a spec that cannot be generated leaves every file as it was.',
    )
    .option('--version <x.y.z>', 'the @seamapi/types version of the new spec')
    .option(
      '--from-file <source>',
      'take the new spec from this file or http(s) URL (JSON or YAML) instead of the registry',
    )
    .option('--spec <file>', 'the spec file to update', 'openapi.json')
    .option('--out <dir>', 'the output folder', 'generated')
    .option('--changelog <file>', 'the changelog file', 'CHANGELOG.md')
    .action(
      action(
        cli,
        'update',
        'nothing was written',
        async (flags: UpdateFlags, command: Command) => {
          if (flags.version === undefined)
            usageError(
              command,
              'give the version of the new spec with --version X.Y.Z',
            )
          const { version, fromFile } = flags
          const { changelog, generation, changed } = await withProgress(
            cli.terminal,
            `updating ${flags.spec} to ${version}`,
            () =>
              updateSpec({
                version,
                ...(fromFile === undefined
                  ? {}
                  : {
                      source: async () =>
                        (await readSpecFile(fromFile)).document,
                    }),
                spec: flags.spec,
                out: flags.out,
                changelog: flags.changelog,
              }),
          )
          const { stdout } = cli.terminal
          if (!changed) {
            stdout.write(
              `${flags.spec} already holds this spec (@seamapi/types ${version}); nothing written\n`,
            )
            return 0
          }
          const { plan } = generation
          stdout.write(
            `${changelog.from} -> @seamapi/types ${changelog.to}: ${summaryLine(changelog).replaceAll('**', '')}\n`,
          )
          stdout.write(
            `${flags.out}/: ${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.delete.length} deleted; ${flags.spec} and ${flags.changelog} updated\n`,
          )
          return 0
        },
      ),
    )
}
