// A path whose operation's summary or description alone changed gets its types from the kept part
// with the JSDoc made anew (scripts/emit/types.ts), without openapi-typescript: the result is what
// openapi-typescript makes of that path, for any prose.
import { join } from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { BuildCache } from '../../scripts/cache.js'
import { emitTypes } from '../../scripts/emit/types.js'
import { Formatter } from '../../scripts/format.js'
import {
  checkSpec,
  readSpecFile,
  type JsonObject,
} from '../../scripts/spec/load.js'
import { buildModel, type ApiModel } from '../../scripts/spec/model.js'
import { repoRoot } from '../helpers/run-script.js'

const prose = fc.option(
  fc.oneof(
    fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        ' ',
        '\n',
        '\r\n',
        '*',
        '/',
        '`',
        'é',
        '中',
      ),
      maxLength: 40,
    }),
    fc.constantFrom('', ' ', '*/', 'one\n\ntwo', '  padded  ', '@deprecated'),
  ),
  { nil: undefined },
)

describe('types of a path whose prose alone changed', () => {
  it('are what openapi-typescript makes of it, and openapi-typescript is not asked', async () => {
    const model = buildModel(
      checkSpec((await readSpecFile(join(repoRoot, 'openapi.json'))).document),
    )
    const cache = await BuildCache.open(undefined)
    const formatter = Formatter.create(
      join(repoRoot, '.prettierrc.json'),
      cache,
    )
    // The cache is asked for the frame, then for each path's part in order; hiding a part's key
    // makes the emitter type that path through openapi-typescript, which then keeps a new part.
    const requested: string[] = []
    const written: string[] = []
    let hidden: string | undefined
    const get = cache.get.bind(cache)
    cache.get = async (key) => {
      requested.push(key)
      return key === hidden ? undefined : get(key)
    }
    const set = cache.set.bind(cache)
    cache.set = (key, value) => {
      written.push(key)
      set(key, value)
    }
    const typesOf = async (of: ApiModel) =>
      (
        await emitTypes(of, {
          samples: [],
          runtimeImport: '../src/runtime.js',
          cache,
          formatter,
        })
      ).get('types.ts')
    await typesOf(model)
    const paths = Object.keys(model.document.paths)
    const partKey = (path: string) => requested[1 + paths.indexOf(path)]!
    const withPost = (path: string, post: JsonObject): ApiModel => ({
      ...model,
      document: {
        ...model.document,
        paths: {
          ...model.document.paths,
          [path]: { ...(model.document.paths[path] as JsonObject), post },
        },
      },
    })

    // An edited description, as the benchmark makes one.
    const list = model.document.paths['/devices/list'] as JsonObject
    const listPost = list.post as JsonObject
    written.length = 0
    const edited = await typesOf(
      withPost('/devices/list', {
        ...listPost,
        description: `${String(listPost.description)} (edited)`,
      }),
    )
    expect(written).toEqual([])
    expect(edited).toContain(
      '(https://docs.seam.co/core-concepts/devices). (edited)\n',
    )

    let shortcuts = 0

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths.filter((_, i) => i % 16 === 0)),
        prose,
        prose,
        async (path, summary, description) => {
          const item = model.document.paths[path] as JsonObject
          const post = { ...(item.post as JsonObject) }
          delete post.summary
          delete post.description
          if (summary !== undefined) post.summary = summary
          if (description !== undefined) post.description = description
          const changed = withPost(path, post)
          written.length = 0
          const shortcut = await typesOf(changed)
          if (!written.includes(partKey(path))) shortcuts++
          hidden = partKey(path)
          const expected = await typesOf(changed)
          hidden = undefined
          expect(shortcut).toBe(expected)
        },
      ),
      { numRuns: 40 },
    )
    // A JSDoc missing before or after leaves nothing to replace, and the path is typed anew.
    expect(shortcuts).toBeGreaterThan(10)
  }, 300_000)
})
