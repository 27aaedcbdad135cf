// Size, two ways: what a browser app that makes one call ships (bundle-size.ts: esbuild, minified,
// gzip), and what a clean `npm install` of each package puts in node_modules: this package from
// its `npm pack` tarball, @seamapi/http from the registry at the version the repo pins.
import {
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { version as esbuildVersion } from 'esbuild'

import {
  apps,
  bundleSize,
  formatTable,
  peerApp,
  type App,
  type BundleSize,
} from './bundle-size.js'
import { cleanEnv, packageVersion, timeProcess } from './measure.js'
import {
  count,
  kB,
  markdownTable,
  ratio,
  withLoad,
  type Section,
} from './report.js'
import type { Stage } from './stage.js'

export interface SizeOptions {
  stage: Stage
}

export interface InstalledSize {
  packages: number
  bytes: number
}

/** Bytes of every file under `dir`, symbolic links not followed. */
async function bytesUnder(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const sizes = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => (await stat(join(e.parentPath, e.name))).size),
  )
  return sizes.reduce((sum, size) => sum + size, 0)
}

/** Installs `what` (a tarball or name@version) into a new empty project and measures its node_modules. */
export async function installedSize(what: string): Promise<InstalledSize> {
  const project = await mkdtemp(join(tmpdir(), 'seam-bench-install-'))
  try {
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'install-size', private: true }),
    )
    const args = [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--omit=dev',
      '--prefer-offline',
      what,
    ]
    await timeProcess('npm', args, { cwd: project, env: cleanEnv() })
    const modules = join(project, 'node_modules')
    // npm's record of what it installed: one entry per package folder, nested ones included.
    const installed = JSON.parse(
      await readFile(join(modules, '.package-lock.json'), 'utf8'),
    ) as { packages: object }
    return {
      packages: Object.keys(installed.packages).length,
      bytes: await bytesUnder(modules),
    }
  } finally {
    await rm(project, { recursive: true, force: true })
  }
}

/** Packs the staged package with npm, as it would be published; returns the tarball. */
async function pack(stage: Stage, destination: string): Promise<string> {
  const args = [
    'pack',
    '--ignore-scripts',
    '--json',
    '--pack-destination',
    destination,
  ]
  const { stdout } = await timeProcess('npm', args, {
    cwd: stage.dir,
    env: cleanEnv(),
  })
  const [manifest] = JSON.parse(stdout) as [{ filename: string }]
  return join(destination, manifest.filename)
}

const byName = (name: string): App => {
  const app = apps.find((a) => a.name.includes(name))
  if (app === undefined)
    throw new Error(`bundle-size.ts has no app named ${name}`)
  return app
}

export async function sizeBenchmark(options: SizeOptions): Promise<Section> {
  return withLoad(async () => {
    const sizes = new Map<App, BundleSize>()
    for (const app of apps)
      sizes.set(app, await bundleSize(app, options.stage.dir))
    const peerBundle = sizes.get(peerApp)!.gzipped
    const seamHttp = sizes.get(byName('seam-connect-sdk: SeamHttp'))!.gzipped
    const lightest = sizes.get(byName('seam-connect-sdk: lightest'))!.gzipped

    const packed = await mkdtemp(join(tmpdir(), 'seam-bench-pack-'))
    let ours: InstalledSize
    let peer: InstalledSize
    const peerSpec = `@seamapi/http@${await packageVersion('@seamapi/http')}`
    try {
      ours = await installedSize(await pack(options.stage, packed))
      peer = await installedSize(peerSpec)
    } finally {
      await rm(packed, { recursive: true, force: true })
    }
    const installRows = [
      [
        'this project (its npm pack tarball)',
        count(ours.packages),
        kB(ours.bytes),
        ratio(ours.bytes, peer.bytes),
      ],
      [
        peerSpec,
        count(peer.packages),
        kB(peer.bytes),
        ratio(peer.bytes, peer.bytes),
      ],
    ]
    return {
      title: 'Size',
      method: [
        `One-call browser app (bench/bundle-size.ts): esbuild ${esbuildVersion} \`--bundle --minify --platform=browser --format=esm\`, gzip -9, from the built package; one measurement (the sizes are deterministic).`,
        `Installed: \`npm install --omit=dev --ignore-scripts\` into an empty project; packages as npm records them in node_modules/.package-lock.json, bytes of every file in node_modules.`,
      ],
      table: `${formatTable(sizes, sizes.get(peerApp)!)}\n\n${markdownTable(['clean install', 'packages', 'bytes', 'vs @seamapi/http'], installRows)}`,
      targets: [
        {
          goal: 'one-call bundle through the lightest import ≤ 1/7 of @seamapi/http SeamHttp',
          measured: `1/${(peerBundle / lightest).toFixed(1)}`,
          met: lightest * 7 <= peerBundle,
        },
        {
          goal: 'one-call bundle through SeamHttp ≤ 1/2 of @seamapi/http SeamHttp',
          measured: `1/${(peerBundle / seamHttp).toFixed(1)}`,
          met: seamHttp * 2 <= peerBundle,
        },
      ],
    }
  })
}
