import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Every file under a folder with the hash of its bytes, to compare a folder before and after. */
export async function snapshotTree(
  dir: string,
): Promise<Record<string, string>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
  const snapshot: Record<string, string> = {}
  for (const file of files.sort()) {
    snapshot[relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex')
  }
  return snapshot
}
