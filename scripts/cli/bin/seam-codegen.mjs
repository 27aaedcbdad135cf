#!/usr/bin/env node
// The seam-codegen command. A `generate` that the no-op stamp shows would change nothing is answered
// here, before tsx and the pipeline are loaded (see noop-stamp.mjs); anything else loads tsx (a
// devDependency of the repo) to run the TypeScript CLI.
import { noopRun, summaryLine, usesColour } from './noop-stamp.mjs'

const argv = process.argv.slice(2)
const noop = await noopRun(argv, process.cwd()).catch(() => undefined)
if (noop === undefined) {
  const { register } = await import('tsx/esm/api')
  register()
  const { runAsProcess } = await import('../main.ts')
  await runAsProcess()
} else {
  const line = summaryLine(
    {
      operations: noop.operations,
      namespaces: noop.namespaces,
      written: 0,
      unchanged: noop.files,
      deleted: 0,
      seconds: performance.now() / 1000,
      cached: true,
    },
    usesColour(process.stdout, process.env),
  )
  process.stdout.write(line)
}
