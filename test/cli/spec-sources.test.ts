// Any spec source: JSON or YAML (by extension, else by content), a file or an http(s) URL, for
// generate, diff and update --from-file. URLs are served by a local server.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'

import { formatSpecJson } from '../../scripts/spec/seam-types-package.js'
import { runMain } from '../helpers/run-main.js'
import { repoRoot } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

let work: string
let server: Server
let base: string
let pair: { old: unknown; new: unknown }

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-spec-sources-'))
  pair = JSON.parse(
    await readFile(
      join(repoRoot, 'test/fixtures/diff/operation-removed.json'),
      'utf8',
    ),
  )
  await writeFile(join(work, 'old.json'), formatSpecJson(pair.old))
  await writeFile(join(work, 'old.yaml'), stringify(pair.old))
  await writeFile(join(work, 'old-yaml-content.txt'), stringify(pair.old))
  await writeFile(join(work, 'new.yml'), stringify(pair.new))
  await writeFile(
    join(work, 'broken.yaml'),
    'openapi: 3.0.0\npaths: [unclosed\n',
  )
  const routes: Record<string, string> = {
    '/old.json': formatSpecJson(pair.old),
    '/old.yaml': stringify(pair.old),
    '/spec': stringify(pair.old),
    '/new.json': formatSpecJson(pair.new),
  }
  server = createServer((request, response) => {
    const body = routes[request.url ?? '']
    response
      .writeHead(body === undefined ? 404 : 200, {
        'content-type': 'text/plain',
      })
      .end(body ?? 'no such spec')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(work, { recursive: true, force: true })
})

describe('generate from any source', () => {
  it('a YAML file, YAML by content, and JSON or YAML over http give the output of the JSON file', async () => {
    const fromJson = join(work, 'out-json')
    expect(
      (
        await runMain([
          'generate',
          '--spec',
          join(work, 'old.json'),
          '--out',
          fromJson,
          '--no-cache',
        ])
      ).code,
    ).toBe(0)
    const expected = await snapshotTree(fromJson)
    const sources = [
      join(work, 'old.yaml'),
      join(work, 'old-yaml-content.txt'),
      `${base}/old.json`,
      `${base}/old.yaml`,
      `${base}/spec`,
    ]
    for (const [index, spec] of sources.entries()) {
      const out = join(work, `out-${index}`)
      const result = await runMain([
        'generate',
        '--spec',
        spec,
        '--out',
        out,
        '--samples',
        join(work, 'samples'),
        '--no-cache',
      ])
      expect({ spec, code: result.code, stderr: result.stderr }).toEqual({
        spec,
        code: 0,
        stderr: '',
      })
      expect(await snapshotTree(out)).toEqual(expected)
    }
  })

  it('a URL that answers 404 fails with the URL and the status, and writes nothing', async () => {
    const out = join(work, 'out-404')
    const result = await runMain([
      'generate',
      '--spec',
      `${base}/missing.json`,
      '--out',
      out,
    ])
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `seam-codegen generate: failed (nothing was written): ${base}/missing.json: cannot fetch the spec (HTTP 404 Not Found)\n`,
    })
    await expect(
      readFile(join(out, '.seam-codegen-manifest.json')),
    ).rejects.toThrow('ENOENT')
  })

  it('a URL nothing listens on names the URL and the reason', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/spec.json`
    await new Promise((resolve) => closed.close(resolve))
    const result = await runMain([
      'generate',
      '--spec',
      url,
      '--out',
      join(work, 'out-refused'),
    ])
    expect(result.stderr).toBe(
      `seam-codegen generate: failed (nothing was written): ${url}: cannot fetch the spec (ECONNREFUSED)\n`,
    )
  })

  it('YAML that does not parse names the file, the line and the column', async () => {
    const result = await runMain([
      'generate',
      '--spec',
      join(work, 'broken.yaml'),
      '--out',
      join(work, 'out-broken'),
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `seam-codegen generate: failed (nothing was written): ${join(work, 'broken.yaml')}: not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:)\n`,
    )
  })
})

describe('diff and update from any source', () => {
  it('diff takes YAML files and URLs, and prints what it prints for the JSON files', async () => {
    const json = await runMain([
      'diff',
      join(work, 'old.json'),
      `${base}/new.json`,
      '--json',
    ])
    const yaml = await runMain([
      'diff',
      join(work, 'old.yaml'),
      join(work, 'new.yml'),
      '--json',
    ])
    expect(json.code).toBe(0)
    const { from: _, to: __, ...changes } = JSON.parse(json.stdout)
    const { from: ___, to: ____, ...sameChanges } = JSON.parse(yaml.stdout)
    expect(sameChanges).toEqual(changes)
    expect(changes).toMatchObject({ breaking: 1, bump: 'major' })
    const missing = await runMain([
      'diff',
      join(work, 'old.json'),
      `${base}/gone.yaml`,
    ])
    expect(missing).toMatchObject({
      code: 1,
      stderr: `seam-codegen diff: failed: ${base}/gone.yaml: cannot fetch the spec (HTTP 404 Not Found)\n`,
    })
  })

  it('update --from-file takes a URL', async () => {
    const repo = join(work, 'update-repo')
    await mkdir(repo)
    await writeFile(join(repo, 'openapi.json'), formatSpecJson(pair.old))
    await writeFile(
      join(repo, 'package.json'),
      '{ "name": "sdk", "version": "0.1.0" }\n',
    )
    await writeFile(
      join(repo, 'version.ts'),
      "export const sdkVersion = '0.1.0'\n",
    )
    // Every file the update writes is in the temporary project, the release's too.
    const paths = [
      ['--spec', 'openapi.json'],
      ['--out', 'generated'],
      ['--changelog', 'CHANGELOG.md'],
      ['--package', 'package.json'],
      ['--version-module', 'version.ts'],
      ['--releases', 'RELEASES.md'],
    ].flatMap(([flag, file]) => [flag!, join(repo, file!)])
    expect(
      (
        await runMain([
          'generate',
          '--spec',
          join(repo, 'openapi.json'),
          '--out',
          join(repo, 'generated'),
          '--no-cache',
        ])
      ).code,
    ).toBe(0)
    const result = await runMain([
      'update',
      '--version',
      '9.0.0',
      '--from-file',
      `${base}/new.json`,
      ...paths,
    ])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(
      JSON.parse(await readFile(join(repo, 'openapi.json'), 'utf8')),
    ).toEqual(pair.new)
    expect(await readFile(join(repo, 'CHANGELOG.md'), 'utf8')).toContain(
      '## @seamapi/types 9.0.0',
    )
    expect(
      JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')).version,
    ).toBe('1.0.0')
  })
})
