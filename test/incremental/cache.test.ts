import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { BuildCache } from '../../scripts/cache.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seam-cache-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** One run: opens the cache, asks for the given parts (computing missing ones as `value:NAME`), saves. */
async function run(
  names: string[],
): Promise<{ computed: string[]; values: string[] }> {
  const cache = await BuildCache.open(dir)
  const computed: string[] = []
  const values = await Promise.all(
    names.map((name) =>
      cache.memo(cache.key('test', name), () => {
        computed.push(name)
        return `value:${name}`
      }),
    ),
  )
  await cache.save()
  return { computed: computed.sort(), values }
}

const partFiles = async (): Promise<string[]> => readdir(join(dir, 'parts'))

describe('the build cache', () => {
  it('keeps a part between runs and computes it only once', async () => {
    expect(await run(['a', 'b'])).toEqual({
      computed: ['a', 'b'],
      values: ['value:a', 'value:b'],
    })
    expect(await run(['a', 'b', 'c'])).toEqual({
      computed: ['c'],
      values: ['value:a', 'value:b', 'value:c'],
    })
  })

  it('answers many parts asked for at once (more than it reads at a time)', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `part-${i}`)
    await run(names)
    const again = await run(names)
    expect(again.computed).toEqual([])
    expect(again.values).toEqual(names.map((name) => `value:${name}`))
  })

  it('treats a damaged part as missing, never as a value', async () => {
    await run(['a'])
    const [file] = await partFiles()
    await writeFile(join(dir, 'parts', file!), 'truncated')
    expect(await run(['a'])).toEqual({ computed: ['a'], values: ['value:a'] })
  })

  it('still reads its parts when the index is damaged', async () => {
    await run(['a'])
    await writeFile(join(dir, 'parts.json'), '[1, 2')
    expect((await run(['a'])).computed).toEqual([])
  })

  it('drops a part once four runs in a row have not used it', async () => {
    await run(['old'])
    for (let i = 0; i < 3; i++) await run(['new'])
    expect(await partFiles()).toHaveLength(2)
    await run(['new'])
    expect(await partFiles()).toHaveLength(1)
    expect((await run(['old'])).computed).toEqual(['old'])
  })

  it('without a folder, remembers nothing between runs and writes nothing', async () => {
    const cache = await BuildCache.open(undefined)
    await cache.memo(cache.key('test', 'a'), () => 'value')
    await cache.save()
    const next = await BuildCache.open(undefined)
    expect(await next.get(next.key('test', 'a'))).toBeUndefined()
    expect(await readdir(dir)).toEqual([])
  })
})
