import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SeamHttp } from '../../src/index.js'
import { type CountingFake, startCountingFake } from './fake.js'

let seam: CountingFake
beforeAll(async () => {
  seam = await startCountingFake()
})
afterAll(async () => {
  await seam.stop()
})

describe('load', { timeout: 30_000 }, () => {
  it('200 concurrent calls through one client all succeed, each with the answer to its own request', async () => {
    const client = SeamHttp.fromApiKey('seam_apikey1_token', {
      endpoint: seam.endpoint,
    })
    const deviceIds = seam.fake.database.devices
      .filter((d) => d.workspace_id === 'seed_workspace_1')
      .map((d) => d.device_id)
    expect(deviceIds).toHaveLength(5)
    const before = seam.received.length
    const started = performance.now()
    // Two operations, five devices: a response handed to the wrong caller would show as a mismatch.
    const calls = Array.from({ length: 200 }, async (_, i) => {
      const deviceId = deviceIds[i % deviceIds.length]!
      if (i % 2 === 0)
        return [
          deviceId,
          (await client.devices.get({ device_id: deviceId })).device_id,
        ]
      const listed = await client.devices.list({ device_ids: [deviceId] })
      return [deviceId, listed.map((d) => d.device_id).join(',')]
    })
    const results = await Promise.all(calls)
    const elapsed = performance.now() - started
    for (const [asked, answered] of results) expect(answered).toBe(asked)
    expect(seam.received.length - before).toBe(200)
    console.log(
      `load: 200 concurrent calls in ${elapsed.toFixed(0)} ms (${((200 / elapsed) * 1000).toFixed(0)} calls/s)`,
    )
  })
})
