// The release that goes with a spec update: the package's version bumped by the changelog's semver
// class (in package.json, package-lock.json and the version the SDK sends), and an entry in the
// releases file. Computed as file edits first, written only when everything else is ready.
import { readFile } from 'node:fs/promises'

import semver from 'semver'

import type { Changelog } from '../diff/spec-diff.js'

export interface ReleaseFiles {
  /** package.json */
  packageJson: string
  /** package-lock.json, if the project has one. */
  packageLock?: string
  /** The module holding the version the SDK sends (`export const sdkVersion = '...'`). */
  versionModule: string
  /** The releases file, newest first. */
  releases: string
}

export interface PlannedRelease {
  name: string
  from: string
  to: string
  bump: 'major' | 'minor' | 'patch'
  /** Each file's new text. */
  edits: Map<string, string>
}

const releasesHeader =
  '# Releases\n\nEach release of the SDK, newest first, with the API changes it was generated for (see CHANGELOG.md).\n'

const readOrEmpty = (file: string): Promise<string> =>
  readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw new Error(`${file}: cannot read it (${error.code ?? String(error)})`)
  })

/** JSON as npm writes it: two spaces, a final newline. */
const npmJson = (value: unknown): string =>
  `${JSON.stringify(value, null, 2)}\n`

/**
 * The release a changelog calls for, as edits to the given files; undefined when it calls for none
 * (the two specs are identical).
 */
export async function planRelease(
  changelog: Changelog,
  typesVersion: string,
  files: ReleaseFiles,
  date: string,
): Promise<PlannedRelease | undefined> {
  if (changelog.bump === 'none') return undefined
  const bump = changelog.bump
  const packageText = await readFile(files.packageJson, 'utf8')
  const pkg = JSON.parse(packageText) as { name: string; version: string }
  const next = semver.inc(pkg.version, bump)
  if (next === null)
    throw new Error(
      `${files.packageJson}: "version" is not a semver version: ${JSON.stringify(pkg.version)}`,
    )
  const edits = new Map<string, string>()
  edits.set(files.packageJson, npmJson({ ...pkg, version: next }))

  if (files.packageLock !== undefined) {
    const lockText = await readOrEmpty(files.packageLock)
    if (lockText !== '') {
      const lock = JSON.parse(lockText) as {
        version?: string
        packages?: Record<string, { version?: string }>
      }
      lock.version = next
      const root = lock.packages?.['']
      if (root !== undefined) root.version = next
      edits.set(files.packageLock, npmJson(lock))
    }
  }

  const versionText = await readFile(files.versionModule, 'utf8')
  const declaration = /^export const sdkVersion = '[^']*'$/m
  if (!declaration.test(versionText))
    throw new Error(
      `${files.versionModule}: no line "export const sdkVersion = '...'" to set the version in`,
    )
  edits.set(
    files.versionModule,
    versionText.replace(declaration, `export const sdkVersion = '${next}'`),
  )

  const releases = await readOrEmpty(files.releases)
  const existing = releases.trim() === '' ? releasesHeader : releases
  const entry = [
    `## ${pkg.name} ${next} (${date})`,
    '',
    `Generated from @seamapi/types ${typesVersion}: ${changelog.breaking} breaking and ${changelog.nonBreaking} non-breaking API change(s), a **${bump}** release (${pkg.version} -> ${next}).`,
    '',
  ].join('\n')
  const first = existing.search(/^## /m)
  edits.set(
    files.releases,
    first < 0
      ? `${existing.trimEnd()}\n\n${entry}`
      : `${existing.slice(0, first)}${entry}\n${existing.slice(first)}`,
  )
  return { name: pkg.name, from: pkg.version, to: next, bump, edits }
}
