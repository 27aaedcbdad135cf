// Generation from one spec, each generator as a whole process, as its users run it: this project's
// full pipeline cold (empty output folder, empty cache) against openapi-typescript's types alone,
// orval's fetch client and @hey-api/openapi-ts's fetch SDK; and this pipeline's incremental runs:
// the no-op (same spec, same output) and one changed operation (its description edited).
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { pipelineFingerprint } from '../scripts/cache.js'
import { samplesDirOf } from '../scripts/samples/collection.js'

import {
  alternate,
  bin,
  cleanEnv,
  displayPath,
  measureProcess,
  median,
  packageVersion,
  timeProcess,
  type ProcessResources,
} from './measure.js'
import {
  count,
  markdownTable,
  mebibytes,
  ratio,
  seconds,
  withLoad,
  type Section,
} from './report.js'

export interface GenerationOptions {
  /** The spec every generator reads. */
  spec: string
  runs: number
  warmup: number
  /** The path whose operation the one-changed-operation runs edit. */
  changedPath: string
}

/** What to start for one timed run. */
interface Invocation {
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
  out: string
}

/** One kind of run. */
interface Run {
  name: string
  invocation(round: number): Promise<Invocation>
  /** The run's file count: files produced (a cold run) or rewritten (an incremental one). */
  files(out: string, started: number): Promise<number>
  /** Whether the output is thrown away after each run (cold runs), or kept for the next one. */
  fresh: boolean
}

/** The spec with a new description on every method of one path: one operation changed. */
export function withChangedDescription(
  specText: string,
  path: string,
  edit: string,
): string {
  const spec = JSON.parse(specText)
  const item = spec.paths?.[path]
  if (item === undefined)
    throw new Error(`the spec has no path ${path} to change`)
  for (const operation of Object.values(item) as { description?: string }[]) {
    operation.description = `${operation.description ?? ''} ${edit}`.trim()
  }
  return `${JSON.stringify(spec, null, 2)}\n`
}

/** How many files under `dir` were modified at or after `since` (epoch ms). */
async function filesModifiedSince(dir: string, since: number): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
  const times = await Promise.all(
    files.map(async (file) => (await stat(file)).mtimeMs),
  )
  return times.filter((time) => time >= since).length
}

const allFiles = (out: string): Promise<number> => filesModifiedSince(out, 0)

export async function generationBenchmark(
  options: GenerationOptions,
): Promise<Section> {
  return withLoad(async () => {
    const work = await mkdtemp(join(tmpdir(), 'seam-bench-generation-'))
    try {
      return await measure(options, work)
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  })
}

async function measure(
  options: GenerationOptions,
  work: string,
): Promise<Omit<Section, 'load'>> {
  const { spec } = options
  const specText = await readFile(spec, 'utf8')
  const [openapiTypescript, orval, heyApi] = await Promise.all(
    ['openapi-typescript', 'orval', '@hey-api/openapi-ts'].map(packageVersion),
  )
  const folder = (name: string, round: number) => join(work, `${name}-${round}`)
  // The cache lives where SEAM_CODEGEN_CACHE says (scripts/cache.ts): an empty folder makes a cold run.
  const codegen = (
    out: string,
    cache: string,
    specFile = spec,
  ): Invocation => ({
    command: bin('seam-codegen'),
    args: ['generate', '--spec', specFile, '--out', out],
    env: cleanEnv({ SEAM_CODEGEN_CACHE: cache }),
    out,
  })
  const peer = (
    name: string,
    invocation: (out: string) => Omit<Invocation, 'out'>,
  ): Run => ({
    name,
    invocation: async (round) => ({
      ...invocation(folder(name, round)),
      out: folder(name, round),
    }),
    files: allFiles,
    fresh: true,
  })

  const full: Run = {
    name: 'this project: full pipeline, cold (no cache, empty output folder)',
    invocation: async (round) =>
      codegen(folder('full', round), folder('full-cache', round)),
    files: allFiles,
    fresh: true,
  }
  const typesAlone = peer(
    `openapi-typescript ${openapiTypescript}: types alone`,
    (out) => ({
      command: bin('openapi-typescript'),
      args: [spec, '-o', join(out, 'types.ts')],
    }),
  )
  const peers = [
    typesAlone,
    peer(`orval ${orval}: fetch client`, (out) => ({
      command: bin('orval'),
      args: [
        '--input',
        spec,
        '--output',
        join(out, 'api.ts'),
        '--client',
        'fetch',
      ],
    })),
    peer(`@hey-api/openapi-ts ${heyApi}: fetch SDK`, (out) => ({
      command: bin('openapi-ts'),
      args: [
        '--input',
        spec,
        '--output',
        out,
        '--client',
        '@hey-api/client-fetch',
        '--no-log-file',
      ],
    })),
  ]
  // The incremental runs each keep one output folder and one cache, made by a full run first.
  const noopOut = join(work, 'noop')
  const changedOut = join(work, 'changed')
  const noop: Run = {
    name: 'this project: no-op (same spec, output up to date)',
    invocation: async () => codegen(noopOut, `${noopOut}-cache`),
    files: filesModifiedSince,
    fresh: false,
  }
  // The edited spec keeps the hand-kept samples that the pipeline reads from beside the spec.
  const editedSpec = join(work, 'edited', 'openapi.json')
  await mkdir(dirname(editedSpec))
  await cp(samplesDirOf(spec), samplesDirOf(editedSpec), {
    recursive: true,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  const changed: Run = {
    name: `this project: one operation changed (the description of ${options.changedPath})`,
    invocation: async (round) => {
      await writeFile(
        editedSpec,
        withChangedDescription(
          specText,
          options.changedPath,
          `(benchmark edit ${round})`,
        ),
      )
      return codegen(changedOut, `${changedOut}-cache`, editedSpec)
    },
    files: filesModifiedSince,
    fresh: false,
  }
  // The cache is salted with the pipeline's own sources: an edit to scripts/ during the run would
  // turn the incremental runs into cold ones, so the report says when that happened.
  const pipelineBefore = await pipelineFingerprint()
  const first = codegen(noopOut, `${noopOut}-cache`)
  await timeProcess(first.command, first.args, { env: first.env })
  await cp(noopOut, changedOut, { recursive: true })
  await cp(`${noopOut}-cache`, `${changedOut}-cache`, { recursive: true })

  const runs = [full, ...peers, noop, changed]
  const files = new Map<Run, number[]>(runs.map((run) => [run, []]))
  const measured = await alternate(runs, options, async (run, round) => {
    const { command, args, env, out } = await run.invocation(round)
    const started = Date.now()
    const resources = await measureProcess(
      command,
      args,
      env === undefined ? {} : { env },
    )
    files.get(run)!.push(await run.files(out, started))
    if (run.fresh) await rm(out, { recursive: true, force: true })
    if (run === full)
      await rm(folder('full-cache', round), { recursive: true, force: true })
    return resources
  })

  const pipelineChanged = (await pipelineFingerprint()) !== pipelineBefore
  const medianOf = (
    run: Run,
    of: (r: ProcessResources) => number = (r) => r.ms,
  ) => median(measured.get(run)!.map(of))
  const cpu = (r: ProcessResources) => r.cpuMs
  const peak = (r: ProcessResources) => r.peakKb
  const base = medianOf(typesAlone)
  const filesOf = (run: Run) =>
    `${count(median(files.get(run)!))}${run.fresh ? '' : ' rewritten'}`
  const rows = runs.map((run) => [
    run.name,
    seconds(medianOf(run)),
    seconds(medianOf(run, cpu)),
    mebibytes(medianOf(run, peak) * 1024),
    filesOf(run),
    ratio(medianOf(run), base),
    ratio(medianOf(run, cpu), medianOf(typesAlone, cpu)),
    ratio(medianOf(run, peak), medianOf(typesAlone, peak)),
  ])
  return {
    title: 'Generation',
    method: [
      `Spec: \`${displayPath(spec)}\`. Each run is a whole process, wall time from spawn to exit, CPU time (user + system) and peak resident memory as GNU time reports them, medians of ${options.runs} runs after ${options.warmup} warm-up round(s), the six kinds of run alternating in rotated order.`,
      `This project: \`seam-codegen generate --spec SPEC --out DIR\` (what \`npm run generate\` runs), with \`SEAM_CODEGEN_CACHE\` set to an empty folder for the cold run, and to the folder of an earlier run for the no-op and one-change runs (each of which edits the description of \`${options.changedPath}\` anew). tsx's own transpile cache is left as a user has it.`,
      `Peers: \`openapi-typescript SPEC -o DIR/types.ts\`; \`orval --input SPEC --output DIR/api.ts --client fetch\`; \`openapi-ts --input SPEC --output DIR --client @hey-api/client-fetch --no-log-file\`; none of them formats its output by default.`,
      ...(pipelineChanged
        ? [
            "**The pipeline's sources (scripts/) changed during this run**, which empties its cache: the no-op and one-change figures include rebuilds from scratch.",
          ]
        : []),
    ],
    table: markdownTable(
      [
        'run',
        'wall',
        'CPU',
        'peak memory',
        'files',
        'wall vs openapi-typescript',
        'CPU vs',
        'memory vs',
      ],
      rows,
    ),
    targets: [
      {
        goal: 'full generation, wall time ≤ 1.5× openapi-typescript (types alone)',
        measured: ratio(medianOf(full), base),
        met: medianOf(full) <= 1.5 * base,
      },
      {
        goal: 'full generation, peak memory ≤ 1.5× openapi-typescript (types alone)',
        measured: ratio(medianOf(full, peak), medianOf(typesAlone, peak)),
        met: medianOf(full, peak) <= 1.5 * medianOf(typesAlone, peak),
      },
      {
        goal: 'no-op ≤ 0.5 s',
        measured: seconds(medianOf(noop)),
        met: medianOf(noop) <= 500,
      },
      {
        goal: 'one changed operation ≤ 0.4× openapi-typescript (types alone), cold process included',
        measured: `${ratio(medianOf(changed), base)} (${seconds(medianOf(changed))})`,
        met: medianOf(changed) <= 0.4 * base,
      },
    ],
  }
}
