import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { sampleOf } from '../../scripts/samples/collection.js'
import { renderers } from '../../scripts/samples/renderers.js'
import { checkSpec } from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { specArbitrary } from '../helpers/spec-arbitrary.js'
// Syntax only: the JavaScript type-check runs against this repo's SDK, not a random spec's.
import { parsersById, snippetsOf } from '../samples/languages.js'
import type { Snippet } from '../samples/parsers.js'

const specCount = 40

// The parsers run once per language over every sample of every spec (one process each), so
// the specs are drawn up front from a fixed seed rather than checked one by one by fc.assert;
// a failure names the spec, kept on disk for replay.
describe('property: every sample of any valid spec parses in its language', () => {
  const specs = fc.sample(specArbitrary, { numRuns: specCount, seed: 4_2026 })

  it.concurrent.each(
    renderers.map((renderer) => [renderer.id, renderer] as const),
  )(
    '%s',
    async (id, renderer) => {
      const snippets: Snippet[] = specs.flatMap((spec, index) => {
        const model = buildModel(checkSpec(structuredClone(spec)))
        return model.operations
          .map((operation) => sampleOf(model.document, operation, undefined))
          .flatMap((sample) => {
            const name = `spec ${index} ${sample.operation.path}`
            return snippetsOf(id, name, sample, renderer.render(sample))
              .snippets
          })
      })
      expect(snippets.length).toBeGreaterThanOrEqual(specCount)
      const failures = await parsersById[id]!(snippets)
      if (failures.length > 0) {
        const dir = await mkdtemp(join(tmpdir(), 'seam-property-samples-'))
        const index = Number(/^spec (\d+)/.exec(failures[0]!.name)?.[1])
        await writeFile(
          join(dir, 'openapi.json'),
          JSON.stringify(specs[index], null, 2),
        )
        expect(
          failures,
          `first failing spec kept at ${dir}/openapi.json`,
        ).toEqual([])
      }
    },
    120_000,
  )
})
