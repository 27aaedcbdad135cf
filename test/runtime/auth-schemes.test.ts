import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import {
  authSchemes,
  headerSchemesOfRows,
  schemesOutsideTheSdk,
  specSchemes,
  tokenKind,
  tokenKinds,
  workspaceHeader,
} from '../../src/auth-schemes.js'

interface SecurityScheme {
  type: string
  scheme?: string
  in?: string
  name?: string
}

const spec = JSON.parse(
  readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
) as { components: { securitySchemes: Record<string, SecurityScheme> } }
const specSecuritySchemes = spec.components.securitySchemes

const rows = tokenKinds.flatMap((kind) => {
  const names = specSchemes[kind]
  return [
    ...names.withWorkspace.map((name) => [kind, name, 'with'] as const),
    ...names.withoutWorkspace.map((name) => [kind, name, 'without'] as const),
  ]
})

describe('the table of auth schemes (src/auth-schemes.ts) against the spec', () => {
  it('accounts for every security scheme of the spec exactly once', () => {
    const accounted = [
      ...rows.map(([, name]) => name),
      ...schemesOutsideTheSdk,
      ...Object.keys(headerSchemesOfRows),
    ]
    expect([...accounted].sort()).toEqual(
      Object.keys(specSecuritySchemes).sort(),
    )
  })

  it.each(rows)(
    '%s carries its token as the spec scheme %s says',
    (kind, name) => {
      const scheme = specSecuritySchemes[name]!
      const { sentAs } = authSchemes[kind]
      if (sentAs === 'bearer')
        expect(scheme).toMatchObject({ type: 'http', scheme: 'bearer' })
      else
        expect(scheme).toMatchObject({
          type: 'apiKey',
          in: 'header',
          name: sentAs,
        })
    },
  )

  it.each(Object.entries(headerSchemesOfRows))(
    'the spec header scheme %s is the header %s',
    (name, header) => {
      expect(specSecuritySchemes[name]).toMatchObject({
        type: 'apiKey',
        in: 'header',
        name: header,
      })
    },
  )

  it('names the workspace in the header the spec says, for exactly the schemes that take one', () => {
    expect(headerSchemesOfRows['seam_workspace']).toBe(workspaceHeader)
    for (const kind of tokenKinds) {
      const { workspace } = authSchemes[kind]
      const names = specSchemes[kind]
      expect(workspace === 'for SeamHttp', kind).toBe(
        names.withoutWorkspace.length > 0,
      )
    }
  })

  it('tells every kind of token by its prefix, the longest prefix winning', () => {
    for (const kind of tokenKinds)
      expect(tokenKind(`${authSchemes[kind].tokenPrefix}x1`)).toBe(kind)
    expect(tokenKind('nothing_known')).toBeUndefined()
  })
})
