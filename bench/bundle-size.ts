// What a browser app that makes one call ships: esbuild bundles it (minified, for the browser) and
// gzip compresses it, through this SDK's SeamHttp, through its lightest import, and through Seam's
// published SDK, @seamapi/http, in the same run. The apps import the package by its name, through
// its exports map, as a user's would, from a fresh build staged in a temporary folder.
//   npx tsx bench/bundle-size.ts
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import { build, version as esbuildVersion } from 'esbuild'

import { stagePackage } from '../scripts/package-build.js'
import { packageVersion, repoRoot } from './measure.js'
import { kB } from './report.js'

export interface App {
  name: string
  /** The app's one module. */
  source: string
}

export interface BundleSize {
  minified: number
  gzipped: number
}

const call = `console.log(await devices)`

/** The peer every row is compared with. */
export const peerApp: App = {
  name: '@seamapi/http: SeamHttp',
  source: `import { SeamHttp } from '@seamapi/http'
const devices = new SeamHttp({ apiKey: 'seam_key' }).devices.list()
${call}`,
}

export const apps: App[] = [
  {
    name: 'seam-connect-sdk: SeamHttp',
    source: `import { SeamHttp } from 'seam-connect-sdk'
const devices = new SeamHttp({ apiKey: 'seam_key' }).devices.list()
${call}`,
  },
  {
    name: 'seam-connect-sdk: lightest (/client + /routes/devices)',
    source: `import { createSeamClientFromApiKey } from 'seam-connect-sdk/client'
import { devicesList } from 'seam-connect-sdk/routes/devices'
const devices = devicesList(createSeamClientFromApiKey('seam_key'))
${call}`,
  },
  peerApp,
  {
    name: '@seamapi/http: SeamHttpDevices alone',
    source: `import { SeamHttpDevices } from '@seamapi/http/connect'
const devices = SeamHttpDevices.fromApiKey('seam_key').list()
${call}`,
  },
]

/**
 * A folder where `seam-connect-sdk` is a fresh build of this package and the peers resolve from the
 * repo's node_modules: the apps are bundled from there.
 */
export async function stageApps(): Promise<{
  dir: string
  remove: () => Promise<void>
}> {
  const dir = await mkdtemp(join(tmpdir(), 'seam-bundle-size-'))
  await stagePackage(dir)
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/** Bundles one app from `dir` (see stageApps). */
export async function bundleSize(app: App, dir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: app.source, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents
  if (code === undefined)
    throw new Error(`esbuild produced no output for ${app.name}`)
  return {
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
  }
}

/** A Markdown table: each app's sizes and its min+gzip size as a fraction of the peer's. */
export function formatTable(
  sizes: Map<App, BundleSize>,
  peer: BundleSize,
): string {
  const rows = [...sizes].map(([app, size]) => {
    const ratio = size.gzipped / peer.gzipped
    return `| ${app.name} | ${kB(size.minified)} | ${kB(size.gzipped)} | ${ratio.toFixed(3)} (1/${(1 / ratio).toFixed(1)}) |`
  })
  return [
    '| one-call app | minified | min+gzip | vs @seamapi/http SeamHttp |',
    '|---|--:|--:|--:|',
    ...rows,
  ].join('\n')
}

async function main(): Promise<void> {
  const staged = await stageApps()
  const sizes = new Map<App, BundleSize>()
  try {
    for (const app of apps) sizes.set(app, await bundleSize(app, staged.dir))
  } finally {
    await staged.remove()
  }
  const peerVersion = await packageVersion('@seamapi/http')
  console.log(
    `esbuild ${esbuildVersion}, --minify --platform=browser, gzip -9; @seamapi/http ${peerVersion}\n`,
  )
  console.log(formatTable(sizes, sizes.get(peerApp) as BundleSize))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
