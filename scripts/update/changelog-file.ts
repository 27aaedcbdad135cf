/** CHANGELOG.md: a header, then one `## @seamapi/types X.Y.Z` section per spec update, newest first. */
import { readFile } from 'node:fs/promises'

/** The changelog's text; empty when there is no file yet, and an error naming the file when it cannot be read. */
export const readChangelog = (file: string): Promise<string> =>
  readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw new Error(
      `${file}: cannot read the changelog (${error.code ?? String(error)})`,
    )
  })

const changelogHeader =
  '# Changelog\n\nChanges to the Seam Connect API this SDK is generated from, newest first. Written by `npm run spec:update`.\n'

/** The version the newest section of a changelog is headed with, if any. */
export const latestVersion = (changelog: string): string | undefined =>
  /^## @seamapi\/types (\S+)/m.exec(changelog)?.[1]

/** The changelog with a section put above the newest one (under the header, which it gets if missing). */
export function prependSection(changelog: string, section: string): string {
  const existing = changelog.trim() === '' ? changelogHeader : changelog
  const firstSection = existing.search(/^## /m)
  if (firstSection < 0) return `${existing.trimEnd()}\n\n${section}`
  return `${existing.slice(0, firstSection)}${section}\n${existing.slice(firstSection)}`
}

/** The newest section, heading included, or undefined when the changelog has none. */
export function latestSection(
  changelog: string,
): { heading: string; markdown: string } | undefined {
  const start = changelog.search(/^## /m)
  if (start < 0) return undefined
  const rest = changelog.slice(start)
  const next = rest.slice(3).search(/^## /m)
  const markdown = (next < 0 ? rest : rest.slice(0, next + 3)).trimEnd() + '\n'
  return { heading: markdown.slice(3, markdown.indexOf('\n')).trim(), markdown }
}
