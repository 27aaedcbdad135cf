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
  writeFile,
} from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { contentHash } from './cache.js'

export type OutputFiles = Map<string, string>

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

/** Sorts the produced files into unchanged and to-write by `isUnchanged` on their bytes on disk, and finds those to delete. */
async function planAgainst(
  outDir: string,
  produced: string[],
  isUnchanged: (file: string, onDisk: Buffer) => boolean,
  options: PlanOptions,
): Promise<OutputPlan> {
  const listed = await readManifest(outDir)
  if (listed === undefined && options.check !== true && options.force !== true)
    await refuseForeignFolder(outDir)
  const names = new Set(produced)
  const onDisk = new Set(await listFiles(outDir))
  const plan: OutputPlan = {
    write: [],
    unchanged: [],
    delete: (listed ?? []).filter((f) => !names.has(f) && onDisk.has(f)).sort(),
  }
  await Promise.all(
    produced.map(async (file) => {
      const current = await readFile(join(outDir, file)).catch(() => undefined)
      ;(current !== undefined && isUnchanged(file, current)
        ? plan.unchanged
        : plan.write
      ).push(file)
    }),
  )
  // The manifest goes last, so that a run cut short still lists every file it may have written.
  const order = (a: string, b: string) =>
    Number(a === manifestName) - Number(b === manifestName) || (a < b ? -1 : 1)
  plan.write.sort(order)
  plan.unchanged.sort()
  return plan
}

/** Compares the files built in memory with the output folder on disk, byte for byte. */
export const planOutput = (
  outDir: string,
  files: OutputFiles,
  options: PlanOptions = {},
): Promise<OutputPlan> =>
  planAgainst(
    outDir,
    [...files.keys()],
    (file, onDisk) => onDisk.toString('utf8') === files.get(file),
    options,
  )

/** The same comparison against the hashes of the files a run produced (see cache.ts), without their text. */
export const planByHash = (
  outDir: string,
  hashes: Record<string, string>,
  options: PlanOptions = {},
): Promise<OutputPlan> =>
  planAgainst(
    outDir,
    Object.keys(hashes),
    (file, onDisk) => contentHash(onDisk) === hashes[file],
    options,
  )

/** Writes only what changed and deletes what an earlier run wrote and this one no longer produces, removing emptied folders. */
export async function applyOutput(
  outDir: string,
  files: OutputFiles,
  plan: OutputPlan,
): Promise<void> {
  for (const file of plan.write) {
    const target = join(outDir, file)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, files.get(file) ?? '')
  }
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
