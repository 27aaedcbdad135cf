// seam-codegen generate --watch: regenerate whenever the spec or a hand-kept sample file changes.
// Changes are debounced (an editor's save is often several events), runs never overlap, and a run
// that fails leaves the last good output in place and the watch going.
import { relative } from 'node:path'

import { watch } from 'chokidar'

import { BuildCache, defaultCacheDir } from '../cache.js'
import { samplesDirOf } from '../samples/location.js'
import { isSpecUrl } from '../spec/load.js'
import { runGenerate, type PipelineFlags } from './run-generate.js'
import { bin, type Cli } from './program.js'
import { styleFor } from './terminal.js'

/** Quiet time after the last change before a run starts: one save, one run. */
export const debounceMs = 30

/**
 * Generates once, then again after every change, until `stop` resolves (by default SIGINT or
 * SIGTERM). Returns 0: a failed run is told and the watch goes on.
 */
export async function watchGeneration(
  cli: Cli,
  flags: PipelineFlags & { verbose?: boolean },
  stop: Promise<unknown> = new Promise((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  }),
): Promise<number> {
  const { terminal } = cli
  const style = styleFor(terminal.stderr, terminal.env)
  if (isSpecUrl(flags.spec))
    throw new Error(
      `--watch needs a spec file to watch, not a URL: ${flags.spec}`,
    )
  const watched = [flags.spec, flags.samples ?? samplesDirOf(flags.spec)]

  // One cache for the whole watch, in memory, saved when the watch ends: reading and writing it
  // whole would take most of each run.
  const cache = flags.cache
    ? await BuildCache.open(defaultCacheDir())
    : undefined
  const runOnce = async (): Promise<void> => {
    try {
      await runGenerate(cli, flags, cache === undefined ? {} : { cache })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      terminal.stderr.write(
        `${bin} generate: ${style.red('failed')} (the output was left as it was; still watching): ${message}\n`,
      )
    }
  }

  const changed = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = runOnce()
  const schedule = (path: string): void => {
    changed.add(relative(cli.cwd, path) || path)
    clearTimeout(timer)
    timer = setTimeout(() => {
      running = running.then(async () => {
        if (changed.size === 0) return
        terminal.stdout.write(
          `${style.dim('changed')} ${[...changed].sort().join(', ')}\n`,
        )
        changed.clear()
        await runOnce()
      })
    }, debounceMs)
  }

  const watcher = watch(watched, {
    ignoreInitial: true,
    ignored: (path) => path.endsWith('~'),
  })
  watcher.on('all', (event, path) => {
    if (event === 'add' || event === 'change' || event === 'unlink')
      schedule(path)
  })
  await new Promise<void>((resolve, reject) => {
    watcher.once('ready', resolve)
    watcher.once('error', reject)
  })
  await running
  terminal.stderr.write(`watching ${watched.join(' and ')} (Ctrl-C stops)\n`)
  await stop
  clearTimeout(timer)
  await watcher.close()
  await running
  await cache?.save()
  return 0
}
