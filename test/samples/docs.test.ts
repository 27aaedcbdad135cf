import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { emitDocs } from '../../scripts/emit/docs.js'
import {
  collectSamples,
  samplesDirOf,
} from '../../scripts/samples/collection.js'
import { readSampleEntries } from '../../scripts/samples/entries.js'
import { referencedComponents } from '../../scripts/spec/references.js'
import { renderers } from '../../scripts/samples/renderers.js'
import {
  checkSpec,
  readSpecFile,
  type JsonObject,
} from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { texts } from '../helpers/emitted.js'
import { repoRoot } from '../helpers/run-script.js'
import { postOperation, smallModel } from './spec-builders.js'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const schemas = {
  thing: {
    type: 'object',
    properties: { part: ref('part'), again: ref('part') },
  },
  part: { type: 'object', properties: { leaf: ref('leaf') } },
  leaf: { type: 'string', enum: ['x'] },
  unrelated: { type: 'object', properties: { other: ref('leaf') } },
}
const securitySchemes = {
  api_key: { type: 'http', scheme: 'bearer' },
  unused: { type: 'http', scheme: 'bearer' },
}

const getThing = postOperation(
  {
    type: 'object',
    properties: { thing_id: { type: 'string' } },
    required: ['thing_id'],
  },
  { key: 'thing', properties: { thing: ref('thing') } },
  {
    summary: 'Get a Thing',
    description: 'Returns a thing.\n\nSee also `things`.',
    security: [{ api_key: [] }],
  },
)
const model = smallModel(
  {
    '/things/get': { ...getThing, get: { summary: 'alias' } },
    '/things/secret': postOperation(
      undefined,
      {},
      { 'x-undocumented': 'internal' },
    ),
  },
  schemas,
  { components: { schemas, securitySchemes }, tags: [{ name: '/things' }] },
)

/** The page's YAML block, parsed, and the lines around it. */
function readPage(page: string): { lines: string[]; excerpt: JsonObject } {
  const fence = /^(`{4,})yaml \/openapi\.json post (\S+)\n([\s\S]*?)^\1$/m.exec(
    page,
  )
  if (fence === null) throw new Error('no ````yaml block on the page')
  return {
    lines: page.slice(0, fence.index).split('\n'),
    excerpt: parse(fence[3]!),
  }
}

describe('docs pages', () => {
  let files: Map<string, string>
  beforeAll(async () => {
    files = texts(
      await emitDocs(model, { samples: await collectSamples(model, []) }),
    )
  })

  it('one page per documented operation, none for x-undocumented ones', () => {
    expect([...files.keys()]).toEqual(['docs/things/get.md'])
  })

  it('the layout of the published page: title, description, then the OpenAPI excerpt', () => {
    const page = files.get('docs/things/get.md')!
    expect(readPage(page).lines).toEqual([
      '# Get a Thing',
      '',
      '> Returns a thing.',
      '>',
      '> See also `things`.',
      '',
      '## OpenAPI',
      '',
      '',
    ])
    expect(page).toMatch(/^````yaml \/openapi\.json post \/things\/get$/m)
    expect(page.endsWith('````\n')).toBe(true)
  })

  it('the excerpt holds that one path and method, with its code samples in every language and the response they show as the example', async () => {
    const { excerpt } = readPage(files.get('docs/things/get.md')!)
    expect(Object.keys(excerpt)).toEqual([
      'openapi',
      'info',
      'tags',
      'paths',
      'components',
    ])
    const paths = excerpt.paths as Record<string, JsonObject>
    expect(Object.keys(paths)).toEqual(['/things/get'])
    expect(Object.keys(paths['/things/get']!)).toEqual(['post'])
    const { 'x-codeSamples': samples, ...post } = paths['/things/get']!
      .post as JsonObject
    const [rendered] = await collectSamples(model, [])
    const original = model.document.paths['/things/get']!.post as JsonObject
    const ok = (original.responses as JsonObject)['200'] as JsonObject
    const media = (ok.content as JsonObject)['application/json'] as JsonObject
    expect(post).toEqual({
      ...original,
      responses: {
        ...(original.responses as JsonObject),
        '200': {
          ...ok,
          content: {
            'application/json': {
              ...media,
              example: rendered!.sample.responseBody,
            },
          },
        },
      },
    })
    expect((samples as Array<{ label: string }>).map((s) => s.label)).toEqual(
      renderers.map((r) => r.label),
    )
  })

  it('components: only those referenced, transitively, each once; only the security schemes the operation accepts', () => {
    const { excerpt } = readPage(files.get('docs/things/get.md')!)
    expect(excerpt.components).toEqual({
      schemas: { thing: schemas.thing, part: schemas.part, leaf: schemas.leaf },
      securitySchemes: { api_key: securitySchemes.api_key },
    })
    expect(referencedComponents(model.document, [ref('thing')])).toEqual([
      '#/components/schemas/thing',
      '#/components/schemas/part',
      '#/components/schemas/leaf',
    ])
  })

  it('a ref into part of a component brings the whole component, and what the whole refers to', async () => {
    const partial = smallModel(
      {
        '/things/get': postOperation(undefined, {
          key: 'leaf',
          properties: {
            leaf: { $ref: '#/components/schemas/unrelated/properties/other' },
          },
        }),
      },
      {
        ...schemas,
        unrelated: {
          type: 'object',
          properties: { other: { type: 'string' }, via: ref('part') },
        },
      },
    )
    const { excerpt } = readPage(
      texts(
        await emitDocs(partial, { samples: await collectSamples(partial, []) }),
      ).get('docs/things/get.md')!,
    )
    expect(
      Object.keys((excerpt.components as JsonObject).schemas as JsonObject),
    ).toEqual(['unrelated', 'part', 'leaf'])
  })

  it('a fence longer than any backtick run that could close it', async () => {
    // A top-level block scalar is indented two spaces, so its ```` line could close a ```` fence.
    const fenced = smallModel(
      { '/things/get': postOperation(undefined) },
      {},
      { 'x-note': 'Example:\n````\ncode\n````' },
    )
    const page = texts(
      await emitDocs(fenced, { samples: await collectSamples(fenced, []) }),
    ).get('docs/things/get.md')!
    expect(page).toMatch(/^`````yaml /m)
    expect(readPage(page).excerpt.paths).toBeDefined()
  })

  it('the real /action_attempts/get page references the action attempt schema and its security schemes alone', async () => {
    const specFile = `${repoRoot}/openapi.json`
    const real = buildModel(checkSpec((await readSpecFile(specFile)).document))
    const page = texts(
      await emitDocs(real, {
        samples: await collectSamples(
          real,
          await readSampleEntries(samplesDirOf(specFile)),
        ),
      }),
    ).get('docs/action_attempts/get.md')!
    const { excerpt } = readPage(page)
    const components = excerpt.components as Record<string, JsonObject>
    expect(Object.keys(components.schemas!)).toEqual(['action_attempt'])
    expect(components.schemas!.action_attempt).toEqual(
      real.document.components!.schemas!.action_attempt,
    )
    expect(Object.keys(components.securitySchemes!)).toEqual(
      real.operations.find((o) => o.path === '/action_attempts/get')!.security,
    )
  })
})
