import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { BuildCache } from '../../scripts/cache.js'
import { emitTypes } from '../../scripts/emit/types.js'
import { Formatter } from '../../scripts/format.js'
import { checkSpec, readSpecFile } from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { repoRoot } from '../helpers/run-script.js'

describe('types of one path, re-made from a document reduced to the components it reaches', () => {
  // Checked for all 316 paths of openapi.json and the 261 of @seamapi/types 1.721.0 once (22 s
  // and 13 s); here every 8th path of openapi.json, to keep the suite fast.
  it('are exactly the types that path has in the translation of the whole spec', async () => {
    const model = buildModel(
      checkSpec((await readSpecFile(join(repoRoot, 'openapi.json'))).document),
    )
    const cache = await BuildCache.open(undefined)
    const formatter = Formatter.create(
      join(repoRoot, '.prettierrc.json'),
      cache,
    )
    // The cache is asked for the frame, then for each path's part in order: hiding one part's key
    // makes the emitter re-type that path alone.
    const requested: string[] = []
    let hidden: string | undefined
    const get = cache.get.bind(cache)
    cache.get = async (key) => {
      requested.push(key)
      return key === hidden ? undefined : get(key)
    }
    const whole = (
      await emitTypes(model, {
        samples: [],
        runtimeImport: '../src/runtime.js',
        cache,
        formatter,
      })
    ).get('types.ts')
    const partKeys = requested.slice(
      1,
      1 + Object.keys(model.document.paths).length,
    )
    expect(partKeys).toHaveLength(Object.keys(model.document.paths).length)
    for (const key of partKeys.filter((_, i) => i % 8 === 0)) {
      hidden = key
      expect(
        (
          await emitTypes(model, {
            samples: [],
            runtimeImport: '../src/runtime.js',
            cache,
            formatter,
          })
        ).get('types.ts'),
      ).toBe(whole)
    }
  }, 300_000)
})
