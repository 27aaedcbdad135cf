import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  diffSpecs,
  renderJson,
  renderMarkdown,
  rules,
  type ChangeEntry,
} from '../../scripts/diff/spec-diff.js'

const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'diff')

interface Fixture {
  about: string
  old: unknown
  new: unknown
  expected: ChangeEntry[]
}

const fixtures = readdirSync(fixturesDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    rule: file.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as Fixture),
  }))

const labels = { from: 'old.json', to: 'new.json' }

describe('one hand-made spec pair per rule', () => {
  it('every rule has its fixture, and every fixture is named after a rule', () => {
    expect(fixtures.map((f) => f.rule).sort()).toEqual(
      Object.keys(rules).sort(),
    )
  })

  for (const fixture of fixtures) {
    it(`${fixture.rule}: ${fixture.about}`, () => {
      const changelog = diffSpecs(fixture.old, fixture.new, labels)
      expect(changelog.entries).toEqual(fixture.expected)
      expect(changelog.entries.some((e) => e.rule === fixture.rule)).toBe(true)
      const bump = rules[fixture.rule as keyof typeof rules].bump
      expect(changelog.bump).toBe(bump)
      expect(changelog.breaking).toBe(
        bump === 'major' ? changelog.entries.length : 0,
      )
    })
  }
})

const base = fixtures.find((f) => f.rule === 'operation-added')!.old as {
  info: { description?: string }
  paths: Record<string, unknown>
}

describe('the changelog as a whole', () => {
  it('is empty with bump none for identical specs', () => {
    const changelog = diffSpecs(base, structuredClone(base), labels)
    expect(changelog).toMatchObject({
      identical: true,
      bump: 'none',
      entries: [],
      breaking: 0,
      nonBreaking: 0,
    })
    expect(renderMarkdown(changelog)).toContain(
      'The two specs are identical: no release is needed.',
    )
  })

  it('calls for a patch when the specs differ only where the SDK shows nothing but docs', () => {
    const changed = structuredClone(base)
    changed.info.description = 'Now with a description.'
    expect(diffSpecs(base, changed, labels)).toMatchObject({
      identical: false,
      bump: 'patch',
      entries: [],
    })
  })

  it('gives the same bytes whatever the order of paths and schemas in the specs', () => {
    const { old, new: next } = fixtures.find(
      (f) => f.rule === 'operation-added',
    )!
    const reversed = structuredClone(next) as {
      paths: object
      components: { schemas: object }
    }
    reversed.paths = Object.fromEntries(
      Object.entries(reversed.paths).reverse(),
    )
    reversed.components.schemas = Object.fromEntries(
      Object.entries(reversed.components.schemas).reverse(),
    )
    const forward = diffSpecs(old, next, labels)
    const backward = diffSpecs(old, reversed, labels)
    expect(forward.entries.length).toBeGreaterThan(0)
    expect(renderMarkdown(backward)).toBe(renderMarkdown(forward))
    expect(renderJson(backward)).toBe(renderJson(forward))
  })

  it('lists breaking changes first, one heading per operation or schema, and ends with the bump', () => {
    const old = fixtures.find((f) => f.rule === 'operation-removed')!
    const changed = structuredClone(old.new) as {
      components: {
        schemas: { device: { properties: Record<string, unknown> } }
      }
    }
    changed.components.schemas.device.properties.battery = { type: 'number' }
    const markdown = renderMarkdown(diffSpecs(old.old, changed, labels), {
      level: 2,
      title: 'Spec 2',
    })
    expect(markdown).toBe(
      [
        '## Spec 2',
        '',
        '1 breaking change and 1 non-breaking change: a **major** release.',
        '',
        '| Change | Class | Count |',
        '| --- | --- | ---: |',
        '| operation removed | breaking | 1 |',
        '| property added | non-breaking | 1 |',
        '',
        '### Breaking changes',
        '',
        '#### Operation `/devices/list` (`seam.devices.list`)',
        '',
        '- operation removed',
        '',
        '### Non-breaking changes',
        '',
        '#### Resource schema `device`',
        '',
        '- property added `battery`: `number`',
        '',
        'Semver bump: **major**',
        '',
      ].join('\n'),
    )
  })

  it('names the JSON pointer when a spec is broken', () => {
    const broken = structuredClone(base) as {
      paths: Record<string, { post: { requestBody: unknown } }>
    }
    broken.paths['/devices/get']!.post.requestBody = {
      $ref: '#/components/requestBodies/missing',
    }
    expect(() => diffSpecs(base, broken, labels)).toThrow(
      '#/paths/~1devices~1get/post/requestBody/$ref',
    )
  })
})

describe('arrays', () => {
  it('reports enum values of array items under the array name with []', () => {
    const { old } = fixtures.find((f) => f.rule === 'parameter-added')!
    const withKinds = (values: string[]) => {
      const spec = structuredClone(old) as {
        paths: Record<string, { post: { parameters?: unknown[] } }>
      }
      spec.paths['/devices/list']!.post.parameters = [
        {
          name: 'device_types',
          in: 'query',
          schema: { type: 'array', items: { type: 'string', enum: values } },
        },
      ]
      return spec
    }
    const { entries } = diffSpecs(
      withKinds(['lock', 'thermostat']),
      withKinds(['lock', 'camera']),
      labels,
    )
    expect(
      entries.map(({ rule, member, detail }) => ({ rule, member, detail })),
    ).toEqual([
      {
        rule: 'parameter-enum-values-removed',
        member: 'device_types[]',
        detail: '"thermostat"',
      },
      {
        rule: 'parameter-enum-values-added',
        member: 'device_types[]',
        detail: '"camera"',
      },
    ])
  })
})
