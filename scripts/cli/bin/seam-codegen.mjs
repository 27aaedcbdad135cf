#!/usr/bin/env node
// The seam-codegen command. A `generate` that the no-op stamp shows would change nothing is answered
// here, before the pipeline is loaded (see noop-stamp.mjs); anything else runs the CLI compiled to
// JavaScript (see compiled-cli.mjs), or, when it cannot be compiled, its TypeScript through tsx (a
// devDependency of the repo).
import { compiledCli } from './compiled-cli.mjs'
import { noopRun, summaryLine, usesColour } from './noop-stamp.mjs'

async function typescriptCli() {
  const { register } = await import('tsx/esm/api')
  register()
  return import('../main.ts')
}

const argv = process.argv.slice(2)
const noop = await noopRun(argv, process.cwd()).catch(() => undefined)
if (noop === undefined) {
  const { runAsProcess } = (await compiledCli()) ?? (await typescriptCli())
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
