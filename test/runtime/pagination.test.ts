import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SeamHttp, SeamHttpInvalidOptionsError } from '../../src/index.js'
import { type CountingFake, startCountingFake } from './fake.js'
import { failureOf } from './failure.js'

let seam: CountingFake
let client: SeamHttp
const created: string[] = []

// The second seeded workspace starts empty: fill it with more devices than one page holds.
beforeAll(async () => {
  seam = await startCountingFake()
  client = SeamHttp.fromApiKey('seam_apikey2_token', {
    endpoint: seam.endpoint,
  })
  for (let i = 0; i < 12; i++) {
    const device = seam.fake.database.addDevice({
      workspace_id: 'seed_workspace_2',
      device_type: 'august_lock',
      name: `Door ${i}`,
      created_at: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
    })
    created.push(device.device_id)
  }
})
afterAll(async () => {
  await seam.stop()
})

const listCalls = (): number =>
  seam.received.filter((r) => r.path === '/devices/list').length
const ids = (devices: ReadonlyArray<{ device_id: string }>): string[] =>
  devices.map((d) => d.device_id)

describe(
  'createPaginator over devices.list with 12 devices and pages of 5',
  { timeout: 10_000 },
  () => {
    it('is lazy: creating the request and the paginator sends nothing', () => {
      const before = seam.received.length
      client.createPaginator(client.devices.list({ limit: 5 }))
      expect(seam.received.length).toBe(before)
    })

    it('firstPage and nextPage walk the pages with their cursors', async () => {
      const pages = client.createPaginator(client.devices.list({ limit: 5 }))
      const [first, { hasNextPage, nextPageCursor }] = await pages.firstPage()
      expect(ids(first)).toEqual(created.slice(0, 5))
      expect(hasNextPage).toBe(true)
      const [second, secondPagination] = await pages.nextPage(nextPageCursor!)
      expect(ids(second)).toEqual(created.slice(5, 10))
      const [third, last] = await pages.nextPage(
        secondPagination.nextPageCursor!,
      )
      expect(ids(third)).toEqual(created.slice(10))
      expect(last).toMatchObject({ hasNextPage: false, nextPageCursor: null })
    })

    it('flattenToArray yields every item exactly once, in order, one request per page', async () => {
      const before = listCalls()
      const all = await client
        .createPaginator(client.devices.list({ limit: 5 }))
        .flattenToArray()
      expect(ids(all)).toEqual(created)
      expect(listCalls() - before).toBe(3)
    })

    it('flatten iterates every item exactly once, in order', async () => {
      const seen: string[] = []
      for await (const device of client
        .createPaginator(client.devices.list({ limit: 5 }))
        .flatten())
        seen.push(device.device_id)
      expect(seen).toEqual(created)
    })

    it('for await over the paginator gives the pages', async () => {
      const sizes: number[] = []
      for await (const page of client.createPaginator(
        client.devices.list({ limit: 5 }),
      ))
        sizes.push(page.length)
      expect(sizes).toEqual([5, 5, 2])
    })

    it('a list whose response has no pagination is refused with a clear error', async () => {
      const unpaginated = client.devices.listDeviceProviders() as never
      const error = await failureOf(async () =>
        client.createPaginator(unpaginated).firstPage(),
      )
      expect(error).toBeInstanceOf(SeamHttpInvalidOptionsError)
      expect(error.message).toMatch(
        /The \/devices\/list_device_providers endpoint does not support pagination/,
      )
    })
  },
)
