// The emitters print their modules in prettier's layout themselves (scripts/emit/code-layout.ts)
// and the format stage passes them by: this holds prettier to a no-op over what they print, for
// the real spec's output and for random specs, so the layout cannot drift from prettier's.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import fc from 'fast-check'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'

import { BuildCache } from '../../scripts/cache.js'
import { emitClients } from '../../scripts/emit/clients.js'
import { emitEndpoints } from '../../scripts/emit/endpoints.js'
import { emitResources } from '../../scripts/emit/resources.js'
import {
  emitRoutes,
  emitWorkspacelessRoutes,
} from '../../scripts/emit/routes.js'
import { Formatter } from '../../scripts/format.js'
import { checkSpec } from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { texts } from '../helpers/emitted.js'
import { specArbitrary } from '../helpers/spec-arbitrary.js'
import { postOperation } from '../samples/spec-builders.js'
import { repoRoot } from '../helpers/run-script.js'

/** A random spec with a resource schema of any name length and description, which resources.ts names as a type. */
const withResource = fc
  .tuple(
    specArbitrary,
    fc.stringMatching(/^[a-z][a-z_]{0,80}$/),
    fc.option(
      fc.string({
        unit: fc.oneof(
          fc.constantFrom(' ', '\n', '\t', '*', '/', '@'),
          fc.constantFrom('a', 'é', '\r', '\\', '}'),
        ),
        maxLength: 200,
      }),
    ),
  )
  .map(([spec, name, description]) => ({
    ...spec,
    components: {
      schemas: {
        ...spec.components.schemas,
        [`resource_${name}`]: {
          type: 'object',
          'x-route-path': '/things',
          ...(description === null ? {} : { description }),
        },
      },
    },
  }))

/**
 * A random spec with one more operation under a long namespace (names that push every line of its
 * route module past the print width) whose parameters are partly in the query string.
 */
const withLongQueryOperation = fc
  .tuple(
    withResource,
    fc.stringMatching(/^[a-z]{10,70}$/),
    fc.constantFrom('get', 'list_things_for_a_very_long_method_name'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([spec, namespace, method, required, withBody]) => ({
    ...spec,
    paths: {
      ...spec.paths,
      [`/long_${namespace}/${method}`]: {
        get: {},
        ...postOperation(
          withBody
            ? { type: 'object', properties: { a: { type: 'string' } } }
            : undefined,
          {
            key: 'action_attempt',
            properties: { action_attempt: { type: 'object' } },
          },
          {
            parameters: [
              {
                name: 'limit',
                in: 'query',
                required,
                schema: { type: 'integer' },
              },
            ],
          },
        ),
      },
    },
  }))

const configFile = join(repoRoot, '.prettierrc.json')
const config = { ...(await resolveConfig(configFile)), parser: 'typescript' }

describe("generated TypeScript is in prettier's layout", () => {
  it('every generated .ts file but the types (test/incremental/types-layout.test.ts holds those)', async () => {
    const generated = join(repoRoot, 'generated')
    const files = (await readdir(generated, { recursive: true })).filter(
      (file) => file.endsWith('.ts') && file !== 'types.ts',
    )
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const text = await readFile(join(generated, file), 'utf8')
      expect(await format(text, config), file).toBe(text)
    }
  })

  it('the modules the emitters print for random specs', async () => {
    const cache = await BuildCache.open(undefined)
    const formatter = Formatter.create(configFile, cache)
    await fc.assert(
      fc.asyncProperty(withLongQueryOperation, async (spec) => {
        const model = buildModel(checkSpec(spec))
        const emitted = [
          ...texts(
            await emitRoutes(model, {
              runtimeImport: '../src/runtime.js',
              formatter,
              cache,
              samples: [],
            }),
          ),
          ...emitWorkspacelessRoutes(model, {
            runtimeImport: '../src/runtime.js',
            formatter,
          }),
          ...emitClients(model, {
            runtimeImport: '../src/runtime.js',
            formatter,
          }),
          ...emitResources(model, { formatter }),
          ...emitEndpoints(model, {
            runtimeImport: '../src/runtime.js',
            formatter,
          }),
        ]
        expect(emitted.find(([file]) => file === 'resources.ts')?.[1]).toMatch(
          /export type Resource/,
        )
        for (const [file, text] of emitted)
          expect(await format(text, config), file).toBe(text)
      }),
      { numRuns: 200 },
    )
  })
})
