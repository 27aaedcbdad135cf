// seam-codegen diff, pull and update: the commands that compare specs and bring in a new one.
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import type { Command } from 'commander'

import { readSpecFile } from '../spec/load.js'
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
          const { diffReport } = await import('../diff/spec-diff.js')
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
    .option('--version <x.y.z>', 'the @seamapi/types version (required)')
    .option('--out <file>', 'the spec file to write', 'openapi.json')
    .action(
      action(
        cli,
        'pull',
        'nothing was written',
        async (flags: { version?: string; out: string }, command: Command) => {
          const { formatSpecJson, loadPublishedSpec } =
            await import('../spec/seam-types-package.js')
          const { version } = flags
          if (version === undefined)
            usageError(
              command,
              'give the @seamapi/types version with --version X.Y.Z',
            )
          const spec = await withProgress(
            cli.terminal,
            `installing @seamapi/types@${version}`,
            () => loadPublishedSpec(version),
          )
          await writeFile(flags.out, formatSpecJson(spec))
          cli.terminal.stdout.write(`${flags.out}: @seamapi/types@${version}\n`)
          return 0
        },
      ),
    )
}

interface UpdateFlags {
  version?: string
  latest?: boolean
  fromFile?: string
  spec: string
  out: string
  changelog: string
  package: string
  releases: string
  versionModule: string
  dryRun?: boolean
}

export function registerUpdate(program: Command, cli: Cli): void {
  program
    .command('update')
    .summary('pull a new spec, regenerate, write the API changelog and release')
    .description(
      'Takes the spec of an @seamapi/types version (the newest with --latest; or of a file or URL with --from-file),\n' +
        'regenerates the output folder from it, puts the API changelog from the current spec on top of the changelog\n' +
        "file, bumps the package's version by the changelog's semver class and adds a release entry. Everything is\n" +
        'computed before anything is written: a spec that cannot be generated leaves every file as it was.',
    )
    .option('--latest', 'the newest @seamapi/types on the registry')
    .option('--version <x.y.z>', 'this @seamapi/types version')
    .option(
      '--from-file <source>',
      'take the new spec from this file or http(s) URL (JSON or YAML) instead of the package',
    )
    .option(
      '--dry-run',
      'print what would change, and the changelog, writing nothing',
    )
    .option('--spec <file>', 'the spec file to update', 'openapi.json')
    .option('--out <dir>', 'the output folder', 'generated')
    .option('--changelog <file>', 'the API changelog', 'CHANGELOG.md')
    .option(
      '--package <file>',
      'the package.json whose version is bumped (package-lock.json beside it too)',
      'package.json',
    )
    .option(
      '--version-module <file>',
      'the module holding the version the SDK sends',
      'src/version.ts',
    )
    .option('--releases <file>', 'the releases file', 'RELEASES.md')
    .action(
      action(
        cli,
        'update',
        'nothing was written',
        async (flags: UpdateFlags, command: Command) => {
          if (flags.latest === true && flags.version !== undefined)
            usageError(command, '--latest and --version exclude each other')
          if (flags.latest !== true && flags.version === undefined) {
            usageError(
              command,
              "give the new spec's @seamapi/types version with --version X.Y.Z, or --latest",
            )
          }
          const [{ summaryLine }, { latestPublishedVersion }, { updateSpec }] =
            await Promise.all([
              import('../diff/spec-diff.js'),
              import('../spec/seam-types-package.js'),
              import('../update/update.js'),
            ])
          const { terminal } = cli
          const version =
            flags.version ??
            (await withProgress(
              terminal,
              'asking the registry for the newest @seamapi/types',
              () => latestPublishedVersion(),
            ))
          const { fromFile } = flags
          const dryRun = flags.dryRun === true
          const result = await withProgress(
            terminal,
            `updating ${flags.spec} to @seamapi/types ${version}`,
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
                release: {
                  packageJson: flags.package,
                  packageLock: join(
                    dirname(flags.package),
                    'package-lock.json',
                  ),
                  versionModule: flags.versionModule,
                  releases: flags.releases,
                },
                dryRun,
              }),
          )
          const { stdout } = terminal
          const { changelog, generation, changed, release, section } = result
          if (!changed) {
            stdout.write(
              `${flags.spec} already holds the spec of @seamapi/types ${version}; nothing to do\n`,
            )
            return 0
          }
          const updated = dryRun ? 'would be updated' : 'updated'
          const { plan } = generation
          stdout.write(
            `${changelog.from} -> @seamapi/types ${version}: ${summaryLine(changelog).replaceAll('**', '')}\n`,
          )
          stdout.write(
            dryRun
              ? `${flags.out}/: ${plan.write.length} to write, ${plan.unchanged.length} unchanged, ${plan.delete.length} to delete\n`
              : `${flags.out}/: ${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.delete.length} deleted\n`,
          )
          stdout.write(`${flags.spec}: ${updated}\n`)
          if (section !== undefined)
            stdout.write(
              `${flags.changelog}: ${dryRun ? 'would get' : 'got'} the section "@seamapi/types ${version}"\n`,
            )
          if (release !== undefined) {
            stdout.write(
              `${release.name} ${release.from} -> ${release.to} (${release.bump}): ${[...release.edits.keys()].join(', ')} ${updated}\n`,
            )
          }
          if (dryRun && section !== undefined) stdout.write(`\n${section}`)
          return 0
        },
      ),
    )
}
