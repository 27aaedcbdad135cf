import { afterAll, beforeAll, expect, test } from 'vitest'

import { devicesList } from '../../generated/routes/devices.js'
import { createSeamClientFromApiKey } from '../../src/api-key-client.js'
import { SeamHttpInvalidOptionsError } from '../../src/errors.js'
import { type CountingFake, startCountingFake } from './fake.js'

let seam: CountingFake
beforeAll(async () => {
  seam = await startCountingFake()
})
afterAll(() => seam.stop())

test('an API key client sends the key as a bearer token and lists devices', async () => {
  const client = createSeamClientFromApiKey('seam_apikey1_token', {
    endpoint: `${seam.endpoint}/`,
  })
  expect(client.endpoint).toBe(seam.endpoint)
  const devices = await devicesList(client)
  expect(Array.isArray(devices)).toBe(true)
  expect(seam.received.at(-1)?.headers.authorization).toBe(
    'Bearer seam_apikey1_token',
  )
})

test('other tokens, bad endpoints and bad timeouts are refused before anything is sent', () => {
  for (const make of [
    () => createSeamClientFromApiKey('seam_cst1_x'),
    () => createSeamClientFromApiKey('not-a-key'),
    () => createSeamClientFromApiKey('seam_key', { endpoint: 'ftp://x' }),
    () => createSeamClientFromApiKey('seam_key', { timeout: -1 }),
  ])
    expect(make).toThrow(SeamHttpInvalidOptionsError)
})
