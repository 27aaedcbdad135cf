import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  readSiteAssets,
  siteFiles,
  writeSite,
  type SiteAssets,
  type SiteFiles,
} from '../../scripts/docs-site/build-site.js'
import {
  changelogView,
  linkOperations,
} from '../../scripts/docs-site/changelog-view.js'
import {
  longUnion,
  readableSchema,
  responseOfCurlSample,
} from '../../scripts/docs-site/reference-spec.js'
import { renderers } from '../../scripts/samples/renderers.js'
import {
  checkSpec,
  isObject,
  resolvePointer,
  SpecError,
  type OpenApiDocument,
} from '../../scripts/spec/load.js'
import { referencedComponents } from '../../scripts/spec/references.js'
import {
  latestSection,
  latestVersion,
} from '../../scripts/update/changelog-file.js'
import { repoRoot, runScript } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

let generated: OpenApiDocument
let assets: SiteAssets
let files: SiteFiles
let workDir: string
let changelog: string

beforeAll(async () => {
  generated = checkSpec(
    JSON.parse(
      await readFile(join(repoRoot, 'generated/openapi.json'), 'utf8'),
    ),
  )
  assets = await readSiteAssets()
  changelog = await readFile(join(repoRoot, 'CHANGELOG.md'), 'utf8')
  files = siteFiles(generated, changelog, assets)
  workDir = await mkdtemp(join(tmpdir(), 'docs-site-build-'))
})

afterAll(() => rm(workDir, { recursive: true, force: true }))

/** The spec a reference page hands to Redoc. */
function embeddedSpec(html: string): OpenApiDocument {
  const json =
    /<script id="spec" type="application\/json">([\s\S]*?)<\/script>/.exec(
      html,
    )?.[1]
  if (json === undefined) throw new Error('the page embeds no spec')
  return JSON.parse(json) as OpenApiDocument
}

let pagesParsed: Array<[string, OpenApiDocument]> | undefined
/** Each reference page with the spec it embeds, parsed once. */
const referencePages = (): Array<[string, OpenApiDocument]> =>
  (pagesParsed ??= [...files]
    .filter(([file]) => file.startsWith('reference/'))
    .map(([file, html]) => [file, embeddedSpec(String(html))]))

describe('the reference pages', () => {
  it('show every POST operation of the generated spec exactly once, its samples as they were generated', () => {
    const shown = new Map<string, unknown>()
    for (const [file, spec] of referencePages()) {
      for (const [path, item] of Object.entries(spec.paths)) {
        expect(
          shown.has(path),
          `${path} appears on ${file} and another page`,
        ).toBe(false)
        expect(Object.keys(item)).toEqual(['post'])
        shown.set(path, item.post)
      }
    }
    expect([...shown.keys()].sort()).toEqual(
      Object.keys(generated.paths).sort(),
    )
    for (const [path, post] of shown) {
      const samples = (
        post as { 'x-codeSamples': Array<{ label: string; source: string }> }
      )['x-codeSamples']
      const original = (
        generated.paths[path]!.post as {
          'x-codeSamples': Array<{
            lang: string
            label: string
            source: string
          }>
        }
      )['x-codeSamples']
      // Undocumented operations have samples only in the languages that can call them.
      const nameOf = (sample: { lang?: string; label: string }) =>
        renderers.find(
          (r) => r.lang === sample.lang && r.label === sample.label,
        )!.name
      expect(samples.map((s) => s.label)).toEqual(original.map(nameOf))
      expect(samples.map((s) => s.source)).toEqual(
        original.map((s) => s.source),
      )
    }
  })

  it('carry every component their operations reach, so no $ref dangles', () => {
    for (const [file, spec] of referencePages()) {
      const missing = referencedComponents(
        spec,
        Object.values(spec.paths),
      ).filter((ref) => resolvePointer(spec, ref) === undefined)
      expect(missing, file).toEqual([])
      expect(isObject(spec.components?.securitySchemes), file).toBe(true)
    }
  })

  it('are titled by namespace and the @seamapi/types version, carry no tags, and mark undocumented operations', () => {
    const [, locks] = referencePages().find(
      ([file]) => file === 'reference/locks.html',
    )!
    expect(locks.info).toMatchObject({
      title: 'seam.locks',
      version: `@seamapi/types ${latestVersion(changelog)}`,
    })
    expect(latestVersion(changelog)).toMatch(/^\d+\.\d+\.\d+/)
    expect(locks.tags).toBeUndefined()
    const unlock = locks.paths['/locks/unlock_door']!.post as {
      tags?: string[]
      summary: string
    }
    expect(unlock.summary).toBe('Unlock a Lock')
    expect(unlock.tags).toBeUndefined()

    const undocumented = Object.entries(generated.paths).find(
      ([, item]) => (item.post as Record<string, unknown>)['x-undocumented'],
    )!
    const page = referencePages().find(
      ([, spec]) => undocumented[0] in spec.paths,
    )!
    expect(
      (page[1].paths[undocumented[0]]!.post as { description: string })
        .description,
    ).toMatch(/^> \*\*Undocumented:\*\*/)
  })

  it('give each 200 response the example the generated samples answer with', async () => {
    let compared = 0
    for (const [file, spec] of referencePages()) {
      for (const [path, item] of Object.entries(spec.paths)) {
        const media = (
          item.post as {
            responses: Record<
              string,
              { content?: Record<string, { example?: unknown }> }
            >
          }
        ).responses['200']?.content?.['application/json']
        if (media === undefined) continue
        const sample = JSON.parse(
          await readFile(
            join(repoRoot, 'generated/samples', `${path.slice(1)}.json`),
            'utf8',
          ),
        ) as { responseBody: unknown }
        expect(media.example, `${path} on ${file}`).toEqual(sample.responseBody)
        compared += 1
      }
    }
    const withJson = Object.values(generated.paths).filter((item) =>
      JSON.stringify(
        (item.post as { responses: Record<string, unknown> }).responses['200'],
      ).includes('application/json'),
    )
    expect(compared).toBe(withJson.length)
    expect(compared).toBeGreaterThan(300)
  })

  it('keep an example the spec already has, and name a cURL sample without a JSON response by its pointer', () => {
    const spec = structuredClone(generated)
    const post = spec.paths['/locks/unlock_door']!.post as {
      responses: {
        200: { content: { 'application/json': { example?: unknown } } }
      }
    }
    post.responses[200].content['application/json'].example = { kept: true }
    const page = embeddedSpec(
      String(siteFiles(spec, '', assets).get('reference/locks.html')),
    )
    expect(
      (page.paths['/locks/unlock_door']!.post as typeof post).responses[200]
        .content['application/json'].example,
    ).toEqual({ kept: true })

    expect(
      responseOfCurlSample(
        'curl ...\n\n# Response:\n# {\n#   "a": [1]\n# }',
        '/x',
      ),
    ).toEqual({ a: [1] })
    expect(() =>
      responseOfCurlSample(
        'curl ...',
        '/paths/~1x/post/x-codeSamples/1/source',
      ),
    ).toThrow(
      '#/paths/~1x/post/x-codeSamples/1/source: has no "# Response:" part',
    )
    expect(() =>
      responseOfCurlSample('curl\n# Response:\n# {oops', '/p'),
    ).toThrow('#/p: its response is not JSON')
  })

  it('escape the embedded spec so that no text in it can end its script element', () => {
    const hostile = structuredClone(generated)
    ;(
      hostile.paths['/locks/unlock_door']!.post as { description: string }
    ).description = 'a </script><script>alert(1)</script> b'
    const html = String(
      siteFiles(hostile, '', assets).get('reference/locks.html'),
    )
    expect(html).not.toContain('</script><script>alert(1)')
    const post = embeddedSpec(html).paths['/locks/unlock_door']!.post as {
      description: string
    }
    expect(post.description).toBe('a </script><script>alert(1)</script> b')
  })
})

describe('readableSchema', () => {
  it('titles untitled object variants by their single-value enums and consts, and changes nothing else', () => {
    const schema = {
      oneOf: [
        {
          type: 'object',
          properties: {
            action_type: { enum: ['LOCK_DOOR'] },
            status: { const: 'pending' },
            id: { type: 'string' },
          },
        },
        {
          type: 'object',
          title: 'Kept',
          properties: { status: { enum: ['error'] } },
        },
        { type: 'object', properties: { status: { enum: ['a', 'b'] } } },
        { type: 'string' },
      ],
      properties: {
        nested: { anyOf: [{ properties: { kind: { enum: [1] } } }] },
      },
    }
    const before = structuredClone(schema)
    const variants = new Map<string, unknown>()
    expect(readableSchema(schema, variants)).toEqual({
      oneOf: [
        { title: 'LOCK_DOOR · pending', ...schema.oneOf[0] },
        schema.oneOf[1],
        schema.oneOf[2],
        schema.oneOf[3],
      ],
      properties: {
        nested: {
          anyOf: [{ title: '1', properties: { kind: { enum: [1] } } }],
        },
      },
    })
    expect(variants.size).toBe(0)
    expect(schema).toEqual(before)
  })

  it(`makes a oneOf of more than ${longUnion} variants a discriminated union on the first property that tells them apart`, () => {
    const members = Array.from({ length: longUnion + 1 }, (_, i) => ({
      type: 'object',
      properties: {
        id: { type: 'string' },
        kind: { enum: [`K${i}`] },
        status: { const: 'done' },
      },
    }))
    const variants = new Map<string, unknown>()
    const shown = readableSchema(
      { description: 'a union', oneOf: members },
      variants,
    ) as Record<string, unknown>
    const mapping = Object.fromEntries(
      members.map((_, i) => [
        `K${i} · done`,
        `#/components/schemas/variant-${i + 1}`,
      ]),
    )
    expect(shown).toEqual({
      type: 'object',
      description: 'a union',
      oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
      discriminator: { propertyName: 'kind', mapping },
    })
    // The discriminating value as a const: Redoc would sort the dropdown by a one-value enum.
    expect(variants.get('variant-1')).toEqual({
      title: 'K0 · done',
      ...members[0],
      properties: { ...members[0]!.properties, kind: { const: 'K0' } },
    })

    const untold = readableSchema(
      {
        oneOf: members.map((m) => ({
          ...m,
          properties: { id: { type: 'string' } },
        })),
      },
      new Map(),
    ) as { discriminator?: unknown }
    expect(untold.discriminator).toBeUndefined()
  })

  it('shows the 63 kinds of action attempt as one union on action_type, every variant on the page', () => {
    const [, locks] = referencePages().find(
      ([file]) => file === 'reference/locks.html',
    )!
    const attempt = locks.components!.schemas!.action_attempt as {
      oneOf: Array<{ $ref: string }>
      discriminator: { propertyName: string; mapping: Record<string, string> }
    }
    expect(attempt.discriminator.propertyName).toBe('action_type')
    expect(Object.keys(attempt.discriminator.mapping)).toHaveLength(63)
    expect(Object.keys(attempt.discriminator.mapping)).toContain(
      'UNLOCK_DOOR · success',
    )
    for (const ref of Object.values(attempt.discriminator.mapping))
      expect(resolvePointer(locks, ref), ref).toBeDefined()
  })
})

describe('the landing page', () => {
  it('lists each namespace that has operations once, under its top-level namespace, linking to its page', () => {
    const html = String(files.get('index.html'))
    const groups = [
      ...html.matchAll(
        /<h3><code>([^<]+)<\/code><\/h3>\n<ul>\n([\s\S]*?)\n<\/ul>/g,
      ),
    ]
    expect(groups.map((group) => group[1])).toContain('seam.acs')
    let operations = 0
    const listed: string[] = []
    for (const [, group, items] of groups) {
      for (const [, href, name, count] of items!.matchAll(
        /<li><a href="([^"]+)"><code>([^<]+)<\/code><\/a> <span class="count">(\d+) operation/g,
      )) {
        expect(
          name === group || name!.startsWith(`${group}.`),
          `${name} under ${group}`,
        ).toBe(true)
        expect(files.has(href!), `${name} links to ${href}`).toBe(true)
        expect(Number(count)).toBeGreaterThan(0)
        operations += Number(count)
        listed.push(name!)
      }
    }
    expect(operations).toBe(Object.keys(generated.paths).length)
    expect(new Set(listed).size).toBe(listed.length)
    expect(listed).not.toContain('seam.acs')
    expect(html.indexOf('id="search"')).toBeLessThan(
      html.indexOf('<h2>Namespaces</h2>'),
    )
    expect(html).toContain(`${Object.keys(generated.paths).length} operations in`)
  })

  it('ships the search index: every operation with its title, path, SDK method, description and place', () => {
    const index = String(files.get('assets/search-index.js'))
    const entries = JSON.parse(
      index.replace(/^window\.seamOperations = /, ''),
    ) as Array<Record<string, string>>
    expect(entries.map((entry) => entry.path).sort()).toEqual(
      Object.keys(generated.paths).sort(),
    )
    expect(
      entries.find((entry) => entry.path === '/locks/unlock_door'),
    ).toEqual({
      title: 'Unlock a Lock',
      path: '/locks/unlock_door',
      sdkMethod: 'seam.locks.unlockDoor',
      description: expect.stringContaining('Unlocks a'),
      href: 'reference/locks.html#operation/locksUnlockDoorPost',
    })
  })
})

describe('the changelog page', () => {
  it('shows only the newest section', () => {
    const changelog =
      '# Changelog\n\nIntro.\n\n## @seamapi/types 2.0.0\n\nNewest `thing`.\n\n### Details\n\nMore.\n\n## @seamapi/types 1.0.0\n\nOlder.\n'
    expect(latestSection(changelog)).toEqual({
      heading: '@seamapi/types 2.0.0',
      markdown:
        '## @seamapi/types 2.0.0\n\nNewest `thing`.\n\n### Details\n\nMore.\n',
    })
    const html = String(
      siteFiles(generated, changelog, assets).get('changelog.html'),
    )
    expect(html).toContain('<h2>@seamapi/types 2.0.0</h2>')
    expect(html).toContain('<code>thing</code>')
    expect(html).toContain('<h3>Details</h3>')
    expect(html).not.toContain('Older.')
  })

  it('links each operation heading to the operation in the reference, unless it is gone', () => {
    const hrefs = new Map([
      [
        '/locks/unlock_door',
        'reference/locks.html#operation/locksUnlockDoorPost',
      ],
    ])
    expect(
      linkOperations(
        '#### Operation `/locks/unlock_door` (`seam.locks.unlockDoor`)\n\n#### Operation `/gone` (`seam.gone`)\n',
        hrefs,
      ),
    ).toBe(
      '#### Operation [`/locks/unlock_door`](reference/locks.html#operation/locksUnlockDoorPost) (`seam.locks.unlockDoor`)\n\n#### Operation `/gone` (`seam.gone`)\n',
    )
    const html = String(files.get('changelog.html'))
    const linked = [
      ...html.matchAll(
        /<h4>Operation <a href="([^"]+)"><code>([^<]+)<\/code><\/a>/g,
      ),
    ]
    expect(linked.length).toBeGreaterThan(300)
    for (const [, href, path] of linked)
      expect(files.has(href!.split('#')[0]!), path).toBe(true)
    expect(html).toContain(
      '<h4>Operation <code>/seam/v1/customers/push_data</code>',
    )
  })

  it('puts each entry in a section by namespace, undocumented ones hidden, and the summary table breaking first', () => {
    const markdown = [
      '## @seamapi/types 2.0.0',
      '',
      '| Change | Class | Count |',
      '| --- | --- | ---: |',
      '| operation added | non-breaking | 3 |',
      '| operation removed | breaking | 1 |',
      '',
      '### Breaking changes',
      '',
      '#### Operation `/locks/unlock_door` (`seam.locks.unlockDoor`)',
      '',
      '- parameter removed',
      '',
      '#### Operation `/seam/x/get` (`seam.seam.x.get`, undocumented)',
      '',
      '- property removed',
      '',
      '#### Resource schema `device`',
      '',
      '- property removed',
      '',
      '### Non-breaking changes',
      '',
    ].join('\n')
    const view = changelogView(markdown, new Map())
    const html = view.summary + view.details
    // The page puts its filter between the summary and the entries.
    expect(view.summary).toMatch(/^<h2>@seamapi\/types 2\.0\.0<\/h2>\n<table>/)
    expect(view.details).toMatch(/^<h3>Breaking changes<\/h3>/)
    expect(view.namespaces).toEqual(['seam.locks', 'seam.seam.x'])
    expect(view.undocumented).toBe(1)
    expect(html).toMatch(
      /<section class="change" data-namespace="seam.locks">\n<h4>Operation <code>\/locks\/unlock_door<\/code>[^]*?parameter removed[^]*?<\/section>/,
    )
    expect(html).toContain(
      '<section class="change" data-namespace="seam.seam.x" data-undocumented hidden>',
    )
    expect(html).toContain(
      '<section class="change" data-namespace="">\n<h4>Resource schema',
    )
    expect(html).toContain('<h3>Non-breaking changes</h3>')
    expect(html.indexOf('operation removed')).toBeLessThan(
      html.indexOf('operation added'),
    )
    expect(html).toContain('<td align="right">1</td>')
  })

  it('says that none is recorded when there is no changelog', () => {
    const site = siteFiles(generated, '', assets)
    expect(String(site.get('changelog.html'))).toContain(
      'No API changelog has been recorded yet',
    )
    expect(String(site.get('index.html'))).toContain('none recorded yet')
  })
})

describe('bad input', () => {
  const withSamples = (
    edit: (samples: unknown[]) => unknown,
  ): OpenApiDocument => {
    const spec = structuredClone(generated)
    const post = spec.paths['/locks/unlock_door']!.post as Record<
      string,
      unknown
    >
    post['x-codeSamples'] = edit(post['x-codeSamples'] as unknown[])
    return spec
  }

  it('names an operation without samples by its JSON pointer', () => {
    const build = () =>
      siteFiles(
        withSamples(() => undefined),
        '',
        assets,
      )
    expect(build).toThrow(SpecError)
    expect(build).toThrow(
      '#/paths/~1locks~1unlock_door/post/x-codeSamples: has no code samples',
    )
  })

  it('names a sample this pipeline did not write by its JSON pointer', () => {
    const build = () =>
      siteFiles(
        withSamples((samples) =>
          samples.map((s, i) =>
            i === 2 ? { ...(s as object), lang: 'cobol' } : s,
          ),
        ),
        '',
        assets,
      )
    expect(build).toThrow(
      '#/paths/~1locks~1unlock_door/post/x-codeSamples/2: expected a sample written by this pipeline',
    )
  })
  it('names an operation without the cURL sample, whose response is the example, by its JSON pointer', () => {
    // A spec whose 200 response has no example of its own: the site takes cURL's response.
    const spec = withSamples((samples) =>
      samples.filter((s) => (s as { label: string }).label !== 'cURL'),
    )
    const post = spec.paths['/locks/unlock_door']!.post as {
      responses: { 200: { content: { 'application/json': { example?: unknown } } } }
    }
    delete post.responses[200].content['application/json'].example
    const build = () => siteFiles(spec, '', assets)
    expect(build).toThrow(
      '#/paths/~1locks~1unlock_door/post/x-codeSamples: has no cURL sample',
    )
  })
})

describe('writing the site', () => {
  it('replaces the previous site whole and leaves no staging folder', async () => {
    const out = join(workDir, 'replace', 'site')
    await writeSite(
      out,
      new Map([
        ['old.html', 'old'],
        ['reference/a.html', 'a'],
      ]),
    )
    await writeSite(out, new Map([['index.html', 'new']]))
    expect(await snapshotTree(out)).toEqual({
      'index.html': expect.any(String),
    })
    expect(await readdir(join(workDir, 'replace'))).toEqual(['site'])
  })

  it('leaves the previous site exactly as it was when a write fails', async () => {
    const out = join(workDir, 'fail', 'site')
    await writeSite(
      out,
      new Map([
        ['index.html', 'before'],
        ['reference/a.html', 'a'],
      ]),
    )
    const before = await snapshotTree(out)
    // A file and a folder of the same name cannot both be written.
    await expect(
      writeSite(
        out,
        new Map([
          ['index.html', 'after'],
          ['x', 'file'],
          ['x/y.html', 'under a file'],
        ]),
      ),
    ).rejects.toThrow()
    expect(await snapshotTree(out)).toEqual(before)
    expect(await readdir(join(workDir, 'fail'))).toEqual(['site'])
  })
})

describe('npm run docs:build', () => {
  it('builds the site and reports its size and time', async () => {
    const out = join(workDir, 'cli', 'site')
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'build', '--out', out])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^.*site\/: \d+ files, \d+\.\d MB, in \d+\.\d s$/m)
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('Seam Connect API reference')
  })

  it('fails with exit 1, names the missing spec and leaves the site as it was', async () => {
    const out = join(workDir, 'cli-missing', 'site')
    await mkdir(out, { recursive: true })
    await writeFile(join(out, 'index.html'), 'kept')
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'build', '--spec', join(workDir, 'nowhere.json'), '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('nowhere.json: cannot read the spec (ENOENT)')
    expect(result.stderr).toContain('run "seam-codegen generate" first')
    expect(await snapshotTree(out)).toEqual({ 'index.html': expect.any(String) })
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('kept')
  })

  it('fails with exit 1 on a spec that is not JSON, or has a dangling $ref, naming the file or the pointer', async () => {
    const out = join(workDir, 'cli-bad', 'site')
    const notJson = join(workDir, 'not-json.json')
    await writeFile(notJson, '{"openapi": "3.0.0",')
    const broken = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'build', '--spec', notJson, '--out', out])
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain('not-json.json: not valid JSON')

    const dangling = join(workDir, 'dangling.json')
    const spec = structuredClone(generated)
    ;(
      spec.paths['/locks/unlock_door']!.post as { responses: unknown }
    ).responses = { 200: { $ref: '#/components/responses/nowhere' } }
    await writeFile(dangling, JSON.stringify(spec))
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'build', '--spec', dangling, '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      '#/paths/~1locks~1unlock_door/post/responses/200/$ref',
    )
    await expect(readdir(join(workDir, 'cli-bad'))).rejects.toThrow('ENOENT')
  })

  it('fails with exit 2 on an unknown option, naming it', async () => {
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'build', '--outt', 'x'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe("error: unknown option '--outt'\n(Did you mean --out?)\nRun seam-codegen docs build --help for its usage.\n")
  })
})
