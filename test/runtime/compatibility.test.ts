import { describe, expect, it } from 'vitest'

import * as ours from '../../src/index.js'

// The runtime names of Seam's published SDK that code switching to this one may use. Left out on
// purpose: its axios plumbing (errorInterceptor, serializeUrlSearchParams, the `client` option)
// and SeamHttpWithoutWorkspaceInvalidOptionsError (here, SeamHttpInvalidOptionsError covers both).
const sharedNames = [
  'SeamHttp',
  'SeamHttpWithoutWorkspace',
  'SeamHttpRequest',
  'SeamPaginator',
  'SeamHttpApiError',
  'SeamHttpUnauthorizedError',
  'SeamHttpInvalidInputError',
  'SeamHttpInvalidResponseError',
  'SeamHttpInvalidOptionsError',
  'SeamHttpInvalidTokenError',
  'SeamActionAttemptError',
  'SeamActionAttemptFailedError',
  'SeamActionAttemptTimeoutError',
  'isSeamHttpApiError',
  'isSeamHttpUnauthorizedError',
  'isSeamHttpInvalidInputError',
  'isSeamHttpInvalidResponseError',
  'isSeamActionAttemptError',
  'isSeamActionAttemptFailedError',
  'isSeamActionAttemptTimeoutError',
  'isApiKey',
  'isClientSessionToken',
  'isConsoleSessionToken',
  'isPersonalAccessToken',
  'isPublishableKey',
]

describe('a drop-in for @seamapi/http', { timeout: 10_000 }, () => {
  it('exports the runtime names it exports, of the same kind', async () => {
    const theirs = (await import('@seamapi/http')) as Record<string, unknown>
    for (const name of sharedNames) {
      expect(typeof theirs[name], `@seamapi/http ${name}`).toBe('function')
      expect(typeof (ours as Record<string, unknown>)[name], name).toBe(
        'function',
      )
    }
  })

  it('its token predicates agree with ours', async () => {
    const theirs = await import('@seamapi/http')
    const tokens = [
      'seam_abc',
      'seam_cst1',
      'seam_at1',
      'seam_pk1',
      'eyJhbGciOi',
      'nope',
      'seam_',
    ]
    for (const token of tokens) {
      expect(ours.isApiKey(token), token).toBe(theirs.isApiKey(token))
      expect(ours.isClientSessionToken(token), token).toBe(
        theirs.isClientSessionToken(token),
      )
      expect(ours.isPersonalAccessToken(token), token).toBe(
        theirs.isPersonalAccessToken(token),
      )
      expect(ours.isConsoleSessionToken(token), token).toBe(
        theirs.isConsoleSessionToken(token),
      )
      expect(ours.isPublishableKey(token), token).toBe(
        theirs.isPublishableKey(token),
      )
    }
  })

  it('the guards recognise the errors', () => {
    const failure = { request: 'POST /devices/get', attempts: 1 }
    const error = new ours.SeamHttpUnauthorizedError(
      { type: 'unauthorized', message: 'no' },
      401,
      'r1',
      failure,
    )
    expect(ours.isSeamHttpApiError(error)).toBe(true)
    expect(ours.isSeamHttpUnauthorizedError(error)).toBe(true)
    expect(ours.isSeamHttpInvalidInputError(error)).toBe(false)
  })
})
