import {
  mkdir,
  mkdtemp,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generate } from '../../scripts/pipeline.js'
import { repoRoot, runProcess, runScript } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

const corpus = join(repoRoot, 'test/fixtures/bad-specs')

/** Each broken spec either fails with this JSON pointer and problem, or generates code that compiles. */
const outcomes: Record<
  string,
  { pointer: string; problem: string } | 'compiles'
> = {
  '01-not-json': { pointer: '01-not-json.json', problem: 'not valid JSON' },
  '02-not-openapi-3': {
    pointer: '#/openapi',
    problem: 'only OpenAPI 3.x is supported',
  },
  '03-dangling-ref': {
    pointer:
      '#/paths/~1things~1get/post/responses/200/content/application~1json/schema/properties/thing/$ref',
    problem: '"#/components/schemas/missing_thing" points at nothing',
  },
  '04-ref-cycle': {
    pointer:
      '#/paths/~1things~1get/post/responses/200/content/application~1json/schema/properties/thing/$ref',
    problem:
      '$ref cycle: #/components/schemas/thing -> #/components/schemas/alias -> #/components/schemas/thing',
  },
  '05-camel-case-clash': {
    pointer: '#/paths/~1things~1get_one/post',
    problem:
      'its method name "things.getOne" is also the name of /things/getOne',
  },
  '06-identifier-characters': 'compiles',
  '07-response-key-not-in-response': {
    pointer: '#/paths/~1things~1get/post/x-response-key',
    problem: 'names "widget", which is not a property of the 200 response',
  },
  '08-parameter-without-schema': {
    pointer: '#/paths/~1things~1get/post/parameters/0',
    problem: 'parameter "thing_key" has no schema',
  },
  '09-unknown-type': {
    pointer: '#/components/schemas/thing/properties/name/type',
    problem: 'unknown schema type "text"',
  },
  '10-mixed-type-enum': 'compiles',
  '11-long-description-with-comment-end': 'compiles',
  '12-constructor-and-proto-properties': 'compiles',
  '13-empty-paths': { pointer: '#/paths', problem: 'the spec has no paths' },
  '14-path-without-post': {
    pointer: '#/paths/~1things~1get',
    problem: 'has no POST operation',
  },
  '15-header-parameter': {
    pointer: '#/paths/~1things~1get/post/parameters/0/in',
    problem: 'parameters in "header" are not supported',
  },
  '16-reserved-method-name': {
    pointer: '#/paths/~1things~1constructor',
    problem: 'method name "constructor" is reserved',
  },
  '17-method-and-namespace-clash': {
    pointer: '#/paths/~1things~1extra/post',
    problem: 'its method "extra" has the name of the namespace things.extra',
  },
  '18-top-level-path': {
    pointer: '#/paths/~1health/post',
    problem: 'has no namespace to put its method in',
  },
  '19-not-an-object': {
    pointer: '#:',
    problem: 'the spec must be a JSON object',
  },
  '20-request-body-not-json': {
    pointer: '#/paths/~1things~1get/post/requestBody',
    problem: 'the request body has no application/json content',
  },
  '21-deep-nesting': 'compiles',
  '22-recursive-schema': 'compiles',
  '23-duplicate-operation-id': {
    pointer: '#/paths/~1things~1[thing_key]~1get/post/operationId',
    problem:
      '"thingsOperation" is also the operationId of #/paths/~1things~1list-all/post/operationId',
  },
  '24-responses-not-an-object': {
    pointer: '#/paths/~1things~1list-all/post/responses',
    problem: 'expected an object, got "x"',
  },
  '25-items-not-a-schema': {
    pointer:
      '#/paths/~1things~1list-all/post/responses/200/content/application~1json/schema/items',
    problem: 'expected an object, got 5',
  },
}

const validSpec = join(corpus, '06-identifier-characters.json')

describe('the corpus of broken specs', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-bad-specs-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('holds at least 15 cases, each with an expected outcome', async () => {
    const { readdir } = await import('node:fs/promises')
    const files = (await readdir(corpus))
      .map((f) => f.replace(/\.json$/, ''))
      .sort()
    expect(files).toEqual(Object.keys(outcomes).sort())
    expect(files.length).toBeGreaterThanOrEqual(15)
  })

  const failing = Object.entries(outcomes).filter(
    (entry): entry is [string, { pointer: string; problem: string }] =>
      entry[1] !== 'compiles',
  )
  it.concurrent.each(failing)(
    '%s: exit 1, names the pointer and problem, output untouched',
    async (name, expected) => {
      const out = join(dir, name, 'generated')
      await generate({ spec: validSpec, out, check: false, cache: false })
      const before = await snapshotTree(out)
      const result = await runScript('scripts/cli/bin/seam-codegen.mjs', [
        'generate',
        '--spec',
        join(corpus, `${name}.json`),
        '--out',
        out,
      ])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(expected.pointer)
      expect(result.stderr).toContain(expected.problem)
      expect(result.stdout).toBe('')
      expect(await snapshotTree(out)).toEqual(before)
    },
    60_000,
  )

  it('the cases that generate produce code that compiles under strict, with their JSDoc intact', async () => {
    const compiling = Object.keys(outcomes).filter(
      (name) => outcomes[name] === 'compiles',
    )
    for (const name of compiling) {
      const caseDir = join(dir, 'compiles', name)
      await mkdir(caseDir, { recursive: true })
      await symlink(join(repoRoot, 'src'), join(caseDir, 'src'))
      // Outside the repo the runtime would be imported from the package: point it at the src/ linked beside.
      const runtimeImport = join(caseDir, 'src/runtime.ts')
      await generate({
        spec: join(corpus, `${name}.json`),
        out: join(caseDir, 'generated'),
        check: false,
        cache: false,
        runtimeImport,
      })
    }
    const tsconfig = {
      extends: join(repoRoot, 'tsconfig.json'),
      compilerOptions: { noEmit: true, skipLibCheck: false, types: [] },
      include: compiling.map((name) => `compiles/${name}/generated/**/*.ts`),
    }
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ type: 'module' }),
    )
    await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'))
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
    const result = await runProcess(
      process.execPath,
      [tsc, '-p', join(dir, 'tsconfig.json')],
      { cwd: dir },
    )
    expect(result.stdout).toBe('')

    const route = await readFile(
      join(
        dir,
        'compiles/11-long-description-with-comment-end/generated/routes/things.ts',
      ),
      'utf8',
    )
    expect(route).toContain(
      'Closes the comment early *\\/ and opens code `like this`',
    )
    expect(route).not.toMatch(/early \*\/ /)
    const proto = await readFile(
      join(dir, 'compiles/06-identifier-characters/generated/routes/things.ts'),
      'utf8',
    )
    expect(proto).toMatch(/get byThingKey\(\)/)
    expect(proto).toMatch(/\n {2}_2fa\(/)
    expect(proto).toMatch(/\n {2}listAll\(/)
  }, 120_000)
})
