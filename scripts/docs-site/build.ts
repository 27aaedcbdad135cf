/**
 * The docs site: every operation of `generated/openapi.json` with its samples, rendered by
 * Redoc, one page per SDK namespace; a landing page listing the namespaces; the newest
 * section of the API changelog. Built in memory, then swapped in whole.
 */
import { readFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { marked } from 'marked'

import { renderers } from '../samples/renderers.js'
import { checkSpec, readSpecFile, type OpenApiDocument } from '../spec/load.js'
import { allNamespaces, buildModel, sdkMethodOf } from '../spec/model.js'
import { latestSection, readChangelog } from '../update/changelog-file.js'
import { changelogPage, landingPage, referencePage } from './pages.js'
import { operationAnchorOf, referencePageOf, referenceSpec, sdkNameOf } from './reference-spec.js'

export type SiteFiles = Map<string, string | Uint8Array>

export interface SiteAssets {
  /** Redoc's standalone bundle and its licence notice. */
  redoc: Uint8Array
  redocLicense: Uint8Array
  css: string
}

/** The site's files from the generated spec and the changelog's text (empty when there is none). */
export function siteFiles(document: OpenApiDocument, changelog: string, assets: SiteAssets): SiteFiles {
  const model = buildModel(document)
  const namespaces = allNamespaces(model.root)
  const paged = namespaces.filter((namespace) => namespace.operations.length > 0)
  const files: SiteFiles = new Map()
  for (const namespace of paged) {
    files.set(referencePageOf(namespace), referencePage(sdkNameOf(namespace), referenceSpec(document, namespace)))
  }
  const operations = paged.flatMap((namespace) =>
    namespace.operations.map((operation) => {
      const { operationId } = document.paths[operation.path]!.post as { operationId?: unknown }
      const anchor = typeof operationId === 'string' ? operationAnchorOf(namespace, operationId) : ''
      return {
        title: operation.title ?? operation.path,
        path: operation.path,
        sdkCall: sdkMethodOf(operation),
        href: `${referencePageOf(namespace)}${anchor}`,
      }
    }),
  )
  const latest = latestSection(changelog)
  files.set(
    'index.html',
    landingPage({
      namespaces: namespaces.map((namespace) => ({
        sdkName: sdkNameOf(namespace),
        href: namespace.operations.length > 0 ? referencePageOf(namespace) : undefined,
        depth: namespace.path.length - 1,
        operations: namespace.operations.length,
        undocumented: namespace.operations.filter((operation) => operation.undocumented).length,
        deprecated: namespace.operations.filter((operation) => operation.deprecated !== false).length,
      })),
      operations,
      languages: renderers.map((renderer) => renderer.name),
      latestChange: latest?.heading,
    }),
  )
  const hrefByPath = new Map(operations.map((operation) => [operation.path, operation.href]))
  const changes = latest && marked.parse(linkOperations(latest.markdown, hrefByPath), { async: false })
  files.set('changelog.html', changelogPage(changes))
  files.set('assets/redoc.standalone.js', assets.redoc)
  files.set('assets/redoc.standalone.js.LICENSE.txt', assets.redocLicense)
  files.set('assets/site.css', assets.css)
  return files
}

/** Each changelog heading `#### Operation \`/path\`` links to the operation in the reference, while it still exists. */
export const linkOperations = (markdown: string, hrefByPath: ReadonlyMap<string, string>): string =>
  markdown.replace(/^(#+ Operation )`([^`]+)`/gm, (heading, prefix: string, path: string) => {
    const href = hrefByPath.get(path)
    return href === undefined ? heading : `${prefix}[\`${path}\`](${href})`
  })

const require = createRequire(import.meta.url)

export async function readSiteAssets(): Promise<SiteAssets> {
  const redocBundle = require.resolve('redoc/bundles/redoc.standalone.js')
  const [redoc, redocLicense, css] = await Promise.all([
    readFile(redocBundle),
    readFile(`${redocBundle}.LICENSE.txt`),
    readFile(join(dirname(fileURLToPath(import.meta.url)), 'site.css'), 'utf8'),
  ])
  return { redoc, redocLicense, css }
}

/**
 * Writes the files into a fresh sibling folder and swaps it in for `outDir`: a build that
 * fails, or is stopped, leaves the previous site as it was.
 */
export async function writeSite(outDir: string, files: SiteFiles): Promise<void> {
  await mkdir(dirname(outDir), { recursive: true })
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-new-`))
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

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now()
  const [{ document }, changelog, assets] = await Promise.all([
    readSpecFile(options.spec),
    readChangelog(options.changelog),
    readSiteAssets(),
  ])
  const files = siteFiles(checkSpec(document), changelog, assets)
  await writeSite(options.out, files)
  const bytes = [...files.values()].reduce((sum, content) => sum + Buffer.byteLength(content), 0)
  return { files: files.size, bytes, seconds: (performance.now() - started) / 1000 }
}
