// The compiled CLI (scripts/cli/bin/compiled-cli.mjs), on a small TypeScript project of its own: a
// build is reused while its sources and its files are as recorded, made anew when a source changed or
// a file of the build is damaged, and a source esbuild cannot compile leaves the bin to tsx.
import {
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
  appendFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { compiledCli } from '../../scripts/cli/bin/compiled-cli.mjs'

let root: string
let dir: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'seam-compiled-cli-'))
  dir = join(root, 'cache')
  await writeFile(join(root, 'tsconfig.json'), '{}\n')
  await writeFile(
    join(root, 'main.ts'),
    [
      "import { value } from './value.js'",
      'export const url: string = import.meta.url',
      'export const answer = (): number => value',
      "export const later = async (): Promise<string> => (await import('./later.js')).later",
      '',
    ].join('\n'),
  )
  await writeFile(join(root, 'value.ts'), 'export const value: number = 1\n')
  await writeFile(join(root, 'later.ts'), "export const later = 'loaded'\n")
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

interface Compiled {
  url: string
  answer(): number
  later(): Promise<string>
}

const compiled = async (): Promise<Compiled | undefined> =>
  (await compiledCli({ dir, root, entry: join(root, 'main.ts') })) as
    Compiled | undefined

const manifest = async () =>
  JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    build: string
    outputs: Record<string, string>
  }

const builds = async () =>
  (await readdir(dir)).filter((name) => /^[0-9a-f]{16}$/.test(name)).sort()

describe('the compiled CLI', () => {
  it('runs the sources, lazily imported modules included, with import.meta.url of each source', async () => {
    const module = await compiled()
    expect(module?.answer()).toBe(1)
    expect(await module?.later()).toBe('loaded')
    expect(module?.url).toBe(pathToFileURL(join(root, 'main.ts')).href)
  })

  it('reuses the build while nothing changed', async () => {
    await compiled()
    const first = await manifest()
    await compiled()
    expect(await manifest()).toEqual(first)
    expect(await builds()).toEqual([first.build])
  })

  it('builds anew when a source changed', async () => {
    await compiled()
    const first = await manifest()
    await writeFile(join(root, 'value.ts'), 'export const value: number = 2\n')
    expect((await compiled())?.answer()).toBe(2)
    expect((await manifest()).build).not.toBe(first.build)
  })

  it('builds anew when a file of the build is damaged, or the manifest is', async () => {
    await compiled()
    const { build, outputs } = await manifest()
    const chunk = Object.keys(outputs).find((file) => file !== 'main.mjs')!
    await appendFile(join(dir, build, chunk), '\nthrow new Error("damaged")\n')
    expect(await (await compiled())?.later()).toBe('loaded')
    await writeFile(join(dir, 'manifest.json'), '{"build": "not json')
    expect((await compiled())?.answer()).toBe(1)
  })

  it('keeps a few builds besides the current one', async () => {
    for (let value = 1; value <= 6; value++) {
      await writeFile(
        join(root, 'value.ts'),
        `export const value: number = ${value}\n`,
      )
      expect((await compiled())?.answer()).toBe(value)
    }
    const names = await builds()
    expect(names).toHaveLength(4)
    expect(names).toContain((await manifest()).build)
  })

  it('gives nothing (the bin then runs tsx) for sources esbuild cannot compile', async () => {
    await writeFile(join(root, 'value.ts'), 'export const value = (\n')
    expect(await compiled()).toBeUndefined()
  })
})
