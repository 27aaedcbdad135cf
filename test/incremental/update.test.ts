import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generate } from '../../scripts/pipeline.js'
import { formatSpecJson } from '../../scripts/spec/seam-types-package.js'
import { prependSection } from '../../scripts/update/changelog-file.js'
import { updateSpec } from '../../scripts/update/update.js'
import { repoRoot, runScript } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

const fixture = async (rule: string): Promise<{ old: unknown; new: unknown }> =>
  JSON.parse(
    await readFile(
      join(repoRoot, 'test', 'fixtures', 'diff', `${rule}.json`),
      'utf8',
    ),
  ) as { old: unknown; new: unknown }

describe('spec:update', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-update-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('to a spec that cannot be generated from leaves openapi.json, generated/ and CHANGELOG.md byte for byte as they were', async () => {
    // A copy of the repo's spec, output and samples, so the real files are never at risk.
    const repo = join(dir, 'broken-case')
    await mkdir(repo)
    await Promise.all(
      ['openapi.json', 'generated', 'samples'].map((name) =>
        cp(join(repoRoot, name), join(repo, name), { recursive: true }),
      ),
    )
    await writeFile(
      join(repo, 'CHANGELOG.md'),
      '# Changelog\n\n## @seamapi/types 1.977.0\n\nEarlier entries.\n',
    )
    const document = JSON.parse(
      await readFile(join(repo, 'openapi.json'), 'utf8'),
    ) as {
      paths: Record<string, { post: { requestBody: unknown } }>
    }
    document.paths['/locks/unlock_door']!.post.requestBody = {
      $ref: '#/components/requestBodies/unlock',
    }
    const broken = join(dir, 'broken.json')
    await writeFile(broken, JSON.stringify(document))
    const before = await snapshotTree(repo)

    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['update',
      '--version', '9.0.0', '--from-file', broken,
      '--spec', join(repo, 'openapi.json'), '--out', join(repo, 'generated'), '--changelog', join(repo, 'CHANGELOG.md'),
      '--package', join(repo, 'package.json'), '--version-module', join(repo, 'version.ts'), '--releases', join(repo, 'RELEASES.md'),
    ]) // prettier-ignore
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('nothing was written')
    expect(result.stderr).toContain(
      '#/paths/~1locks~1unlock_door/post/requestBody/$ref',
    )
    expect(await snapshotTree(repo)).toEqual(before)
  }, 120_000)

  it('writes the new spec, its output and the changelog under a heading with the version, newest first', async () => {
    const repo = join(dir, 'small')
    const [added, removed] = await Promise.all([
      fixture('operation-added'),
      fixture('operation-removed'),
    ])
    const spec = join(repo, 'openapi.json')
    const out = join(repo, 'generated')
    const changelog = join(repo, 'CHANGELOG.md')
    await mkdir(repo)
    await writeFile(spec, formatSpecJson(added.old))
    await generate({ spec, out, check: false, cache: false })

    const first = await updateSpec({
      version: '2.0.0',
      source: async () => added.new,
      spec,
      out,
      changelog,
      cache: false,
    })
    expect(first.changed).toBe(true)
    expect(first.changelog).toMatchObject({
      bump: 'minor',
      breaking: 0,
      nonBreaking: 1,
    })
    expect(first.generation.plan.write).toContain('routes/devices.ts')
    expect(await readFile(spec, 'utf8')).toBe(formatSpecJson(added.new))

    const scratch = join(dir, 'small-scratch')
    await mkdir(scratch)
    await writeFile(join(scratch, 'openapi.json'), formatSpecJson(added.new))
    await generate({
      spec: join(scratch, 'openapi.json'),
      out: join(scratch, 'generated'),
      check: false,
      cache: false,
    })
    expect(await snapshotTree(out)).toEqual(
      await snapshotTree(join(scratch, 'generated')),
    )

    // Back to a spec without /devices/delete or /devices/list: a breaking release, above the first.
    const second = await updateSpec({
      version: '3.0.0',
      source: async () => removed.new,
      spec,
      out,
      changelog,
      cache: false,
    })
    expect(second.changelog).toMatchObject({
      from: '2.0.0',
      to: '3.0.0',
      bump: 'major',
    })
    const text = await readFile(changelog, 'utf8')
    expect(text.startsWith('# Changelog\n')).toBe(true)
    expect(text.indexOf('## @seamapi/types 3.0.0')).toBeLessThan(
      text.indexOf('## @seamapi/types 2.0.0'),
    )
    expect(text).toContain(
      '#### Operation `/devices/delete` (`seam.devices.delete`)\n\n- operation removed',
    )
    expect(text).toContain(
      '#### Operation `/devices/list` (`seam.devices.list`)\n\n- operation removed',
    )

    const again = await updateSpec({
      version: '3.0.0',
      source: async () => removed.new,
      spec,
      out,
      changelog,
      cache: false,
    })
    expect(again.changed).toBe(false)
    expect(await readFile(changelog, 'utf8')).toBe(text)
  }, 120_000)

  it('puts a section under the header of a changelog, above the newest section', () => {
    expect(prependSection('', '## @seamapi/types 2.0.0\n\nNew.\n')).toBe(
      '# Changelog\n\nChanges to the Seam Connect API this SDK is generated from, newest first. Written by `npm run spec:update`.\n\n## @seamapi/types 2.0.0\n\nNew.\n',
    )
    expect(
      prependSection(
        '# Changelog\n\nIntro.\n\n## @seamapi/types 1.0.0\n\nOld.\n',
        '## @seamapi/types 2.0.0\n\nNew.\n',
      ),
    ).toBe(
      '# Changelog\n\nIntro.\n\n## @seamapi/types 2.0.0\n\nNew.\n\n## @seamapi/types 1.0.0\n\nOld.\n',
    )
  })
})
