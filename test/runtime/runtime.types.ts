// Type-level tests of the runtime's public surface: compiled by tsc with the whole project
// (test/spine/typecheck.test.ts), never run. Each @ts-expect-error fails the compile if its error goes away.
import type { components } from '../../generated/types.js'
import {
  SeamHttp,
  type SeamHttpRequest,
  SeamHttpWithoutWorkspace,
  type SeamPaginator,
  type Pagination,
} from '../../src/index.js'

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? true
    : false
const assertType = <T extends true>(): T => true as T
type Device = components['schemas']['device']

export async function checks(): Promise<void> {
  // The static factories return the subclass, so the generated namespaces are there.
  const fromKey = SeamHttp.fromApiKey('seam_x')
  assertType<Equal<typeof fromKey, SeamHttp>>()
  const fromSession = SeamHttp.fromClientSessionToken('seam_cst_x')
  assertType<Equal<typeof fromSession, SeamHttp>>()
  const fromPublishable = await SeamHttp.fromPublishableKey('seam_pk_x', 'user')
  assertType<Equal<typeof fromPublishable, SeamHttp>>()
  const fromPat = SeamHttp.fromPersonalAccessToken('seam_at_x', 'workspace')
  assertType<Equal<typeof fromPat, SeamHttp>>()
  const fromConsole = SeamHttp.fromConsoleSessionToken('ey_x', 'workspace')
  assertType<Equal<typeof fromConsole, SeamHttp>>()
  const withoutWorkspace =
    SeamHttpWithoutWorkspace.fromPersonalAccessToken('seam_at_x')
  assertType<Equal<typeof withoutWorkspace, SeamHttpWithoutWorkspace>>()
  // @ts-expect-error: a personal access token for one workspace needs the workspace id
  SeamHttp.fromPersonalAccessToken('seam_at_x')
  // @ts-expect-error: SeamHttpWithoutWorkspace has no API key factory
  SeamHttpWithoutWorkspace.fromApiKey('seam_x')

  // Pagination: the item type comes from the list operation.
  const seam = new SeamHttp('seam_x')
  const pages = seam.createPaginator(seam.devices.list({ limit: 20 }))
  assertType<
    Equal<
      typeof pages,
      SeamPaginator<
        NonNullable<Parameters<typeof seam.devices.list>[0]>,
        Device
      >
    >
  >()
  const [devices, pagination] = await pages.firstPage()
  assertType<Equal<typeof devices, Device[]>>()
  assertType<Equal<typeof pagination, Pagination>>()
  for await (const device of pages.flatten())
    assertType<Equal<typeof device, Device>>()
  assertType<
    Equal<Awaited<ReturnType<typeof pages.flattenToArray>>, Device[]>
  >()
  // @ts-expect-error: a `get` returns one item, not a list
  seam.createPaginator(seam.devices.get({ device_id: 'x' }))
  // @ts-expect-error: list_device_providers takes no page_cursor: it cannot be paginated
  seam.createPaginator(seam.devices.listDeviceProviders())

  // Per-call options.
  const request = seam.locks.unlockDoor(
    { device_id: 'x' },
    { waitForActionAttempt: { timeout: 5_000, pollingInterval: 500 } },
  )
  assertType<
    Equal<
      typeof request,
      SeamHttpRequest<
        { device_id: string; sync?: boolean },
        components['schemas']['action_attempt']
      >
    >
  >()
  // @ts-expect-error: waitForActionAttempt takes a boolean or { timeout, pollingInterval }
  seam.locks.unlockDoor({ device_id: 'x' }, { waitForActionAttempt: 'yes' })
  // @ts-expect-error: signal must be an AbortSignal
  seam.devices.list({}, { signal: 5 })
}
