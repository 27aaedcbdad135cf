import type { ChangeEntry, Changelog } from './diff.js'
import { ruleOrder, rules, type RuleId } from './rules.js'

/** Inline code that survives backticks and line breaks in what it quotes. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(
    0,
    ...[...flat.matchAll(/`+/g)].map((run) => run[0].length),
  )
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** How many entries each rule produced, in rule order. */
export function countByRule(
  entries: readonly ChangeEntry[],
): Array<[RuleId, number]> {
  const counts = new Map<RuleId, number>()
  for (const entry of entries)
    counts.set(entry.rule, (counts.get(entry.rule) ?? 0) + 1)
  return ruleOrder
    .filter((rule) => counts.has(rule))
    .map((rule) => [rule, counts.get(rule)!])
}

const count = (n: number, noun: string): string =>
  `${n} ${noun}${n === 1 ? '' : 's'}`

export function summaryLine(changelog: Changelog): string {
  if (changelog.identical)
    return 'The two specs are identical: no release is needed.'
  if (changelog.entries.length === 0)
    return 'No API change; the specs differ only in documentation: a **patch** release.'
  return `${count(changelog.breaking, 'breaking change')} and ${count(changelog.nonBreaking, 'non-breaking change')}: a **${changelog.bump}** release.`
}

const subjectHeading = (entry: ChangeEntry): string => {
  if (entry.scope === 'schema') return `Resource schema ${code(entry.name)}`
  if (entry.scope === 'security-scheme')
    return `Security scheme ${code(entry.name)}`
  const notes = [
    entry.method === undefined ? undefined : code(entry.method),
    entry.undocumented ? 'undocumented' : undefined,
  ]
  const note = notes.filter((n) => n !== undefined).join(', ')
  return `Operation ${code(entry.name)}${note === '' ? '' : ` (${note})`}`
}

const entryLine = (entry: ChangeEntry): string =>
  `- ${rules[entry.rule].title}${entry.member === undefined ? '' : ` ${code(entry.member)}`}${entry.detail === undefined ? '' : `: ${code(entry.detail)}`}`

/** Entries under one heading per operation, schema or scheme, in the entries' order. */
function section(entries: readonly ChangeEntry[], level: number): string[] {
  const lines: string[] = []
  let heading: string | undefined
  for (const entry of entries) {
    const current = subjectHeading(entry)
    if (current !== heading) {
      lines.push('', `${'#'.repeat(level)} ${current}`, '')
      heading = current
    }
    lines.push(entryLine(entry))
  }
  return lines
}

export interface MarkdownOptions {
  /** Heading level of the title; sections go one level deeper. */
  level?: number
  /** Defaults to `API changes: <from> -> <to>`. */
  title?: string
}

/** The changelog as Markdown: summary, counts per kind of change, breaking then non-breaking entries, and the semver bump last. */
export function renderMarkdown(
  changelog: Changelog,
  options: MarkdownOptions = {},
): string {
  const level = options.level ?? 1
  const h = (depth: number): string => '#'.repeat(Math.min(level + depth, 6))
  const lines = [
    `${h(0)} ${options.title ?? `API changes: ${changelog.from} -> ${changelog.to}`}`,
    '',
    summaryLine(changelog),
  ]
  const counts = countByRule(changelog.entries)
  if (counts.length > 0) {
    lines.push('', '| Change | Class | Count |', '| --- | --- | ---: |')
    for (const [rule, count] of counts) {
      lines.push(
        `| ${rules[rule].title} | ${rules[rule].bump === 'major' ? 'breaking' : 'non-breaking'} | ${count} |`,
      )
    }
  }
  const breaking = changelog.entries.filter((e) => e.breaking)
  const nonBreaking = changelog.entries.filter((e) => !e.breaking)
  if (breaking.length > 0)
    lines.push('', `${h(1)} Breaking changes`, ...section(breaking, level + 2))
  if (nonBreaking.length > 0)
    lines.push(
      '',
      `${h(1)} Non-breaking changes`,
      ...section(nonBreaking, level + 2),
    )
  lines.push('', `Semver bump: **${changelog.bump}**`)
  return `${lines.join('\n')}\n`
}

/** The changelog as JSON for machines: the same facts, counts per rule included. */
export function renderJson(changelog: Changelog): string {
  const { from, to, bump, identical, breaking, nonBreaking, entries } =
    changelog
  const counts = Object.fromEntries(countByRule(entries))
  return `${JSON.stringify({ from, to, bump, identical, breaking, nonBreaking, counts, entries }, null, 2)}\n`
}
