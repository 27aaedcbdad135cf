// seam-codegen build: the SDK package in dist/, as npm publishes it.
import type { Command } from 'commander'

import { action, bin, type Cli } from './program.js'

export function registerBuild(program: Command, cli: Cli): void {
  program
    .command('build')
    .summary('build the SDK package into dist/')
    .description(
      'Builds the package as npm publishes it: ES modules and CommonJS, one output file per source, with declarations\n' +
        `and source maps. npm run build and npm pack run it; ${bin} build is the same.`,
    )
    .action(
      action(cli, 'build', undefined, async () => {
        const { buildPackage } = await import('../package-build.js')
        const started = performance.now()
        const modules = await buildPackage()
        const seconds = ((performance.now() - started) / 1000).toFixed(2)
        cli.terminal.stdout.write(
          `built dist/: ${modules} modules as ESM and CommonJS, with declarations and source maps, in ${seconds} s\n`,
        )
        return 0
      }),
    )
}
