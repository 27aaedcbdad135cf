// seam-codegen.config.json / .mjs: spec, output folder, samples folder, languages and runtime import,
// checked with errors that name the key; flags win over it.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderers } from '../../scripts/samples/renderers.js'
import { runMain } from '../helpers/run-main.js'
import { repoRoot } from '../helpers/run-script.js'

const runIn = (cwd: string, argv: string[]) => runMain(argv, cwd)

let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-config-'))
  const pair = JSON.parse(
    await readFile(
      join(repoRoot, 'test/fixtures/diff/operation-removed.json'),
      'utf8',
    ),
  )
  await mkdir(join(work, 'api'))
  await writeFile(join(work, 'api/spec.json'), JSON.stringify(pair.old))
  await mkdir(join(work, 'my-samples'))
  await writeFile(
    join(work, 'my-samples/devices.yaml'),
    '- path: /devices/list\n  parameters:\n    limit: 4242\n',
  )
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const project = async (
  name: string,
  config: string,
  file = 'seam-codegen.config.json',
): Promise<string> => {
  const dir = join(work, name)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, file), config)
  return dir
}

describe('the config file', () => {
  it('gives generate its spec, output folder, samples folder, languages and runtime import, relative to the config file', async () => {
    const dir = await project(
      'full',
      JSON.stringify({
        spec: '../api/spec.json',
        out: 'sdk',
        samples: '../my-samples',
        runtimeImport: '@acme/seam-runtime',
        languages: ['curl', 'python'],
      }),
    )
    const result = await runIn(dir, ['generate', '--no-cache'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(
      await readFile(join(dir, 'sdk/routes/devices.ts'), 'utf8'),
    ).toContain("from '@acme/seam-runtime'")
    expect(await readFile(join(dir, 'sdk/seam-http.ts'), 'utf8')).toContain(
      "from '@acme/seam-runtime'",
    )
    const sample = JSON.parse(
      await readFile(join(dir, 'sdk/samples/devices/list.json'), 'utf8'),
    )
    expect(sample.parameters).toEqual({ limit: 4242 })
    expect(Object.keys(sample.languages)).toEqual(['curl', 'python'])
    const spec = JSON.parse(
      await readFile(join(dir, 'sdk/openapi.json'), 'utf8'),
    )
    const langs = renderers
      .filter((r) => r.id === 'curl' || r.id === 'python')
      .map((r) => r.lang)
    expect(
      spec.paths['/devices/list'].post['x-codeSamples'].map(
        (s: { lang: string }) => s.lang,
      ),
    ).toEqual(langs)
  })

  it('flags win over it', async () => {
    const dir = await project(
      'override',
      JSON.stringify({ spec: '../api/spec.json', out: 'sdk' }),
    )
    const result = await runIn(dir, [
      'generate',
      '--out',
      join(dir, 'elsewhere'),
      '--runtime-import',
      'other-runtime',
      '--no-cache',
    ])
    expect(result.code).toBe(0)
    expect(
      await readFile(join(dir, 'elsewhere/seam-http.ts'), 'utf8'),
    ).toContain("from 'other-runtime'")
    await expect(readFile(join(dir, 'sdk/seam-http.ts'))).rejects.toThrow(
      'ENOENT',
    )
  })

  it('an .mjs config, its default export, with languages for the samples command', async () => {
    const dir = await project(
      'module',
      "export default { spec: '../api/spec.json', languages: ['python', 'go'] }\n",
      'seam-codegen.config.mjs',
    )
    const result = await runIn(dir, [
      'samples',
      '/devices/list',
      '--config',
      'seam-codegen.config.mjs',
    ])
    expect(result.code).toBe(0)
    expect(
      result.stdout.split('\n').filter((line) => line.startsWith('--- ')),
    ).toEqual(
      renderers
        .filter((r) => r.id === 'python' || r.id === 'go')
        .map((r) => `--- ${r.id} (${r.label}) ---`),
    )
    expect(result.stderr).toBe('samples of /devices/list in 2 languages\n')
  })

  const ids = renderers.map((r) => r.id).join(', ')
  it.each([
    [
      { outt: 'sdk' },
      'unknown key "outt"; known keys: spec, out, samples, languages, runtimeImport',
    ],
    [{ out: 42 }, '"out" must be a non-empty string, got number 42'],
    [{ spec: '' }, '"spec" must be a non-empty string, got ""'],
    [
      { languages: 'python' },
      '"languages" must be a non-empty list of languages, got "python"',
    ],
    [
      { languages: ['python', 'cobol'] },
      `"languages[1]" must be one of ${ids}; got "cobol"`,
    ],
    [['spec.json'], 'expected an object of settings, got a list'],
  ])('%j is refused, naming the key: exit 1', async (config, message) => {
    const dir = await project(
      `bad-${JSON.stringify(config).replace(/\W/g, '')}`,
      JSON.stringify(config),
    )
    const result = await runIn(dir, ['generate'])
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `seam-codegen: failed: ${join(dir, 'seam-codegen.config.json')}: ${message}\n`,
    })
  })

  it('a config that is not JSON, and a --config that does not exist, are named', async () => {
    const dir = await project('not-json', '{ "out": ')
    const notJson = await runIn(dir, ['check'])
    expect(notJson.stderr).toMatch(
      /^seam-codegen: failed: .*not-json\/seam-codegen\.config\.json: not valid JSON \(/,
    )
    const missing = await runIn(dir, ['generate', '--config', 'nowhere.json'])
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr: `seam-codegen: failed: ${join(dir, 'nowhere.json')}: cannot read the config (ENOENT)\n`,
    })
  })

  it('is not read by commands that take none of its settings', async () => {
    const dir = await project('ignored', '{ "nonsense": true }')
    await cp(join(work, 'api/spec.json'), join(dir, 'a.json'))
    const result = await runIn(dir, [
      'diff',
      join(dir, 'a.json'),
      join(dir, 'a.json'),
    ])
    expect(result.code).toBe(0)
  })
})
