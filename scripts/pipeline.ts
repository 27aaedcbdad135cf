// One file because the run's stages (load, samples, emit, format, plan, write) read top to bottom in one place.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  BuildCache,
  contentHash,
  defaultCacheDir,
  hashOf,
  type RunRecord,
} from './cache.js'
import type { EmitContext } from './emit/context.js'
import {
  applyOutput,
  hashesOf,
  materialize,
  manifestName,
  manifestText,
  planOutput,
  readOutputRecord,
  recordWritten,
  runtimeImportFor,
  saveOutputRecord,
  type EmittedFiles,
  type OutputPlan,
  type OutputRecord,
  type PlannedOutput,
} from './output.js'
import { type FileStat, statOf, statVouches } from './cli/bin/noop-stamp.mjs'
import { samplesDirOf } from './samples/location.js'
import {
  checkSpec,
  isSpecUrl,
  parseSpecText,
  readSpecBytes,
  readSpecText,
} from './spec/load.js'
import { allNamespaces, buildModel, type ApiModel } from './spec/model.js'

export interface GenerateOptions {
  spec: string
  /**
   * The spec's text, when it is not (yet) what the file holds: `spec:update` builds from the new
   * spec before writing anything. Hand-kept samples are still read from beside `spec`.
   */
  specText?: string
  out: string
  /** Compare only; write nothing. */
  check: boolean
  /**
   * Folder of the cache kept between runs (default node_modules/.cache/seam-codegen), false for none,
   * or a cache the caller keeps open over many runs (watch mode) and saves itself: reading and
   * writing the whole cache is most of a small run's time.
   */
  cache?: string | false | BuildCache
  /** Write into a non-empty output folder that has no manifest (see output.ts). */
  force?: boolean
  /** The hand-kept samples; default `samples/` beside the spec. */
  samplesDir?: string
  /** Where generated code imports its runtime from (see runtimeImportFor); by default decided by `out`. */
  runtimeImport?: string
  /** The sample languages to emit (renderer ids); all when left out. */
  languages?: readonly string[]
}

export interface GenerateResult {
  operations: number
  namespaces: number
  plan: OutputPlan
  seconds: number
  /** The whole output was known from an earlier run of this pipeline on this spec. */
  cached: boolean
  /** Every produced file's hash and stat once written (see output.ts); not for a check. */
  outputs?: OutputRecord
}

type Emitter = (
  model: ApiModel,
  context: EmitContext,
) => EmittedFiles | Promise<EmittedFiles>

/**
 * Every artifact, each from the same model. Imported when a run has something to build, not
 * before: they load openapi-typescript, which takes longer than a whole no-op run.
 */
async function loadEmitters(): Promise<{
  types: Emitter
  others: Emitter[]
}> {
  const [types, routes, clients, endpoints, resources, samples, docs, spec] =
    await Promise.all([
      import('./emit/types.js'),
      import('./emit/routes.js'),
      import('./emit/clients.js'),
      import('./emit/endpoints.js'),
      import('./emit/resources.js'),
      import('./emit/samples.js'),
      import('./emit/docs.js'),
      import('./emit/openapi-with-samples.js'),
    ])
  return {
    types: types.emitTypes,
    others: [
      routes.emitRoutes,
      routes.emitWorkspacelessRoutes,
      clients.emitClients,
      endpoints.emitEndpoints,
      resources.emitResources,
      samples.emitSamples,
      docs.emitDocs,
      spec.emitOpenApiWithSamples,
    ],
  }
}

const prettierConfig = fileURLToPath(
  new URL('../.prettierrc.json', import.meta.url),
)

/** A parsed spec -> the complete output, in memory. Throws (writing nothing) on any problem. */
async function build(
  {
    samplesDir,
    runtimeImport,
    languages,
  }: {
    samplesDir: string
    runtimeImport: string
    languages: readonly string[] | undefined
  },
  model: ApiModel,
  cache: BuildCache,
): Promise<{ model: ApiModel; files: EmittedFiles }> {
  const [
    { types, others },
    { Formatter },
    { collectSamples, inLanguages },
    { readSampleEntries },
  ] = await Promise.all([
    loadEmitters(),
    import('./format.js'),
    import('./samples/collection.js'),
    import('./samples/entries.js'),
  ])
  const formatter = Formatter.create(prettierConfig, cache)
  // The types first, before the samples exist: openapi-typescript's nodes are then garbage by the
  // time the samples, pages and documents are in memory, which lowers the run's peak.
  const outputs = [
    await types(model, { samples: [], runtimeImport, cache, formatter }),
  ]
  const samples = (
    await collectSamples(model, await readSampleEntries(samplesDir), cache)
  ).map((operation) => inLanguages(operation, languages))
  outputs.push(
    ...(await Promise.all(
      others.map((emit) =>
        emit(model, { samples, runtimeImport, cache, formatter }),
      ),
    )),
  )
  const files: EmittedFiles = new Map()
  for (const emitted of outputs) {
    for (const [file, content] of emitted) {
      if (files.has(file)) throw new Error(`two emitters produce ${file}`)
      files.set(file, content)
    }
  }
  const formatted = await formatter.formatFiles(files)
  formatted.set(manifestName, manifestText(formatted.keys()))
  return { model, files: formatted }
}

/** Hash of the hand-kept files the output is made from besides the spec: the samples beside it. */
async function handKeptInputs(dir: string): Promise<string> {
  const files = await readdir(dir, {
    recursive: true,
    withFileTypes: true,
  }).catch(() => [])
  const paths = files
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
  return hashOf(
    ...(
      await Promise.all(
        paths.map(async (path) => [
          relative(dir, path),
          await readFile(path, 'utf8'),
        ]),
      )
    ).flat(),
  )
}

/** The spec as a run uses it: its text's hash, and its model, built when first asked for. */
interface SpecInput {
  hash: string
  model(): ApiModel
}

/** A run's spec from its text (a URL's, or one given), or from its file's bytes. */
function specFrom(source: string, content: string | Buffer): SpecInput {
  let model: ApiModel | undefined
  const text = typeof content === 'string' ? content : content.toString('utf8')
  return {
    hash: contentHash(content),
    model: () => (model ??= buildModel(checkSpec(parseSpecText(source, text)))),
  }
}

/**
 * The spec of this run. With a cache kept over many runs (watch mode), a spec file is read and
 * parsed anew only when its stat changed since it was last read, or it had not settled then.
 */
async function specInput(
  cache: BuildCache,
  options: GenerateOptions,
): Promise<SpecInput> {
  if (options.specText !== undefined)
    return specFrom(options.spec, options.specText)
  if (isSpecUrl(options.spec))
    return specFrom(options.spec, await readSpecText(options.spec))
  const name = `spec ${resolve(options.spec)}`
  const taken = Date.now()
  const current = await stat(options.spec).then(statOf, () => undefined)
  const known = cache.remember<
    { stat: FileStat; taken: number; spec: SpecInput } | undefined
  >(name, () => undefined)
  if (
    known !== undefined &&
    current !== undefined &&
    statVouches(known.stat, current, known.taken)
  )
    return known.spec
  const spec = specFrom(options.spec, await readSpecBytes(options.spec))
  cache.keep(name, current && { stat: current, taken, spec })
  return spec
}

/** A run computed in full, in memory, and not yet written. */
export interface PreparedRun extends Omit<GenerateResult, 'seconds'> {
  /**
   * Writes the files whose bytes differ and deletes those no longer produced; returns the output
   * folder's record (see output.ts).
   */
  write(): Promise<OutputRecord>
}

/**
 * The record of the last run into `out`: in memory when the cache lives over many runs (watch
 * mode), else from the cache's folder.
 */
const outputRecordOf = (
  cache: BuildCache,
  out: string,
): Promise<OutputRecord | undefined> =>
  cache.remember(`output record ${resolve(out)}`, () =>
    cache.dir === undefined
      ? Promise.resolve(undefined)
      : readOutputRecord(cache.dir, out),
  )

async function keepOutputRecord(
  cache: BuildCache,
  out: string,
  record: OutputRecord,
): Promise<void> {
  cache.keep(`output record ${resolve(out)}`, Promise.resolve(record))
  if (cache.dir !== undefined) await saveOutputRecord(cache.dir, out, record)
}

/**
 * Everything a run would write, computed first. A spec this pipeline has seen before is
 * answered from the record of that run: the files on disk are compared with its hashes (by their
 * stat alone where the output record vouches for them), and only when they differ (and the run is
 * not a check) is the output built, from cached parts.
 */
export async function prepareGeneration(
  options: GenerateOptions,
): Promise<PreparedRun> {
  const shared = options.cache instanceof BuildCache ? options.cache : undefined
  const cache =
    shared ??
    (await BuildCache.open(
      options.cache === false
        ? undefined
        : ((options.cache as string | undefined) ?? defaultCacheDir()),
    ))
  const spec = await specInput(cache, options)
  const samplesDir = options.samplesDir ?? samplesDirOf(options.spec)
  const runtimeImport = runtimeImportFor(options.out, options.runtimeImport)
  const runKey = cache.key(
    'run',
    spec.hash,
    await handKeptInputs(samplesDir),
    runtimeImport,
    ...(options.languages ?? []),
  )
  const planOptions = {
    ...options,
    record: await outputRecordOf(cache, options.out),
  }
  const finish = async (
    hashes: Record<string, string>,
    planned: PlannedOutput,
  ): Promise<OutputRecord> => {
    const record = await recordWritten(options.out, hashes, planned)
    await keepOutputRecord(cache, options.out, record)
    return record
  }

  const record = await cache.lookupRun(runKey)
  if (record !== undefined) {
    const planned = await planOutput(options.out, record.files, planOptions)
    const { plan } = planned
    const upToDate = plan.write.length === 0 && plan.delete.length === 0
    if (upToDate || options.check) {
      const write = async (): Promise<OutputRecord> => {
        if (!upToDate)
          throw new Error(
            'a run prepared with check: true has no files to write',
          )
        return finish(record.files, planned)
      }
      return {
        operations: record.operations,
        namespaces: record.namespaces,
        plan,
        cached: true,
        write,
      }
    }
  }

  const { model, files } = await build(
    { samplesDir, runtimeImport, languages: options.languages },
    spec.model(),
    cache,
  )
  const hashes = hashesOf(
    files,
    cache.remember('output hashes', () => new Map()),
    (content) => cache.knownHash(content),
  )
  const planned = await planOutput(options.out, hashes, planOptions)
  // Before the cache is saved, which may merge and remove the packs the texts are in.
  await materialize(files, planned.plan)
  const run: RunRecord = {
    operations: model.operations.length,
    namespaces: allNamespaces(model.root).length,
    files: hashes,
  }
  await Promise.all([
    cache.recordRun(runKey, run),
    shared === undefined ? cache.save() : undefined,
  ])
  return {
    operations: run.operations,
    namespaces: run.namespaces,
    plan: planned.plan,
    cached: false,
    write: async () => {
      await applyOutput(options.out, files, planned.plan)
      return finish(hashes, planned)
    },
  }
}

/** Builds everything first, then (unless checking) writes only the files whose bytes differ. */
export async function generate(
  options: GenerateOptions,
): Promise<GenerateResult> {
  const started = performance.now()
  const { write, ...run } = await prepareGeneration(options)
  const outputs = options.check ? undefined : await write()
  return {
    ...run,
    ...(outputs === undefined ? {} : { outputs }),
    seconds: (performance.now() - started) / 1000,
  }
}
