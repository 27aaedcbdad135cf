/**
 * Every sample of every operation, in every language, through that language's real parser:
 * the request and its response comment as a whole, and the response on its own with the
 * comment markers taken off, since each language shows the response as its own code.
 */
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  collectSamples,
  samplesDirOf,
  type RenderedOperation,
} from '../../scripts/samples/collection.js'
import { readSampleEntries } from '../../scripts/samples/entries.js'
import { renderers } from '../../scripts/samples/renderers.js'
import type { RenderedSample, Sample } from '../../scripts/samples/sample.js'
import { checkSpec, readSpecFile } from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { repoRoot } from '../helpers/run-script.js'
import { parsersById, snippetsOf } from './languages.js'
import {
  checkBash,
  checkCSharp,
  checkGo,
  checkJava,
  checkJavaScriptSyntax,
  checkPhp,
  checkPython,
  checkRuby,
  typeCheckJavaScript,
  type Checker,
  type Snippet,
} from './parsers.js'

let operations: RenderedOperation[]
/** Per language, the samples it has (undocumented operations only in the languages that can call them). */
const rendered = new Map<
  string,
  Array<{ sample: Sample; output: RenderedSample }>
>()
const counts: string[] = []

// The samples as the pipeline emits them: the same collection the emitters render from.
beforeAll(async () => {
  const specFile = join(repoRoot, 'openapi.json')
  const { document } = await readSpecFile(specFile)
  operations = await collectSamples(
    buildModel(checkSpec(document)),
    await readSampleEntries(samplesDirOf(specFile)),
  )
  for (const renderer of renderers) {
    rendered.set(
      renderer.id,
      operations.flatMap(({ sample, code }) =>
        code
          .filter((c) => c.renderer === renderer)
          .map((c) => ({ sample, output: c.rendered })),
      ),
    )
  }
})

afterAll(() => {
  console.log(`parsed / total, by language:\n${counts.join('\n')}`)
})

describe('every sample parses in its language', () => {
  it('covers every renderer with a parser', () => {
    expect(
      renderers
        .map((renderer) => renderer.id)
        .filter((id) => parsersById[id] === undefined),
    ).toEqual([])
    const callable = (operation: RenderedOperation) =>
      !operation.sample.operation.undocumented &&
      !operation.sample.operation.draft
    expect(operations.length).toBe(
      Object.keys(operations[0]!.sample.document.paths).length,
    )
    for (const renderer of renderers) {
      const expected = renderer.callsUndocumented
        ? operations.length
        : operations.filter(callable).length
      expect([renderer.id, rendered.get(renderer.id)!.length]).toEqual([
        renderer.id,
        expected,
      ])
    }
    expect(
      renderers
        .filter((renderer) => renderer.callsUndocumented)
        .map((renderer) => renderer.id),
    ).toEqual(['javascript', 'curl'])
  })

  for (const renderer of renderers) {
    it(`${renderer.id}: every request with its response comment, and the response on its own`, async () => {
      const parts = rendered
        .get(renderer.id)!
        .map(({ sample, output }) =>
          snippetsOf(renderer.id, sample.operation.path, sample, output),
        )
      const snippets = parts.flatMap((part) => part.snippets)
      const unmarked = parts.flatMap((part) => part.unmarked)
      // JavaScript is also type-checked against the SDK this project generates.
      const checkers = [
        parsersById[renderer.id]!,
        ...(renderer.id === 'javascript' ? [typeCheckJavaScript] : []),
      ]
      const failures = (
        await Promise.all(checkers.map((check) => check(snippets)))
      ).flat()
      const failed = new Set(failures.map((failure) => failure.name))
      const tally = (part: string): string => {
        const names = snippets
          .map((snippet) => snippet.name)
          .filter((name) => name.endsWith(part))
        return `${names.filter((name) => !failed.has(name)).length} / ${names.length}`
      }
      counts.push(
        `  ${renderer.id}: samples ${tally('(sample)')}, responses as code ${tally('(response)')}`,
      )
      expect(unmarked).toEqual([])
      expect(failures).toEqual([])
    })
  }
})

describe('each parser rejects what its language does not allow', () => {
  const control = (
    name: string,
    code: string,
    kind: Snippet['kind'] = 'statements',
  ): Snippet => ({ name, code, kind })
  const cases: Array<[string, Checker, Snippet[]]> = [
    [
      'node --check',
      checkJavaScriptSyntax,
      [
        control('good', 'await seam.devices.list({ limit: 1 });'),
        control('broken', 'await seam.devices.list({ limit: 1 );'),
      ],
    ],
    [
      'python ast',
      checkPython,
      [
        control('good', 'seam.devices.list(limit=1)'),
        control('broken', 'seam.devices.list(limit=1'),
      ],
    ],
    [
      'ruby',
      checkRuby,
      [
        control('good', 'seam.devices.list(limit: 1)'),
        control('broken', 'seam.devices.list(limit: 1'),
      ],
    ],
    [
      'php -l',
      checkPhp,
      [
        control('good', '$seam->devices->list(limit: 1);'),
        control('broken', '$seam->devices->list(limit: 1, 2);'),
      ],
    ],
    [
      'bash -n',
      checkBash,
      [
        control('good', 'seam devices list --limit 1'),
        control('broken', 'curl --json @- <<EOF\n{}\n'),
      ],
    ],
    [
      'gofmt',
      checkGo,
      [
        control('good', 'client.Devices.List(ctx, &api.DevicesListRequest{})'),
        control('broken', 'api.X{A: 1\n}', 'expression'),
      ],
    ],
    [
      'javac',
      checkJava,
      [
        control('good', 'seam.devices().list();'),
        control('broken', '"\\u000a"', 'expression'),
      ],
    ],
    [
      'mcs',
      checkCSharp,
      [
        control('good', 'seam.Devices.List(limit: 1);'),
        control('broken', 'seam.Devices.List(limit: 1,);'),
      ],
    ],
  ]
  for (const [parser, check, snippets] of cases) {
    it(parser, async () => {
      expect(
        new Set((await check(snippets)).map((failure) => failure.name)),
      ).toEqual(new Set(['broken']))
    })
  }

  it('tsc against the generated SDK: a method or a parameter that does not exist', async () => {
    const failures = await typeCheckJavaScript([
      control('exists', 'await seam.devices.list({ limit: 1 });'),
      control('no such method', 'await seam.devices.listAll({ limit: 1 });'),
      control(
        'no such parameter',
        'await seam.devices.list({ limit: 1, colour: "red" });',
      ),
    ])
    expect(new Set(failures.map((failure) => failure.name))).toEqual(
      new Set(['no such method', 'no such parameter']),
    )
  })
})
