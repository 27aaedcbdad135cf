// What a benchmark hands back, how it is printed, and how it lands in bench/RESULTS.md.
import { readFile, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'

export interface Target {
  /** What is compared, with the target: `full generation ≤ 1.5× openapi-typescript`. */
  goal: string
  /** The figure this run measured: `1.32×`. */
  measured: string
  met: boolean
}

export interface Section {
  title: string
  /** How it was measured: commands, versions, counts; one Markdown line each. */
  method: string[]
  /** A Markdown table. */
  table: string
  targets: Target[]
  /** The load average (1 min) when the benchmark started and ended. */
  load: [number, number]
}

export const markdownTable = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string =>
  [header, header.map((_, i) => (i === 0 ? '---' : '--:')), ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n')

export const ratio = (value: number, base: number): string =>
  `${(value / base).toFixed(2)}×`
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
export const milliseconds = (ms: number): string =>
  `${ms.toFixed(ms < 10 ? 2 : 0)} ms`
export const count = (n: number): string => n.toLocaleString('en-US')
export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`
export const mebibytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toFixed(0)} MiB`

/** Runs a benchmark body and notes the machine's load around it. */
export async function withLoad(
  body: () => Promise<Omit<Section, 'load'>>,
): Promise<Section> {
  const before = loadavg()[0]!
  const section = await body()
  return { ...section, load: [before, loadavg()[0]!] }
}

export function formatSection(section: Section): string {
  const targets = section.targets.map(
    (t) =>
      `- ${t.met ? 'met' : '**missed**'}: ${t.goal}; measured ${t.measured}`,
  )
  return [
    `### ${section.title}`,
    '',
    ...section.method.map((line) => `${line}  `),
    `Load average (1 min): ${section.load[0].toFixed(2)} at the start, ${section.load[1].toFixed(2)} at the end.`,
    '',
    section.table,
    '',
    ...targets,
  ].join('\n')
}

const begin =
  '<!-- npm run bench: begin (this section is rewritten by every run of bench/run.ts) -->'
const end = '<!-- npm run bench: end -->'

/** The file with its benchmark section replaced by `section` (appended when it has none yet); the rest is kept. */
export function replaceSection(file: string, section: string): string {
  const block = `${begin}\n${section.trim()}\n${end}`
  const from = file.indexOf(begin)
  const to = file.indexOf(end)
  if (from === -1 || to < from)
    return `${file.trimEnd()}${file.trim() === '' ? '' : '\n\n'}${block}\n`
  return `${file.slice(0, from)}${block}${file.slice(to + end.length)}`
}

export async function writeResults(
  path: string,
  section: string,
): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => '# Benchmarks\n')
  await writeFile(path, replaceSection(current, section))
}
