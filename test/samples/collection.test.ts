import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BuildCache } from '../../scripts/cache.js'
import { collectSamples } from '../../scripts/samples/collection.js'
import {
  parseSampleEntries,
  readSampleEntries,
  SamplesFileError,
  type SampleEntry,
} from '../../scripts/samples/entries.js'
import { stableUuid } from '../../scripts/samples/synthesize.js'
import { checkSpec, readSpecFile } from '../../scripts/spec/load.js'
import { buildModel, type ApiModel } from '../../scripts/spec/model.js'
import { repoRoot } from '../helpers/run-script.js'
import { postOperation, smallModel } from './spec-builders.js'

const id = { type: 'string', format: 'uuid' }
const model = smallModel(
  {
    '/locks/unlock_door': postOperation(
      {
        type: 'object',
        properties: { device_id: id, sync: { type: 'boolean' } },
        required: ['device_id'],
      },
      {
        key: 'action_attempt',
        properties: {
          action_attempt: { $ref: '#/components/schemas/action_attempt' },
        },
      },
    ),
    '/devices/delete': postOperation({
      type: 'object',
      properties: { device_id: id },
      required: ['device_id'],
    }),
  },
  {
    action_attempt: {
      type: 'object',
      properties: {
        action_attempt_id: id,
        status: { type: 'string', enum: ['pending', 'success'] },
      },
    },
  },
)

const entries = (text: string) => parseSampleEntries('samples/test.yaml', text)

const buildSamples = async (model: ApiModel, entries: SampleEntry[]) =>
  (await collectSamples(model, entries)).map(({ sample }) => sample)

describe('hand-kept samples files', () => {
  it('an entry gives the parameters, and its response is unwrapped by x-response-key', async () => {
    const samples = await buildSamples(
      model,
      entries(`
- path: /locks/unlock_door
  parameters:
    device_id: 5f4e3d2c-1b0a-9f8e-7d6c-5b4a3c2d1e0f
  response:
    action_attempt:
      action_attempt_id: 5f4e3d2c-1b0a-9f8e-7d6c-5b4a3c2d1e0f
      status: success
`),
    )
    const unlock = samples.find(
      (s) => s.operation.path === '/locks/unlock_door',
    )!
    expect(unlock.parameters).toEqual({
      device_id: '5f4e3d2c-1b0a-9f8e-7d6c-5b4a3c2d1e0f',
    })
    expect(unlock.response).toEqual({
      action_attempt_id: '5f4e3d2c-1b0a-9f8e-7d6c-5b4a3c2d1e0f',
      status: 'success',
    })
    expect(unlock.responseBody).toEqual({ action_attempt: unlock.response })
  })

  it('operations without an entry, and parts an entry leaves out, are synthesised', async () => {
    const samples = await buildSamples(
      model,
      entries(
        '- path: /locks/unlock_door\n  parameters: { device_id: 0b7c1f5e-8a4d-4c2b-9e3f-1a2b3c4d5e6f }\n',
      ),
    )
    expect(samples.map((s) => s.operation.path)).toEqual([
      '/devices/delete',
      '/locks/unlock_door',
    ])
    const [remove, unlock] = samples
    expect(remove!.parameters).toEqual({ device_id: stableUuid('device_id') })
    expect(remove!.response).toBeUndefined()
    expect(remove!.responseBody).toEqual({})
    expect(unlock!.response).toEqual({
      action_attempt_id: stableUuid('action_attempt_id'),
      status: 'pending',
    })
  })

  it.each([
    [
      '- path: /locks/unlok_door\n',
      'samples/test.yaml, entry 1 (/locks/unlok_door): no such path in the spec',
    ],
    [
      '- path: /locks/unlock_door\n  parameters: { device: x }\n',
      'samples/test.yaml, entry 1 (/locks/unlock_door): unknown parameter "device" (the operation takes: device_id, sync)',
    ],
    [
      '- path: /locks/unlock_door\n- path: /locks/unlock_door\n',
      'samples/test.yaml, entry 2 (/locks/unlock_door): a second entry for the path (first: samples/test.yaml, entry 1 (/locks/unlock_door))',
    ],
    [
      '- path: /locks/unlock_door\n  response: { attempt: {} }\n',
      'samples/test.yaml, entry 1 (/locks/unlock_door): unknown response property "attempt" (the response has: ok, action_attempt)',
    ],
    [
      '- path: /locks/unlock_door\n  response: { ok: true }\n',
      'samples/test.yaml, entry 1 (/locks/unlock_door): the response has no "action_attempt", the property the SDKs return',
    ],
  ])(
    'a bad entry is an error naming the file and the entry: %j',
    async (text, message) => {
      await expect(buildSamples(model, entries(text))).rejects.toThrow(
        SamplesFileError,
      )
      await expect(buildSamples(model, entries(text))).rejects.toThrow(message)
    },
  )

  it.each([
    [
      '- path: /locks/unlock_door\n  parameters: { device_id: [1, 2] }\n',
      'samples/test.yaml, entry 1 (/locks/unlock_door): /parameters/device_id is not of a type(s) string (rule: type)',
    ],
    [
      '- path: /locks/unlock_door\n  parameters: { device_id: nope }\n',
      'samples/test.yaml, entry 1 (/locks/unlock_door): /parameters/device_id does not conform to the "uuid" format (rule: format)',
    ],
    [
      '- path: /locks/unlock_door\n  parameters: { sync: true }\n',
      'samples/test.yaml, entry 1 (/locks/unlock_door): /parameters requires property "device_id" (rule: required)',
    ],
    [
      '- path: /locks/unlock_door\n  response: { action_attempt: { status: 42 } }\n',
      'samples/test.yaml, entry 1 (/locks/unlock_door): /response/action_attempt/status is not of a type(s) string (rule: type)',
    ],
  ])(
    'a value that breaks its schema is an error naming the file, the entry, the JSON pointer and the rule: %j',
    async (text, message) => {
      await expect(buildSamples(model, entries(text))).rejects.toThrow(
        SamplesFileError,
      )
      await expect(buildSamples(model, entries(text))).rejects.toThrow(message)
    },
  )

  it.each([
    ['path: /x\n', 'samples/test.yaml: expected a list of entries'],
    [
      '- parameters: {}\n',
      'samples/test.yaml, entry 1: expected a mapping with a `path`',
    ],
    [
      '- path: /x\n  params: {}\n',
      'samples/test.yaml, entry 1 (/x): unknown key "params" (expected path, parameters, response)',
    ],
    [
      '- path: /x\n  parameters: [1]\n',
      'samples/test.yaml, entry 1 (/x): `parameters` must be a mapping',
    ],
    ['- path: [\n', 'samples/test.yaml: not valid YAML'],
  ])('a malformed file is an error naming it: %j', (text, message) => {
    expect(() => entries(text)).toThrow(message)
  })

  describe('reading a folder', () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'samples-'))
      await writeFile(join(dir, 'b.yaml'), '- path: /locks/unlock_door\n')
      await writeFile(join(dir, 'a.yaml'), '- path: /devices/delete\n')
      await writeFile(join(dir, 'notes.txt'), 'not a samples file')
    })
    afterAll(() => rm(dir, { recursive: true }))

    it('reads every .yaml file in name order, and nothing else', async () => {
      expect((await readSampleEntries(dir)).map((e) => e.source)).toEqual([
        `${join(dir, 'a.yaml')}, entry 1 (/devices/delete)`,
        `${join(dir, 'b.yaml')}, entry 1 (/locks/unlock_door)`,
      ])
    })

    it('a missing folder has no entries', async () => {
      expect(await readSampleEntries(join(dir, 'missing'))).toEqual([])
    })
  })
})

describe('the repo spec and its samples', () => {
  let real: ApiModel
  beforeAll(async () => {
    real = buildModel(
      checkSpec((await readSpecFile(`${repoRoot}/openapi.json`)).document),
    )
  })

  it('every hand-kept entry fits the spec, and every operation has one sample', async () => {
    const samples = await buildSamples(
      real,
      await readSampleEntries(`${repoRoot}/samples`),
    )
    expect(samples.map((s) => s.operation.path)).toEqual(
      real.operations.map((o) => o.path),
    )
  })

  it.each([
    [
      '- path: /devices/get\n  parameters: { device_id: [1, 2] }\n',
      'samples/test.yaml, entry 1 (/devices/get): /parameters/device_id is not of a type(s) string (rule: type)',
    ],
    [
      '- path: /action_attempts/get\n  response: { action_attempt: { action_attempt_id: 5f4e3d2c-1b0a-9f8e-7d6c-5b4a3c2d1e0f, action_type: UNLOCK_DOOR, error: null, result: {}, status: 42 } }\n',
      'samples/test.yaml, entry 1 (/action_attempts/get): /response/action_attempt/status is not one of enum values: pending (rule: enum)',
    ],
    [
      '- path: /devices/list\n  parameters: { limit: twenty }\n',
      'samples/test.yaml, entry 1 (/devices/list): /parameters/limit is not of a type(s) number (rule: type)',
    ],
  ])('a wrong value for the real spec: %j', async (text, message) => {
    await expect(buildSamples(real, entries(text))).rejects.toThrow(message)
  })

  it('the same inputs give the same bytes in every language', async () => {
    const render = async () =>
      JSON.stringify(
        (
          await collectSamples(
            real,
            await readSampleEntries(`${repoRoot}/samples`),
          )
        ).map(({ code }) => code.map((c) => c.rendered)),
      )
    const first = await render()
    expect(await render()).toBe(first)
    expect(first.length).toBeGreaterThan(1_000_000)
  })

  it('no sample holds a token: values never look like one, and cURL takes its credential from the environment', async () => {
    const rendered = await collectSamples(
      real,
      await readSampleEntries(`${repoRoot}/samples`),
    )
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : []
    // API keys and tokens mix digits or capitals into `seam_...` (enum values like seam_bridge_disconnected do not); JWTs start `ey`.
    const tokenLike =
      /^seam_(?=.*[A-Z0-9])[A-Za-z0-9_]{12,}$|^ey[\w-]{8,}\.[\w-]{8,}\./
    for (const { sample, code } of rendered) {
      expect(
        strings([sample.parameters, sample.responseBody]).filter((s) =>
          tokenLike.test(s),
        ),
      ).toEqual([])
      for (const { rendered: r } of code)
        expect(r.source).not.toMatch(/Bearer (?!\$SEAM_[A-Z_]+")/)
    }
    const curlSources = rendered.flatMap(({ code }) =>
      code
        .filter((c) => c.renderer.id === 'curl')
        .map((c) => c.rendered.source),
    )
    expect(
      curlSources.filter((source) => source.includes('Bearer $SEAM_API_KEY"')),
    ).not.toHaveLength(0)
  })
})

describe('with a cache', () => {
  let cacheDir: string
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'seam-samples-cache-'))
  })
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true })
  })

  it('an operation seen before is read from the cache only when its code or values are asked for', async () => {
    const first = await BuildCache.open(cacheDir)
    const rendered = await collectSamples(model, [], first)
    const expected = rendered.map(({ sample, code }) => ({
      parameters: sample.parameters,
      responseBody: sample.responseBody,
      code: code.map(({ renderer, rendered }) => [renderer.id, rendered]),
    }))
    await first.save()

    const second = await BuildCache.open(cacheDir)
    const reads: string[] = []
    const getSync = second.getSync.bind(second)
    second.getSync = (key) => {
      reads.push(key)
      return getSync(key)
    }
    const again = await collectSamples(model, [], second)
    expect(reads).toEqual([])
    expect(again.map(({ renderers }) => renderers.map(({ id }) => id))).toEqual(
      rendered.map(({ code }) => code.map(({ renderer }) => renderer.id)),
    )
    expect(
      again.map(({ sample, code }) => ({
        parameters: sample.parameters,
        responseBody: sample.responseBody,
        code: code.map(({ renderer, rendered }) => [renderer.id, rendered]),
      })),
    ).toEqual(expected)
    expect(reads).toHaveLength(model.operations.length)
  })
})
