// The no-op stamp: the bin answers a plain generate without loading the pipeline only when every input
// and output has the stat the last successful run recorded, and those files had settled by then.
import { spawn } from 'node:child_process'
import {
  appendFile,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noopRun } from '../../scripts/cli/bin/noop-stamp.mjs'
import { repoRoot } from '../helpers/run-script.js'
import { runMain } from '../helpers/run-main.js'

let work: string
let env: Record<string, string | undefined>
const previousCache = process.env.SEAM_CODEGEN_CACHE

/** The folders of one spec: each group is changed by one test alone. */
const groups = ['steady', 'output', 'samples', 'spec'] as const
const specOf = (group: string) => join(work, group, 'openapi.json')
const outOf = (group: string) => join(work, group, 'generated')
const argvOf = (group: string, ...more: string[]) => [
  'generate',
  '--spec',
  specOf(group),
  '--out',
  outOf(group),
  ...more,
]

/** Longer than the stamp's settling time, so that the files it records can be vouched for. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2100))

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-noop-stamp-'))
  process.env.SEAM_CODEGEN_CACHE = join(work, 'cache')
  env = { SEAM_CODEGEN_CACHE: process.env.SEAM_CODEGEN_CACHE }
  const { old: spec } = JSON.parse(
    await readFile(
      join(repoRoot, 'test/fixtures/diff/operation-removed.json'),
      'utf8',
    ),
  )
  for (const group of groups) {
    await mkdir(join(work, group, 'samples'), { recursive: true })
    await writeFile(specOf(group), JSON.stringify(spec))
    expect((await runMain(argvOf(group))).code).toBe(0)
  }
}, 120_000)

afterAll(async () => {
  if (previousCache === undefined) delete process.env.SEAM_CODEGEN_CACHE
  else process.env.SEAM_CODEGEN_CACHE = previousCache
  await rm(work, { recursive: true, force: true })
})

describe('the no-op stamp', () => {
  it('does not vouch for files written moments before it was taken', async () => {
    expect(await noopRun(argvOf('steady'), repoRoot, env)).toBeUndefined()
  })

  it('answers a plain generate once its files have settled, in the bin, with the usual summary', async () => {
    await settle()
    for (const group of groups) await runMain(argvOf(group))
    const counts = await noopRun(argvOf('steady'), repoRoot, env)
    expect(counts).toMatchObject({ operations: 2 })
    const printed = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          join(repoRoot, 'scripts/cli/bin/seam-codegen.mjs'),
          ...argvOf('steady'),
        ],
        { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } },
      )
      let stdout = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.on('error', reject)
      child.on('close', (code) =>
        code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}`)),
      )
    })
    expect(printed).toMatch(
      new RegExp(
        `^generated 2 operations in \\d+ namespaces: 0 written, ${counts!.files} unchanged, 0 deleted in [\\d.]+ s, from the cache\\n$`,
      ),
    )
  }, 60_000)

  it('leaves --check, --force, --watch, --no-cache and other folders to the pipeline', async () => {
    for (const more of [['--check'], ['--force'], ['--watch'], ['--no-cache']])
      expect(
        await noopRun(argvOf('steady', ...more), repoRoot, env),
      ).toBeUndefined()
    const elsewhere = argvOf('steady').map((a) =>
      a === outOf('steady') ? join(work, 'elsewhere') : a,
    )
    expect(await noopRun(elsewhere, repoRoot, env)).toBeUndefined()
    expect(await noopRun(argvOf('steady'), work, env)).toBeUndefined()
    expect(await noopRun(argvOf('steady'), repoRoot, {})).toBeUndefined()
  })

  it('does not answer once an output file was edited, and the pipeline then restores it', async () => {
    const file = join(outOf('output'), 'openapi.json')
    await appendFile(file, ' ')
    expect(await noopRun(argvOf('output'), repoRoot, env)).toBeUndefined()
    const { stdout } = await runMain(argvOf('output'))
    expect(stdout).toMatch(/ 1 written, /)
  })

  it('does not answer once a sample file was added or the spec edited', async () => {
    await writeFile(join(work, 'samples', 'samples', 'notes.yaml'), '[]\n')
    expect(await noopRun(argvOf('samples'), repoRoot, env)).toBeUndefined()
    await appendFile(specOf('spec'), '\n')
    expect(await noopRun(argvOf('spec'), repoRoot, env)).toBeUndefined()
    expect(await noopRun(argvOf('steady'), repoRoot, env)).toMatchObject({
      operations: 2,
    })
  })
})
