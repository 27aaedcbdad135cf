// One file because planning, writing and recording the output folder share its manifest and its record of stats.
// The output folder: the files a run produced are compared with what is on disk, and only those
// whose bytes differ are written. The folder is shared with its owner: the pipeline records the
// files it wrote in a manifest inside it, deletes only files listed there, and refuses a folder
// that holds files it did not make unless told to write into it anyway.
import {
  mkdir,
  readdir,
  readFile,
  rm,
  rmdir,
  stat,
  writeFile,
} from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  contentHash,
  forEachAtOnce,
  readJson,
  type StoredText,
  writeAtomically,
} from './cache.js'
import { type FileStat, statOf, statVouches } from './cli/bin/noop-stamp.mjs'

export type OutputFiles = Map<string, string>

/**
 * What emitters produce: each file's text, its UTF-8 bytes (a large file assembled from the
 * cache's pieces), or a text the cache holds whole (see `materialize`).
 */
export type EmittedFiles = Map<string, EmittedContent>
export type EmittedContent = string | Uint8Array | StoredText

const isStored = (content: EmittedContent): content is StoredText =>
  typeof content !== 'string' && !(content instanceof Uint8Array)

export interface OutputPlan {
  write: string[]
  unchanged: string[]
  /** Files an earlier run wrote (they are in its manifest) and this one no longer produces. */
  delete: string[]
}

/** The manifest: every file the pipeline wrote into the folder, itself excluded. */
export const manifestName = '.seam-codegen-manifest.json'

/** The manifest's text for a set of produced files; one of the files a run produces. */
export const manifestText = (files: Iterable<string>): string =>
  `${JSON.stringify({ generator: 'seam-codegen', files: [...files].filter((f) => f !== manifestName).sort() }, null, 2)}\n`

/** A folder the pipeline will not write into: it holds files and no manifest. */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError'
}

export interface PlanOptions {
  /** Write into a non-empty folder without a manifest (its files are kept unless produced anew). */
  force?: boolean
  /** Nothing will be written: a folder without a manifest is compared, not refused. */
  check?: boolean
}

async function listFiles(dir: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort()
}

/** The files the manifest in `outDir` lists, or undefined when there is none. */
async function readManifest(outDir: string): Promise<string[] | undefined> {
  const file = join(outDir, manifestName)
  let text
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  let files: unknown
  try {
    files = (JSON.parse(text) as { files?: unknown }).files
  } catch (error) {
    throw new OutputFolderError(
      `${file}: not valid JSON (${(error as Error).message}); fix or delete it`,
    )
  }
  const isListed = (f: unknown): f is string =>
    typeof f === 'string' &&
    f !== '' &&
    !f.startsWith('/') &&
    !f.split('/').includes('..')
  if (!Array.isArray(files) || !files.every(isListed)) {
    throw new OutputFolderError(
      `${file}: "files" must be a list of paths inside the folder; fix or delete it`,
    )
  }
  return files
}

const shownInTheWay = 10

/** Throws when files that the pipeline did not make are in a folder it is asked to write into. */
async function refuseForeignFolder(outDir: string): Promise<void> {
  const present = await listFiles(outDir)
  if (present.length === 0) return
  const shown = present.slice(0, shownInTheWay).join(', ')
  const more =
    present.length > shownInTheWay
      ? ` and ${present.length - shownInTheWay} more`
      : ''
  throw new OutputFolderError(
    `${outDir} is not empty and has no ${manifestName}, so seam-codegen did not make it; in the way: ${shown}${more}. ` +
      'Choose an empty or new folder, or pass --force to write into it (files seam-codegen did not write are never deleted)',
  )
}

/** What a run found or wrote in the output folder: each file's hash and stat, and when the stats were taken. */
export interface OutputRecord {
  taken: number
  files: Record<string, FileStat & { hash: string }>
}

/** Whether the record vouches for `file` holding the bytes of `hash`. */
function vouches(
  record: OutputRecord | undefined,
  file: string,
  hash: string,
  current: FileStat,
): boolean {
  const known = record?.files[file]
  return (
    known !== undefined &&
    known.hash === hash &&
    statVouches(known, current, record!.taken)
  )
}

export interface PlanOutputOptions extends PlanOptions {
  /** The record of an earlier run into this folder; never used by a check, which reads every file. */
  record?: OutputRecord | undefined
}

/** The plan, and what it learnt of the folder: the record to keep once its writes are done. */
export interface PlannedOutput {
  plan: OutputPlan
  /** The produced files' hashes and the stats of those that are unchanged on disk. */
  seen: OutputRecord
}

/**
 * Compares what a run produces (each file's hash of its bytes) with the output folder: a file is
 * unchanged when the record vouches for it, or else when its bytes on disk hash the same. Then
 * finds the files an earlier run wrote and this one no longer produces.
 */
export async function planOutput(
  outDir: string,
  hashes: Record<string, string>,
  options: PlanOutputOptions = {},
): Promise<PlannedOutput> {
  const listed = await readManifest(outDir)
  if (listed === undefined && options.check !== true && options.force !== true)
    await refuseForeignFolder(outDir)
  const record = options.check === true ? undefined : options.record
  const produced = Object.keys(hashes)
  const names = new Set(produced)
  // Taken before any file is looked at: a file changed after its stat is then never vouched for.
  const seen: OutputRecord = { taken: Date.now(), files: {} }
  const plan: OutputPlan = { write: [], unchanged: [], delete: [] }
  const removed = (listed ?? []).filter((f) => !names.has(f))
  const [, present] = await Promise.all([
    Promise.all(
      produced.map(async (file) => {
        const hash = hashes[file]!
        const path = join(outDir, file)
        const current = await stat(path).catch(() => undefined)
        const unchanged =
          current !== undefined &&
          current.isFile() &&
          (vouches(record, file, hash, current) ||
            (await readFile(path).then(
              (bytes) => contentHash(bytes) === hash,
              () => false,
            )))
        if (unchanged) seen.files[file] = { hash, ...statOf(current) }
        ;(unchanged ? plan.unchanged : plan.write).push(file)
      }),
    ),
    Promise.all(
      removed.map((file) =>
        stat(join(outDir, file)).then(
          () => file,
          () => undefined,
        ),
      ),
    ),
  ])
  plan.delete = present.filter((f) => f !== undefined).sort()
  // The manifest goes last, so that a run cut short still lists every file it may have written.
  const order = (a: string, b: string) =>
    Number(a === manifestName) - Number(b === manifestName) || (a < b ? -1 : 1)
  plan.write.sort(order)
  plan.unchanged.sort()
  return { plan, seen }
}

/**
 * The hashes of files built in memory. `known` holds each file's text and hash from an earlier
 * build (a watch keeps it), and `knownHash` the hashes of texts taken whole from the cache, whose
 * part files hold them: a text whose hash is known is not hashed again.
 */
export function hashesOf(
  files: EmittedFiles,
  known: Map<string, { content: string; hash: string }> = new Map(),
  knownHash: (content: string) => string | undefined = () => undefined,
): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const [file, content] of files) {
    if (typeof content !== 'string') {
      known.delete(file)
      hashes[file] = isStored(content) ? content.hash : contentHash(content)
      continue
    }
    const before = known.get(file)
    const hash =
      before?.content === content
        ? before.hash
        : (knownHash(content) ?? contentHash(content))
    known.set(file, { content, hash })
    hashes[file] = hash
  }
  return hashes
}

/**
 * Reads the texts the cache holds for the files the plan writes, so that writing them needs
 * nothing more of the cache; the files left as they are on disk are never read.
 */
export async function materialize(
  files: EmittedFiles,
  plan: OutputPlan,
): Promise<void> {
  for (const file of plan.write) {
    const content = files.get(file)
    if (content !== undefined && isStored(content))
      files.set(file, await content.text())
  }
}

/** Adds the stats of the files just written to what the plan saw, for the next run's record. */
export async function recordWritten(
  outDir: string,
  hashes: Record<string, string>,
  { plan, seen }: PlannedOutput,
): Promise<OutputRecord> {
  const files = { ...seen.files }
  await Promise.all(
    plan.write.map(async (file) => {
      const current = await stat(join(outDir, file)).catch(() => undefined)
      if (current !== undefined)
        files[file] = { hash: hashes[file]!, ...statOf(current) }
    }),
  )
  return { taken: seen.taken, files }
}

/** The output records, by output folder, in the cache folder. */
const recordsFile = 'outputs.json'
/** Output folders remembered: a few, as tests and tools write into folders of their own. */
const recordsKept = 8

const isRecord = (value: unknown): value is OutputRecord =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as OutputRecord).taken === 'number' &&
  typeof (value as OutputRecord).files === 'object' &&
  (value as OutputRecord).files !== null

/** The record of the last run into `outDir`, kept in `cacheDir`; undefined when there is none. */
export async function readOutputRecord(
  cacheDir: string,
  outDir: string,
): Promise<OutputRecord | undefined> {
  const record = (await readJson(join(cacheDir, recordsFile)))?.[
    resolve(outDir)
  ]
  return isRecord(record) ? record : undefined
}

/** Keeps the record of this run into `outDir` in `cacheDir`, beside those of a few other folders. */
export async function saveOutputRecord(
  cacheDir: string,
  outDir: string,
  record: OutputRecord,
): Promise<void> {
  const key = resolve(outDir)
  await mkdir(cacheDir, { recursive: true })
  const others = Object.entries(
    (await readJson(join(cacheDir, recordsFile))) ?? {},
  ).filter(([folder]) => folder !== key)
  const kept = [...others.slice(-(recordsKept - 1)), [key, record]]
  await writeAtomically(
    join(cacheDir, recordsFile),
    JSON.stringify(Object.fromEntries(kept)),
  )
}

/** Writes only what changed and deletes what an earlier run wrote and this one no longer produces, removing emptied folders. */
export async function applyOutput(
  outDir: string,
  files: EmittedFiles,
  plan: OutputPlan,
): Promise<void> {
  const folders = new Set(plan.write.map((file) => dirname(join(outDir, file))))
  await forEachAtOnce([...folders], (folder) =>
    mkdir(folder, { recursive: true }),
  )
  await forEachAtOnce(plan.write, (file) => {
    const content = files.get(file) ?? ''
    if (isStored(content))
      throw new Error(`${file} is still in the cache: materialize it first`)
    return writeFile(join(outDir, file), content)
  })
  for (const file of plan.delete) {
    await rm(join(outDir, file))
    let dir = dirname(join(outDir, file))
    while (
      relative(outDir, dir) !== '' &&
      !relative(outDir, dir).startsWith('..')
    ) {
      if ((await readdir(dir)).length > 0) break
      await rmdir(dir)
      dir = dirname(dir)
    }
  }
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** The package entry generated code outside this repository imports its runtime from. */
export const runtimePackageEntry = 'seam-connect-sdk/runtime'

/**
 * The runtime module as generated code imports it, seen from the output folder's top: a package name
 * as given, or a path (absolute, or relative to the working folder) made relative to `outDir`. By
 * default `src/runtime.ts` of this repository for an output folder inside it, and the published
 * package's runtime entry for one elsewhere, where no `src/` is beside it.
 */
export function runtimeImportFor(
  outDir: string,
  runtimeImport?: string,
): string {
  const isPath = (module: string) =>
    module.startsWith('.') || isAbsolute(module)
  const out = resolve(outDir)
  let module = runtimeImport
  if (module === undefined) {
    const inside = relative(repoRoot, out)
    if (inside.startsWith('..') || isAbsolute(inside))
      return runtimePackageEntry
    module = join(repoRoot, 'src/runtime.ts')
  }
  if (!isPath(module)) return module
  const path = relative(out, resolve(module))
    .split('\\')
    .join('/')
    .replace(/\.ts$/, '.js')
  return path.startsWith('.') ? path : `./${path}`
}
