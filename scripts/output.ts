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

/** Compares the files built in memory with the output folder on disk, byte for byte. */
export async function planOutput(outDir: string, files: OutputFiles): Promise<OutputPlan> {
  const onDisk = await listFiles(outDir)
  const plan: OutputPlan = { write: [], unchanged: [], delete: onDisk.filter((f) => !files.has(f)) }
  await Promise.all(
    [...files].map(async ([file, content]) => {
      const current = await readFile(join(outDir, file), 'utf8').catch(() => undefined)
      ;(current === content ? plan.unchanged : plan.write).push(file)
    }),
  )
  plan.write.sort()
  plan.unchanged.sort()
  return plan
}

/** The same comparison against the hashes of the files a run produced (see cache.ts), without their text. */
export async function planByHash(outDir: string, hashes: Record<string, string>): Promise<OutputPlan> {
  const onDisk = await listFiles(outDir)
  const plan: OutputPlan = { write: [], unchanged: [], delete: onDisk.filter((f) => !Object.hasOwn(hashes, f)) }
  await Promise.all(
    Object.entries(hashes).map(async ([file, hash]) => {
      const current = await readFile(join(outDir, file)).catch(() => undefined)
      ;(current !== undefined && contentHash(current) === hash ? plan.unchanged : plan.write).push(file)
    }),
  )
  plan.write.sort()
  plan.unchanged.sort()
  return plan
}

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
