import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SeamHttp } from '../../src/index.js'
import { startFakeSeam, type FakeSeam } from '../helpers/fake-seam.js'

describe('the generated SDK against the fake Seam server', () => {
  let fake: FakeSeam & { serverUrl: string }
  beforeAll(async () => {
    fake = await startFakeSeam()
  })
  afterAll(async () => {
    await fake.stopServer()
  })

  it('seam.devices.list() returns the seeded devices', async () => {
    const seam = SeamHttp.fromApiKey('seam_apikey1_token', {
      endpoint: fake.serverUrl,
    })
    const devices = await seam.devices.list()
    const seeded = fake.database.devices.filter(
      (d) => d.workspace_id === 'seed_workspace_1',
    )
    expect(devices).toHaveLength(5)
    expect(devices.map((d) => d.device_id).sort()).toEqual(
      seeded.map((d) => d.device_id).sort(),
    )
  })
})
