import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SeamHttp, SeamHttpRequest } from '../../src/index.js'
import { type LocalServer, startLocalServer } from './local-server.js'

const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  name: string
  version: string
}

let local: LocalServer
let seam: SeamHttp
beforeAll(async () => {
  local = await startLocalServer((request, reply) =>
    reply.json(200, {
      devices: [],
      resource_locator: { uuid: 'u-1' },
      echo: request.body,
      ok: true,
    }),
  )
  seam = SeamHttp.fromApiKey('seam_apikey1_token', {
    endpoint: local.endpoint,
    isUndocumentedApiEnabled: true,
  })
})
afterAll(async () => {
  await local.close()
})

describe('what a request sends', { timeout: 10_000 }, () => {
  it('a POST of the parameters as JSON, undefined properties dropped, with the SDK named in two headers', async () => {
    await seam.devices.list({
      limit: 2,
      device_type: undefined,
      manufacturer: 'august',
    })
    const sent = local.received.at(-1)
    expect(sent?.url).toBe('/devices/list')
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      limit: 2,
      manufacturer: 'august',
    })
    expect(sent?.headers).toMatchObject({
      'content-type': 'application/json',
      'seam-sdk-name': packageJson.name,
      'seam-sdk-version': packageJson.version,
    })
  })

  it('no parameters: an empty JSON object', async () => {
    await seam.devices.list()
    expect(local.received.at(-1)?.body).toBe('{}')
  })

  it('parameters the spec puts in the query string go there, the rest in the body', async () => {
    expect(
      await seam.seam.console.v1.getResourceLocator({ uuid: 'u-1' }),
    ).toEqual({ uuid: 'u-1' })
    const sent = local.received.at(-1)
    expect(sent?.url).toBe('/seam/console/v1/get_resource_locator?uuid=u-1')
    expect(sent?.body).toBe('{}')
  })

  it('what a request shows before it is sent is what it then sends', async () => {
    const request = seam.seam.console.v1.getResourceLocator({ uuid: 'u 1' })
    expect(request.method).toBe('POST')
    expect(request.pathname).toBe('/seam/console/v1/get_resource_locator')
    expect(request.params).toEqual({ uuid: 'u 1' })
    expect(request.body).toEqual({})
    expect(request.url.href).toBe(
      `${local.endpoint}/seam/console/v1/get_resource_locator?uuid=u%201`,
    )
    await request
    expect(`${local.endpoint}${local.received.at(-1)?.url}`).toBe(
      request.url.href,
    )
  })
})

describe('requests are lazy and sent at most once', { timeout: 10_000 }, () => {
  it('a request not awaited sends nothing; awaiting it twice sends it once', async () => {
    const before = local.received.length
    const request = seam.devices.list({ limit: 1 })
    expect(request).toBeInstanceOf(SeamHttpRequest)
    expect(local.received.length).toBe(before)
    expect(await request).toEqual([])
    expect(await request).toEqual([])
    expect(await request.fetchResponse()).toMatchObject({
      devices: [],
      ok: true,
    })
    expect(local.received.length).toBe(before + 1)
  })
})
