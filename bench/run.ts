// seam-codegen bench (npm run bench [-- --only generation,typecheck --runs 5 ...]): every benchmark against
// its peers in one run, each printing its table; the whole report replaces this runner's section of
// bench/RESULTS.md (the rest of the file is left as it is), with the command and the machine.
import { execFileSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'

import { coldStartBenchmark } from './cold-start.js'
import { generationBenchmark } from './generation.js'
import { formatSection, type Section } from './report.js'
import { requestOverheadBenchmark } from './request-overhead.js'
import { sizeBenchmark } from './size.js'
import { stagePackageForConsumers, type Stage } from './stage.js'
import { testTierBenchmark } from './test-tier.js'
import { typecheckBenchmark } from './typecheck.js'
import { watchBenchmark } from './watch.js'

export interface BenchSettings {
  spec: string
  /** Measured runs per subject (medians are over these), after `warmup` rounds. */
  runs: number
  warmup: number
  /** Cold-start runs per app: a start is short, so it takes more runs for a steady median. */
  coldStartRuns: number
  requests: number
  roundSize: number
  changedPath: string
}

export const benchmarkNames = [
  'generation',
  'typecheck',
  'request-overhead',
  'size',
  'cold-start',
  'watch',
  'test-tier',
] as const
export type BenchmarkName = (typeof benchmarkNames)[number]

const benchmarks: Record<
  BenchmarkName,
  (settings: BenchSettings, stage: () => Promise<Stage>) => Promise<Section>
> = {
  generation: (s) =>
    generationBenchmark({
      spec: s.spec,
      runs: s.runs,
      warmup: s.warmup,
      changedPath: s.changedPath,
    }),
  typecheck: async (s, stage) =>
    typecheckBenchmark({
      stage: await stage(),
      spec: s.spec,
      runs: s.runs,
      warmup: s.warmup,
    }),
  'request-overhead': async (s, stage) =>
    requestOverheadBenchmark({
      stage: await stage(),
      requests: s.requests,
      roundSize: s.roundSize,
    }),
  size: async (_, stage) => sizeBenchmark({ stage: await stage() }),
  'cold-start': async (s, stage) =>
    coldStartBenchmark({
      stage: await stage(),
      runs: s.coldStartRuns,
      warmup: s.warmup,
    }),
  'test-tier': () => testTierBenchmark(),
  watch: (s) =>
    watchBenchmark({ spec: s.spec, runs: s.runs, warmup: s.warmup }),
}

/**
 * Runs the named benchmarks in order, printing each section as it is done; the package is built and
 * staged once, when the first benchmark that consumes it starts, and removed at the end.
 */
export async function runBenchmarks(
  settings: BenchSettings,
  names: readonly BenchmarkName[],
  print: (text: string) => void = console.log,
): Promise<Section[]> {
  let staged: Promise<Stage> | undefined
  const stage = () => (staged ??= stagePackageForConsumers())
  const sections: Section[] = []
  try {
    for (const name of names) {
      const section = await benchmarks[name](settings, stage)
      print(`${formatSection(section)}\n`)
      sections.push(section)
    }
  } finally {
    if (staged !== undefined) await (await staged).remove()
  }
  return sections
}

/** The report: the command, the machine, then each benchmark's section and a summary of the targets. */
export function formatReport(
  command: string,
  sections: readonly Section[],
  startLoad: number,
): string {
  const missed = sections.flatMap((s) =>
    s.targets
      .filter((t) => !t.met)
      .map((t) => `- ${s.title}: ${t.goal}; measured ${t.measured}`),
  )
  return [
    '## Benchmarks against the peers (npm run bench)',
    '',
    `Command: \`${command}\`  `,
    `Machine: \`nproc\` ${execFileSync('nproc').toString().trim()}, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}; load average (1 min) ${startLoad.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end; ${new Date().toISOString()}.`,
    '',
    ...sections.map((section) => `${formatSection(section)}\n`),
    `### Targets missed in this run`,
    '',
    ...(missed.length === 0 ? ['None.'] : missed),
  ].join('\n')
}
