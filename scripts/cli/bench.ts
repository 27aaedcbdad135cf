// seam-codegen bench: the benchmarks against the peers.
import { loadavg } from 'node:os'
import { resolve } from 'node:path'

import { InvalidArgumentError, Option, type Command } from 'commander'

import type { BenchSettings } from '../../bench/run.js'
import { action, type Cli } from './program.js'

const positiveInteger = (text: string): number => {
  if (!/^[1-9]\d*$/.test(text))
    throw new InvalidArgumentError('It must be a positive integer.')
  return Number(text)
}

const countOf = (text: string): number => {
  if (!/^\d+$/.test(text))
    throw new InvalidArgumentError('It must be an integer, 0 or more.')
  return Number(text)
}

export function registerBench(
  program: Command,
  cli: Cli,
  argv: readonly string[],
): void {
  program
    .command('bench')
    .summary(
      'measure this project against its peers and write bench/RESULTS.md',
    )
    .description(
      'Runs the benchmarks in one go, printing each table, and replaces their section of the results file.',
    )
    .option(
      '--only <names>',
      'a comma-separated list of benchmarks (default: all)',
    )
    .option('--spec <file>', 'the spec', 'openapi.json')
    .option('--runs <n>', 'measured runs per subject', positiveInteger, 5)
    .option('--warmup <n>', 'warm-up rounds before measuring', countOf, 1)
    .option(
      '--cold-start-runs <n>',
      'runs per app for the cold start',
      positiveInteger,
      20,
    )
    .option(
      '--requests <n>',
      'requests per client for the request overhead',
      positiveInteger,
      2000,
    )
    .option('--round-size <n>', 'requests per round', positiveInteger, 100)
    .option(
      '--changed-path <path>',
      'the operation changed for the incremental run',
      '/devices/list',
    )
    .addOption(
      new Option('--results <file>', 'the results file').default(
        'bench/RESULTS.md',
      ),
    )
    .action(
      action(
        cli,
        'bench',
        undefined,
        async (
          { only, results, ...settings }: BenchFlags,
          command: Command,
        ) => {
          const { benchmarkNames, formatReport, runBenchmarks } =
            await import('../../bench/run.js')
          const { writeResults } = await import('../../bench/report.js')
          const known: readonly string[] = benchmarkNames
          const names = only === undefined ? benchmarkNames : only.split(',')
          const unknown = names.find((name) => !known.includes(name))
          if (unknown !== undefined)
            command.error(
              `error: unknown benchmark "${unknown}"; known: ${known.join(', ')}`,
              { exitCode: 2, code: 'seam-codegen.usage' },
            )
          const startLoad = loadavg()[0]!
          const sections = await runBenchmarks(
            { ...settings, spec: resolve(cli.cwd, settings.spec) },
            names as (typeof benchmarkNames)[number][],
            (text) => cli.terminal.stdout.write(`${text}\n`),
          )
          const command_ = [
            'npm run bench',
            ...(argv.length > 0 ? ['--', ...argv] : []),
          ].join(' ')
          await writeResults(
            resolve(cli.cwd, results),
            formatReport(command_, sections, startLoad),
          )
          cli.terminal.stdout.write(`results written to ${results}\n`)
          return 0
        },
      ),
    )
}

interface BenchFlags extends BenchSettings {
  only?: string
  results: string
}
