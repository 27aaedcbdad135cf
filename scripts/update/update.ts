import { writeFile } from 'node:fs/promises'

import { diffSpecs, renderMarkdown, type Changelog } from '../diff/spec-diff.js'
import { prepareGeneration, type GenerateResult } from '../pipeline.js'
import { parseSpecText, readSpecFile } from '../spec/load.js'
import {
  formatSpecJson,
  loadPublishedSpec,
} from '../spec/seam-types-package.js'
import {
  latestVersion,
  prependSection,
  readChangelog,
} from './changelog-file.js'
import {
  planRelease,
  type PlannedRelease,
  type ReleaseFiles,
} from './release.js'

export interface UpdateOptions {
  /** The @seamapi/types version the new spec comes from: the changelog's heading. */
  version: string
  /** Where the new spec comes from; by default the `openapi` export of @seamapi/types at `version`. */
  source?: () => Promise<unknown>
  spec: string
  out: string
  changelog: string
  /** Passed to the pipeline (see GenerateOptions.cache). */
  cache?: string | false
  /** Bump the package's version by the changelog's class and add a release entry, in these files. */
  release?: ReleaseFiles
  /** The release's date, YYYY-MM-DD (default today, UTC). */
  date?: string
  /** Compute everything and write nothing. */
  dryRun?: boolean
}

export interface UpdateResult {
  changelog: Changelog
  generation: Omit<GenerateResult, 'seconds'>
  /** False when the new spec is the one already there: nothing was (or would be) written. */
  changed: boolean
  /** The changelog's new section, when the API changed. */
  section?: string
  /** The release made (or planned, in a dry run), when one is called for. */
  release?: PlannedRelease
}

/**
 * Pulls a new spec, regenerates and writes the changelog, in that order of computing and not
 * of writing: the new output, the diff and the new changelog are all built in memory first, so
 * that a spec the pipeline cannot generate from leaves the spec, the output and the changelog
 * exactly as they were.
 */
export async function updateSpec(
  options: UpdateOptions,
): Promise<UpdateResult> {
  const current = await readSpecFile(options.spec)
  const next = await (
    options.source ?? (() => loadPublishedSpec(options.version))
  )()
  const nextText = formatSpecJson(next)
  const generation = await prepareGeneration({
    spec: options.spec,
    specText: nextText,
    out: options.out,
    check: false,
    cache: options.cache,
  })
  const oldChangelog = await readChangelog(options.changelog)
  const from = latestVersion(oldChangelog) ?? options.spec
  const changelog = diffSpecs(
    current.document,
    parseSpecText(options.spec, nextText),
    { from, to: options.version },
  )
  const { write, ...result } = generation
  if (nextText === current.text)
    return { changelog, generation: result, changed: false }

  // A spec that differs only in layout changes no API: nothing to tell in the changelog, no release.
  const section = changelog.identical
    ? undefined
    : renderMarkdown(changelog, {
        level: 2,
        title: `@seamapi/types ${options.version}`,
      })
  const release =
    options.release === undefined
      ? undefined
      : await planRelease(
          changelog,
          options.version,
          options.release,
          options.date ?? new Date().toISOString().slice(0, 10),
        )
  const done = {
    changelog,
    generation: result,
    changed: true,
    ...(section === undefined ? {} : { section }),
    ...(release === undefined ? {} : { release }),
  }
  if (options.dryRun === true) return done

  await write()
  await writeFile(options.spec, nextText)
  if (section !== undefined)
    await writeFile(options.changelog, prependSection(oldChangelog, section))
  for (const [file, text] of release?.edits ?? []) await writeFile(file, text)
  return done
}
