import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { expect, it } from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))

// One compile of the whole project: the generated SDK with the runtime under strict, and the
// type-level tests in test/types (whose @ts-expect-error lines fail it if their error goes away).
it('the project, generated code and type-level tests compile under strict with zero errors', async () => {
  const result = await run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout: string; code: number }) => error)
  expect('stdout' in result ? result.stdout : '').toBe('')
}, 180_000)
