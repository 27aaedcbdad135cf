/**
 * The samples imitate formatters rather than run them (rendering stays synchronous and fast):
 * these tests hold the imitation to the real prettier.
 */
import { format } from 'prettier'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  prettierJson,
  prettierJsonBytes,
  Printed,
  printAt,
} from '../../scripts/emit/json.js'
import { collectSamples } from '../../scripts/samples/collection.js'
import { readSampleEntries } from '../../scripts/samples/entries.js'
import { javascript } from '../../scripts/samples/javascript.js'
import type { Sample } from '../../scripts/samples/sample.js'
import { checkSpec, readSpecFile } from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { repoRoot } from '../helpers/run-script.js'

// The project's prettier config, which the pipeline formats JSON with.
const projectConfig = {
  semi: false,
  singleQuote: true,
  trailingComma: 'all',
} as const

describe('the JSON writer prints what prettier prints', () => {
  it.each([
    [
      'scalars and empties',
      { a: 1, b: 'two', c: null, d: true, e: [], f: {}, g: [[], {}] },
    ],
    [
      'short arrays on one line, long ones broken',
      { short: [1, 'a', null], long: ['a'.repeat(60), 'b'.repeat(10)] },
    ],
    [
      'numbers filled line by line',
      { numbers: Array.from({ length: 60 }, (_, i) => i * 997) },
    ],
    [
      'arrays of arrays',
      {
        pairs: [
          [1, 2],
          [3, 4],
        ],
        single: [[1, 2]],
        ragged: [[1], [2, 3]],
      },
    ],
    [
      'objects inside arrays',
      { items: [{ a: 1 }, { b: [1, 2] }], deep: [[{ c: 'd' }]] },
    ],
    ['exponents and negatives', { big: 1e21, small: 1.5e-7, negative: -0.25 }],
    [
      'wide text: emoji and CJK count two columns, accents one',
      {
        emoji: ['😀'.repeat(30), 'ü'.repeat(30)],
        cjk: ['日'.repeat(20), 'u'.repeat(30)],
        fits: ['a'.repeat(30), 'ü'.repeat(30)],
        next: 1,
      },
    ],
    [
      'line separators and quotes as written',
      { separators: 'a\u2028b', quote: 'say "hi"' },
    ],
  ])('%s', async (_, value) => {
    const text = prettierJson(value)
    expect(JSON.parse(text)).toEqual(value)
    expect(await format(text, { ...projectConfig, parser: 'json' })).toBe(text)
  })

  it('assembles pieces printed apart, as text or as UTF-8 bytes, into the same bytes', () => {
    const parts = {
      first: { name: 'Tür 🚪', tags: ['日本', 'a\u2028b'] },
      second: { count: 2, nested: { deep: [{ c: 'd' }] } },
    }
    const whole = prettierJson({ head: 1, ...parts })
    const asText = Object.fromEntries(
      Object.entries(parts).map(([key, value]) => [
        key,
        new Printed(printAt(key, value, '  ')),
      ]),
    )
    const asBytes = Object.fromEntries(
      Object.entries(parts).map(([key, value]) => [
        key,
        new Printed(Buffer.from(printAt(key, value, '  '))),
      ]),
    )
    expect(prettierJson({ head: 1, ...asText })).toBe(whole)
    expect(prettierJsonBytes({ head: 1, ...asText })).toBe(whole)
    expect(prettierJson({ head: 1, ...asBytes })).toBe(whole)
    const bytes = prettierJsonBytes({ head: 1, ...asBytes })
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(bytes as Uint8Array).equals(Buffer.from(whole))).toBe(
      true,
    )
  })
})

describe('JavaScript samples are laid out as prettier lays them out', () => {
  let samples: Sample[]
  beforeAll(async () => {
    const model = buildModel(
      checkSpec((await readSpecFile(`${repoRoot}/openapi.json`)).document),
    )
    samples = (
      await collectSamples(
        model,
        await readSampleEntries(`${repoRoot}/samples`),
      )
    ).map(({ sample }) => sample)
  })

  it('every operation: prettier (its defaults, as the published samples use) changes nothing', async () => {
    const unstable: string[] = []
    for (const sample of samples) {
      const { source } = javascript.render(sample)
      if ((await format(source, { parser: 'babel' })) !== `${source}\n`)
        unstable.push(sample.operation.path)
    }
    expect(unstable).toEqual([])
  })

  it('keys, quotes and breaks prettier would choose, on awkward values', async () => {
    const { operation, document } = samples[0]!
    const parameters = {
      quotes: 'say "hi"',
      wide: '😀 日本語 '.repeat(8),
      both: `it's "x"`,
      'odd key': 1e21,
      __proto__key: null,
      a_rather_long_property_name_here:
        'a string that will not fit on the line with its key',
      nested: {
        list: [
          { a: 1, b: 2 },
          { a: 3, b: 4 },
        ],
        short: [1, 2],
      },
    }
    const { request } = javascript.render({
      operation,
      document,
      parameters,
      response: undefined,
      responseBody: {},
    })
    expect(await format(request, { parser: 'babel' })).toBe(`${request}\n`)
  })
})
