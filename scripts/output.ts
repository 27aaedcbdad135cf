import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

import { contentHash } from './cache.js'

export type OutputFiles = Map<string, string>

export interface OutputPlan {
  write: string[]
  unchanged: string[]
  delete: string[]
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
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort()
}

/** Sorts the produced files into unchanged and to-write by `isUnchanged` on their bytes on disk, and finds the extra ones. */
async function planAgainst(
  outDir: string,
  produced: string[],
  isUnchanged: (file: string, onDisk: Buffer) => boolean,
): Promise<OutputPlan> {
  const names = new Set(produced)
  const plan: OutputPlan = { write: [], unchanged: [], delete: (await listFiles(outDir)).filter((f) => !names.has(f)) }
  await Promise.all(
    produced.map(async (file) => {
      const current = await readFile(join(outDir, file)).catch(() => undefined)
      ;(current !== undefined && isUnchanged(file, current) ? plan.unchanged : plan.write).push(file)
    }),
  )
  plan.write.sort()
  plan.unchanged.sort()
  return plan
}

/** Compares the files built in memory with the output folder on disk, byte for byte. */
export const planOutput = (outDir: string, files: OutputFiles): Promise<OutputPlan> =>
  planAgainst(outDir, [...files.keys()], (file, onDisk) => onDisk.toString('utf8') === files.get(file))

/** The same comparison against the hashes of the files a run produced (see cache.ts), without their text. */
export const planByHash = (outDir: string, hashes: Record<string, string>): Promise<OutputPlan> =>
  planAgainst(outDir, Object.keys(hashes), (file, onDisk) => contentHash(onDisk) === hashes[file])

/** Writes only what changed and deletes what is no longer produced, removing emptied folders. */
export async function applyOutput(outDir: string, files: OutputFiles, plan: OutputPlan): Promise<void> {
  for (const file of plan.write) {
    const target = join(outDir, file)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, files.get(file) ?? '')
  }
  for (const file of plan.delete) {
    await rm(join(outDir, file))
    let dir = dirname(join(outDir, file))
    while (relative(outDir, dir) !== '' && !relative(outDir, dir).startsWith('..')) {
      if ((await readdir(dir)).length > 0) break
      await rmdir(dir)
      dir = dirname(dir)
    }
  }
}
