import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'

import { diffSpecs, type ChangeEntry } from '../../scripts/diff/spec-diff.js'
import { readSpecFile } from '../../scripts/spec/load.js'
import { loadPublishedSpec } from '../../scripts/spec/seam-types-package.js'
import { repoRoot } from '../helpers/run-script.js'
import {
  extractObject,
  inlineRefs,
  renameComponent,
  reorder,
  reorderOperation,
  splitIntoAllOf,
  type Spec,
} from './rewrites.js'

// A spec rewritten without changing what it means diffs as no change in any operation or
// resource schema. What a rewrite does change is the set of names in components.schemas,
// which the SDK exports as types (components['schemas'][name]): an extracted object is a new
// type and a renamed component a renamed type, and the changelog says so and nothing else.
const specs: Record<string, Spec> = {}

beforeAll(async () => {
  specs['openapi.json'] = (await readSpecFile(join(repoRoot, 'openapi.json')))
    .document as Spec
  // Installed once into a temp folder (see seamTypesCacheDir) and reused.
  specs['@seamapi/types 1.721.0'] = (await loadPublishedSpec('1.721.0')) as Spec
}, 300_000)

const rewriteArbitrary = fc.oneof(
  fc.record({ kind: fc.constant('inline' as const), operation: fc.nat() }),
  fc.record({
    kind: fc.constant('extract' as const),
    operation: fc.nat(),
    pick: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('split-into-allOf' as const),
    operation: fc.nat(),
    pick: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('reorder-operation' as const),
    operation: fc.nat(),
    by: fc.integer({ min: 1, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('reorder-component' as const),
    component: fc.nat(),
    by: fc.integer({ min: 1, max: 7 }),
  }),
  fc.record({ kind: fc.constant('rename' as const), component: fc.nat() }),
)

type Rewrite = typeof rewriteArbitrary extends fc.Arbitrary<infer T> ? T : never

/** Applies the rewrites to a copy of the spec; returns it with the name entries they call for. */
function rewrite(
  original: Spec,
  rewrites: Rewrite[],
): {
  spec: Spec
  expected: Array<Pick<ChangeEntry, 'rule' | 'name' | 'detail'>>
} {
  const spec = structuredClone(original)
  const paths = Object.keys(spec.paths).sort()
  const components = Object.keys(original.components.schemas).sort()
  const expected: Array<Pick<ChangeEntry, 'rule' | 'name' | 'detail'>> = []
  const renamed = new Map<string, string>()
  rewrites.forEach((step, index) => {
    if (step.kind === 'inline')
      inlineRefs(spec, paths[step.operation % paths.length]!)
    else if (step.kind === 'extract') {
      const name = extractObject(
        spec,
        paths[step.operation % paths.length]!,
        step.pick,
        `extracted_${index}`,
      )
      if (name !== undefined) expected.push({ rule: 'schema-added', name })
    } else if (step.kind === 'split-into-allOf')
      splitIntoAllOf(spec, paths[step.operation % paths.length]!, step.pick)
    else if (step.kind === 'reorder-operation')
      reorderOperation(spec, paths[step.operation % paths.length]!, step.by)
    else {
      const from = components[step.component % components.length]!
      const current = renamed.get(from) ?? from
      if (step.kind === 'reorder-component')
        reorder(spec.components.schemas[current], step.by)
      else if (!renamed.has(from)) {
        const to = `${from}_renamed`
        renameComponent(spec, from, to)
        renamed.set(from, to)
        expected.push({
          rule: 'schema-renamed',
          name: to,
          detail: `${from} -> ${to}`,
        })
      }
    }
  })
  return { spec, expected }
}

describe.each(['openapi.json', '@seamapi/types 1.721.0'])(
  '%s diffs as unchanged against rewritings of itself',
  (label) => {
    it('with $refs inlined, objects extracted into components or split into allOf, oneOf variants and keys reordered, components renamed', () => {
      fc.assert(
        fc.property(
          fc.array(rewriteArbitrary, { minLength: 1, maxLength: 6 }),
          (rewrites) => {
            const original = specs[label]!
            const { spec, expected } = rewrite(original, rewrites)
            const { entries } = diffSpecs(original, spec, {
              from: 'original',
              to: 'rewritten',
            })
            const names = (
              list: Array<Pick<ChangeEntry, 'rule' | 'name' | 'detail'>>,
            ) =>
              list
                .map(
                  ({ rule, name, detail }) =>
                    `${rule} ${name}${detail === undefined ? '' : `: ${detail}`}`,
                )
                .sort()
            expect(names(entries)).toEqual(names(expected))
          },
        ),
        // Each run diffs the whole spec once; a few runs per spec keep the suite fast.
        { numRuns: 5 },
      )
    }, 120_000)

    it('after inlining every $ref of 25 operations at once', () => {
      const original = specs[label]!
      const paths = Object.keys(original.paths).sort()
      const rewrites = paths
        .filter((_, index) => index % Math.floor(paths.length / 25) === 0)
        .slice(0, 25)
      const spec = structuredClone(original)
      for (const path of rewrites) inlineRefs(spec, path)
      expect(JSON.stringify(spec)).not.toBe(JSON.stringify(original))
      expect(
        diffSpecs(original, spec, { from: 'original', to: 'rewritten' })
          .entries,
      ).toEqual([])
    }, 60_000)
  },
)
