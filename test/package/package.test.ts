// The SDK as a user gets it: built once, packed by npm, installed from the tarball into a new project
// outside the repo (so nothing can resolve from the repo's node_modules), then imported, required,
// type-checked and bundled for the browser from there; publint and arethetypeswrong on the tarball.
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import vm from 'node:vm'

import { build, type Metafile } from 'esbuild'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stagePackage } from '../../scripts/package-build.js'
import { startFakeSeam, type FakeSeam } from '../helpers/fake-seam.js'
import { repoRoot } from '../helpers/run-script.js'

const run = promisify(execFile)
const apiKey = 'seam_apikey1_token'

// npm run test exports npm_* settings (the repo as prefix, among others) that would make an npm
// started from here install into the repo instead of the consumer project.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')),
)

let work: string
let tarball: string
let packedFiles: string[]
let consumer: string
let fake: FakeSeam & { serverUrl: string }

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-package-'))
  const stage = join(work, 'package')
  await stagePackage(stage)
  const packed = await run(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', work],
    {
      cwd: stage,
      env: cleanEnv,
    },
  )
  const [manifest] = JSON.parse(packed.stdout) as [
    { filename: string; files: { path: string }[] },
  ]
  tarball = join(work, manifest.filename)
  packedFiles = manifest.files.map((file) => file.path).sort()

  consumer = join(work, 'consumer')
  await cp(join(repoRoot, 'test/fixtures/package-consumer'), consumer, {
    recursive: true,
  })
  await writeFile(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true }),
  )
  await run('npm', ['install', '--no-audit', '--no-fund', tarball], {
    cwd: consumer,
    env: cleanEnv,
  })
  fake = await startFakeSeam()
}, 240_000)

afterAll(async () => {
  await fake?.stopServer()
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

/** The devices the fake seeds in the API key's workspace. */
const seededDeviceIds = (): string[] =>
  fake.database.devices
    .filter((device) => device.workspace_id === 'seed_workspace_1')
    .map((device) => device.device_id)
    .sort()

describe('the packed tarball', () => {
  it('holds the build and the package metadata, no sources, tests or scripts', () => {
    const outside = packedFiles.filter(
      (file) =>
        !file.startsWith('dist/') &&
        !['package.json', 'README.md'].includes(file),
    )
    expect(outside).toEqual([])
    expect(
      packedFiles.filter(
        (file) => /\.ts$/.test(file) && !/\.d\.c?ts$/.test(file),
      ),
    ).toEqual([])
    for (const file of [
      'index.js',
      'index.cjs',
      'index.d.ts',
      'index.d.cts',
      'index.js.map',
      'standalone.cjs',
    ]) {
      expect(packedFiles).toContain(`dist/src/${file}`)
    }
    expect(packedFiles).toContain('dist/generated/routes/devices.d.cts')
  })

  it('publint finds nothing to report, not even a suggestion', async () => {
    const data = await readFile(tarball)
    const { messages, pkg } = await publint({
      pack: {
        tarball: data.buffer.slice(
          data.byteOffset,
          data.byteOffset + data.byteLength,
        ),
      },
      strict: true,
    })
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([])
  })

  it('arethetypeswrong finds no problem for any entry point under any module resolution', async () => {
    const attw = join(
      repoRoot,
      'node_modules/@arethetypeswrong/cli/dist/index.js',
    )
    // The wildcard ./routes/* is checked through two of its modules.
    const args = [
      attw,
      tarball,
      '--format',
      'json',
      '--include-entrypoints',
      './routes/devices',
      './routes/without-workspace',
    ]
    const result = await run(process.execPath, args, {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout: string }) => error)
    const report = JSON.parse(result.stdout) as {
      problems?: unknown
      analysis: { entrypoints: Record<string, unknown> }
    }
    expect(report.problems ?? {}).toEqual({})
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(
      [
        '.',
        './client',
        './connect',
        './runtime',
        './package.json',
        './routes/*',
        './routes/devices',
        './routes/without-workspace',
        './types',
      ].sort(),
    )
  })
})

describe('installed into a project of its own', () => {
  it('brings openapi-fetch, and what openapi-fetch needs, as its only dependencies', async () => {
    const installed = (await readdir(join(consumer, 'node_modules'))).filter(
      (name) => !name.startsWith('.'),
    )
    const openapiFetch = JSON.parse(
      await readFile(
        join(consumer, 'node_modules/openapi-fetch/package.json'),
        'utf8',
      ),
    )
    expect(installed.sort()).toEqual(
      [
        'seam-connect-sdk',
        'openapi-fetch',
        ...Object.keys(openapiFetch.dependencies ?? {}),
      ].sort(),
    )
  })

  it.each(['app.mjs', 'app.cjs'])(
    '%s calls the fake Seam server through SeamHttp, the lightest import and SeamHttpEndpoints from /connect',
    async (app) => {
      const { stdout } = await run(process.execPath, [app], {
        cwd: consumer,
        env: {
          ...cleanEnv,
          SEAM_API_KEY: apiKey,
          SEAM_ENDPOINT: fake.serverUrl,
        },
      })
      const result = JSON.parse(stdout) as {
        resolved: string
        seamHttp: string[]
        lightest: string[]
        oneErrorClass: boolean
        endpoints: string[]
        connectIsRoot: boolean
      }
      // Node imports the one-bundle build (the `node` condition); require, the per-file one.
      expect(result.resolved).toContain(
        join(
          consumer,
          'node_modules/seam-connect-sdk/dist',
          app === 'app.mjs' ? 'node/src/index.js' : 'src/index.cjs',
        ),
      )
      expect(result.seamHttp).toEqual(seededDeviceIds())
      expect(result.lightest).toEqual(result.seamHttp)
      // The root entry and /client share one runtime: an error class is one object through both.
      expect(result.oneErrorClass).toBe(true)
      expect(result.endpoints).toEqual(result.seamHttp)
      // As in @seamapi/http, seam-connect-sdk/connect is the root module under a second name.
      expect(result.connectIsRoot).toBe(true)
    },
  )

  it("in Node, every ES module entry exports its per-file module's names, each the one object the root exports", async () => {
    const entries = packedFiles
      .filter((file) => /^dist\/node\/.*\.js$/.test(file))
      .map((file) => file.slice('dist/node/'.length))
      .filter((entry) => entry !== 'sdk.js')
    expect(entries.length).toBeGreaterThan(100)
    const subpath = (entry: string): string =>
      ({
        'src/index.js': 'seam-connect-sdk',
        'src/standalone.js': 'seam-connect-sdk/client',
        'src/runtime.js': 'seam-connect-sdk/runtime',
      })[entry] ??
      `seam-connect-sdk/routes/${entry.replace(/^generated\/routes\/(.*)\.js$/, '$1')}`
    const script = `
      const root = await import('seam-connect-sdk')
      const report = {}
      for (const [entry, subpath] of ${JSON.stringify(entries.map((entry) => [entry, subpath(entry)]))}) {
        const bundled = await import(subpath)
        // The per-file modules are outside the exports map: imported by their path.
        const perFile = await import(new URL('node_modules/seam-connect-sdk/dist/' + entry, 'file://' + process.cwd() + '/'))
        report[entry] = {
          resolved: import.meta.resolve(subpath).endsWith('/dist/node/' + entry),
          sameNames: JSON.stringify(Object.keys(bundled)) === JSON.stringify(Object.keys(perFile)),
          rootObjects: Object.keys(bundled).filter((name) => name in root).every((name) => bundled[name] === root[name]),
        }
      }
      console.log(JSON.stringify(report))`
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: consumer, env: cleanEnv },
    )
    const report = JSON.parse(stdout) as Record<string, unknown>
    expect(Object.keys(report).sort()).toEqual([...entries].sort())
    for (const [entry, checks] of Object.entries(report))
      expect(checks, entry).toEqual({
        resolved: true,
        sameNames: true,
        rootObjects: true,
      })
  })

  it('type-checks a strict TypeScript consumer, as ESM and as CommonJS, with skipLibCheck off', async () => {
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
    const result = await run(
      process.execPath,
      [tsc, '-p', join(consumer, 'tsconfig.json')],
      {
        cwd: consumer,
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: { stdout: string }) => error)
    expect(result.stdout).toBe('')
  })
})

// What a fetch-based runtime (a browser, a worker, Deno, Bun) offers as globals, after the WinterTC
// minimum common API; Node's own (process, require, Buffer) are left out.
const webGlobals = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'Blob',
  'File',
  'ReadableStream',
  'URL',
  'URLSearchParams',
  'AbortController',
  'AbortSignal',
  'DOMException',
  'Event',
  'EventTarget',
  'TextEncoder',
  'TextDecoder',
  'setTimeout',
  'clearTimeout',
  'queueMicrotask',
  'structuredClone',
  'atob',
  'btoa',
  'crypto',
  'console',
] as const

describe('in the browser', () => {
  let bundle: { code: string; metafile: Metafile }

  beforeAll(async () => {
    const result = await build({
      entryPoints: ['browser-app.js'],
      absWorkingDir: consumer,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'app',
      metafile: true,
      write: false,
      logLevel: 'silent',
    })
    bundle = {
      code: result.outputFiles[0]?.text ?? '',
      metafile: result.metafile,
    }
  })

  it('bundles with esbuild from the package and openapi-fetch alone, with no Node built-in', () => {
    const inputs = Object.keys(bundle.metafile.inputs)
    const packages = new Set(
      inputs
        .filter((input) => input !== 'browser-app.js')
        .map((input) => input.split('/')[1]),
    )
    expect([...packages].sort()).toEqual(['openapi-fetch', 'seam-connect-sdk'])
    const imports = Object.values(bundle.metafile.inputs).flatMap(
      (input) => input.imports,
    )
    const nodeBuiltins = new Set([
      ...builtinModules,
      ...builtinModules.map((name) => `node:${name}`),
    ])
    expect(
      imports.filter(
        (imported) => imported.external || nodeBuiltins.has(imported.path),
      ),
    ).toEqual([])
  })

  it('runs where there is fetch but no process, require or Buffer', async () => {
    const realm = vm.createContext(
      Object.fromEntries(webGlobals.map((name) => [name, globalThis[name]])),
    )
    expect(
      vm.runInContext('[typeof process, typeof require, typeof Buffer]', realm),
    ).toEqual(['undefined', 'undefined', 'undefined'])
    vm.runInContext(bundle.code, realm)
    const run = vm.runInContext('app.run', realm) as (
      endpoint: string,
      apiKey: string,
    ) => Promise<number[]>
    expect(await run(fake.serverUrl, apiKey)).toEqual([
      seededDeviceIds().length,
      seededDeviceIds().length,
    ])
  })
})
