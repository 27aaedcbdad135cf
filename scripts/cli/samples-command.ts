// seam-codegen samples PATH: the code samples of one operation, as the docs pages show them.
import { InvalidArgumentError, Option, type Command } from 'commander'

import {
  renderersFor,
  renderSample,
  sampleOf,
  samplesDirOf,
} from '../samples/collection.js'
import { entriesByPath, readSampleEntries } from '../samples/entries.js'
import { renderers } from '../samples/renderers.js'
import { checkSpec, readSpecFile } from '../spec/load.js'
import { buildModel } from '../spec/model.js'
import { action, usageError, type Cli } from './program.js'
import { styleFor } from './terminal.js'

/** A mistake in how the command was called; the message says which and what would be right. */
export class SamplesUsageError extends Error {
  override name = 'SamplesUsageError'
}

export interface PrintSamplesOptions {
  /** The spec's path, e.g. `/locks/unlock_door`. */
  path: string
  /** A renderer id (`python`, `seam-cli`, ...); every language (or every one of `languages`) when left out. */
  lang?: string
  /** The languages printed when no `lang` is given; all when left out. */
  languages?: string[]
  /** Default `openapi.json`. */
  spec?: string
  /** The hand-kept samples; default `samples/` beside the spec. */
  samples?: string
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length]!
}

/** The three known names closest to a mistyped one. */
const closest = (name: string, known: string[]): string[] =>
  known
    .map((candidate) => ({
      candidate,
      distance: editDistance(name, candidate),
    }))
    .sort(
      (a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1),
    )
    .slice(0, 3)
    .map(({ candidate }) => candidate)

/**
 * The samples of one operation as text: the code alone for one language, or every language
 * under a heading line. Throws SamplesUsageError for an unknown path or language.
 */
export async function printSamples(
  options: PrintSamplesOptions,
): Promise<string> {
  const wanted = options.lang === undefined ? options.languages : [options.lang]
  const selected =
    wanted === undefined
      ? renderers
      : renderers.filter((r) => wanted.includes(r.id))
  if (selected.length === 0) {
    throw new SamplesUsageError(
      `unknown language "${options.lang}"; known: ${renderers.map((r) => r.id).join(', ')}`,
    )
  }
  const spec = options.spec ?? 'openapi.json'
  const model = buildModel(checkSpec((await readSpecFile(spec)).document))
  const path = options.path.startsWith('/') ? options.path : `/${options.path}`
  const operation = model.operations.find((o) => o.path === path)
  if (operation === undefined) {
    const paths = model.operations.map((o) => o.path)
    throw new SamplesUsageError(
      `no path "${path}" in ${spec}; did you mean ${closest(path, paths).join(', ')}?`,
    )
  }
  if (
    !selected.some((renderer) => renderersFor(operation).includes(renderer))
  ) {
    const callers = renderersFor(operation).map((r) => r.id)
    throw new SamplesUsageError(
      `${path} is undocumented: it has samples only in ${callers.join(', ')}, the languages that can call it`,
    )
  }
  const entry = entriesByPath(
    model,
    await readSampleEntries(options.samples ?? samplesDirOf(spec)),
  ).get(path)
  const code = renderSample(sampleOf(model.document, operation, entry)).filter(
    ({ renderer }) => selected.includes(renderer),
  )
  if (options.lang !== undefined) return `${code[0]!.rendered.source}\n`
  return code
    .map(
      ({ renderer, rendered }) =>
        `--- ${renderer.id} (${renderer.label}) ---\n${rendered.source}\n`,
    )
    .join('\n')
}

/** A comma-separated list of sample languages, each one a renderer knows. */
export function languageList(text: string): string[] {
  const ids = renderers.map((r) => r.id)
  const list = text.split(',').map((id) => id.trim())
  const unknown = list.find((id) => !ids.includes(id))
  if (unknown !== undefined)
    throw new InvalidArgumentError(
      `unknown language "${unknown}"; known: ${ids.join(', ')}`,
    )
  return list
}

export function registerSamples(program: Command, cli: Cli): void {
  const ids = renderers.map((r) => r.id)
  program
    .command('samples')
    .summary("print an operation's code samples")
    .description(
      'Prints the code samples of one operation, in every language or in one: the request code and the response\n' +
        'comment, as the docs pages show them. Example values come from the hand-kept samples beside the spec where\n' +
        'there are some, and are otherwise synthesised from the schema. The summary line goes to stderr.',
    )
    .argument(
      '<path>',
      "the operation's path in the spec, e.g. /locks/unlock_door",
    )
    .addOption(new Option('--lang <id>', 'one language').choices(ids))
    .option(
      '--languages <ids>',
      'the languages printed without --lang, comma-separated (default: all)',
      languageList,
    )
    .option(
      '--spec <source>',
      'the OpenAPI spec: a file or an http(s) URL, JSON or YAML',
      'openapi.json',
    )
    .option(
      '--samples <dir>',
      'the hand-kept sample values (default: samples/ beside the spec)',
    )
    .option(
      '--config <file>',
      'the config file (its spec, samples and languages)',
    )
    .action(
      action(
        cli,
        'samples',
        undefined,
        async (
          path: string,
          flags: {
            lang?: string
            spec: string
            samples?: string
            languages?: string[]
          },
          command: Command,
        ) => {
          let samples
          try {
            samples = await printSamples({ path, ...flags })
          } catch (error) {
            if (error instanceof SamplesUsageError)
              usageError(command, error.message)
            throw error
          }
          cli.terminal.stdout.write(samples)
          const languages =
            flags.lang ?? `${(flags.languages ?? ids).length} languages`
          cli.terminal.stderr.write(
            `${styleFor(cli.terminal.stderr, cli.terminal.env).green('samples')} of ${path} in ${languages}\n`,
          )
          return 0
        },
      ),
    )
}
