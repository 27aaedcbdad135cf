// Every command's output arrives whole through a pipe. A pipe holds 64 KiB; a process that exits while
// more is queued loses the rest. The reader here takes the first chunk and then stops reading for a
// while, as a slow consumer (`| jq`, `| less`) does, so the writer meets a full pipe before it ends.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repoRoot } from '../helpers/run-script.js'

const bin = join(repoRoot, 'node_modules/.bin/seam-codegen')

/** Runs a command with a slow reader on its stdout; resolves with its exit code and every byte read. */
function runWithSlowReader(
  file: string,
  args: string[],
): Promise<{ code: number | null; stdout: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, NO_COLOR: '1' },
    })
    const chunks: Buffer[] = []
    child.stdout.once('data', () => {
      child.stdout.pause()
      setTimeout(() => child.stdout.resume(), 1500)
    })
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.once('error', reject)
    child.once('close', (code) =>
      resolve({ code, stdout: Buffer.concat(chunks) }),
    )
  })
}

/** The command's output redirected to a file by a shell, which is always whole. */
async function runToFile(
  file: string,
  args: string[],
  target: string,
): Promise<Buffer> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'ignore'],
    })
    child.once('error', reject)
    child.once('close', () => resolve())
  })
  return readFile(target)
}

let work: string
let changed: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-pipe-'))
  // The real spec with every operation deprecated and every request parameter renamed: a changelog of
  // thousands of entries, hundreds of KiB as Markdown or JSON.
  const spec = JSON.parse(
    await readFile(join(repoRoot, 'openapi.json'), 'utf8'),
  ) as {
    paths: Record<
      string,
      {
        post?: {
          deprecated?: boolean
          requestBody?: {
            content?: Record<
              string,
              { schema?: { properties?: Record<string, unknown> } }
            >
          }
        }
      }
    >
  }
  for (const item of Object.values(spec.paths)) {
    if (item.post === undefined) continue
    item.post.deprecated = true
    const properties =
      item.post.requestBody?.content?.['application/json']?.schema?.properties
    for (const name of Object.keys(properties ?? {})) {
      properties![`${name}_renamed`] = properties![name]
      delete properties![name]
    }
  }
  changed = join(work, 'changed.json')
  await writeFile(changed, JSON.stringify(spec))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const cases = (): Array<[string, string, string[]]> => [
  ['seam-codegen diff (Markdown)', bin, ['diff', 'openapi.json', changed]],
  [
    'seam-codegen diff --json',
    bin,
    ['diff', 'openapi.json', changed, '--json'],
  ],
  [
    'npm run spec:diff -- --json',
    'npm',
    ['run', '--silent', 'spec:diff', '--', 'openapi.json', changed, '--json'],
  ],
  [
    'npm run samples',
    'npm',
    ['run', '--silent', 'samples', '--', '/workspaces/find_anything'],
  ],
]

describe('output over 64 KiB through a pipe to a slow reader', () => {
  it.each([0, 1, 2, 3])(
    'case %i is whole',
    async (index) => {
      const [, file, args] = cases()[index]!
      const piped = await runWithSlowReader(file, args)
      expect(piped.code).toBe(0)
      const target = join(work, `out-${index}`)
      const whole = await runToFile(
        'sh',
        ['-c', `"$0" "$@" > ${target}`, file, ...args],
        target,
      )
      expect(whole.length).toBeGreaterThan(64 * 1024)
      expect(piped.stdout.length).toBe(whole.length)
      expect(piped.stdout.equals(whole)).toBe(true)
      if (args.includes('--json'))
        expect(() => JSON.parse(piped.stdout.toString('utf8'))).not.toThrow()
    },
    120_000,
  )
})
