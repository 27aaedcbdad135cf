import fc from 'fast-check'

type Schema = { [key: string]: unknown }

// Namespaces and methods come from disjoint word lists, so a method never shares a name with
// a namespace; paths are unique by construction below.
const namespaceWords = [
  'locks',
  'doors',
  'acs',
  'users',
  'thermostats',
  'access_codes',
  'simulate',
  'unmanaged',
  'v1',
]
const methodWords = [
  'get',
  'list',
  'create',
  'update',
  'delete',
  'unlock_door',
  'set_fan_mode',
  'add_user',
  'report',
  'x2',
]

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Ends a comment */ early',
    'A `code` span and ${template} and #{ruby}',
    'Line one\nline two',
    'Ünïcödé 🔒 文字',
  ),
)

const propertyName = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'device_id',
      'name',
      'created_at',
      'email',
      'constructor',
      '__proto__',
      'toString',
      'type',
    ),
  },
)

const withDocs = (schema: fc.Arbitrary<Schema>): fc.Arbitrary<Schema> =>
  fc
    .tuple(schema, fc.option(text, { nil: undefined }), fc.boolean())
    .map(([s, description, nullable]) => ({
      ...s,
      ...(description === undefined ? {} : { description }),
      ...(nullable ? { nullable: true } : {}),
    }))

const leaf: fc.Arbitrary<Schema> = fc.oneof(
  fc.constant({ type: 'string' }),
  fc
    .constantFrom('uuid', 'date-time', 'email', 'uri')
    .map((format) => ({ type: 'string', format })),
  fc
    .uniqueArray(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 4 })
    .map((values) => ({ type: 'string', enum: values })),
  fc
    .tuple(
      fc.integer({ min: -1000, max: 0 }),
      fc.integer({ min: 1, max: 1000 }),
    )
    .map(([minimum, maximum]) => ({
      type: 'integer',
      minimum,
      maximum,
    })),
  fc.constant({ type: 'number' }),
  fc.constant({ type: 'boolean' }),
  fc.constant({ enum: ['auto', 1, true] }),
)

/** Objects nest up to three levels; properties hold leaves, arrays and further objects. */
const objectSchema = (depth: number): fc.Arbitrary<Schema> => {
  const value: fc.Arbitrary<Schema> =
    depth <= 0
      ? withDocs(leaf)
      : fc.oneof(
          { weight: 4, arbitrary: withDocs(leaf) },
          { weight: 1, arbitrary: withDocs(objectSchema(depth - 1)) },
          {
            weight: 1,
            arbitrary: fc
              .oneof(leaf, objectSchema(depth - 1))
              .map((items) => ({ type: 'array', items })),
          },
        )
  return fc
    .uniqueArray(fc.tuple(propertyName, value, fc.boolean()), {
      maxLength: 5,
      selector: ([name]) => name,
    })
    .map((entries) => {
      const required = entries
        .filter(([, , isRequired]) => isRequired)
        .map(([name]) => name)
      const properties: Schema = {}
      for (const [name, schema] of entries)
        Object.defineProperty(properties, name, {
          value: schema,
          enumerable: true,
          writable: true,
        })
      return {
        type: 'object',
        properties,
        ...(required.length > 0 ? { required } : {}),
      }
    })
}

const operation = fc
  .record({
    title: fc.option(text, { nil: undefined }),
    description: fc.option(text, { nil: undefined }),
    deprecated: fc.boolean(),
    undocumented: fc.boolean(),
    body: fc.option(objectSchema(2), { nil: undefined }),
    resource: fc.option(
      fc.oneof(
        objectSchema(2),
        fc.constant({ $ref: '#/components/schemas/resource' }),
      ),
      { nil: undefined },
    ),
    responseKey: fc.constantFrom('thing', 'things', 'action_attempt'),
  })
  .map(
    ({
      title,
      description,
      deprecated,
      undocumented,
      body,
      resource,
      responseKey,
    }) => ({
      ...(title === undefined ? {} : { 'x-title': title }),
      ...(description === undefined ? {} : { description }),
      ...(deprecated ? { deprecated: true } : {}),
      ...(undocumented
        ? { 'x-undocumented': 'Generated for a property test.' }
        : {}),
      ...(body === undefined
        ? {}
        : {
            requestBody: { content: { 'application/json': { schema: body } } },
          }),
      responses: {
        200: {
          description: 'OK',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  ok: { type: 'boolean' },
                  ...(resource === undefined
                    ? {}
                    : { [responseKey]: resource }),
                },
                required: ['ok'],
              },
            },
          },
        },
      },
      ...(resource === undefined ? {} : { 'x-response-key': responseKey }),
    }),
  )

const path = fc
  .tuple(
    fc.array(fc.constantFrom(...namespaceWords), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.constantFrom(...methodWords),
  )
  .map(([namespace, method]) => `/${[...namespace, method].join('/')}`)

/** A random valid OpenAPI 3 spec in the shape the pipeline reads: POST paths in namespaces. */
export const specArbitrary = fc
  .tuple(
    fc.uniqueArray(fc.tuple(path, operation), {
      minLength: 1,
      maxLength: 6,
      selector: ([p]) => p,
    }),
    objectSchema(2),
  )
  .map(([operations, resource]) => ({
    openapi: '3.0.0',
    info: { title: 'Property test spec', version: '1.0.0' },
    paths: Object.fromEntries(operations.map(([p, post]) => [p, { post }])),
    components: { schemas: { resource } },
  }))
