// What a browser app that makes one call ships: esbuild bundles it (minified, for the browser) and
// gzip compresses it, through this SDK's SeamHttp, through its lightest import, and through Seam's
// published SDK, @seamapi/http, in the same run. Builds dist/ first: the apps import the package by
// its name, through its exports map, as a user's would.
//   npx tsx bench/bundle-size.ts
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'

import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))

export interface App {
  name: string
  /** The app's one module, bundled from the repo's root so that both packages resolve. */
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
    source: `import { createSeamClient } from 'seam-connect-sdk/client'
import { devicesList } from 'seam-connect-sdk/routes/devices'
const devices = devicesList(createSeamClient({ apiKey: 'seam_key' }))
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

export async function bundleSize(app: App): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: app.source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents
  if (code === undefined) throw new Error(`esbuild produced no output for ${app.name}`)
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength }
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`

/** A Markdown table: each app's sizes and its min+gzip size as a fraction of the peer's. */
export function formatTable(sizes: Map<App, BundleSize>, peer: BundleSize): string {
  const rows = [...sizes].map(([app, size]) => {
    const ratio = size.gzipped / peer.gzipped
    return `| ${app.name} | ${kB(size.minified)} | ${kB(size.gzipped)} | ${ratio.toFixed(3)} (1/${(1 / ratio).toFixed(1)}) |`
  })
  return ['| one-call app | minified | min+gzip | vs @seamapi/http SeamHttp |', '|---|--:|--:|--:|', ...rows].join('\n')
}

async function main(): Promise<void> {
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root })
  const sizes = new Map<App, BundleSize>()
  for (const app of apps) sizes.set(app, await bundleSize(app))
  const peerVersion = JSON.parse(await readFile(`${root}/node_modules/@seamapi/http/package.json`, 'utf8')).version
  console.log(`esbuild ${(await import('esbuild')).version}, --minify --platform=browser, gzip -9; @seamapi/http ${peerVersion}\n`)
  console.log(formatTable(sizes, sizes.get(peerApp) as BundleSize))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
