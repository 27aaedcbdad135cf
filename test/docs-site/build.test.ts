import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { linkOperations, readSiteAssets, siteFiles, writeSite, type SiteAssets, type SiteFiles } from '../../scripts/docs-site/build.js'
import { withVariantTitles } from '../../scripts/docs-site/reference-spec.js'
import { renderers } from '../../scripts/samples/renderers.js'
import { checkSpec, isObject, resolvePointer, SpecError, type OpenApiDocument } from '../../scripts/spec/load.js'
import { referencedComponents } from '../../scripts/spec/references.js'
import { latestSection } from '../../scripts/update/changelog-file.js'
import { repoRoot, runScript } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

let generated: OpenApiDocument
let assets: SiteAssets
let files: SiteFiles
let workDir: string

beforeAll(async () => {
  generated = checkSpec(JSON.parse(await readFile(join(repoRoot, 'generated/openapi.json'), 'utf8')))
  assets = await readSiteAssets()
  files = siteFiles(generated, await readFile(join(repoRoot, 'CHANGELOG.md'), 'utf8'), assets)
  workDir = await mkdtemp(join(tmpdir(), 'docs-site-build-'))
})

afterAll(() => rm(workDir, { recursive: true, force: true }))

/** The spec a reference page hands to Redoc. */
function embeddedSpec(html: string): OpenApiDocument {
  const json = /<script id="spec" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1]
  if (json === undefined) throw new Error('the page embeds no spec')
  return JSON.parse(json) as OpenApiDocument
}

let pagesParsed: Array<[string, OpenApiDocument]> | undefined
/** Each reference page with the spec it embeds, parsed once. */
const referencePages = (): Array<[string, OpenApiDocument]> =>
  (pagesParsed ??= [...files].filter(([file]) => file.startsWith('reference/')).map(([file, html]) => [file, embeddedSpec(String(html))]))

describe('the reference pages', () => {
  it('show every POST operation of the generated spec exactly once, its samples as they were generated', () => {
    const shown = new Map<string, unknown>()
    for (const [file, spec] of referencePages()) {
      for (const [path, item] of Object.entries(spec.paths)) {
        expect(shown.has(path), `${path} appears on ${file} and another page`).toBe(false)
        expect(Object.keys(item)).toEqual(['post'])
        shown.set(path, item.post)
      }
    }
    expect([...shown.keys()].sort()).toEqual(Object.keys(generated.paths).sort())
    for (const [path, post] of shown) {
      const samples = (post as { 'x-codeSamples': Array<{ label: string; source: string }> })['x-codeSamples']
      const original = (generated.paths[path]!.post as { 'x-codeSamples': Array<{ source: string }> })['x-codeSamples']
      expect(samples.map((s) => s.label)).toEqual(renderers.map((r) => r.name))
      expect(samples.map((s) => s.source)).toEqual(original.map((s) => s.source))
    }
  })

  it('carry every component their operations reach, so no $ref dangles', () => {
    for (const [file, spec] of referencePages()) {
      const missing = referencedComponents(generated, Object.values(spec.paths)).filter((ref) => resolvePointer(spec, ref) === undefined)
      expect(missing, file).toEqual([])
      expect(isObject(spec.components?.securitySchemes), file).toBe(true)
    }
  })

  it('tag each page with its SDK namespace and mark undocumented operations', () => {
    const [, locks] = referencePages().find(([file]) => file === 'reference/locks.html')!
    expect(locks.tags).toEqual([expect.objectContaining({ name: 'seam.locks' })])
    const unlock = locks.paths['/locks/unlock_door']!.post as { tags: string[]; summary: string }
    expect(unlock).toMatchObject({ tags: ['seam.locks'], summary: 'Unlock a Lock' })

    const undocumented = Object.entries(generated.paths).find(([, item]) => (item.post as Record<string, unknown>)['x-undocumented'])!
    const page = referencePages().find(([, spec]) => undocumented[0] in spec.paths)!
    expect((page[1].paths[undocumented[0]]!.post as { description: string }).description).toMatch(/^> \*\*Undocumented:\*\*/)
  })

  it('escape the embedded spec so that no text in it can end its script element', () => {
    const hostile = structuredClone(generated)
    ;(hostile.paths['/locks/unlock_door']!.post as { description: string }).description = 'a </script><script>alert(1)</script> b'
    const html = String(siteFiles(hostile, '', assets).get('reference/locks.html'))
    expect(html).not.toContain('</script><script>alert(1)')
    const post = embeddedSpec(html).paths['/locks/unlock_door']!.post as { description: string }
    expect(post.description).toBe('a </script><script>alert(1)</script> b')
  })
})

describe('withVariantTitles', () => {
  it('titles untitled object variants by their single-value enums and consts, and changes nothing else', () => {
    const schema = {
      oneOf: [
        { type: 'object', properties: { action_type: { enum: ['LOCK_DOOR'] }, status: { const: 'pending' }, id: { type: 'string' } } },
        { type: 'object', title: 'Kept', properties: { status: { enum: ['error'] } } },
        { type: 'object', properties: { status: { enum: ['a', 'b'] } } },
        { type: 'string' },
      ],
      properties: { nested: { anyOf: [{ properties: { kind: { enum: [1] } } }] } },
    }
    const before = structuredClone(schema)
    expect(withVariantTitles(schema)).toEqual({
      oneOf: [
        { title: 'LOCK_DOOR · pending', ...schema.oneOf[0] },
        schema.oneOf[1],
        schema.oneOf[2],
        schema.oneOf[3],
      ],
      properties: { nested: { anyOf: [{ title: '1', properties: { kind: { enum: [1] } } }] } },
    })
    expect(schema).toEqual(before)
  })

  it('names the action attempt variants on the pages', () => {
    const [, locks] = referencePages().find(([file]) => file === 'reference/locks.html')!
    const variants = (locks.components!.schemas!.action_attempt as { oneOf: Array<{ title?: string }> }).oneOf
    expect(variants.map((v) => v.title)).toContain('UNLOCK_DOOR · pending')
    expect(variants.every((v) => v.title !== undefined)).toBe(true)
  })
})

describe('the landing page', () => {
  it('lists every namespace with its operation count, linking those that have operations', () => {
    const html = String(files.get('index.html'))
    const rows = [...html.matchAll(/<tr>\n<td class="namespace"[^>]*>(?:<a href="([^"]+)">)?<code>([^<]+)<\/code>.*\n<td class="count">(\d+)<\/td>/g)]
    expect(rows.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(Object.keys(generated.paths).length)
    expect(rows.map((row) => row[2])).toContain('seam.acs')
    for (const [, href, name, count] of rows) {
      if (count === '0') expect(href, name).toBeUndefined()
      else expect(files.has(href!), `${name} links to ${href}`).toBe(true)
    }
    expect(html).toContain('316 operations in')
  })
})

describe('the changelog page', () => {
  it('shows only the newest section', () => {
    const changelog = '# Changelog\n\nIntro.\n\n## @seamapi/types 2.0.0\n\nNewest `thing`.\n\n### Details\n\nMore.\n\n## @seamapi/types 1.0.0\n\nOlder.\n'
    expect(latestSection(changelog)).toEqual({
      heading: '@seamapi/types 2.0.0',
      markdown: '## @seamapi/types 2.0.0\n\nNewest `thing`.\n\n### Details\n\nMore.\n',
    })
    const html = String(siteFiles(generated, changelog, assets).get('changelog.html'))
    expect(html).toContain('<h2>@seamapi/types 2.0.0</h2>')
    expect(html).toContain('<code>thing</code>')
    expect(html).toContain('<h3>Details</h3>')
    expect(html).not.toContain('Older.')
  })

  it('links each operation heading to the operation in the reference, unless it is gone', () => {
    const hrefs = new Map([['/locks/unlock_door', 'reference/locks.html#tag/seam.locks/operation/locksUnlockDoorPost']])
    expect(linkOperations('#### Operation `/locks/unlock_door` (`seam.locks.unlockDoor`)\n\n#### Operation `/gone` (`seam.gone`)\n', hrefs)).toBe(
      '#### Operation [`/locks/unlock_door`](reference/locks.html#tag/seam.locks/operation/locksUnlockDoorPost) (`seam.locks.unlockDoor`)\n\n#### Operation `/gone` (`seam.gone`)\n',
    )
    const html = String(files.get('changelog.html'))
    const linked = [...html.matchAll(/<h4>Operation <a href="([^"]+)"><code>([^<]+)<\/code><\/a>/g)]
    expect(linked.length).toBeGreaterThan(300)
    for (const [, href, path] of linked) expect(files.has(href!.split('#')[0]!), path).toBe(true)
    expect(html).toContain('<h4>Operation <code>/seam/v1/customers/push_data</code>')
  })

  it('says that none is recorded when there is no changelog', () => {
    const site = siteFiles(generated, '', assets)
    expect(String(site.get('changelog.html'))).toContain('No API changelog has been recorded yet')
    expect(String(site.get('index.html'))).toContain('none recorded yet')
  })
})

describe('bad input', () => {
  const withSamples = (edit: (samples: unknown[]) => unknown): OpenApiDocument => {
    const spec = structuredClone(generated)
    const post = spec.paths['/locks/unlock_door']!.post as Record<string, unknown>
    post['x-codeSamples'] = edit(post['x-codeSamples'] as unknown[])
    return spec
  }

  it('names an operation without samples by its JSON pointer', () => {
    const build = () => siteFiles(withSamples(() => undefined), '', assets)
    expect(build).toThrow(SpecError)
    expect(build).toThrow('#/paths/~1locks~1unlock_door/post/x-codeSamples: has no code samples')
  })

  it('names a sample this pipeline did not write by its JSON pointer', () => {
    const build = () => siteFiles(withSamples((samples) => samples.map((s, i) => (i === 2 ? { ...(s as object), lang: 'cobol' } : s))), '', assets)
    expect(build).toThrow('#/paths/~1locks~1unlock_door/post/x-codeSamples/2: expected a sample written by this pipeline')
  })
})

describe('writing the site', () => {
  it('replaces the previous site whole and leaves no staging folder', async () => {
    const out = join(workDir, 'replace', 'site')
    await writeSite(out, new Map([['old.html', 'old'], ['reference/a.html', 'a']]))
    await writeSite(out, new Map([['index.html', 'new']]))
    expect(await snapshotTree(out)).toEqual({ 'index.html': expect.any(String) })
    expect(await readdir(join(workDir, 'replace'))).toEqual(['site'])
  })

  it('leaves the previous site exactly as it was when a write fails', async () => {
    const out = join(workDir, 'fail', 'site')
    await writeSite(out, new Map([['index.html', 'before'], ['reference/a.html', 'a']]))
    const before = await snapshotTree(out)
    // A file and a folder of the same name cannot both be written.
    await expect(writeSite(out, new Map([['index.html', 'after'], ['x', 'file'], ['x/y.html', 'under a file']]))).rejects.toThrow()
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
    ;(spec.paths['/locks/unlock_door']!.post as { responses: unknown }).responses = { 200: { $ref: '#/components/responses/nowhere' } }
    await writeFile(dangling, JSON.stringify(spec))
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'build', '--spec', dangling, '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('#/paths/~1locks~1unlock_door/post/responses/200/$ref')
    await expect(readdir(join(workDir, 'cli-bad'))).rejects.toThrow('ENOENT')
  })

  it('fails with exit 2 on an unknown option, naming it', async () => {
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'build', '--outt', 'x'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe("error: unknown option '--outt'\n(Did you mean --out?)\nRun seam-codegen docs build --help for its usage.\n")
  })
})
