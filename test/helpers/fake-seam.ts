import type { Server } from 'node:http'

import { createFake } from '@seamapi/fake-seam-connect'

export type FakeSeam = Awaited<ReturnType<typeof createFake>>

/** A seeded fake Seam Connect server listening on a loopback port, with its node:http server. */
export async function startFakeSeam(): Promise<
  FakeSeam & { serverUrl: string; httpServer: Server }
> {
  const fake = await createFake()
  await fake.seed()
  const { server: httpServer } = await fake.startServer()
  if (fake.serverUrl == null)
    throw new Error('the fake Seam server did not report its URL')
  return Object.assign(fake as FakeSeam & { serverUrl: string }, { httpServer })
}
