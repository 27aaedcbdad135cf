// Running the pipeline for generate, check and watch, with the summary line each prints.
import { generate, type GenerateOptions } from '../pipeline.js'
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

/** One generation with its summary line (and with --verbose, the files). */
export async function runGenerate(
  cli: Cli,
  flags: GenerateFlags,
  overrides: Partial<GenerateOptions> = {},
): Promise<number> {
  const { terminal } = cli
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
    `${style.green('generated')} ${result.operations} operations in ${result.namespaces} namespaces: ` +
      `${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.delete.length} deleted ` +
      `in ${timing(result)}\n`,
  )
  return 0
}
