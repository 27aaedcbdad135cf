import { createFake } from '@seamapi/fake-seam-connect'

export type FakeSeam = Awaited<ReturnType<typeof createFake>>

/** A seeded fake Seam Connect server listening on a loopback port. */
export async function startFakeSeam(): Promise<FakeSeam & { serverUrl: string }> {
  const fake = await createFake()
  await fake.seed()
  await fake.startServer()
  if (fake.serverUrl == null) throw new Error('the fake Seam server did not report its URL')
  return fake as FakeSeam & { serverUrl: string }
}
