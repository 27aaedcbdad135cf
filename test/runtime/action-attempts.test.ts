import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  SeamActionAttemptFailedError,
  SeamActionAttemptTimeoutError,
  SeamHttp,
  SeamHttpAbortError,
} from '../../src/index.js'
import { type CountingFake, startCountingFake } from './fake.js'
import { failureOf } from './failure.js'
import { startLocalServer } from './local-server.js'

let seam: CountingFake
beforeAll(async () => {
  seam = await startCountingFake()
})
afterAll(async () => {
  await seam.stop()
})

const device_id = 'august_device_1'
const client = (): SeamHttp =>
  SeamHttp.fromApiKey('seam_apikey1_token', { endpoint: seam.endpoint })
const polls = (): number =>
  seam.received.filter((r) => r.path === '/action_attempts/get').length

type Update = Parameters<
  CountingFake['fake']['database']['updateActionAttempt']
>[0]

// The fake stores a new attempt as `success` while answering `pending`. To give it another
// outcome, rewrite the newest attempt once the unlock_door response has gone out; the SDK's
// first poll comes a polling interval later.
let rewrite:
  ((request: IncomingMessage, response: ServerResponse) => void) | undefined
const afterUnlockSetAttempt = (
  update: Omit<Update, 'action_attempt_id'>,
): void => {
  const { database } = seam.fake
  rewrite = (request, response) => {
    if (request.url !== '/locks/unlock_door') return
    response.once('finish', () => {
      const newest = database.action_attempts.at(-1)
      if (newest !== undefined)
        database.updateActionAttempt({
          ...update,
          action_attempt_id: newest.action_attempt_id,
        } as Update)
    })
  }
  seam.server.on('request', rewrite)
}
afterEach(() => {
  if (rewrite !== undefined) seam.server.off('request', rewrite)
  rewrite = undefined
})

describe(
  'unlocking a door waits for the action attempt',
  { timeout: 10_000 },
  () => {
    it('by default: polls /action_attempts/get until success and resolves with the final attempt', async () => {
      const before = polls()
      const attempt = await client().locks.unlockDoor({ device_id })
      expect(attempt).toMatchObject({
        action_type: 'UNLOCK_DOOR',
        status: 'success',
      })
      expect(polls()).toBe(before + 1)
    })

    it('not with waitForActionAttempt: false, per call or per client: the pending attempt, no poll', async () => {
      const before = polls()
      expect(
        await client().locks.unlockDoor(
          { device_id },
          { waitForActionAttempt: false },
        ),
      ).toMatchObject({ status: 'pending' })
      const noWait = SeamHttp.fromApiKey('seam_apikey1_token', {
        endpoint: seam.endpoint,
        waitForActionAttempt: false,
      })
      expect(await noWait.locks.unlockDoor({ device_id })).toMatchObject({
        status: 'pending',
      })
      expect(polls()).toBe(before)
    })

    it('an attempt ending in error rejects with SeamActionAttemptFailedError carrying the attempt and its error type', async () => {
      afterUnlockSetAttempt({
        status: 'error',
        error: { type: 'lock_jammed', message: 'The lock is jammed' },
      } as never)
      const error = await failureOf(() =>
        client().locks.unlockDoor(
          { device_id },
          { waitForActionAttempt: { pollingInterval: 50 } },
        ),
      )
      expect(error).toBeInstanceOf(SeamActionAttemptFailedError)
      expect(error).toMatchObject({
        code: 'lock_jammed',
        message: 'The lock is jammed',
        actionAttempt: {
          status: 'error',
          action_type: 'UNLOCK_DOOR',
          error: { type: 'lock_jammed' },
        },
      })
    })

    it('an attempt stuck pending rejects with SeamActionAttemptTimeoutError carrying the last attempt, and polling stops', async () => {
      afterUnlockSetAttempt({ status: 'pending' })
      const before = polls()
      const error = await failureOf(() =>
        client().locks.unlockDoor(
          { device_id },
          { waitForActionAttempt: { timeout: 300, pollingInterval: 50 } },
        ),
      )
      expect(error).toBeInstanceOf(SeamActionAttemptTimeoutError)
      expect(error.message).toMatch(/after 300ms/)
      expect(
        (error as SeamActionAttemptTimeoutError).actionAttempt,
      ).toMatchObject({ status: 'pending', action_type: 'UNLOCK_DOOR' })
      const pollsAtTimeout = polls()
      expect(pollsAtTimeout).toBeGreaterThan(before)
      await delay(250)
      expect(polls()).toBe(pollsAtTimeout)
    })

    it("the caller's AbortSignal ends the wait with SeamHttpAbortError", async () => {
      afterUnlockSetAttempt({ status: 'pending' })
      const controller = new AbortController()
      const waiting = failureOf(() =>
        client().locks.unlockDoor(
          { device_id },
          {
            signal: controller.signal,
            waitForActionAttempt: { timeout: 5_000, pollingInterval: 50 },
          },
        ),
      )
      await delay(150)
      controller.abort()
      expect(await waiting).toBeInstanceOf(SeamHttpAbortError)
    })
  },
)

describe(
  'a poll in flight when the wait times out',
  { timeout: 10_000 },
  () => {
    it('is abandoned at once: the wait rejects at its timeout, not when the slow poll would answer', async () => {
      const pending = {
        action_attempt_id: 'a1',
        action_type: 'UNLOCK_DOOR',
        status: 'pending',
        result: null,
        error: null,
      }
      const server = await startLocalServer((request, response) => {
        if (request.url === '/locks/unlock_door')
          return response.json(200, { action_attempt: pending, ok: true })
        // /action_attempts/get never answers: only the wait's timeout can end the call.
      })
      try {
        const local = SeamHttp.fromApiKey('seam_apikey1_token', {
          endpoint: server.endpoint,
        })
        const error = await failureOf(() =>
          local.locks.unlockDoor(
            { device_id },
            { waitForActionAttempt: { timeout: 200, pollingInterval: 50 } },
          ),
        )
        expect(error).toBeInstanceOf(SeamActionAttemptTimeoutError)
        expect(server.received.map((r) => r.path)).toEqual([
          '/locks/unlock_door',
          '/action_attempts/get',
        ])
      } finally {
        await server.close()
      }
    })
  },
)
