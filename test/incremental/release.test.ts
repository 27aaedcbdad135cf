// seam-codegen update --latest: the newest @seamapi/types from the registry (here a local one that npm
// is pointed at), regenerated, the API changelog, the package's version bumped by its semver class and
// a release entry; --dry-run writes nothing.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatSpecJson } from '../../scripts/spec/seam-types-package.js'
import { runMain } from '../helpers/run-main.js'
import { repoRoot } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

let work: string
let registry: Server
const latest = '9.0.0'
const saved = {
  registry: process.env.npm_config_registry,
  cache: process.env.SEAM_TYPES_CACHE,
}
let pair: { old: unknown; new: unknown }

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-release-'))
  pair = JSON.parse(
    await readFile(
      join(repoRoot, 'test/fixtures/diff/operation-removed.json'),
      'utf8',
    ),
  )
  // The version's package, already installed where loadPublishedSpec keeps it: nothing is downloaded.
  const installed = join(work, 'types-cache/9.0.0/node_modules/@seamapi/types')
  await mkdir(installed, { recursive: true })
  await writeFile(
    join(installed, 'connect.js'),
    `export const openapi = ${JSON.stringify(pair.new)}\n`,
  )
  registry = createServer((request, response) => {
    if (decodeURIComponent(request.url ?? '') !== '/@seamapi/types')
      return void response.writeHead(404).end('{}')
    const versions = {
      [latest]: {
        name: '@seamapi/types',
        version: latest,
        dist: { tarball: 'http://127.0.0.1:9/x.tgz' },
      },
    }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(
      JSON.stringify({
        name: '@seamapi/types',
        'dist-tags': { latest },
        versions,
      }),
    )
  })
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve))
  process.env.npm_config_registry = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`
  process.env.SEAM_TYPES_CACHE = join(work, 'types-cache')
})

afterAll(async () => {
  for (const [name, value] of [
    ['npm_config_registry', saved.registry],
    ['SEAM_TYPES_CACHE', saved.cache],
  ] as const) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  await new Promise((resolve) => registry.close(resolve))
  await rm(work, { recursive: true, force: true })
})

/** A small project: its spec and output, package files at 0.1.0, a changelog. */
async function project(
  name: string,
): Promise<{ dir: string; flags: string[] }> {
  const dir = join(work, name)
  await mkdir(join(dir, 'src'), { recursive: true })
  await writeFile(join(dir, 'openapi.json'), formatSpecJson(pair.old))
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'seam-connect-sdk', version: '0.1.0' }, null, 2)}\n`,
  )
  const lock = {
    name: 'seam-connect-sdk',
    version: '0.1.0',
    lockfileVersion: 3,
    packages: { '': { name: 'seam-connect-sdk', version: '0.1.0' } },
  }
  await writeFile(
    join(dir, 'package-lock.json'),
    `${JSON.stringify(lock, null, 2)}\n`,
  )
  await writeFile(
    join(dir, 'src/version.ts'),
    "export const sdkName = 'seam-connect-sdk'\nexport const sdkVersion = '0.1.0'\n",
  )
  await writeFile(
    join(dir, 'CHANGELOG.md'),
    '# Changelog\n\n## @seamapi/types 1.0.0\n\nEarlier entries.\n',
  )
  const flags = [
    ['--spec', 'openapi.json'],
    ['--out', 'generated'],
    ['--changelog', 'CHANGELOG.md'],
    ['--package', 'package.json'],
    ['--version-module', 'src/version.ts'],
    ['--releases', 'RELEASES.md'],
  ].flatMap(([flag, file]) => [flag!, join(dir, file!)])
  expect(
    (
      await runMain([
        'generate',
        '--spec',
        join(dir, 'openapi.json'),
        '--out',
        join(dir, 'generated'),
        '--no-cache',
      ])
    ).code,
  ).toBe(0)
  return { dir, flags }
}

describe('update --latest', () => {
  it('--dry-run says what it would do, prints the changelog, and writes nothing', async () => {
    const { dir, flags } = await project('dry')
    const before = await snapshotTree(dir)
    const result = await runMain(['update', '--latest', '--dry-run', ...flags])
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 0,
      stderr: '',
    })
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe(
      '1.0.0 -> @seamapi/types 9.0.0: 1 breaking change and 0 non-breaking changes: a major release.',
    )
    expect(lines[1]).toMatch(
      new RegExp(
        `^${dir}/generated/: \\d+ to write, \\d+ unchanged, \\d+ to delete$`,
      ),
    )
    expect(lines.slice(2, 5)).toEqual([
      `${dir}/openapi.json: would be updated`,
      `${dir}/CHANGELOG.md: would get the section "@seamapi/types 9.0.0"`,
      `seam-connect-sdk 0.1.0 -> 1.0.0 (major): ${['package.json', 'package-lock.json', 'src/version.ts', 'RELEASES.md'].map((f) => join(dir, f)).join(', ')} would be updated`,
    ])
    expect(result.stdout).toContain('## @seamapi/types 9.0.0')
    expect(await snapshotTree(dir)).toEqual(before)
  })

  it('updates the spec, the output and the changelog, bumps the version everywhere, adds a release entry; then has nothing to do', async () => {
    const { dir, flags } = await project('real')
    const result = await runMain(['update', '--latest', ...flags])
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 0,
      stderr: '',
    })
    expect(
      JSON.parse(await readFile(join(dir, 'openapi.json'), 'utf8')),
    ).toEqual(pair.new)
    expect(await readFile(join(dir, 'CHANGELOG.md'), 'utf8')).toMatch(
      /^# Changelog\n\n## @seamapi\/types 9\.0\.0\n[\s\S]*## @seamapi\/types 1\.0\.0\n/,
    )
    expect(
      JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).version,
    ).toBe('1.0.0')
    const lock = JSON.parse(
      await readFile(join(dir, 'package-lock.json'), 'utf8'),
    )
    expect([lock.version, lock.packages[''].version]).toEqual([
      '1.0.0',
      '1.0.0',
    ])
    expect(await readFile(join(dir, 'src/version.ts'), 'utf8')).toBe(
      "export const sdkName = 'seam-connect-sdk'\nexport const sdkVersion = '1.0.0'\n",
    )
    const today = new Date().toISOString().slice(0, 10)
    expect(await readFile(join(dir, 'RELEASES.md'), 'utf8')).toBe(
      '# Releases\n\nEach release of the SDK, newest first, with the API changes it was generated for (see CHANGELOG.md).\n\n' +
        `## seam-connect-sdk 1.0.0 (${today})\n\nGenerated from @seamapi/types 9.0.0: 1 breaking and 0 non-breaking API change(s), a **major** release (0.1.0 -> 1.0.0).\n`,
    )
    expect(
      await runMain([
        'generate',
        '--check',
        '--spec',
        join(dir, 'openapi.json'),
        '--out',
        join(dir, 'generated'),
      ]),
    ).toMatchObject({ code: 0 })

    const before = await snapshotTree(dir)
    const again = await runMain(['update', '--latest', ...flags])
    expect(again).toEqual({
      code: 0,
      stdout: `${dir}/openapi.json already holds the spec of @seamapi/types 9.0.0; nothing to do\n`,
      stderr: '',
    })
    expect(await snapshotTree(dir)).toEqual(before)
  })

  it.each([
    [
      ['--latest', '--version', '1.2.3'],
      'error: --latest and --version exclude each other',
    ],
    [
      [],
      "error: give the new spec's @seamapi/types version with --version X.Y.Z, or --latest",
    ],
  ])('%j is a usage error', async (args, message) => {
    expect(await runMain(['update', ...args])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}\nRun seam-codegen update --help for its usage.\n`,
    })
  })

  it('a registry with no such package fails with exit 1, naming what it asked', async () => {
    const { dir, flags } = await project('no-registry')
    const before = await snapshotTree(dir)
    const registryUrl = process.env.npm_config_registry
    process.env.npm_config_registry = `${registryUrl}missing/`
    try {
      const result = await runMain(['update', '--latest', ...flags])
      expect({ code: result.code, stdout: result.stdout }).toEqual({
        code: 1,
        stdout: '',
      })
      expect(result.stderr).toMatch(
        /^seam-codegen update: failed \(nothing was written\): could not ask the registry for the newest @seamapi\/types: .*404/,
      )
    } finally {
      process.env.npm_config_registry = registryUrl
    }
    expect(await snapshotTree(dir)).toEqual(before)
  })
})
