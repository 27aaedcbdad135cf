// Running the pipeline for generate, check and watch, with the summary line each prints.
import { join, resolve } from 'node:path'

import { generate, type GenerateOptions } from '../pipeline.js'
import { samplesDirOf } from '../samples/location.js'
import { isSpecUrl } from '../spec/load.js'
import {
  defaultCacheDir,
  isPlainGenerate,
  observeInputs,
  pipelineFolders,
  saveStamp,
  summaryLine,
  usesColour,
  type ObservedInputs,
} from './bin/noop-stamp.mjs'
import { configFileNames } from './config.js'
import { bin, type Cli } from './program.js'
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

export async function runCheck(
  cli: Cli,
  flags: PipelineFlags,
): Promise<number> {
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

export interface GenerateFlags extends PipelineFlags {
  verbose?: boolean
  check?: boolean
}

/**
 * The inputs of a plain `generate` as typed on a command line, observed before the run, for the
 * no-op stamp (see bin/noop-stamp.mjs); undefined for a run the stamp cannot vouch for: no
 * cache, a spec URL, an .mjs config (it may import anything), or paths taken from elsewhere
 * than the working folder.
 */
async function stampInputs(
  cli: Cli,
  flags: GenerateFlags & { config?: string },
): Promise<ObservedInputs | undefined> {
  const { argv, cwd } = cli
  if (
    argv === undefined ||
    !isPlainGenerate(argv) ||
    !flags.cache ||
    isSpecUrl(flags.spec) ||
    resolve(cwd) !== process.cwd()
  )
    return undefined
  const configs = [
    ...configFileNames.map((name) => join(cwd, name)),
    ...(flags.config === undefined ? [] : [resolve(cwd, flags.config)]),
  ]
  const inputs = await observeInputs({
    cwd,
    argv,
    files: [resolve(flags.spec), ...configs],
    folders: [
      ...pipelineFolders,
      resolve(flags.samples ?? samplesDirOf(flags.spec)),
    ],
  })
  const usesModuleConfig = configs.some(
    (file) => file.endsWith('.mjs') && inputs.files[file] !== null,
  )
  return usesModuleConfig ? undefined : inputs
}

/** One generation with its summary line (and with --verbose, the files); a plain one keeps the no-op stamp. */
export async function runGenerate(
  cli: Cli,
  flags: GenerateFlags,
  overrides: Partial<GenerateOptions> = {},
): Promise<number> {
  const { terminal } = cli
  const inputs =
    Object.keys(overrides).length === 0
      ? await stampInputs(cli, flags)
      : undefined
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
    summaryLine(
      {
        operations: result.operations,
        namespaces: result.namespaces,
        written: plan.write.length,
        unchanged: plan.unchanged.length,
        deleted: plan.delete.length,
        seconds: result.seconds,
        cached: result.cached,
      },
      usesColour(terminal.stdout, terminal.env),
    ),
  )
  const outputs = Object.entries(result.outputs?.files ?? {})
  // Only a run whose every file is accounted for: a file that could not be seen leaves no stamp.
  if (
    inputs !== undefined &&
    outputs.length === plan.write.length + plan.unchanged.length
  ) {
    await saveStamp(
      defaultCacheDir(),
      inputs,
      Object.fromEntries(
        outputs.map(([file, { size, mtimeMs, ctimeMs, ino }]) => [
          resolve(flags.out, file),
          { size, mtimeMs, ctimeMs, ino },
        ]),
      ),
      {
        operations: result.operations,
        namespaces: result.namespaces,
        files: outputs.length,
      },
    )
  }
  return 0
}
