// Every benchmark of `npm run bench`, run once with tiny counts so that the bench code cannot rot:
// generation on a small real spec (four paths of openapi.json), one tsc run per consumer, a few
// requests, the sizes, one start per app. Structure only: no figure is asserted, timings least of all.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  replaceSection,
  writeResults,
  type Section,
} from '../../bench/report.js'
import {
  benchmarkNames,
  formatReport,
  runBenchmarks,
  type BenchSettings,
} from '../../bench/run.js'
import { repoRoot } from '../helpers/run-script.js'
import { subsetSpec } from './tiny-spec.js'

let work: string
let sections: Section[]
const printed: string[] = []

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-bench-smoke-'))
  const spec = JSON.parse(
    await readFile(join(repoRoot, 'openapi.json'), 'utf8'),
  )
  const tinySpec = join(work, 'tiny-openapi.json')
  await writeFile(
    tinySpec,
    JSON.stringify(
      subsetSpec(spec, [
        '/devices/list',
        '/devices/get',
        '/locks/unlock_door',
        '/action_attempts/get',
      ]),
    ),
  )
  const settings: BenchSettings = {
    spec: tinySpec,
    runs: 1,
    warmup: 0,
    coldStartRuns: 1,
    requests: 4,
    roundSize: 2,
    changedPath: '/devices/list',
  }
  // The test tier runs the test suite: inside a test it would run itself.
  const names = benchmarkNames.filter((name) => name !== 'test-tier')
  sections = await runBenchmarks(settings, names, (text) => printed.push(text))
}, 600_000)

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

const isSeparator = (line: string | undefined): boolean =>
  line !== undefined && /^\|[\s:|-]+\|$/.test(line)

/** The body rows of the section's tables (neither header nor separator lines), as arrays of cells. */
function tableRows(section: Section): string[][] {
  const lines = section.table.split('\n')
  return lines
    .filter(
      (line, i) =>
        line.startsWith('|') &&
        !isSeparator(line) &&
        !isSeparator(lines[i + 1]),
    )
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
}

const section = (title: string): Section => {
  const found = sections.find((s) => s.title === title)
  if (found === undefined) throw new Error(`no section ${title}`)
  return found
}

describe('npm run bench, once with tiny counts', () => {
  it('prints one section per benchmark, each with a table and its targets', () => {
    expect(sections.map((s) => s.title)).toEqual([
      'Generation',
      'Type-check cost for a user',
      'Request overhead',
      'Size',
      'Cold start',
      'Watch mode: a sample edit to the new sample on disk',
    ])
    expect(printed).toHaveLength(6)
    for (const s of sections) {
      expect(s.targets.length).toBeGreaterThan(0)
      expect(s.table).not.toMatch(/NaN|undefined|Infinity/)
    }
  })

  it('generation: this pipeline cold, openapi-typescript, orval, hey-api, the no-op and the one-change run (on a 4-path spec)', () => {
    const rows = tableRows(section('Generation'))
    expect(rows.map((row) => row[0])).toEqual([
      expect.stringContaining('full pipeline, cold'),
      expect.stringContaining('openapi-typescript'),
      expect.stringContaining('orval'),
      expect.stringContaining('@hey-api/openapi-ts'),
      expect.stringContaining('no-op'),
      expect.stringContaining('one operation changed'),
    ])
    expect(rows[4]![4]).toBe('0 rewritten')
    // Wall, CPU and peak memory of every run, each also as a ratio to openapi-typescript's.
    for (const row of rows) {
      expect(row.slice(1, 4)).toEqual([
        expect.stringMatching(/ s$/),
        expect.stringMatching(/ s$/),
        expect.stringMatching(/ MiB$/),
      ])
      expect(row.slice(5)).toEqual([
        expect.stringMatching(/×$/),
        expect.stringMatching(/×$/),
        expect.stringMatching(/×$/),
      ])
    }
    expect(section('Generation').targets.map((t) => t.goal)).toEqual([
      expect.stringContaining('wall time ≤ 1.5×'),
      expect.stringContaining('peak memory ≤ 1.5×'),
      expect.stringContaining('no-op ≤ 0.5 s'),
      expect.stringContaining('one changed operation ≤ 0.4×'),
    ])
  })

  it('type-check: both imports of this package, openapi-typescript + openapi-fetch and @seamapi/http; this package compiles with 0 errors', () => {
    const s = section('Type-check cost for a user')
    expect(tableRows(s)).toHaveLength(4)
    expect(
      s.targets
        .filter((t) => t.goal.endsWith('0 errors'))
        .map((t) => t.measured),
    ).toEqual(['0', '0'])
  })

  it('watch: one sample edit, timed to the new sample on disk', () => {
    expect(
      tableRows(
        section('Watch mode: a sample edit to the new sample on disk'),
      ).map((row) => row[0]),
    ).toEqual(['one sample value'])
  })

  it('request overhead: this SDK, @seamapi/http, its transport alone and raw fetch', () => {
    expect(tableRows(section('Request overhead')).map((row) => row[0])).toEqual(
      [
        expect.stringContaining('this project'),
        expect.stringContaining('@seamapi/http'),
        expect.stringContaining('openapi-fetch as this project calls it'),
        expect.stringMatching(/^raw fetch/),
      ],
    )
  })

  it('size: the one-call bundles and both clean installs', () => {
    expect(tableRows(section('Size')).map((row) => row[0])).toEqual([
      'seam-connect-sdk: SeamHttp',
      'seam-connect-sdk: lightest (/client + /routes/devices)',
      '@seamapi/http: SeamHttp',
      '@seamapi/http: SeamHttpDevices alone',
      'this project (its npm pack tarball)',
      expect.stringMatching(/^@seamapi\/http@/),
    ])
  })

  it('cold start: an empty Node process, both imports of this package and @seamapi/http', () => {
    expect(tableRows(section('Cold start'))).toHaveLength(4)
  })

  it('the report replaces its own section of RESULTS.md and keeps everything else', async () => {
    const results = join(work, 'RESULTS.md')
    await writeFile(
      results,
      '# Benchmarks\n\n## Someone else’s section\n\nkept\n',
    )
    await writeResults(results, formatReport('npm run bench', sections, 0))
    await writeResults(
      results,
      formatReport('npm run bench -- --runs 1', sections, 0),
    )
    const text = await readFile(results, 'utf8')
    expect(text).toContain('## Someone else’s section\n\nkept\n')
    expect(text.match(/## Benchmarks against the peers/g)).toHaveLength(1)
    expect(text).toContain('Command: `npm run bench -- --runs 1`')
    expect(replaceSection(text, 'x')).toBe(
      replaceSection(replaceSection(text, 'y'), 'x'),
    )
  })
})
