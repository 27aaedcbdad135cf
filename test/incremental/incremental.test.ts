import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generate } from '../../scripts/pipeline.js'
import { repoRoot } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

/** Files under a folder whose text contains a marker. */
async function filesContaining(dir: string, marker: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
  const hits = await Promise.all(
    files.map(async (file) =>
      (await readFile(file, 'utf8')).includes(marker)
        ? [relative(dir, file)]
        : [],
    ),
  )
  return hits.flat().sort()
}

describe('incremental generation on the real spec', () => {
  let dir: string
  let cache: string
  let out: string
  let spec: string
  let changedSpec: string
  const marker = 'Incremental-test-marker-3c1f9'

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-incremental-'))
    cache = join(dir, 'cache')
    out = join(dir, 'generated')
    // Both specs beside a copy of the hand-kept samples, as openapi.json sits beside samples/.
    await cp(join(repoRoot, 'samples'), join(dir, 'samples'), {
      recursive: true,
    })
    spec = join(dir, 'openapi.json')
    await cp(join(repoRoot, 'openapi.json'), spec)
    const document = JSON.parse(await readFile(spec, 'utf8')) as {
      paths: Record<string, { post: { description: string } }>
    }
    document.paths['/devices/get']!.post.description += ` ${marker}`
    changedSpec = join(dir, 'changed.json')
    await writeFile(changedSpec, JSON.stringify(document, null, 2))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('answers an unchanged spec from the run record, writing nothing', async () => {
    const first = await generate({ spec, out, check: false, cache })
    expect(first.cached).toBe(false)
    const before = await snapshotTree(out)

    const second = await generate({ spec, out, check: false, cache })
    expect(second).toMatchObject({
      cached: true,
      operations: first.operations,
      namespaces: first.namespaces,
    })
    expect(second.plan.write).toEqual([])
    expect(second.plan.delete).toEqual([])
    expect(second.plan.unchanged).toHaveLength(Object.keys(before).length)
    expect(await snapshotTree(out)).toEqual(before)
  }, 300_000)

  it("rewrites only the files that show a changed operation's description, and the result is a build from scratch", async () => {
    const before = await snapshotTree(out)
    const incremental = await generate({
      spec: changedSpec,
      out,
      check: false,
      cache,
    })
    expect(incremental.cached).toBe(false)

    const showing = await filesContaining(out, marker)
    expect(showing).toContain('types.ts')
    expect(showing).toContain('routes/devices.ts')
    expect(incremental.plan.write).toEqual(showing)
    expect(incremental.plan.delete).toEqual([])
    expect(incremental.plan.write.length).toBeLessThan(
      Object.keys(before).length / 20,
    )
    const after = await snapshotTree(out)
    for (const file of Object.keys(before)) {
      if (!showing.includes(file)) expect(after[file], file).toBe(before[file])
    }

    const scratch = join(dir, 'scratch')
    await generate({
      spec: changedSpec,
      out: scratch,
      check: false,
      cache: false,
    })
    expect(await snapshotTree(out)).toEqual(await snapshotTree(scratch))
  }, 300_000)

  it('checks the bytes on disk, whatever the cache holds', async () => {
    await writeFile(join(out, 'routes/devices.ts'), '// edited by hand\n')
    const check = await generate({ spec: changedSpec, out, check: true, cache })
    expect(check.cached).toBe(true)
    expect(check.plan.write).toEqual(['routes/devices.ts'])

    // A damaged cache is no cache: the run still produces the right files. The page and the
    // sample file the cache holds whole are read from it because they are missing or edited.
    await writeFile(join(cache, 'runs.json'), '{ not json')
    await writeFile(join(cache, 'parts.json'), '[1, 2')
    await rm(join(out, 'docs/devices/list.md'))
    await writeFile(join(out, 'samples/devices/list.json'), '{}\n')
    const repaired = await generate({
      spec: changedSpec,
      out,
      check: false,
      cache,
    })
    expect(repaired).toMatchObject({ cached: false, plan: { delete: [] } })
    expect([...repaired.plan.write].sort()).toEqual([
      'docs/devices/list.md',
      'routes/devices.ts',
      'samples/devices/list.json',
    ])
    expect(await snapshotTree(out)).toEqual(
      await snapshotTree(join(dir, 'scratch')),
    )
  }, 300_000)
})
