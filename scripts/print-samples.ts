/**
 * Prints the code samples of one operation: `npm run samples -- /locks/unlock_door [--lang python]`.
 * Exit codes: 0 printed, 2 usage (no path, unknown path or language), 1 a broken spec or samples file.
 */
import { fileURLToPath } from 'node:url'

import { parseArgsOrUsage } from './npm-script.js'
import { renderersFor, renderSample, sampleOf, samplesDirOf } from './samples/collection.js'
import { entriesByPath, readSampleEntries } from './samples/entries.js'
import { renderers } from './samples/renderers.js'
import { checkSpec, readSpecFile } from './spec/load.js'
import { buildModel } from './spec/model.js'

const usage = 'usage: npm run samples -- PATH [--lang ID] [--spec FILE]'

/** A mistake in how the command was called; the message says which and what would be right. */
export class SamplesUsageError extends Error {
  override name = 'SamplesUsageError'
}

export interface PrintSamplesOptions {
  /** The spec's path, e.g. `/locks/unlock_door`. */
  path: string
  /** A renderer id (`python`, `seam-cli`, ...); every language when left out. */
  lang?: string
  /** Default `openapi.json`; hand-kept samples are read from `samples/` beside it. */
  spec?: string
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** The three known names closest to a mistyped one. */
const closest = (name: string, known: string[]): string[] =>
  known
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, 3)
    .map(({ candidate }) => candidate)

/**
 * The samples of one operation as text: the code alone for one language, or every language
 * under a heading line. Throws SamplesUsageError for an unknown path or language.
 */
export async function printSamples(options: PrintSamplesOptions): Promise<string> {
  const selected = options.lang === undefined ? renderers : renderers.filter((r) => r.id === options.lang)
  if (selected.length === 0) {
    throw new SamplesUsageError(`unknown language "${options.lang}"; known: ${renderers.map((r) => r.id).join(', ')}`)
  }
  const spec = options.spec ?? 'openapi.json'
  const model = buildModel(checkSpec((await readSpecFile(spec)).document))
  const path = options.path.startsWith('/') ? options.path : `/${options.path}`
  const operation = model.operations.find((o) => o.path === path)
  if (operation === undefined) {
    const paths = model.operations.map((o) => o.path)
    throw new SamplesUsageError(`no path "${path}" in ${spec}; did you mean ${closest(path, paths).join(', ')}?`)
  }
  if (!selected.some((renderer) => renderersFor(operation).includes(renderer))) {
    const callers = renderersFor(operation).map((r) => r.id)
    throw new SamplesUsageError(`${path} is undocumented: it has samples only in ${callers.join(', ')}, the languages that can call it`)
  }
  const entry = entriesByPath(model, await readSampleEntries(samplesDirOf(spec))).get(path)
  const code = renderSample(sampleOf(model.document, operation, entry)).filter(({ renderer }) => selected.includes(renderer))
  if (options.lang !== undefined) return `${code[0]!.rendered.source}\n`
  return code.map(({ renderer, rendered }) => `--- ${renderer.id} (${renderer.label}) ---\n${rendered.source}\n`).join('\n')
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgsOrUsage('samples', usage, {
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string' }, spec: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (parsed === undefined) return 2
  if (parsed.values.help) {
    console.log(`${usage}\nlanguages: ${renderers.map((r) => r.id).join(', ')}`)
    return 0
  }
  if (parsed.positionals.length !== 1) {
    console.error(`samples: expected one path, got ${parsed.positionals.length}\n${usage}`)
    return 2
  }
  try {
    const { lang, spec } = parsed.values
    process.stdout.write(await printSamples({ path: parsed.positionals[0]!, lang, spec }))
    return 0
  } catch (error) {
    console.error(`samples: ${(error as Error).message}`)
    return error instanceof SamplesUsageError ? 2 : 1
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2))
