// The lightest import (`seam-connect-sdk/client` with the standalone route functions) authenticates
// as SeamHttp does, against the fake Seam server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { devicesList } from '../../generated/routes/devices.js'
import {
  workspacesGet,
  workspacesList,
} from '../../generated/routes/workspaces.js'
import {
  createSeamClient,
  createSeamClientFromPublishableKey,
  createSeamClientWithoutWorkspace,
  SeamHttpInvalidTokenError,
  SeamHttpUnauthorizedError,
  SeamPaginator,
} from '../../src/standalone.js'
import { startFakeSeam, type FakeSeam } from '../helpers/fake-seam.js'

const workspaceId = 'seed_workspace_1'

describe('createSeamClient and the standalone route functions', () => {
  let fake: FakeSeam & { serverUrl: string }
  beforeAll(async () => {
    fake = await startFakeSeam()
  })
  afterAll(async () => {
    await fake.stopServer()
  })

  it('an API key, as a string or in options, reaches the seeded workspace', async () => {
    const client = createSeamClient({
      apiKey: 'seam_apikey1_token',
      endpoint: fake.serverUrl,
    })
    expect((await workspacesGet(client)).workspace_id).toBe(workspaceId)
    expect(await devicesList(client)).toHaveLength(5)
    expect(createSeamClient('seam_apikey1_token').authKind).toBe('apiKey')
  })

  it('a personal access token with a workspace id, in options', async () => {
    const client = createSeamClient({
      personalAccessToken: 'seam_at1_longtoken',
      workspaceId,
      endpoint: fake.serverUrl,
    })
    expect((await workspacesGet(client)).workspace_id).toBe(workspaceId)
  })

  it('a publishable key, exchanged for a client session token', async () => {
    const client = await createSeamClientFromPublishableKey(
      'seam_pk1_token',
      'user-123',
      { endpoint: fake.serverUrl },
    )
    expect(client.authKind).toBe('clientSessionToken')
    expect((await workspacesGet(client)).workspace_id).toBe(workspaceId)
  })

  it('without a workspace: a personal access token lists the workspaces', async () => {
    const client = createSeamClientWithoutWorkspace({
      personalAccessToken: 'seam_at1_longtoken',
      endpoint: fake.serverUrl,
    })
    const workspaces = await workspacesList(client)
    expect(workspaces.map((workspace) => workspace.workspace_id)).toContain(
      workspaceId,
    )
  })

  it('paginates a standalone list call', async () => {
    const client = createSeamClient({
      apiKey: 'seam_apikey1_token',
      endpoint: fake.serverUrl,
    })
    const devices = await new SeamPaginator(
      devicesList(client, { limit: 2 }),
    ).flattenToArray()
    expect(devices).toHaveLength(5)
  })

  it('rejects a misplaced token before any request, and maps API errors to the same classes', async () => {
    expect(() => createSeamClient('seam_cst1_token')).toThrow(
      SeamHttpInvalidTokenError,
    )
    const client = createSeamClient({
      apiKey: 'seam_apikey9_unknown',
      endpoint: fake.serverUrl,
    })
    await expect(devicesList(client)).rejects.toBeInstanceOf(
      SeamHttpUnauthorizedError,
    )
  })
})
