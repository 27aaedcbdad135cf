// One file because the cache's keys, its part store and its run records are one interface with one set of invariants.
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

import { PartStore } from './part-store.js'

/**
 * What the pipeline keeps between runs so that it only redoes work whose inputs changed. Every
 * entry is keyed by the hash of everything its value was computed from, salted with the hash of
 * the pipeline's own sources and locked dependencies: a changed emitter, prettier or
 * openapi-typescript starts from an empty cache. It never stands in for the output folder:
 * the pipeline always compares what it would write with the bytes on disk.
 *
 * Each use is kept because a run with one changed operation would otherwise redo work for every
 * operation (npm run bench measures that run): the run record answers an unchanged spec without
 * parsing it; the types' parts spare translating the whole spec (scripts/emit/types.ts); the
 * route modules spare printing every namespace (scripts/emit/routes.ts); the rendered samples and docs pages spare
 * rendering every operation (scripts/samples/collection.ts, scripts/emit/docs.ts), and the checked
 * sample entries checking them again; the printed pieces of generated/openapi.json spare printing the
 * whole spec (scripts/emit/openapi-with-samples.ts).
 */

export const hashOf = (...parts: string[]): string => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(`${part.length}:`).update(part)
  return hash.digest('hex')
}

export { contentHash } from './part-store.js'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

export { defaultCacheDir } from './cli/bin/noop-stamp.mjs'

const relativeImport =
  /(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g

/** The pipeline's own modules: every file reached from pipeline.ts through relative imports (static or dynamic). */
async function pipelineModules(): Promise<Map<string, string>> {
  const modules = new Map<string, string>()
  const pending = [join(repoRoot, 'scripts', 'pipeline.ts')]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (modules.has(file)) continue
    const text = await readFile(file, 'utf8')
    modules.set(file, text)
    for (const [, specifier] of text.matchAll(relativeImport)) {
      pending.push(join(dirname(file), specifier!.replace(/\.js$/, '.ts')))
    }
  }
  return modules
}

/**
 * Hash of the pipeline itself (its modules, its dependencies' locked versions, prettier's
 * config), so that no cache entry made by other code is ever used.
 */
export async function pipelineFingerprint(): Promise<string> {
  const modules = await pipelineModules()
  const others = [
    join(repoRoot, 'package-lock.json'),
    join(repoRoot, '.prettierrc.json'),
  ]
  const otherTexts = await Promise.all(
    others.map((file) => readFile(file, 'utf8').catch(() => '')),
  )
  const entries = [
    ...modules,
    ...others.map((file, i): [string, string] => [file, otherTexts[i]!]),
  ]
  return hashOf(
    ...entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([file, text]) => [relative(repoRoot, file), text]),
  )
}

/** What a run produced, by file: enough to tell whether the output on disk is already it. */
export interface RunRecord {
  operations: number
  namespaces: number
  /** File -> hash of its bytes. */
  files: Record<string, string>
}

const runsFile = 'runs.json'
/** The index of the parts: which run last used each. The parts themselves are files of their own. */
const partsIndexFile = 'parts.json'
const partsDir = 'parts'
/** Runs remembered: a few, so that switching between specs (or branches) stays fast. */
const runsKept = 8

let temporaryFiles = 0

/**
 * Writes through a temporary file and a rename, so that a concurrent reader never sees half a
 * file. The temporary name is unique per write, also for two runs in one process at once.
 */
export async function writeAtomically(
  file: string,
  text: string,
): Promise<void> {
  const temporary = `${file}.${process.pid}.${++temporaryFiles}.tmp`
  await writeFile(temporary, text)
  await rename(temporary, file)
}

export async function readJson(
  file: string,
): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined // missing or damaged: start afresh
  }
}

/** Parts stay while one of the last few runs used them: tests and branches alternate specs. */
const partsRunsKept = 4
/** Files read or written at once: open files are limited, and each waits on Node's thread pool. */
const concurrentFiles = 32

/**
 * `task` over every item, at most `concurrentFiles` at once: each file operation waits on Node's
 * thread pool, so one at a time leaves the run waiting on I/O for most of a write of many files.
 */
export async function forEachAtOnce<T>(
  items: readonly T[],
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += concurrentFiles)
    await Promise.all(items.slice(i, i + concurrentFiles).map(task))
}

interface PartsIndex {
  run: number
  /** Key -> the last run that used it. */
  lastUsed: Record<string, number>
}

/** An output file's text kept whole in the cache: its hash is known without reading it. */
export interface StoredText {
  readonly hash: string
  /** The text, read from the cache (or made again when its part is damaged). */
  text(): Promise<string>
}

/**
 * What emitters keep between runs: `key` names a value by everything it is computed from,
 * `memo` (or `get` and `set`) reads it or computes and keeps it. A run reads only the parts it
 * asks for and writes only the new ones (scripts/part-store.ts).
 */
export class BuildCache {
  private readonly used = new Map<string, string>()
  /** Parts that `has` found and that may go unread: they count as used all the same. */
  private readonly listed = new Set<string>()
  private readonly parts: PartStore | undefined

  private constructor(
    /** Undefined for a cache that lives only as long as the run. */
    readonly dir: string | undefined,
    readonly salt: string,
  ) {
    if (dir !== undefined) this.parts = new PartStore(join(dir, partsDir))
  }

  /** A cache kept in `dir`; `undefined` gives one that remembers nothing between runs. */
  static async open(dir: string | undefined): Promise<BuildCache> {
    return new BuildCache(dir, await pipelineFingerprint())
  }

  /** Values kept in memory for as long as this cache object lives (a watch keeps one over many runs). */
  private readonly memory = new Map<string, unknown>()

  /**
   * What `compute` gives, computed once per cache object: in watch mode, what would otherwise be
   * read from disk and parsed again on every run.
   */
  remember<T>(name: string, compute: () => T): T {
    if (!this.memory.has(name)) this.memory.set(name, compute())
    return this.memory.get(name) as T
  }

  /** Replaces what `remember` keeps under `name`. */
  keep<T>(name: string, value: T): void {
    this.memory.set(name, value)
  }

  /** The key for a value computed from these inputs by this pipeline. */
  key(kind: string, ...inputs: string[]): string {
    return hashOf(this.salt, kind, ...inputs)
  }

  /** The run records, read once per cache object: a watch reads them at its start. */
  private runs(dir: string): Promise<Record<string, unknown> | undefined> {
    return this.remember('runs', () => readJson(join(dir, runsFile)))
  }

  async lookupRun(runKey: string): Promise<RunRecord | undefined> {
    if (this.dir === undefined) return undefined
    const record = (await this.runs(this.dir))?.[runKey]
    return isRunRecord(record) ? record : undefined
  }

  async recordRun(runKey: string, record: RunRecord): Promise<void> {
    if (this.dir === undefined) return
    await mkdir(this.dir, { recursive: true })
    const runs = Object.entries((await this.runs(this.dir)) ?? {}).filter(
      ([key]) => key !== runKey,
    )
    const kept = Object.fromEntries([
      ...runs.slice(-(runsKept - 1)),
      [runKey, record],
    ])
    this.keep('runs', Promise.resolve(kept))
    await writeAtomically(join(this.dir, runsFile), `${JSON.stringify(kept)}\n`)
  }

  /** The hash of each part value read in this cache object's life, as its pack recorded it. */
  private readonly verified = new Map<string, string>()

  /** The hash of `value` when it is a part read from disk, whose hash was checked then. */
  knownHash(value: string): string | undefined {
    return this.verified.get(value)
  }

  private remembered(
    key: string,
    part: { value: string; hash: string } | undefined,
  ): string | undefined {
    if (part === undefined) return undefined
    this.verified.set(part.value, part.hash)
    this.used.set(key, part.value)
    return part.value
  }

  async get(key: string): Promise<string | undefined> {
    return (
      this.used.get(key) ?? this.remembered(key, await this.parts?.read(key))
    )
  }

  /**
   * Whether the cache holds a value for `key`, without reading it: a caller can then put off the
   * reading (`getSync`) until the value is needed, which for most runs' parts is never.
   */
  async has(key: string): Promise<boolean> {
    if (this.used.has(key)) return true
    const stored = (await this.parts?.has(key)) ?? false
    if (stored) this.listed.add(key)
    return stored
  }

  /** As `get`, for a key that `has` answered in this run; undefined when the part is damaged. */
  getSync(key: string): string | undefined {
    return this.used.get(key) ?? this.remembered(key, this.parts?.readSync(key))
  }

  set(key: string, value: string): void {
    if (this.used.get(key) !== value) this.parts?.append(key, value)
    this.used.set(key, value)
  }

  /**
   * As `memo`, for the final text of a whole output file: when the cache holds it, only its hash
   * is taken (from the pack's index), and `materialize` in output.ts reads it when the file must
   * be written. Most of a run's pages and sample files are already on disk and are never read.
   */
  memoOutput(
    key: string,
    compute: () => string | Promise<string>,
  ): Promise<string | StoredText> {
    return this.memoStored(key, compute, async () => {
      const hash = await this.parts?.listedHash(key)
      return hash === undefined
        ? undefined
        : { hash, text: () => this.memo(key, compute) }
    })
  }

  /**
   * As `memo`, for a piece of a large output that is written as bytes: a stored piece is not
   * decoded, joined into a string and encoded again (see `prettierJsonBytes`).
   */
  memoBytes(
    key: string,
    compute: () => string | Promise<string>,
  ): Promise<string | Uint8Array> {
    return this.memoStored(key, compute, async () => this.parts?.readBytes(key))
  }

  /** As `memo`, with a stored part taken as `stored` gives it, without its text. */
  private async memoStored<Stored>(
    key: string,
    compute: () => string | Promise<string>,
    stored: () => Promise<Stored | undefined>,
  ): Promise<string | Stored> {
    const used = this.used.get(key)
    if (used !== undefined) return used
    const taken = await stored()
    if (taken === undefined) return this.memo(key, compute)
    this.listed.add(key)
    return taken
  }

  /** The value for `key`, computed (and kept) only when the cache does not have it. */
  async memo(
    key: string,
    compute: () => string | Promise<string>,
  ): Promise<string> {
    const known = await this.get(key)
    if (known !== undefined) return known
    const value = await compute()
    this.set(key, value)
    return value
  }

  /** Waits for the new parts' writes, and drops the parts that none of the last few runs used. */
  async save(): Promise<void> {
    if (this.dir === undefined || this.parts === undefined) return
    const stored = (await readJson(join(this.dir, partsIndexFile))) as
      Partial<PartsIndex> | undefined
    const run = (typeof stored?.run === 'number' ? stored.run : 0) + 1
    const lastUsed: Record<string, number> = {}
    for (const [key, lastRun] of Object.entries(stored?.lastUsed ?? {})) {
      if (typeof lastRun === 'number' && lastRun > run - partsRunsKept)
        lastUsed[key] = lastRun
    }
    for (const key of [...this.used.keys(), ...this.listed]) lastUsed[key] = run
    await this.parts.finish((key) => Object.hasOwn(lastUsed, key))
    await writeAtomically(
      join(this.dir, partsIndexFile),
      JSON.stringify({ run, lastUsed } satisfies PartsIndex),
    )
  }
}

function isRunRecord(value: unknown): value is RunRecord {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Partial<RunRecord>
  return (
    typeof record.operations === 'number' &&
    typeof record.namespaces === 'number' &&
    typeof record.files === 'object' &&
    record.files !== null &&
    Object.values(record.files).every((hash) => typeof hash === 'string')
  )
}
