import { createHmac } from 'node:crypto'
import type { IncomingHttpHeaders, Server } from 'node:http'

import { startFakeSeam, type FakeSeam } from '../helpers/fake-seam.js'

export interface ReceivedRequest {
  path: string
  headers: IncomingHttpHeaders
}

/** A seeded fake Seam server on a loopback port that records every request it receives. */
export interface CountingFake {
  fake: FakeSeam
  server: Server
  endpoint: string
  /** In order of arrival. */
  received: ReceivedRequest[]
  stop: () => Promise<void>
}

export async function startCountingFake(): Promise<CountingFake> {
  const fake = await startFakeSeam()
  const received: ReceivedRequest[] = []
  fake.httpServer.on(
    'request',
    ({ url, headers }: { url?: string; headers: IncomingHttpHeaders }) =>
      received.push({ path: url ?? '', headers }),
  )
  return {
    fake,
    server: fake.httpServer,
    endpoint: fake.serverUrl,
    received,
    stop: () => fake.stopServer(),
  }
}

/** A console session token as the fake accepts it: an HS256 JWT signed with `secret` for the seeded user. */
export function consoleSessionToken(): string {
  const part = (value: object): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url')
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ user_id: 'john_user_id', key: 'john_user_key' })}`
  return `${unsigned}.${createHmac('sha256', 'secret').update(unsigned).digest('base64url')}`
}
