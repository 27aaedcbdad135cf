// A run through the bin after an edit that leaves the types' shape alone (an operation's
// description, a hand-kept sample's value) loads neither openapi-typescript nor the TypeScript and
// Redocly it brings: those take longer to load than the rest of such a run.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repoRoot, runProcess } from '../helpers/run-script.js'

const bin = join(repoRoot, 'node_modules/.bin/seam-codegen')

let work: string
let spec: string
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-light-runs-'))
  spec = join(work, 'spec', 'openapi.json')
  await cp(join(repoRoot, 'openapi.json'), spec)
  await cp(join(repoRoot, 'samples'), join(work, 'spec', 'samples'), {
    recursive: true,
  })
  // Lists the packages loaded through require (as openapi-typescript and what it brings are) at exit.
  await writeFile(
    join(work, 'loaded.cjs'),
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(work, 'loaded.json'))}, JSON.stringify(Object.keys(require.cache))))\n`,
  )
  env = { ...process.env, SEAM_CODEGEN_CACHE: join(work, 'cache') }
  const first = await generate()
  expect(first.code).toBe(0)
}, 120_000)

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

const generate = () =>
  runProcess(
    bin,
    ['generate', '--spec', spec, '--out', join(work, 'generated')],
    { env },
  )

/** The run's summary line, and the packages it loaded through require. */
async function lightRun(): Promise<{ summary: string; loaded: string[] }> {
  const { code, stdout, stderr } = await runProcess(
    bin,
    ['generate', '--spec', spec, '--out', join(work, 'generated')],
    {
      env: {
        ...env,
        NODE_OPTIONS: `--require ${join(work, 'loaded.cjs')}`,
      },
    },
  )
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  const files = JSON.parse(
    await readFile(join(work, 'loaded.json'), 'utf8'),
  ) as string[]
  const loaded = [
    ...new Set(
      files.flatMap(
        (file) =>
          /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.slice(1) ?? [],
      ),
    ),
  ]
  return { summary: stdout, loaded }
}

const heavy = ['openapi-typescript', 'typescript', '@redocly/openapi-core']

describe('a run after an edit that leaves the types alone', () => {
  it("loads no openapi-typescript after an operation's description changed", async () => {
    const document = JSON.parse(await readFile(spec, 'utf8'))
    document.paths['/devices/list'].post.description += ' (edited)'
    await writeFile(spec, `${JSON.stringify(document, null, 2)}\n`)
    const { summary, loaded } = await lightRun()
    expect(summary).toMatch(/ [1-9]\d* written/)
    expect(loaded).toContain('commander')
    expect(loaded.filter((name) => heavy.includes(name))).toEqual([])
  }, 60_000)

  it("loads no openapi-typescript after a hand-kept sample's value changed", async () => {
    const file = join(work, 'spec', 'samples', 'devices.yaml')
    const text = await readFile(file, 'utf8')
    expect(text).toContain('name: Front Door')
    await writeFile(file, text.replace('name: Front Door', 'name: Back Door'))
    const { summary, loaded } = await lightRun()
    expect(summary).toMatch(/ [1-9]\d* written/)
    expect(loaded).toContain('commander')
    expect(loaded.filter((name) => heavy.includes(name))).toEqual([])
  }, 60_000)
})
