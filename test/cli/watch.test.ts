// generate --watch: one run at the start, then one per burst of changes to the spec or a sample file,
// naming what changed; a failed run is told, leaves the last good output and the watch goes on.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Cli } from '../../scripts/cli/program.js'
import { watchGeneration } from '../../scripts/cli/watch-mode.js'
import { repoRoot } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-watch-'))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

/** Resolves once `read()` satisfies `done`, polling; fails the test after `timeout` ms. */
async function until<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  timeout = 60_000,
): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() - started > timeout)
      throw new Error(`timed out waiting; last value: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('generate --watch', () => {
  it('regenerates on a sample edit, keeps the last good output on an error, and stops when told', async () => {
    const pair = JSON.parse(
      await readFile(
        join(repoRoot, 'test/fixtures/diff/operation-removed.json'),
        'utf8',
      ),
    )
    const spec = join(work, 'openapi.json')
    const out = join(work, 'generated')
    const samplesFile = join(work, 'samples/devices.yaml')
    await writeFile(spec, JSON.stringify(pair.old))
    await mkdir(join(work, 'samples'))
    await writeFile(
      samplesFile,
      '- path: /devices/list\n  parameters:\n    limit: 11\n',
    )

    let stdout = ''
    let stderr = ''
    const cli: Cli = {
      terminal: {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
        env: {},
      },
      cwd: work,
      exit: () => undefined,
    }
    let stop!: () => void
    const stopped = new Promise<void>((resolve) => (stop = resolve))
    const watching = watchGeneration(cli, { spec, out, cache: false }, stopped)
    await until(
      () => stderr,
      (text) => text.includes('watching'),
    )
    expect(stdout).toMatch(
      /^generated 2 operations in 1 namespaces: \d+ written, 0 unchanged, 0 deleted in [\d.]+ s\n$/,
    )
    expect(stderr).toBe(
      `watching ${spec} and ${join(work, 'samples')} (Ctrl-C stops)\n`,
    )
    const sampleJson = () =>
      readFile(join(out, 'samples/devices/list.json'), 'utf8')
    expect(await sampleJson()).toContain('11')

    stdout = ''
    await writeFile(
      samplesFile,
      '- path: /devices/list\n  parameters:\n    limit: 4242\n',
    )
    await until(sampleJson, (text) => text.includes('4242'))
    await until(
      () => stdout,
      (text) => text.includes('generated'),
    )
    expect(stdout).toMatch(
      /^changed samples\/devices\.yaml\ngenerated 2 operations in 1 namespaces: 3 written, \d+ unchanged, 0 deleted/,
    )

    const good = await snapshotTree(out)
    stdout = ''
    stderr = ''
    await writeFile(
      samplesFile,
      '- path: /devices/list\n  parameters:\n    size: 1\n',
    )
    await until(
      () => stderr,
      (text) => text.includes('failed'),
    )
    expect(stdout).toBe('changed samples/devices.yaml\n')
    expect(stderr).toBe(
      `seam-codegen generate: failed (the output was left as it was; still watching): ${samplesFile}, entry 1 (/devices/list): unknown parameter "size" (the operation takes: limit)\n`,
    )
    expect(await snapshotTree(out)).toEqual(good)

    stdout = ''
    await writeFile(
      samplesFile,
      '- path: /devices/list\n  parameters:\n    limit: 77\n',
    )
    await until(sampleJson, (text) => text.includes('77'))
    await until(
      () => stdout,
      (text) => text.includes('generated'),
    )

    stop()
    expect(await watching).toBe(0)
  }, 180_000)

  it('refuses a spec URL: there is nothing to watch', async () => {
    const cli: Cli = {
      terminal: {
        stdout: { write: () => true },
        stderr: { write: () => true },
        env: {},
      },
      cwd: work,
      exit: () => undefined,
    }
    await expect(
      watchGeneration(
        cli,
        {
          spec: 'https://example.com/openapi.json',
          out: join(work, 'x'),
          cache: true,
        },
        Promise.resolve(),
      ),
    ).rejects.toThrow(
      '--watch needs a spec file to watch, not a URL: https://example.com/openapi.json',
    )
  })
})
