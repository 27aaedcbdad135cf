// Watch mode as a docs writer uses it: `seam-codegen generate --watch` on the real spec, running, and
// a hand-kept sample value edited; timed from the write of the samples file to the moment the new
// value is in the generated sample on disk.
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'

import { samplesDirOf } from '../scripts/samples/location.js'

import { bin, cleanEnv, displayPath, median } from './measure.js'
import {
  markdownTable,
  milliseconds,
  withLoad,
  type Section,
} from './report.js'

export interface WatchOptions {
  spec: string
  runs: number
  warmup: number
}

/** The edited sample: its file (written anew, in place of the spec's own), and the generated file that shows it. */
const edited = {
  path: '/locks/unlock_door',
  samples: 'samples/locks.yaml',
  output: 'generated/samples/locks/unlock_door.json',
}
const entry = (deviceId: string): string =>
  `- path: ${edited.path}\n  parameters:\n    device_id: ${deviceId}\n`
/** A device id that differs in every round. */
const deviceIdOf = (round: number): string =>
  `00000000-0000-4000-8000-${String(round).padStart(12, '0')}`

async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const started = performance.now()
  while (!(await check())) {
    if (performance.now() - started > timeoutMs)
      throw new Error(`watch benchmark: timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

export async function watchBenchmark(options: WatchOptions): Promise<Section> {
  return withLoad(async () => {
    const work = await mkdtemp(join(tmpdir(), 'seam-bench-watch-'))
    let child: ChildProcessByStdio<null, null, Readable> | undefined
    try {
      const specText = await readFile(options.spec, 'utf8')
      if (
        (JSON.parse(specText) as { paths?: Record<string, unknown> }).paths?.[
          edited.path
        ] === undefined
      ) {
        throw new Error(
          `watch benchmark: the spec has no ${edited.path} to edit the sample of`,
        )
      }
      await writeFile(join(work, 'openapi.json'), specText)
      await cp(samplesDirOf(options.spec), join(work, 'samples'), {
        recursive: true,
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
      await mkdir(join(work, 'samples'), { recursive: true })
      const samplesFile = join(work, edited.samples)
      await writeFile(samplesFile, entry(deviceIdOf(999_999)))
      child = spawn(
        bin('seam-codegen'),
        ['generate', '--watch', '--spec', 'openapi.json', '--out', 'generated'],
        {
          cwd: work,
          env: cleanEnv(),
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      await waitFor(
        async () => stderr.includes('watching'),
        600_000,
        `the first generation (${stderr})`,
      )
      const times: number[] = []
      for (let round = 0; round < options.warmup + options.runs; round++) {
        const value = deviceIdOf(round)
        const started = performance.now()
        await writeFile(samplesFile, entry(value))
        await waitFor(
          () =>
            readFile(join(work, edited.output), 'utf8').then(
              (text) => text.includes(value),
              () => false,
            ),
          120_000,
          `"${value}" in ${edited.output}`,
        )
        if (round >= options.warmup) times.push(performance.now() - started)
      }
      const edit = median(times)
      return {
        title: 'Watch mode: a sample edit to the new sample on disk',
        method: [
          `\`seam-codegen generate --watch\` on \`${displayPath(options.spec)}\` and the samples beside it, running;`,
          `each run writes a new \`device_id\` for \`${edited.path}\` into \`${edited.samples}\` and waits until \`${edited.output}\` holds it (${options.runs} runs after ${options.warmup} warm-up).`,
        ],
        table: markdownTable(
          ['edit', 'median', 'fastest', 'slowest'],
          [
            [
              'one sample value',
              milliseconds(edit),
              milliseconds(Math.min(...times)),
              milliseconds(Math.max(...times)),
            ],
          ],
        ),
        targets: [
          {
            goal: 'a sample edit on disk in well under a second (≤ 500 ms)',
            measured: milliseconds(edit),
            met: edit <= 500,
          },
        ],
      }
    } finally {
      if (child !== undefined && child.exitCode === null) {
        const exited = new Promise((resolve) => child!.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      await rm(work, { recursive: true, force: true })
    }
  })
}
