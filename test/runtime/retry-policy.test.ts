import { describe, expect, it } from 'vitest'

import {
  type FailureKind,
  isRead,
  parseRetryAfter,
  retryDelay,
} from '../../src/retry-policy.js'

describe('which operations are reads', () => {
  it.each([
    ['/devices/get', true],
    ['/devices/list', true],
    ['/acs/entrances/list_credentials_with_access', true],
    ['/devices/update', false],
    ['/locks/unlock_door', false],
    ['/client_sessions/get_or_create', false],
    ['/access_codes/create', false],
  ])('%s: %s', (path, expected) => {
    expect(isRead({ path })).toBe(expected)
  })

  it('an operation marked `read` by the generator overrides the path rule', () => {
    expect(isRead({ path: '/acs/users/get_related', read: true })).toBe(true)
    expect(isRead({ path: '/devices/get', read: false })).toBe(false)
  })
})

describe('the retry table', () => {
  const table: Array<[FailureKind, boolean, boolean]> = [
    ['unsent', true, true],
    ['throttled', true, true],
    ['server', true, false],
    ['network', true, false],
    ['timeout', true, false],
    ['final', false, false],
  ]
  it.each(table)(
    '%s: read retried %s, mutation retried %s',
    (kind, readRetried, mutationRetried) => {
      expect(retryDelay(kind, true, 1, 2, undefined) !== undefined).toBe(
        readRetried,
      )
      expect(retryDelay(kind, false, 1, 2, undefined) !== undefined).toBe(
        mutationRetried,
      )
    },
  )

  it('stops after `retries` retries', () => {
    expect(retryDelay('server', true, 2, 2, undefined)).toBeDefined()
    expect(retryDelay('server', true, 3, 2, undefined)).toBeUndefined()
    expect(retryDelay('unsent', false, 1, 0, undefined)).toBeUndefined()
  })

  it('backs off exponentially with jitter: retry n waits between half and all of 250 ms * 2^(n-1), at most 8 s', () => {
    for (let n = 1; n <= 8; n++) {
      const ceiling = Math.min(8_000, 250 * 2 ** (n - 1))
      for (let sample = 0; sample < 50; sample++) {
        const delay = retryDelay('server', true, n, 10, undefined)!
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2)
        expect(delay).toBeLessThanOrEqual(ceiling)
      }
    }
  })

  it('a Retry-After replaces the back-off; one over 30 s ends the retries', () => {
    expect(retryDelay('throttled', false, 1, 2, 1_000)).toBe(1_000)
    expect(retryDelay('throttled', false, 1, 2, 30_000)).toBe(30_000)
    expect(retryDelay('throttled', false, 1, 2, 30_001)).toBeUndefined()
  })
})

describe('Retry-After', () => {
  const now = Date.parse('2025-01-01T00:00:00Z')
  it.each([
    ['1', 1_000],
    [' 120 ', 120_000],
    ['Wed, 01 Jan 2025 00:00:05 GMT', 5_000],
    ['Tue, 31 Dec 2024 23:00:00 GMT', 0],
    ['soon', undefined],
    ['-1', undefined],
    [null, undefined],
  ])('%j is %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected)
  })
})
