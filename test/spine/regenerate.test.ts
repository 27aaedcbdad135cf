import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { manifestName } from '../../scripts/output.js'
import { generate } from '../../scripts/pipeline.js'
import { repoRoot, runScript } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

const spec = join(repoRoot, 'openapi.json')

describe('regeneration', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-regenerate-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('a second run on an unchanged spec writes nothing; stray and stale files are handled', async () => {
    const out = join(dir, 'out')
    const first = await generate({ spec, out, check: false })
    const { paths } = JSON.parse(await readFile(spec, 'utf8')) as {
      paths: object
    }
    expect(first.operations).toBe(Object.keys(paths).length)
    expect(first.plan.write.length).toBeGreaterThan(100)
    expect(first.plan.unchanged).toEqual([])

    const before = await snapshotTree(out)
    const second = await generate({ spec, out, check: false })
    expect(second.plan.write).toEqual([])
    expect(second.plan.delete).toEqual([])
    expect(second.plan.unchanged).toHaveLength(first.plan.write.length)
    expect(await snapshotTree(out)).toEqual(before)

    // A file of the user's (kept), and one an earlier run wrote and this one does not produce (deleted).
    await writeFile(join(out, 'stray.ts'), 'export {}\n')
    const manifest = JSON.parse(await readFile(join(out, manifestName), 'utf8'))
    await writeFile(
      join(out, manifestName),
      JSON.stringify({ ...manifest, files: [...manifest.files, 'stale.ts'] }),
    )
    await writeFile(join(out, 'stale.ts'), 'export {}\n')
    await writeFile(join(out, 'seam-http.ts'), '// edited by hand\n')
    const check = await generate({ spec, out, check: true })
    expect(check.plan.write).toEqual(['seam-http.ts', manifestName])
    expect(check.plan.delete).toEqual(['stale.ts'])
    expect(await readFile(join(out, 'seam-http.ts'), 'utf8')).toBe(
      '// edited by hand\n',
    )

    const repaired = await generate({ spec, out, check: false })
    expect(repaired.plan.write).toEqual(['seam-http.ts', manifestName])
    expect(repaired.plan.delete).toEqual(['stale.ts'])
    const { 'stray.ts': stray, ...rest } = await snapshotTree(out)
    expect(stray).toBeDefined()
    expect(rest).toEqual(before)
  }, 180_000)

  it('a spec with a broken $ref fails naming the JSON pointer, and leaves the output folder as it was', async () => {
    const out = join(dir, 'broken-out')
    await generate({ spec, out, check: false })
    const before = await snapshotTree(out)

    const document = JSON.parse(await readFile(spec, 'utf8')) as {
      paths: Record<string, { post: { responses: Record<string, unknown> } }>
    }
    document.paths['/devices/get']!.post.responses['200'] = {
      description: 'OK',
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/no_such_schema' },
        },
      },
    }
    const brokenSpec = join(dir, 'broken.json')
    await writeFile(brokenSpec, JSON.stringify(document))

    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', [
      'generate',
      '--spec',
      brokenSpec,
      '--out',
      out,
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      '#/paths/~1devices~1get/post/responses/200/content/application~1json/schema/$ref',
    )
    expect(result.stderr).toContain(
      '"#/components/schemas/no_such_schema" points at nothing',
    )
    expect(await snapshotTree(out)).toEqual(before)
  }, 180_000)

  it('generated/ in the repo is exactly what openapi.json produces (--check exits 0)', async () => {
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', [
      'check',
    ])
    expect(result.stdout + result.stderr).toMatch(/up to date/)
    expect(result.code).toBe(0)
  }, 180_000)
})
