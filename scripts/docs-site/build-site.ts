// One file because it is the site's one build step, from the generated spec to every file of the site.
/**
 * The docs site: every operation of `generated/openapi.json` with its samples, rendered by
 * Redoc, one page per SDK namespace; a search over every operation on every page; a landing
 * page listing the namespaces; the newest section of the API changelog. Built in memory, then
 * swapped in whole.
 */
import {
  readFile,
  mkdir,
  mkdtemp,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { renderers } from '../samples/renderers.js'
import { checkSpec, readSpecFile, type OpenApiDocument } from '../spec/load.js'
import {
  allNamespaces,
  buildModel,
  sdkMethodOf,
  sdkNamespaceOf,
} from '../spec/model.js'
import {
  latestSection,
  latestVersion,
  readChangelog,
} from '../update/changelog-file.js'
import { changelogView } from './changelog-view.js'
import {
  changelogPage,
  landingPage,
  referencePage,
  type NamespaceGroup,
} from './pages.js'
import {
  operationAnchorOf,
  referencePageOf,
  referenceSpec,
  sdkNameOf,
} from './reference-spec.js'

export type SiteFiles = Map<string, string | Uint8Array>

/** The files the site ships as they are, by their name under `assets/`. */
export type SiteAssets = Map<string, string | Uint8Array>

/** One operation as the site's search finds it. */
export interface SearchEntry {
  title: string
  path: string
  /** `seam.locks.unlockDoor` */
  sdkMethod: string
  description: string
  /** The operation on its namespace's page, from the site's root. */
  href: string
}

/** The site's files from the generated spec and the changelog's text (empty when there is none). */
export function siteFiles(
  document: OpenApiDocument,
  changelog: string,
  assets: SiteAssets,
): SiteFiles {
  const model = buildModel(document)
  const paged = allNamespaces(model.root).filter(
    (namespace) => namespace.operations.length > 0,
  )
  const apiVersion = latestVersion(changelog)
  const files: SiteFiles = new Map()
  for (const namespace of paged) {
    files.set(
      referencePageOf(namespace),
      referencePage(
        sdkNameOf(namespace),
        referenceSpec(document, namespace, apiVersion),
      ),
    )
  }
  const operations: SearchEntry[] = paged.flatMap((namespace) =>
    namespace.operations.map((operation) => {
      const { operationId } = document.paths[operation.path]!.post as {
        operationId?: unknown
      }
      const anchor =
        typeof operationId === 'string' ? operationAnchorOf(operationId) : ''
      return {
        title: operation.title ?? operation.path,
        path: operation.path,
        sdkMethod: sdkMethodOf(operation),
        description: operation.description ?? '',
        href: `${referencePageOf(namespace)}${anchor}`,
      }
    }),
  )
  const groups = new Map<string, NamespaceGroup>()
  for (const namespace of paged) {
    const top = sdkNamespaceOf(namespace.path.slice(0, 1))
    const group = groups.get(top) ?? { sdkName: top, namespaces: [] }
    groups.set(top, group)
    group.namespaces.push({
      sdkName: sdkNameOf(namespace),
      href: referencePageOf(namespace),
      operations: namespace.operations.length,
      undocumented: namespace.operations.filter(
        (operation) => operation.undocumented,
      ).length,
      deprecated: namespace.operations.filter(
        (operation) => operation.deprecated !== false,
      ).length,
    })
  }
  const latest = latestSection(changelog)
  files.set(
    'index.html',
    landingPage({
      groups: [...groups.values()],
      operations: operations.length,
      languages: renderers.map((renderer) => renderer.name),
      apiVersion,
      latestChange: latest?.heading,
    }),
  )
  const hrefByPath = new Map(
    operations.map((operation) => [operation.path, operation.href]),
  )
  files.set(
    'changelog.html',
    changelogPage(latest && changelogView(latest.markdown, hrefByPath)),
  )
  files.set(
    'assets/search-index.js',
    `window.seamOperations = ${JSON.stringify(operations)}\n`,
  )
  for (const [name, content] of assets) files.set(`assets/${name}`, content)
  return files
}

const require = createRequire(import.meta.url)

// Redoc's sidebar shows its maker's logo from a CDN, which the site's Content-Security-Policy
// blocks (an error in the console on every page); the copy the site ships shows an empty image.
const redocLogo = 'https://cdn.redoc.ly/redoc/logo-mini.svg'
const emptyImage =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"

export async function readSiteAssets(): Promise<SiteAssets> {
  const redocBundle = require.resolve('redoc/bundles/redoc.standalone.js')
  // MiniSearch's browser build (it sets the global MiniSearch), beside its CommonJS entry.
  const minisearch = join(
    dirname(require.resolve('minisearch')),
    '../umd/index.js',
  )
  const here = dirname(fileURLToPath(import.meta.url))
  const [
    redoc,
    redocLicense,
    minisearchCode,
    minisearchLicense,
    css,
    search,
    changelogFilter,
  ] = await Promise.all([
    readFile(redocBundle, 'utf8'),
    readFile(`${redocBundle}.LICENSE.txt`),
    readFile(minisearch),
    readFile(join(dirname(minisearch), '../../LICENSE.txt')),
    readFile(join(here, 'site.css'), 'utf8'),
    readFile(join(here, 'search.js'), 'utf8'),
    readFile(join(here, 'changelog-filter.js'), 'utf8'),
  ])
  if (redoc.split(redocLogo).length !== 2) {
    throw new Error(
      `${redocBundle}: expected one reference to ${redocLogo} to replace; is this Redoc 2.5?`,
    )
  }
  return new Map<string, string | Uint8Array>([
    ['redoc.standalone.js', redoc.replace(redocLogo, emptyImage)],
    ['redoc.standalone.js.LICENSE.txt', redocLicense],
    ['minisearch.js', minisearchCode],
    ['minisearch.LICENSE.txt', minisearchLicense],
    ['site.css', css],
    ['search.js', search],
    ['changelog-filter.js', changelogFilter],
  ])
}

/**
 * Writes the files into a fresh sibling folder and swaps it in for `outDir`: a build that
 * fails, or is stopped, leaves the previous site as it was.
 */
export async function writeSite(
  outDir: string,
  files: SiteFiles,
): Promise<void> {
  await mkdir(dirname(outDir), { recursive: true })
  const staging = await mkdtemp(
    join(dirname(outDir), `.${basename(outDir)}-new-`),
  )
  const retired = `${staging.replace(/-new-/, '-old-')}`
  try {
    for (const [file, content] of files) {
      await mkdir(dirname(join(staging, file)), { recursive: true })
      await writeFile(join(staging, file), content)
    }
    const hadSite = await rename(outDir, retired).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false
        throw error
      },
    )
    await rename(staging, outDir)
    if (hadSite) await rm(retired, { recursive: true, force: true })
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}

export interface BuildSiteOptions {
  /** The generated spec, with samples: `generated/openapi.json`. */
  spec: string
  /** `CHANGELOG.md`; a missing file means no changes recorded yet. */
  changelog: string
  out: string
}

export interface BuildSiteResult {
  files: number
  bytes: number
  seconds: number
}

export async function buildSite(
  options: BuildSiteOptions,
): Promise<BuildSiteResult> {
  const started = performance.now()
  const [{ document }, changelog, assets] = await Promise.all([
    readSpecFile(options.spec),
    readChangelog(options.changelog),
    readSiteAssets(),
  ])
  const files = siteFiles(checkSpec(document), changelog, assets)
  await writeSite(options.out, files)
  const bytes = [...files.values()].reduce(
    (sum, content) => sum + Buffer.byteLength(content),
    0,
  )
  return {
    files: files.size,
    bytes,
    seconds: (performance.now() - started) / 1000,
  }
}
