import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { SeamHttp, SeamHttpWithoutWorkspace } from '../../src/index.js'
import { walkMethods } from '../helpers/walk-client.js'

interface SpecOperation {
  'x-undocumented'?: unknown
  'x-draft'?: unknown
}
const spec = JSON.parse(
  readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<string, { post: SpecOperation }>
}
const specPaths = Object.keys(spec.paths).sort()
const isHidden = (path: string): boolean => {
  const post = spec.paths[path]!.post
  return post['x-undocumented'] !== undefined || post['x-draft'] !== undefined
}

/** Calls every method without awaiting it: requests are lazy, so nothing is sent. */
function pathsByMethod(client: object): Map<string, string> {
  const result = new Map<string, string>()
  for (const [name, method] of walkMethods(client)) {
    const request = method({}) as { operation: { path: string } }
    result.set(name, request.operation.path)
  }
  return result
}

const endpoint = 'http://127.0.0.1:9'

describe('every path of openapi.json is a method of the generated clients', () => {
  const withWorkspace = new SeamHttp({
    apiKey: 'seam_apikey_test',
    endpoint,
    isUndocumentedApiEnabled: true,
  })
  const withoutWorkspace = SeamHttpWithoutWorkspace.fromPersonalAccessToken(
    'seam_at_test',
    {
      endpoint,
      isUndocumentedApiEnabled: true,
    },
  )
  const methods = pathsByMethod(withWorkspace)
  const workspacelessMethods = pathsByMethod(withoutWorkspace)

  it('SeamHttp and SeamHttpWithoutWorkspace reach exactly the spec paths, both ways', () => {
    const reached = new Set([
      ...methods.values(),
      ...workspacelessMethods.values(),
    ])
    expect([...reached].sort()).toEqual(specPaths)
    expect(specPaths.length).toBeGreaterThan(0)
  })

  it('no two methods call the same path', () => {
    expect(new Set(methods.values()).size).toBe(methods.size)
  })

  it('method names are the camel-cased path segments', () => {
    expect(methods.get('actionAttempts.get')).toBe('/action_attempts/get')
    expect(methods.get('acs.users.create')).toBe('/acs/users/create')
    expect(methods.get('locks.unlockDoor')).toBe('/locks/unlock_door')
  })

  it('SeamHttpWithoutWorkspace exposes only the operations that need no workspace', () => {
    expect(workspacelessMethods.get('workspaces.list')).toBe('/workspaces/list')
    expect(workspacelessMethods.get('workspaces.create')).toBe(
      '/workspaces/create',
    )
    expect(workspacelessMethods.has('devices.list')).toBe(false)
  })

  it('the undocumented paths need isUndocumentedApiEnabled; the others do not', () => {
    const client = new SeamHttp({ apiKey: 'seam_apikey_test', endpoint })
    const hidden = specPaths.filter(isHidden)
    const undocumented = specPaths.filter(
      (p) => spec.paths[p]!.post['x-undocumented'] !== undefined,
    )
    // Both kinds are in the spec, so both branches below are taken.
    expect(undocumented.length).toBeGreaterThan(0)
    expect(undocumented.length).toBeLessThan(specPaths.length)
    let callable = 0
    for (const [name, method] of walkMethods(client)) {
      const path = methods.get(name)!
      if (hidden.includes(path)) {
        expect(() => method({}), name).toThrow(/isUndocumentedApiEnabled/)
      } else {
        expect(() => method({}), name).not.toThrow()
        callable++
      }
    }
    expect(hidden).toEqual(expect.arrayContaining(undocumented))
    expect(callable).toBe(specPaths.length - hidden.length)
  })
})
