/**
 * Every Go, Java and C# sample compiled against stand-ins for Seam's SDKs that this test makes
 * from the spec with the SDKs' own rules (`sdk-stubs/` states each rule and its SDK): Go with
 * `go vet` (which type-checks every package) in a local module, with no network and no module
 * downloads; Java with `javac`; C# with Mono's `mcs`. One compiler run per language, over one
 * file per sample, so each error names its sample. Beside the real samples each run compiles a
 * few mutated ones (a pointer, a builder order, a literal, a class name changed), which must fail.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  collectSamples,
  samplesDirOf,
  type RenderedOperation,
} from '../../scripts/samples/collection.js'
import { readSampleEntries } from '../../scripts/samples/entries.js'
import { checkSpec, readSpecFile } from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { repoRoot } from '../helpers/run-script.js'
import { run, withTempDir } from './parsers.js'
import { csharpStub } from './sdk-stubs/csharp.js'
import { goImports, goStub } from './sdk-stubs/go.js'
import { javaClientPackage, javaPackageOf, javaStub } from './sdk-stubs/java.js'
import { stubRequest, type StubRequest } from './sdk-stubs/schema.js'

interface Program {
  /** `/locks/unlock_door`, or `mutant: ...` for a mutated sample. */
  name: string
  /** The sample's operation. */
  path: string
  code: string
}

interface Mutation {
  name: string
  path: string
  from: string | RegExp
  to: string
}

// A short-lived compiler: the JVM's first JIT tier and serial GC start faster than its defaults.
const javacSpeed = [
  '-J-XX:TieredStopAtLevel=1',
  '-J-XX:+UseSerialGC',
  '-proc:none',
  '-implicit:none',
]

let operations: RenderedOperation[]
let requests: StubRequest[]
const timings: string[] = []

beforeAll(async () => {
  const specFile = join(repoRoot, 'openapi.json')
  const model = buildModel(checkSpec((await readSpecFile(specFile)).document))
  operations = await collectSamples(
    model,
    await readSampleEntries(samplesDirOf(specFile)),
  )
  const callable = operations.filter(({ code }) =>
    code.some(({ renderer }) => renderer.id === 'go'),
  )
  requests = callable.map(({ sample }) =>
    stubRequest(model.document, sample.operation),
  )
})

afterAll(() => {
  if (timings.length > 0)
    console.log(`compiled samples, by language:\n${timings.join('\n')}`)
})

/** The request code of every sample in a language, and the mutants made from them. */
function programs(
  id: string,
  mutations: readonly Mutation[],
): { samples: Program[]; mutants: Program[] } {
  const samples = operations.flatMap(({ sample, code }) =>
    code
      .filter(({ renderer }) => renderer.id === id)
      .map(({ rendered }) => ({
        name: sample.operation.path,
        path: sample.operation.path,
        code: rendered.request,
      })),
  )
  const mutants = mutations.map(({ name, path, from, to }) => {
    const original = samples.find((program) => program.name === path)
    if (original === undefined) throw new Error(`no ${id} sample for ${path}`)
    const code = original.code.replace(from, to)
    if (code === original.code)
      throw new Error(
        `the mutation "${name}" changes nothing in the ${id} sample of ${path}`,
      )
    return { name: `mutant: ${name}`, path, code }
  })
  return { samples, mutants }
}

async function writeFiles(
  dir: string,
  files: Map<string, string>,
): Promise<void> {
  for (const [file, text] of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true })
    await writeFile(join(dir, file), text)
  }
}

/** A compiler run's exit code and output, and the programs it blames: every file name `<prefix><index>` it mentions. */
function verdictOf(
  result: { code: number; stdout: string; stderr: string },
  pattern: RegExp,
  programs: readonly Program[],
) {
  const output = result.stdout + result.stderr
  const failures = new Map<string, string[]>()
  for (const line of output.split('\n')) {
    const match = pattern.exec(line)
    if (match === null) continue
    const name = programs[Number(match[1])]?.name ?? line
    failures.set(name, [...(failures.get(name) ?? []), line.trim()])
  }
  return { code: result.code, output, failures }
}

/**
 * Compiles the samples and mutants of a language: no sample may fail, every mutant must, and a
 * compiler run that fails with nothing blamed is a failure of the test itself.
 */
async function compileAll(
  id: string,
  mutations: readonly Mutation[],
  compile: (all: Program[]) => Promise<{
    code: number
    output: string
    failures: Map<string, string[]>
  }>,
): Promise<void> {
  const { samples, mutants } = programs(id, mutations)
  const started = performance.now()
  const { code, output, failures } = await compile([...samples, ...mutants])
  timings.push(
    `  ${id}: ${samples.length} samples and ${mutants.length} mutants in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  const failedSamples = [...failures].filter(
    ([name]) => !name.startsWith('mutant: '),
  )
  expect(failedSamples).toEqual([])
  expect(
    mutants.filter(({ name }) => !failures.has(name)).map(({ name }) => name),
  ).toEqual([])
  if (mutants.length > 0) expect(code, output).not.toBe(0)
}

describe('every sample compiles against a stub of its SDK, and a mutated one does not', () => {
  it('Go: go vet in a local module (github.com/seamapi/go), GOPROXY=off', async () => {
    const mutations: Mutation[] = [
      // Rule: a required field is a value, not a pointer.
      {
        name: 'a required field as a pointer',
        path: '/devices/update',
        from: /DeviceId: ("[^"]*")/,
        to: 'DeviceId: api.String($1)',
      },
      // Rule: an optional field is a pointer.
      {
        name: 'an optional field as a value',
        path: '/devices/update',
        from: /Name: api\.String\(("[^"]*")\)/,
        to: 'Name: $1',
      },
      // Rule: a oneOf body is built with its union's constructor.
      {
        name: 'a oneOf body as a flat struct',
        path: '/connected_accounts/get',
        from: /api\.NewConnectedAccountsGetRequestFrom\w+\(\s*&api\.\w+\{([^}]*)\},?\s*\)/,
        to: '&api.ConnectedAccountsGetRequest{$1}',
      },
      // Rule: an optional number is a pointer, set through api.Float64.
      {
        name: 'an optional number as a value',
        path: '/devices/list',
        from: /Limit: api\.Float64\(20\)/,
        to: 'Limit: 20',
      },
    ]
    await withTempDir(async (dir) => {
      const stub = goStub(requests)
      await writeFiles(dir, stub)
      const packages = [
        'api',
        ...[...stub.keys()]
          .filter((file) => file.endsWith('/types.go'))
          .map((file) => file.split('/')[0]!),
      ]
      await compileAll('go', mutations, async (all) => {
        // The samples share one package; each mutant has its own, so that the type checker's
        // limit of ten errors a package cannot hide one behind the samples' errors.
        const files = new Map(
          all.map((program, index) => {
            const pkg = program.name.startsWith('mutant: ')
              ? `m${index}`
              : 'samples'
            const text =
              `package ${pkg}\n\nimport (\n\t"context"\n\n\tseamclient "github.com/seamapi/go/client"\n${goImports(program.code, packages)})\n\n` +
              `func run${index}(client *seamclient.Client) {\n${program.code.replace(/^/gm, '\t')}\n}\n\nvar _ = context.Background\n`
            return [
              pkg === 'samples'
                ? `samples/s${index}.go`
                : `mutants/${pkg}/s${index}.go`,
              text,
            ] as const
          }),
        )
        await writeFiles(dir, files)
        const env = {
          ...process.env,
          GOPROXY: 'off',
          GOFLAGS: '',
          GO111MODULE: 'on',
          GOWORK: 'off',
          GOTOOLCHAIN: 'local',
        }
        const result = await run('go', ['vet', './...'], '', dir, env)
        return verdictOf(result, /\bs(\d+)\.go:\d+/, all)
      })
    })
  }, 600_000)

  it('Java: javac', async () => {
    const mutations: Mutation[] = [
      // Rule: staged builders take the required setters in the order of the schema's `required`.
      {
        name: 'required setters out of order',
        path: '/access_codes/simulate/create_unmanaged_access_code',
        from: /(\n\s*\.deviceId\([^\n]*\))(\n\s*\.name\([^\n]*\))/,
        to: '$2$1',
      },
      // Rule: `number` is a Double.
      {
        name: 'an int literal for a Double',
        path: '/devices/list',
        from: '.limit(20.0)',
        to: '.limit(20)',
      },
      // Rule: a oneOf body is built with `<Union>.of(...)`.
      {
        name: 'a oneOf body without of()',
        path: '/connected_accounts/get',
        from: /ConnectedAccountsGetRequest\.of\((.*)\)\);$/s,
        to: '$1);',
      },
    ]
    await withTempDir(async (dir) => {
      const stub = javaStub(requests)
      await writeFiles(dir, stub)
      const packages = new Map(
        requests.map(({ operation }) => [
          operation.path,
          javaPackageOf(operation),
        ]),
      )
      await compileAll('java', mutations, async (all) => {
        const files = new Map(
          all.map((program, index) => [
            `S${index}.java`,
            `import java.util.*;\nimport ${javaClientPackage}.*;\nimport ${packages.get(program.path)}.*;\n\n` +
              `final class S${index} {\n    static void run(Seam seam) {\n${program.code.replace(/^/gm, '        ')}\n    }\n}\n`,
          ]),
        )
        await writeFiles(dir, files)
        const sources = [...stub.keys(), ...files.keys()]
        const result = await run(
          'javac',
          [
            ...javacSpeed,
            '-d',
            join(dir, 'classes'),
            '-Xmaxerrs',
            '100000',
            '-nowarn',
            ...sources,
          ],
          '',
          dir,
        )
        return verdictOf(result, /\bS(\d+)\.java:\d+/, all)
      })
    })
  }, 600_000)

  it('C#: mcs', async () => {
    const mutations: Mutation[] = [
      // Rule: a list's element class has no `Item` suffix.
      {
        name: 'an Item suffix on a list element class',
        path: '/access_grants/create',
        from: /CreateRequestRequestedAccessMethods\b/g,
        to: 'CreateRequestRequestedAccessMethodsItem',
      },
      // Rule: `number` is a float: a double literal does not convert.
      {
        name: 'a double literal for a float',
        path: '/devices/list',
        from: 'limit: 20f',
        to: 'limit: 20.5',
      },
      // Rule: enums nest in the class that has the field.
      {
        name: 'an enum outside its class',
        path: '/access_grants/create',
        from: /CreateRequestRequestedAccessMethods\.ModeEnum/,
        to: 'ModeEnum',
      },
    ]
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'Stub.cs'), csharpStub(requests))
      await compileAll('csharp', mutations, async (all) => {
        const files = new Map(
          all.map((program, index) => [
            `S${index}.cs`,
            `using System.Collections.Generic;\nusing Seam.Api;\n\nstatic class S${index} {\n    static void Run(Seam.Client.SeamClient seam) {\n${program.code.replace(/^/gm, '        ')}\n    }\n}\n`,
          ]),
        )
        await writeFiles(dir, files)
        const result = await run(
          'mcs',
          [
            '-target:library',
            `-out:${join(dir, 'samples.dll')}`,
            '-nowarn:219',
            'Stub.cs',
            ...files.keys(),
          ],
          '',
          dir,
        )
        return verdictOf(result, /\bS(\d+)\.cs\(\d+/, all)
      })
    })
  }, 600_000)
})
