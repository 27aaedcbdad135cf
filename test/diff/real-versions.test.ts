import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  diffSpecs,
  renderJson,
  renderMarkdown,
  type ChangeEntry,
  type Changelog,
} from '../../scripts/diff/spec-diff.js'
import { generate } from '../../scripts/pipeline.js'
import {
  formatSpecJson,
  loadPublishedSpec,
} from '../../scripts/spec/seam-types-package.js'
import { repoRoot } from '../helpers/run-script.js'

const run = promisify(execFile)
const versions = ['1.721.0', '1.977.0'] as const

const ofRule = (
  changelog: Changelog,
  rule: ChangeEntry['rule'],
): ChangeEntry[] => changelog.entries.filter((e) => e.rule === rule)

// The counts and entries below were checked by hand against the two specs (a separate script
// over the raw JSON: path sets, security requirements, x-undocumented, enums).
describe('@seamapi/types 1.721.0 -> 1.977.0', () => {
  let dir: string
  let specs: Record<(typeof versions)[number], unknown>
  let changelog: Changelog

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-real-versions-'))
    // Installed once per version into a temp folder (see seamTypesCacheDir) and reused.
    const [old, next] = await Promise.all(
      versions.map((version) => loadPublishedSpec(version)),
    )
    specs = { '1.721.0': old, '1.977.0': next }
    changelog = diffSpecs(old, next, { from: '1.721.0', to: '1.977.0' })
  }, 300_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('adds 56 operations and removes 1', () => {
    expect(ofRule(changelog, 'operation-added')).toHaveLength(56)
    expect(ofRule(changelog, 'operation-removed').map((e) => e.name)).toEqual([
      '/seam/v1/customers/push_data',
    ])
    expect(ofRule(changelog, 'operation-added').map((e) => e.name)).toContain(
      '/access_codes/get_timeline',
    )
    expect(ofRule(changelog, 'operation-published')).toHaveLength(26)
    expect(ofRule(changelog, 'operation-docs-changed')).toHaveLength(183)
    expect(changelog.bump).toBe('major')
  })

  it('reports the auth changes: 4 operations lose a scheme, 90 gain one, access_token is gone', () => {
    expect(ofRule(changelog, 'auth-removed').map((e) => e.name)).toEqual([
      '/access_codes/get',
      '/acs/entrances/get',
      '/seam/customer/v1/automations/get',
      '/seam/customer/v1/automations/update',
    ])
    expect(ofRule(changelog, 'auth-added')).toHaveLength(90)
    expect(changelog.entries).toContainEqual({
      rule: 'auth-added',
      breaking: false,
      bump: 'minor',
      scope: 'operation',
      name: '/access_codes/get',
      method: 'seam.accessCodes.get',
      detail:
        'client_session_with_customer_ro, pat_with_workspace, support_read_only_token',
    })
    const schemes = changelog.entries
      .filter((e) => e.scope === 'security-scheme')
      .map((e) => `${e.rule} ${e.name}`)
    expect(schemes).toEqual([
      'security-scheme-removed access_token',
      'security-scheme-added client_session_with_customer_ro',
      'security-scheme-added internal_service_agent',
      'security-scheme-added support_read_only_token',
    ])
  })

  it('reports parameter, return value and schema changes checked by hand', () => {
    const about = (name: string, member?: string) =>
      changelog.entries
        .filter((e) => e.name === name && e.member === member)
        .map((e) => [e.rule, e.detail])
    expect(about('/devices/list', 'device_type')).toEqual([
      [
        'parameter-enum-values-removed',
        '"hubitat_lock", "korelock_lock", "seam_relay"',
      ],
      [
        'parameter-enum-values-added',
        '"keyincode_lock", "kisi_lock", "omnitec_lock", "ring_camera"',
      ],
    ])
    expect(about('/spaces/update', 'customer_key')).toEqual([
      ['parameter-removed', undefined],
    ])
    expect(about('/customers/create_portal')).toContainEqual([
      'operation-returns-changed',
      'magic_link -> customer_portal',
    ])
    expect(about('customer_portal')).toEqual([['schema-added', undefined]])
  })

  it('finds the changes inside union variants and behind $refs that became inline objects', () => {
    const found = changelog.entries.map((e) =>
      `${e.rule} ${e.name} ${e.member ?? ''}`.trim(),
    )
    expect(found).toEqual(
      expect.arrayContaining([
        'property-made-optional event [lock.access_denied].device_id',
        'property-made-optional connected_account errors[][salto_ks_subscription_limit_exceeded].salto_ks_metadata.sites',
        'property-made-optional action_attempt [SCAN_CREDENTIAL, success].result.acs_credential_on_encoder.visionline_metadata.card_id',
        'property-removed /seam/customer/v1/reservations/list reservations[].access_methods[].workspace_id',
        'parameter-constraint-narrowed /seam/console/v1/timelines/get limit',
      ]),
    )
    const visionline = found.filter((e) =>
      e.includes(
        '[SCAN_CREDENTIAL, success].result.acs_credential_on_encoder.visionline_metadata.',
      ),
    )
    expect(visionline).toHaveLength(8)
    // A $ref and an inline object with the same properties are the same type.
    expect(
      ofRule(changelog, 'property-type-changed').map((e) => e.detail),
    ).not.toContainEqual(expect.stringMatching(/-> object$/))
  })

  it('gives the same bytes for the same inputs', () => {
    const again = diffSpecs(
      structuredClone(specs['1.721.0']),
      structuredClone(specs['1.977.0']),
      { from: '1.721.0', to: '1.977.0' },
    )
    expect(renderMarkdown(again)).toBe(renderMarkdown(changelog))
    expect(renderJson(again)).toBe(renderJson(changelog))
  })

  it('generates from both versions, and both type-check with zero errors', async () => {
    // Each output sits beside a link to the repo's runtime (the routes import ../../src/runtime.js),
    // and the one tsc program over both finds packages through a link to node_modules.
    for (const version of versions) {
      const root = join(dir, version)
      await mkdir(root)
      await writeFile(
        join(root, 'openapi.json'),
        formatSpecJson(specs[version]),
      )
      await symlink(join(repoRoot, 'src'), join(root, 'src'))
      const runtimeImport = join(root, 'src/runtime.ts')
      const result = await generate({
        spec: join(root, 'openapi.json'),
        out: join(root, 'generated'),
        check: false,
        cache: join(dir, 'cache'),
        runtimeImport,
      })
      expect(result.operations).toBe(version === '1.721.0' ? 261 : 316)
    }
    await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'))
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n')
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(repoRoot, 'tsconfig.json'),
        compilerOptions: { noEmit: true },
        include: versions.map((v) => `${v}/generated`),
      }),
    )
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')
    const { stdout } = await run(
      process.execPath,
      [tsc, '-p', join(dir, 'tsconfig.json'), '--listFilesOnly'],
      { maxBuffer: 16 * 1024 * 1024 },
    )
    for (const version of versions)
      expect(stdout).toContain(join(dir, version, 'generated', 'seam-http.ts'))
    const checked = await run(
      process.execPath,
      [tsc, '-p', join(dir, 'tsconfig.json')],
      { maxBuffer: 16 * 1024 * 1024 },
    ).then(
      () => ({ code: 0, output: '' }),
      (error: { code?: number; stdout?: string }) => ({
        code: error.code ?? 1,
        output: error.stdout ?? '',
      }),
    )
    expect(checked.output).toBe('')
    expect(checked.code).toBe(0)
  }, 600_000)
})
