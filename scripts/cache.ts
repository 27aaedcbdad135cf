import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * What the pipeline keeps between runs so that it only redoes work whose inputs changed. Every
 * entry is keyed by the hash of everything its value was computed from, salted with the hash of
 * the pipeline's own sources and locked dependencies: a changed emitter, prettier or
 * openapi-typescript starts from an empty cache. It never stands in for the output folder:
 * the pipeline always compares what it would write with the bytes on disk.
 */

export const hashOf = (...parts: string[]): string => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(`${part.length}:`).update(part)
  return hash.digest('hex')
}

/** Hash of a file's bytes (a string counts as its UTF-8 bytes, as written to disk). */
export const contentHash = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex')

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** Where the cache lives unless told otherwise; never committed (node_modules is ignored). */
export const defaultCacheDir = (): string =>
  process.env.SEAM_CODEGEN_CACHE ?? join(repoRoot, 'node_modules', '.cache', 'seam-codegen')

const relativeImport = /(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g

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
  const others = [join(repoRoot, 'package-lock.json'), join(repoRoot, '.prettierrc.json')]
  const otherTexts = await Promise.all(others.map((file) => readFile(file, 'utf8').catch(() => '')))
  const entries = [...modules, ...others.map((file, i): [string, string] => [file, otherTexts[i]!])]
  return hashOf(...entries.sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([file, text]) => [relative(repoRoot, file), text]))
}

/** What a run produced, by file: enough to tell whether the output on disk is already it. */
export interface RunRecord {
  operations: number
  namespaces: number
  /** File -> hash of its bytes. */
  files: Record<string, string>
}

const runsFile = 'runs.json'
const partsFile = 'parts.json'
/** Runs remembered: a few, so that switching between specs (or branches) stays fast. */
const runsKept = 8

let temporaryFiles = 0

/**
 * Writes through a temporary file and a rename, so that a concurrent reader never sees half a
 * file. The temporary name is unique per write, also for two runs in one process at once.
 */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${++temporaryFiles}.tmp`
  await writeFile(temporary, text)
  await rename(temporary, file)
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined // missing or damaged: start afresh
  }
}

/** Parts stay while one of the last few runs used them: tests and branches alternate specs. */
const partsRunsKept = 4

interface StoredParts {
  run: number
  /** Key -> [the last run that used it, value]. */
  entries: Record<string, [number, string]>
}

export class BuildCache {
  private parts: Promise<Map<string, [number, string]>> | undefined
  private lastRun = 0
  private readonly used = new Map<string, string>()

  private constructor(
    /** Undefined for a cache that lives only as long as the run. */
    readonly dir: string | undefined,
    readonly salt: string,
  ) {}

  /** A cache kept in `dir`; `undefined` gives one that remembers nothing between runs. */
  static async open(dir: string | undefined): Promise<BuildCache> {
    return new BuildCache(dir, await pipelineFingerprint())
  }

  /** The key for a value computed from these inputs by this pipeline. */
  key(kind: string, ...inputs: string[]): string {
    return hashOf(this.salt, kind, ...inputs)
  }

  async lookupRun(runKey: string): Promise<RunRecord | undefined> {
    if (this.dir === undefined) return undefined
    const record = (await readJson(join(this.dir, runsFile)))?.[runKey]
    return isRunRecord(record) ? record : undefined
  }

  async recordRun(runKey: string, record: RunRecord): Promise<void> {
    if (this.dir === undefined) return
    await mkdir(this.dir, { recursive: true })
    const runs = Object.entries((await readJson(join(this.dir, runsFile))) ?? {}).filter(([key]) => key !== runKey)
    const kept = [...runs.slice(-(runsKept - 1)), [runKey, record]]
    await writeAtomically(join(this.dir, runsFile), `${JSON.stringify(Object.fromEntries(kept))}\n`)
  }

  /** Reads the stored parts once, however many lookups ask for them at the same time. */
  private loadParts(): Promise<Map<string, [number, string]>> {
    this.parts ??= this.readParts()
    return this.parts
  }

  private async readParts(): Promise<Map<string, [number, string]>> {
    const stored = (this.dir === undefined ? undefined : await readJson(join(this.dir, partsFile))) as Partial<StoredParts> | undefined
    this.lastRun = typeof stored?.run === 'number' ? stored.run : 0
    const entries = Object.entries(stored?.entries ?? {}).filter(
      (e): e is [string, [number, string]] => Array.isArray(e[1]) && typeof e[1][0] === 'number' && typeof e[1][1] === 'string',
    )
    return new Map(entries)
  }

  async get(key: string): Promise<string | undefined> {
    const value = this.used.get(key) ?? (await this.loadParts()).get(key)?.[1]
    if (value !== undefined) this.used.set(key, value)
    return value
  }

  set(key: string, value: string): void {
    this.used.set(key, value)
  }

  /** The value for `key`, computed (and kept) only when the cache does not have it. */
  async memo(key: string, compute: () => string | Promise<string>): Promise<string> {
    const known = await this.get(key)
    if (known !== undefined) return known
    const value = await compute()
    this.set(key, value)
    return value
  }

  /** Keeps what this run used, and what the last few runs used; drops the rest. */
  async save(): Promise<void> {
    if (this.dir === undefined) return
    const parts = await this.loadParts()
    const run = this.lastRun + 1
    const entries: StoredParts['entries'] = {}
    for (const [key, [lastUsed, value]] of parts) if (lastUsed > run - partsRunsKept) entries[key] = [lastUsed, value]
    for (const [key, value] of this.used) entries[key] = [run, value]
    await mkdir(this.dir, { recursive: true })
    await writeAtomically(join(this.dir, partsFile), JSON.stringify({ run, entries } satisfies StoredParts))
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
