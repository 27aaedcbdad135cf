import { describe, expect, it } from 'vitest'

import {
  singular,
  stableUuid,
  synthesizeParameters,
  synthesizeResponseBody,
} from '../../scripts/samples/synthesize.js'
import type { JsonObject } from '../../scripts/spec/load.js'
import { operationAt, postOperation, smallModel } from './spec-builders.js'

/** The parameters synthesised for a request body schema. */
function parametersFor(
  request: JsonObject,
  schemas: JsonObject = {},
  path = '/things/create',
) {
  const model = smallModel({ [path]: postOperation(request) }, schemas)
  return synthesizeParameters(model.document, operationAt(model, path))
}

/** The response body synthesised for one response property, named `key`. */
function responseFor(
  key: string,
  schema: JsonObject,
  schemas: JsonObject = {},
  path = '/things/get',
) {
  const model = smallModel(
    {
      [path]: postOperation(undefined, { key, properties: { [key]: schema } }),
    },
    schemas,
  )
  return synthesizeResponseBody(model.document, operationAt(model, path))
}

const object = (
  properties: JsonObject,
  required: string[] = Object.keys(properties),
): JsonObject => ({
  type: 'object',
  properties,
  required,
})

describe('stable UUIDs', () => {
  it('are the same for the same name and differ between names', () => {
    expect(stableUuid('device_id')).toBe(stableUuid('device_id'))
    expect(stableUuid('device_id')).not.toBe(stableUuid('access_code_id'))
  })

  it('are well-formed version 4 UUIDs', () => {
    for (const name of [
      'device_id',
      'x',
      '',
      'a much longer name with spaces',
    ]) {
      expect(stableUuid(name)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      )
    }
  })
})

describe('values from the schema', () => {
  it('takes example first, then default, then the first enum value', () => {
    expect(
      parametersFor(
        object({
          a: {
            type: 'string',
            example: 'from example',
            default: 'from default',
            enum: ['x'],
          },
          b: { type: 'integer', default: 500, enum: [7] },
          c: { type: 'string', enum: [null, 'first', 'second'] },
        }),
      ),
    ).toEqual({ a: 'from example', b: 500, c: 'first' })
  })

  it('formats: uuid from the name, fixed date-times (ends later than starts), email, uri', () => {
    const values = parametersFor(
      object({
        device_id: { type: 'string', format: 'uuid' },
        starts_at: { type: 'string', format: 'date-time' },
        ends_at: { type: 'string', format: 'date-time' },
        contact: { type: 'string', format: 'email' },
        link: { type: 'string', format: 'uri' },
      }),
    )
    expect(values.device_id).toBe(stableUuid('device_id'))
    expect(Date.parse(values.ends_at as string)).toBeGreaterThan(
      Date.parse(values.starts_at as string),
    )
    expect(values.contact).toBe('jane@example.com')
    expect(values.link).toBe('https://example.com')
  })

  it('names: *_id is a uuid even without a format, name is readable from the subject', () => {
    const values = parametersFor(
      object({
        connected_account_id: { type: 'string' },
        name: { type: 'string' },
        full_name: { type: 'string' },
      }),
      {},
      '/access_codes/create',
    )
    expect(values).toEqual({
      connected_account_id: stableUuid('connected_account_id'),
      name: 'My Access Code',
      full_name: 'Jane Doe',
    })
  })

  it('respects minLength and maxLength', () => {
    const values = parametersFor(
      object({
        note: { type: 'string', maxLength: 4 },
        tag: { type: 'string', minLength: 30 },
      }),
    )
    expect(values.note).toHaveLength(4)
    expect((values.tag as string).length).toBeGreaterThanOrEqual(30)
  })

  it('numbers: the middle of minimum and maximum, or the bound there is, integers rounded', () => {
    expect(
      parametersFor(
        object({
          between: { type: 'number', minimum: 10, maximum: 30 },
          odd: { type: 'integer', minimum: 1, maximum: 4 },
          floor: { type: 'integer', minimum: 5 },
          ceiling: { type: 'number', maximum: -2 },
          free: { type: 'number' },
        }),
      ),
    ).toEqual({ between: 20, odd: 3, floor: 5, ceiling: -2, free: 1 })
  })

  it('arrays hold one item named after the singular (device_ids hold device_id uuids)', () => {
    expect(
      parametersFor(
        object({ device_ids: { type: 'array', items: { type: 'string' } } }),
      ),
    ).toEqual({
      device_ids: [stableUuid('device_id')],
    })
    expect(singular('user_identities')).toBe('user_identity')
    expect(singular('access_codes')).toBe('access_code')
    expect(singular('address')).toBe('address')
  })

  it('nullable without a type is null; nullable with a type shows a value', () => {
    expect(
      responseFor(
        'thing',
        object({
          error: { nullable: true },
          label: { type: 'string', nullable: true },
        }),
      ),
    ).toEqual({
      thing: { error: null, label: 'Example label' },
    })
  })
})

describe('which properties a sample shows', () => {
  const request = object(
    {
      device_id: { type: 'string', format: 'uuid' },
      name: { type: 'string' },
      hidden: { type: 'string', 'x-undocumented': 'internal' },
    },
    ['device_id'],
  )

  it('requests: required parameters only', () => {
    expect(Object.keys(parametersFor(request))).toEqual(['device_id'])
  })

  it('requests: with nothing required, the first documented optional parameter', () => {
    const values = parametersFor(
      object(
        {
          legacy: { type: 'string', deprecated: true },
          secret: { type: 'string', 'x-undocumented': 'x' },
          limit: { type: 'integer' },
        },
        [],
      ),
    )
    expect(values).toEqual({ limit: 1 })
  })

  it('responses: every documented property, none undocumented or deprecated, and never ok', () => {
    const thing = object(
      {
        id: { type: 'string' },
        extra: { type: 'string' },
        internal: { type: 'string', 'x-undocumented': 'x' },
        old: { type: 'string', deprecated: true },
      },
      ['id'],
    )
    const body = responseFor('thing', thing)
    expect(body).toEqual({
      thing: { id: stableUuid('id'), extra: 'Example extra' },
    })
  })

  it('responses: optional properties two objects deep, only required ones below', () => {
    const level = (inner: JsonObject): JsonObject =>
      object({ kept: { type: 'boolean' }, inner }, ['inner'])
    const body = responseFor(
      'thing',
      level(level(level(object({ leaf: { type: 'boolean' } }, [])))),
    )
    expect(body).toEqual({
      thing: { kept: true, inner: { kept: true, inner: { inner: {} } } },
    })
  })
})

describe('composition and references', () => {
  it('allOf merges properties and required lists', () => {
    expect(
      parametersFor(
        {
          allOf: [
            object({ a: { type: 'boolean' } }),
            { $ref: '#/components/schemas/more' },
          ],
        },
        { more: object({ b: { type: 'integer' } }) },
      ),
    ).toEqual({ a: true, b: 1 })
  })

  it('an allOf part that is a oneOf contributes its chosen variant, as do variants beside properties', () => {
    const either = {
      oneOf: [
        object({ user_id: { type: 'string' } }),
        object({ email: { type: 'string', format: 'email' } }),
      ],
    }
    expect(
      parametersFor({
        allOf: [either, object({ mode: { type: 'string', enum: ['code'] } })],
      }),
    ).toEqual({
      user_id: stableUuid('user_id'),
      mode: 'code',
    })
    const beside = parametersFor({
      ...object({ limit: { type: 'integer' } }),
      ...either,
    })
    expect(Object.entries(beside)).toEqual([
      ['limit', 1],
      ['user_id', stableUuid('user_id')],
    ])
  })

  it('an allOf that refers back to itself ends', () => {
    const loop = {
      allOf: [
        { $ref: '#/components/schemas/loop' },
        object({ a: { type: 'boolean' } }),
      ],
    }
    expect(
      parametersFor({ $ref: '#/components/schemas/loop' }, { loop }),
    ).toEqual({ a: true })
  })

  it('oneOf takes the variant that names the operation, else the first that is not null', () => {
    const attempt = {
      oneOf: [
        object({ action_type: { type: 'string', enum: ['LOCK_DOOR'] } }),
        object({ action_type: { type: 'string', enum: ['UNLOCK_DOOR'] } }),
      ],
    }
    expect(
      responseFor('action_attempt', attempt, {}, '/locks/unlock_door'),
    ).toEqual({ action_attempt: { action_type: 'UNLOCK_DOOR' } })
    expect(responseFor('action_attempt', attempt, {}, '/locks/other')).toEqual({
      action_attempt: { action_type: 'LOCK_DOOR' },
    })
    expect(
      responseFor('value', { anyOf: [{ type: 'null' }, { type: 'integer' }] }),
    ).toEqual({ value: 1 })
  })

  it('follows $ref, naming values after the component', () => {
    expect(
      responseFor(
        'device',
        { $ref: '#/components/schemas/device' },
        { device: object({ name: { type: 'string' } }) },
      ),
    ).toEqual({
      device: { name: 'My Device' },
    })
  })

  it('leaves out a schema met again inside itself', () => {
    const node = object(
      {
        label: { type: 'string' },
        child: { $ref: '#/components/schemas/node' },
      },
      ['label', 'child'],
    )
    expect(
      responseFor('node', { $ref: '#/components/schemas/node' }, { node }),
    ).toEqual({ node: { label: 'Example label' } })
  })

  it('keeps a property named __proto__ as a property', () => {
    // JSON.parse makes `__proto__` an own key, as it is in a parsed spec.
    const values = parametersFor(
      object(JSON.parse('{"__proto__": {"type": "string"}}') as JsonObject),
    )
    expect(Object.keys(values)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype)
  })
})

describe('determinism', () => {
  it('the same schema gives the same values on every call', () => {
    const schema = object({
      device_id: { type: 'string', format: 'uuid' },
      at: { type: 'string', format: 'date-time' },
      n: { type: 'number' },
    })
    expect(JSON.stringify(parametersFor(schema))).toBe(
      JSON.stringify(parametersFor(schema)),
    )
  })
})
