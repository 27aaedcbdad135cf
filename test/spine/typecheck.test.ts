import { expect, it } from 'vitest'

import { runProcess } from '../helpers/run-script.js'

// One compile of the whole project: the generated SDK with the runtime under strict, and the
// type-level tests in test/types (whose @ts-expect-error lines fail it if their error goes away).
it('the project, generated code and type-level tests compile under strict with zero errors', async () => {
  const result = await runProcess(process.execPath, [
    'node_modules/typescript/bin/tsc',
    '--noEmit',
    '-p',
    'tsconfig.json',
  ])
  expect(result.stdout).toBe('')
}, 180_000)
