import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { BuildCache, contentHash } from '../../scripts/cache.js'

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

const partsFolder = (): string => join(dir, 'parts')
const packs = async (): Promise<string[]> =>
  (await readdir(partsFolder())).filter((file) => file.endsWith('.pack'))
/** The keys of the parts stored, as the packs' indexes list them. */
async function storedParts(): Promise<string[]> {
  const keys: string[] = []
  for (const pack of await packs()) {
    const index = join(partsFolder(), pack.replace(/\.pack$/, '.json'))
    keys.push(...Object.keys(JSON.parse(await readFile(index, 'utf8'))))
  }
  return keys.sort()
}

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
    await run(['a', 'b'])
    const [pack] = await packs()
    const bytes = await readFile(join(partsFolder(), pack!))
    bytes[0] = 'V'.charCodeAt(0)
    await writeFile(join(partsFolder(), pack!), bytes)
    expect(await run(['a', 'b'])).toEqual({
      computed: ['a'],
      values: ['value:a', 'value:b'],
    })
  })

  it("gives a whole output's hash without reading its text, and reads (or remakes) it when asked", async () => {
    const text = 'page:a'.repeat(1000)
    const damaged = 'page:b'.repeat(1000)
    const first = await BuildCache.open(dir)
    await first.memoOutput(first.key('page', 'a'), () => text)
    await first.memoOutput(first.key('page', 'b'), () => damaged)
    await first.save()
    const [pack] = await packs()
    // Damage b's bytes (the second part) and truncate nothing: the index still lists both.
    const bytes = await readFile(join(partsFolder(), pack!))
    bytes[text.length] = 'P'.charCodeAt(0)
    await writeFile(join(partsFolder(), pack!), bytes)

    const cache = await BuildCache.open(dir)
    const made: string[] = []
    const stored = await Promise.all(
      [
        ['a', text],
        ['b', damaged],
      ].map(([name, value]) =>
        cache.memoOutput(cache.key('page', name!), () => {
          made.push(name!)
          return value!
        }),
      ),
    )
    expect(stored.map((s) => typeof s)).toEqual(['object', 'object'])
    const [a, b] = stored as Array<Exclude<(typeof stored)[number], string>>
    expect(a!.hash).toBe(contentHash(text))
    expect(b!.hash).toBe(contentHash(damaged))
    expect(made).toEqual([])
    expect(await a!.text()).toBe(text)
    expect(await b!.text()).toBe(damaged)
    expect(made).toEqual(['b'])
  })

  it('gives a stored piece as its bytes, and a new or damaged one as the text it computes', async () => {
    const first = await BuildCache.open(dir)
    expect(await first.memoBytes(first.key('piece', 'a'), () => 'Tür a')).toBe(
      'Tür a',
    )
    await first.memoBytes(first.key('piece', 'b'), () => 'Tür b')
    await first.save()
    const [pack] = await packs()
    const bytes = await readFile(join(partsFolder(), pack!))
    bytes[Buffer.byteLength('Tür a')] = 'X'.charCodeAt(0)
    await writeFile(join(partsFolder(), pack!), bytes)

    const cache = await BuildCache.open(dir)
    const a = await cache.memoBytes(cache.key('piece', 'a'), () => 'made')
    const b = await cache.memoBytes(cache.key('piece', 'b'), () => 'Tür b')
    expect(a).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(a as Uint8Array).toString('utf8')).toBe('Tür a')
    expect(b).toBe('Tür b')
  })

  it('treats the parts of a truncated pack as missing', async () => {
    await run(['a', 'b'])
    const [pack] = await packs()
    await writeFile(join(partsFolder(), pack!), 'value:')
    expect((await run(['a', 'b'])).computed).toEqual(['a', 'b'])
  })

  it('still reads its parts when the index is damaged', async () => {
    await run(['a'])
    await writeFile(join(dir, 'parts.json'), '[1, 2')
    expect((await run(['a'])).computed).toEqual([])
  })

  it('drops a part once four runs in a row have not used it', async () => {
    await run(['old'])
    for (let i = 0; i < 3; i++) await run(['new'])
    expect(await storedParts()).toHaveLength(2)
    await run(['new'])
    expect(await storedParts()).toHaveLength(1)
    expect((await run(['old'])).computed).toEqual(['old'])
  })

  it('keeps the parts of many runs in a few files, merging them past eight', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `part-${i}`)
    for (let i = 0; i < names.length; i++) {
      // Each run uses every part made so far, so that none is dropped.
      await run(names.slice(0, i + 1))
      expect((await packs()).length).toBeLessThanOrEqual(8)
    }
    expect(await storedParts()).toHaveLength(12)
    expect((await run(names)).computed).toEqual([])
  })

  it('reads no pack without an index, and removes one only once it is old', async () => {
    await run(['a'])
    const [pack] = await packs()
    const index = join(partsFolder(), pack!.replace(/\.pack$/, '.json'))
    await rm(index)
    expect((await run(['a'])).computed).toEqual(['a'])
    // The run above made a pack of its own; the one without an index may still be being written.
    expect(await packs()).toContain(pack)
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    await utimes(join(partsFolder(), pack!), longAgo, longAgo)
    await run(['a'])
    expect(await packs()).not.toContain(pack)
  })

  it("removes the parts of the store's earlier one-file-per-part layout, and nothing else", async () => {
    await mkdir(partsFolder(), { recursive: true })
    const single = 'a'.repeat(64)
    await writeFile(join(partsFolder(), single), 'old part')
    await writeFile(join(partsFolder(), 'notes.txt'), 'not the cache')
    await run(['a'])
    const files = await readdir(partsFolder())
    expect(files).not.toContain(single)
    expect(files).toContain('notes.txt')
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
