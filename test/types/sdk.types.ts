// Type-level tests: compiled by tsc in test/spine/typecheck.test.ts, never run.
// Each @ts-expect-error fails the compile if the error it expects went away.
import type { components } from '../../generated/types.js'
import {
  type SeamHttp,
  SeamHttpDevices,
  SeamHttpLocks,
} from '../../src/index.js'

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? true
    : false
const assertType = <T extends true>(): T => true as T

export async function checks(seam: SeamHttp): Promise<void> {
  const device = await seam.devices.get({
    device_id: '0d3f1c9e-2d6e-4a1b-9a57-3f0e0c6b8a11',
  })
  assertType<Equal<typeof device, components['schemas']['device']>>()
  // @ts-expect-error: the device is not `any`, so a made-up property does not exist
  device.no_such_property

  const devices = await seam.devices.list({ limit: 10 })
  assertType<Equal<typeof devices, Array<components['schemas']['device']>>>()

  const attempt = await seam.locks.unlockDoor({ device_id: 'x' })
  assertType<Equal<typeof attempt, components['schemas']['action_attempt']>>()

  const nothing = await seam.devices.update({
    device_id: 'x',
    name: 'Front door',
  })
  assertType<Equal<typeof nothing, void>>()

  // @ts-expect-error: misspelled parameter
  await seam.devices.get({ device_idd: 'x' })
  // @ts-expect-error: wrong type for a parameter
  await seam.devices.list({ limit: 'ten' })
  // @ts-expect-error: a required parameter is missing
  await seam.locks.unlockDoor({})
  // @ts-expect-error: the argument is required when a parameter is
  await seam.actionAttempts.get()
  // @ts-expect-error: no such method
  await seam.devices.unlock({ device_id: 'x' })
  // @ts-expect-error: no such namespace
  await seam.doors.list()

  // A namespace class is a client of its own, as in @seamapi/http.
  const alone = SeamHttpDevices.fromApiKey('seam_apikey1_token')
  assertType<Equal<typeof alone, SeamHttpDevices>>()
  const request = alone.list({ limit: 10 })
  assertType<Equal<typeof request.url, URL>>()
  const pages = alone.createPaginator(request.withPageCursor('c2'))
  assertType<
    Equal<
      Awaited<ReturnType<typeof pages.flattenToArray>>,
      Array<components['schemas']['device']>
    >
  >()
  const locks = SeamHttpLocks.fromClient(seam.client)
  assertType<Equal<typeof locks, SeamHttpLocks>>()
  // @ts-expect-error: a namespace class takes the same options as SeamHttp
  new SeamHttpDevices({ apiKey: 1 })
}
