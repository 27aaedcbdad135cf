// Generated code works where it is written: an output folder outside this repository imports its
// runtime from the published package (seam-connect-sdk/runtime), and a fresh project that has the
// built package in its node_modules type-checks it and calls the fake Seam server through it.
import { execFile } from 'node:child_process'
import {
  mkdir,
  mkdtemp,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { main } from '../../scripts/cli/main.js'
import type { Terminal } from '../../scripts/cli/terminal.js'
import { stagePackage } from '../../scripts/package-build.js'
import { startFakeSeam, type FakeSeam } from '../helpers/fake-seam.js'
import { repoRoot } from '../helpers/run-script.js'

const run = promisify(execFile)

let work: string
let app: string
let fake: FakeSeam & { serverUrl: string }

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-outside-'))
  const pkg = join(work, 'package')
  await stagePackage(pkg)
  // The package's one dependency, where Node looks for it from the package's own folder.
  await mkdir(join(pkg, 'node_modules'))
  await symlink(
    join(repoRoot, 'node_modules/openapi-fetch'),
    join(pkg, 'node_modules/openapi-fetch'),
    'dir',
  )

  app = join(work, 'app')
  await mkdir(join(app, 'node_modules'), { recursive: true })
  await symlink(pkg, join(app, 'node_modules/seam-connect-sdk'), 'dir')
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify({ name: 'app', private: true, type: 'module' }),
  )
  fake = await startFakeSeam()
}, 300_000)

afterAll(async () => {
  await fake?.stopServer()
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

describe('an output folder outside the repository', () => {
  it('imports the runtime from seam-connect-sdk/runtime, type-checks and runs in a fresh project', async () => {
    const pair = JSON.parse(
      await readFile(
        join(repoRoot, 'test/fixtures/diff/operation-removed.json'),
        'utf8',
      ),
    )
    await writeFile(join(work, 'spec.json'), JSON.stringify(pair.old))
    let stderr = ''
    const terminal: Terminal = {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
    }
    const code = await main(
      [
        'generate',
        '--spec',
        join(work, 'spec.json'),
        '--out',
        join(app, 'sdk'),
        '--no-cache',
      ],
      terminal,
    )
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(
      await readFile(join(app, 'sdk/routes/devices.ts'), 'utf8'),
    ).toContain("} from 'seam-connect-sdk/runtime'")
    expect(await readFile(join(app, 'sdk/seam-http.ts'), 'utf8')).toContain(
      "} from 'seam-connect-sdk/runtime'",
    )

    await writeFile(
      join(app, 'main.ts'),
      [
        "import { SeamHttp } from './sdk/index.js'",
        '',
        `const seam = new SeamHttp({ apiKey: 'seam_apikey1_token', endpoint: ${JSON.stringify(fake.serverUrl)} })`,
        'const devices = await seam.devices.list({ limit: 100 })',
        'const ids: string[] = devices.map((device) => device.device_id)',
        'console.log(JSON.stringify(ids.sort()))',
        '',
      ].join('\n'),
    )
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
          strict: true,
          noEmit: true,
        },
        include: ['main.ts', 'sdk/**/*.ts'],
      }),
    )
    const typecheck = await run(process.execPath, [
      join(repoRoot, 'node_modules/typescript/bin/tsc'),
      '-p',
      app,
    ]).catch((error: { stdout: string }) => ({ stdout: error.stdout }))
    expect(typecheck.stdout).toBe('')

    const { stdout } = await run(
      join(repoRoot, 'node_modules/.bin/tsx'),
      ['main.ts'],
      { cwd: app },
    )
    const seeded = fake.database.devices
      .filter((device) => device.workspace_id === 'seed_workspace_1')
      .map((device) => device.device_id)
      .sort()
    expect(seeded.length).toBeGreaterThan(0)
    expect(JSON.parse(stdout)).toEqual(seeded)
  }, 300_000)
})
