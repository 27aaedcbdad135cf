// The output folder is shared with its owner: the pipeline deletes only the files its manifest lists,
// and will not write into a folder of someone else's files unless forced.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  manifestName,
  runtimeImportFor,
  runtimePackageEntry,
} from '../../scripts/output.js'
import { generate } from '../../scripts/pipeline.js'
import { repoRoot } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

let work: string
let twoOperations: string
let oneOperation: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-output-folder-'))
  const pair = JSON.parse(
    await readFile(
      join(repoRoot, 'test/fixtures/diff/operation-removed.json'),
      'utf8',
    ),
  )
  twoOperations = join(work, 'two.json')
  oneOperation = join(work, 'one.json')
  await writeFile(twoOperations, JSON.stringify(pair.old))
  await writeFile(oneOperation, JSON.stringify(pair.new))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const run = (
  spec: string,
  out: string,
  options: { force?: boolean; check?: boolean } = {},
) =>
  generate({
    spec,
    out,
    check: options.check ?? false,
    cache: false,
    ...(options.force ? { force: true } : {}),
  })

describe('the output folder', () => {
  it('a new folder gets a manifest of every file written, itself excluded', async () => {
    const out = join(work, 'new')
    const result = await run(twoOperations, out)
    const manifest = JSON.parse(await readFile(join(out, manifestName), 'utf8'))
    const written = Object.keys(await snapshotTree(out)).filter(
      (f) => f !== manifestName,
    )
    expect(manifest).toEqual({
      generator: 'seam-codegen',
      files: written.sort(),
    })
    expect(result.plan.write).toContain(manifestName)
    expect(result.plan.write.at(-1)).toBe(manifestName)
  })

  it('a user file in a folder the pipeline made is kept when a regeneration drops files', async () => {
    const out = join(work, 'shared')
    await run(twoOperations, out)
    await writeFile(join(out, 'README.md'), '# my notes\n')
    await mkdir(join(out, 'routes/mine'), { recursive: true })
    await writeFile(join(out, 'routes/mine/helper.ts'), 'export {}\n')
    const before = await snapshotTree(out)

    const result = await run(oneOperation, out)
    const after = await snapshotTree(out)
    expect(after['README.md']).toBe(before['README.md'])
    expect(after['routes/mine/helper.ts']).toBe(before['routes/mine/helper.ts'])
    expect(result.plan.delete.length).toBeGreaterThan(0)
    expect(result.plan.delete).not.toContain('README.md')
    for (const file of result.plan.delete) expect(after[file]).toBeUndefined()

    const check = await run(oneOperation, out, { check: true })
    expect(check.plan).toMatchObject({ write: [], delete: [] })
  })

  it('refuses a non-empty folder without a manifest, naming the files in the way, and writes nothing', async () => {
    const out = join(work, 'foreign')
    await mkdir(join(out, 'docs'), { recursive: true })
    await writeFile(join(out, 'README.md'), '# my project\n')
    await writeFile(join(out, 'docs/guide.md'), 'guide\n')
    const before = await snapshotTree(out)
    await expect(run(twoOperations, out)).rejects.toThrow(
      `${out} is not empty and has no ${manifestName}, so seam-codegen did not make it; in the way: README.md, docs/guide.md. ` +
        'Choose an empty or new folder, or pass --force to write into it (files seam-codegen did not write are never deleted)',
    )
    expect(await snapshotTree(out)).toEqual(before)
  })

  it('with force, writes beside the user files and never deletes them, then treats the folder as its own', async () => {
    const out = join(work, 'forced')
    await mkdir(out, { recursive: true })
    await writeFile(join(out, 'README.md'), '# my project\n')
    await run(twoOperations, out, { force: true })
    expect(await readFile(join(out, 'README.md'), 'utf8')).toBe(
      '# my project\n',
    )
    const manifest = JSON.parse(await readFile(join(out, manifestName), 'utf8'))
    expect(manifest.files).not.toContain('README.md')
    await run(oneOperation, out)
    expect(await readFile(join(out, 'README.md'), 'utf8')).toBe(
      '# my project\n',
    )
  })

  it('a broken manifest is an error naming it', async () => {
    const out = join(work, 'broken-manifest')
    await mkdir(out, { recursive: true })
    await writeFile(join(out, manifestName), '{"files": ["../../etc/passwd"]}')
    await expect(run(twoOperations, out)).rejects.toThrow(
      `${join(out, manifestName)}: "files" must be a list of paths inside the folder; fix or delete it`,
    )
  })
})

describe('the runtime import', () => {
  it.each([
    [join(repoRoot, 'generated'), undefined, '../src/runtime.js'],
    [join(repoRoot, 'build/sdk'), undefined, '../../src/runtime.js'],
    ['/elsewhere/sdk', undefined, runtimePackageEntry],
    ['/elsewhere/sdk', '@acme/seam-runtime', '@acme/seam-runtime'],
    ['/elsewhere/sdk', '/elsewhere/lib/runtime.ts', '../lib/runtime.js'],
    ['/elsewhere/sdk', '/elsewhere/sdk/runtime.ts', './runtime.js'],
  ])('from %s with %s: %s', (out, configured, expected) => {
    expect(runtimeImportFor(out, configured)).toBe(expected)
  })
})
