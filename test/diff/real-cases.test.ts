import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { diffSpecs, type ChangeEntry } from '../../scripts/diff/spec-diff.js'

// Parts of published @seamapi/types specs (the named operations and the components they reach,
// big unions cut to a few variants), each a change the diff once missed or misreported.
const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'diff', 'real')

interface Fixture {
  about: string
  from: string
  to: string
  old: unknown
  new: unknown
  expected: ChangeEntry[]
}

const load = (name: string): Fixture =>
  JSON.parse(readFileSync(join(fixturesDir, `${name}.json`), 'utf8')) as Fixture

/** What each case is about, as `rule name member`, beside the whole expected changelog in its file. */
const mustFind: Record<string, string[]> = {
  'event-variant-properties-made-optional-1.490.0': [
    'property-made-optional event [connected_account.connected].connect_webview_id',
    'property-made-optional event [lock.unlocked].device_id',
  ],
  'event-variant-properties-made-optional-1.721.0': [
    'property-made-optional event [lock.access_denied].device_id',
  ],
  'connected-account-error-variant': [
    'property-made-optional connected_account errors[][salto_ks_subscription_limit_exceeded].salto_ks_metadata.sites',
  ],
  'action-attempt-scan-credential': [
    'cancelled',
    'card_format',
    'card_id',
    'discarded',
    'expired',
    'number_of_issued_cards',
    'overwritten',
    'pending_auto_update',
  ].map(
    (field) =>
      `property-made-optional action_attempt [SCAN_CREDENTIAL, success].result.acs_credential_on_encoder.visionline_metadata.${field}`,
  ),
  'bridge-client-session-to-ref': ['schema-added bridge_client_session'],
  'reservation-access-methods-from-ref': [
    'property-removed /seam/customer/v1/reservations/list reservations[].access_methods[].code',
    'property-removed /seam/customer/v1/reservations/list reservations[].access_methods[].workspace_id',
    'property-type-changed /seam/customer/v1/reservations/list reservations[].access_methods[].mode',
  ],
  'client-session-user-identity-ids-bounded': [
    'parameter-constraint-narrowed /client_sessions/create user_identity_ids',
  ],
  'timeline-limit-maximum': [
    'parameter-constraint-narrowed /seam/console/v1/timelines/get limit',
  ],
}

const summary = (entry: ChangeEntry): string =>
  [entry.rule, entry.name, entry.member]
    .filter((part) => part !== undefined)
    .join(' ')

describe('changes from the real specs', () => {
  it('has a fixture for each case and a case for each fixture', () => {
    const files = readdirSync(fixturesDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''))
    expect(files.sort()).toEqual(Object.keys(mustFind).sort())
  })

  for (const [name, expected] of Object.entries(mustFind)) {
    it(`${name}: ${load(name).about}`, () => {
      const fixture = load(name)
      const { entries } = diffSpecs(fixture.old, fixture.new, {
        from: fixture.from,
        to: fixture.to,
      })
      expect(entries.map(summary)).toEqual(expect.arrayContaining(expected))
      expect(entries).toEqual(fixture.expected)
    })
  }

  it('a $ref that became an inline copy of its schema is no change at all', () => {
    const fixture = load('bridge-client-session-to-ref')
    const { entries } = diffSpecs(fixture.old, fixture.new, {
      from: fixture.from,
      to: fixture.to,
    })
    expect(
      entries
        .filter(
          (entry) =>
            entry.name === '/seam/bridge/v1/bridge_client_sessions/get',
        )
        .map((entry) => entry.rule),
    ).toEqual(['operation-docs-changed'])
  })
})
