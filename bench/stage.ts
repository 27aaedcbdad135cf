// The package as a user gets it, for the benchmarks that consume it: a fresh build laid out as
// `npm pack` would publish it (see stageApps in bundle-size.ts), and beside it a folder of consumer
// projects that import it by name from their node_modules, as an app that installed it would.
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { stageApps } from './bundle-size.js'

export interface Stage {
  /** The package: package.json, README.md, dist/; node_modules links to the repo's for its dependency and the peers. */
  dir: string
  remove: () => Promise<void>
}

export async function stagePackageForConsumers(): Promise<Stage> {
  const staged = await stageApps()
  await mkdir(join(staged.dir, 'consumers', 'node_modules'), {
    recursive: true,
  })
  await symlink(
    staged.dir,
    join(staged.dir, 'consumers', 'node_modules', 'seam-connect-sdk'),
    'dir',
  )
  return staged
}

/** A new ES module project under the stage's consumers folder, holding `files`; returns its folder. */
export async function consumerProject(
  stage: Stage,
  name: string,
  files: Record<string, string>,
): Promise<string> {
  const dir = join(stage.dir, 'consumers', name)
  await mkdir(dir, { recursive: true })
  const all = {
    'package.json': JSON.stringify({ name, private: true, type: 'module' }),
    ...files,
  }
  await Promise.all(
    Object.entries(all).map(([file, text]) => writeFile(join(dir, file), text)),
  )
  return dir
}
