/**
 * The newest changelog section as the changelog page shows it: each operation linked to its
 * place in the reference, each entry (`#### ...` and what follows it) in a `section.change`
 * that the page's filter can hide, and the summary table's breaking rows first.
 */
import { marked, type Token, type Tokens } from 'marked'

import { escapeHtml, type ChangelogFacts } from './pages.js'

/** Each changelog heading `#### Operation \`/path\`` links to the operation in the reference, while it still exists. */
export const linkOperations = (
  markdown: string,
  hrefByPath: ReadonlyMap<string, string>,
): string =>
  markdown.replace(
    /^(#+ Operation )`([^`]+)`/gm,
    (heading, prefix: string, path: string) => {
      const href = hrefByPath.get(path)
      return href === undefined ? heading : `${prefix}[\`${path}\`](${href})`
    },
  )

/** The level of the headings that start one entry: an operation or a resource schema. */
const entryDepth = 4

interface Entry {
  namespace: string
  undocumented: boolean
  tokens: Token[]
}

/** `seam.locks` and whether it is undocumented, from `#### Operation `/locks/unlock_door` (`seam.locks.unlockDoor`, undocumented)`. */
function entryOf(heading: Tokens.Heading): Entry {
  const notes = /\((`seam\.[^`]+`)?([^()]*)\)\s*$/.exec(heading.text)
  const method = notes?.[1]?.slice(1, -1)
  return {
    namespace:
      method === undefined ? '' : method.slice(0, method.lastIndexOf('.')),
    undocumented: /\bundocumented\b/.test(notes?.[2] ?? ''),
    tokens: [heading],
  }
}

const breakingFirst = (table: Tokens.Table): void => {
  const column = table.header.findIndex(
    (cell) => cell.text.trim().toLowerCase() === 'class',
  )
  if (column < 0) return
  const isBreaking = (row: Tokens.TableCell[]): boolean =>
    row[column]?.text.trim().toLowerCase() === 'breaking'
  table.rows = [
    ...table.rows.filter(isBreaking),
    ...table.rows.filter((row) => !isBreaking(row)),
  ]
}

export function changelogView(
  markdown: string,
  hrefByPath: ReadonlyMap<string, string>,
): ChangelogFacts {
  const tokens = marked.lexer(linkOperations(markdown, hrefByPath))
  const parts: Array<Token | Entry> = []
  let entry: Entry | undefined
  for (const token of tokens) {
    if (
      token.type === 'heading' &&
      (token as Tokens.Heading).depth <= entryDepth
    ) {
      entry =
        (token as Tokens.Heading).depth === entryDepth
          ? entryOf(token as Tokens.Heading)
          : undefined
      if (entry !== undefined) {
        parts.push(entry)
        continue
      }
    }
    if (token.type === 'table') breakingFirst(token as Tokens.Table)
    if (entry === undefined) parts.push(token)
    else entry.tokens.push(token)
  }
  const htmlOf = (part: Token | Entry): string => {
    if ('type' in part) return marked.parser([part])
    const attributes = `data-namespace="${escapeHtml(part.namespace)}"${part.undocumented ? ' data-undocumented hidden' : ''}`
    return `<section class="change" ${attributes}>\n${marked.parser(part.tokens)}</section>\n`
  }
  // The summary is what precedes the first `###` heading (Breaking changes, ...).
  const firstDetail = parts.findIndex(
    (part) =>
      !('type' in part) ||
      (part.type === 'heading' && (part as Tokens.Heading).depth > 2),
  )
  const split = firstDetail < 0 ? parts.length : firstDetail
  const entries = parts.filter((part): part is Entry => !('type' in part))
  return {
    summary: parts.slice(0, split).map(htmlOf).join(''),
    details: parts.slice(split).map(htmlOf).join(''),
    namespaces: [
      ...new Set(
        entries.map((e) => e.namespace).filter((namespace) => namespace !== ''),
      ),
    ].sort(),
    undocumented: entries.filter((e) => e.undocumented).length,
  }
}
