// Timing helpers shared by the benchmarks: whole processes timed from spawn to exit, and peers
// measured in alternating rounds so that a change in the machine's load hits every peer alike.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** A path as the reader knows it: relative to the repo when inside it. */
export const displayPath = (path: string): string =>
  path.startsWith(repoRoot) ? path.slice(repoRoot.length) : path

/** A repo dependency's command, as npm scripts find it. */
export const bin = (name: string): string =>
  `${repoRoot}node_modules/.bin/${name}`

/** The version of a package installed in the repo's node_modules. */
export const packageVersion = async (name: string): Promise<string> =>
  JSON.parse(
    await readFile(
      join(repoRoot, 'node_modules', name, 'package.json'),
      'utf8',
    ),
  ).version

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export interface ProcessRun {
  /** Wall time from spawn to exit. */
  ms: number
  stdout: string
  stderr: string
}

export interface ProcessResources extends ProcessRun {
  /** CPU time (user + system) of the process and the children it waited for. */
  cpuMs: number
  /** Peak resident memory of the process (of its largest child, when it starts others), in kB. */
  peakKb: number
}

export interface ProcessOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Exit codes that are not a failure (tsc exits 2 when it reports errors). */
  okCodes?: readonly number[]
}

// npm run exports npm_* settings (the repo as prefix, among others) that would make an npm or a
// peer's CLI started from here behave as if run inside the repo's own npm script.
export const cleanEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')),
  ),
  NO_COLOR: '1',
  ...extra,
})

/** Runs a command to its end and times it; throws, with its output, when it fails. */
export function timeProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? cleanEnv(),
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - started
      const run = {
        ms,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
      }
      if (code === 0 || (code !== null && options.okCodes?.includes(code)))
        resolve(run)
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} exited ${code}:\n${run.stdout}${run.stderr}`,
          ),
        )
    })
  })
}

/** GNU time, which reads the rusage the kernel keeps for a finished process. */
const gnuTime = '/usr/bin/time'

/**
 * Runs a command under GNU time and reads, besides the wall time, its CPU time and peak memory
 * (Node cannot read a child's rusage). The wall time includes time's own start, a millisecond.
 */
export async function measureProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<ProcessResources> {
  const dir = await mkdtemp(join(tmpdir(), 'seam-bench-time-'))
  try {
    const report = join(dir, 'time.txt')
    const run = await timeProcess(
      gnuTime,
      ['-f', '%U %S %M', '-o', report, command, ...args],
      options,
    ).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT')
        throw new Error(
          `${gnuTime} (GNU time) is needed to measure CPU time and peak memory`,
        )
      throw error
    })
    const fields = (await readFile(report, 'utf8'))
      .trim()
      .split('\n')
      .at(-1)!
      .split(' ')
      .map(Number)
    const [user, system, peakKb] = fields
    if (fields.length !== 3 || fields.some(Number.isNaN))
      throw new Error(`unexpected output of ${gnuTime}: ${fields.join(' ')}`)
    return { ...run, cpuMs: (user! + system!) * 1000, peakKb: peakKb! }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Measures every subject `warmup + runs` times in rounds, each round in a rotated order, and keeps
 * the last `runs` values of each: the warm-up rounds fill the OS's file cache and tsx's cache.
 */
export async function alternate<S, V>(
  subjects: readonly S[],
  rounds: { runs: number; warmup: number },
  measure: (subject: S, round: number) => Promise<V>,
): Promise<Map<S, V[]>> {
  const values = new Map<S, V[]>(subjects.map((subject) => [subject, []]))
  for (let round = 0; round < rounds.warmup + rounds.runs; round++) {
    const shift = round % subjects.length
    for (const subject of [
      ...subjects.slice(shift),
      ...subjects.slice(0, shift),
    ]) {
      const value = await measure(subject, round)
      if (round >= rounds.warmup) values.get(subject)!.push(value)
    }
  }
  return values
}
