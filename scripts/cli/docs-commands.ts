// seam-codegen docs build and docs serve: the browsable reference site from the generated spec.
import { stat } from 'node:fs/promises'
import { join } from 'node:path'

import { InvalidArgumentError, type Command } from 'commander'

import { action, bin, type Cli } from './program.js'

const portNumber = (text: string): number => {
  const port = Number(text)
  if (!/^\d+$/.test(text) || port > 65535)
    throw new InvalidArgumentError('It must be an integer from 0 to 65535.')
  return port
}

export function registerDocs(program: Command, cli: Cli): void {
  const docs = program
    .command('docs')
    .summary('build or serve the docs site')
    .description(
      'The browsable reference site (Redoc), built from the generated spec.',
    )
  docs
    .command('build')
    .summary('build the static docs site')
    .description(
      'Builds the site from the generated spec and the changelog, in memory, then swaps it in for the output folder.',
    )
    .option(
      '--spec <source>',
      'the generated spec, with samples',
      'generated/openapi.json',
    )
    .option('--changelog <file>', 'the changelog', 'CHANGELOG.md')
    .option('--out <dir>', 'the site folder', 'docs-site')
    .action(
      action(
        cli,
        'docs build',
        'the site was left as it was',
        async (flags: { spec: string; changelog: string; out: string }) => {
          const { buildSite } = await import('../docs-site/build-site.js')
          let built
          try {
            built = await buildSite(flags)
          } catch (error) {
            const hint = (error as Error).message.includes('ENOENT')
              ? ` (run "${bin} generate" first)`
              : ''
            throw new Error(`${(error as Error).message}${hint}`, {
              cause: error,
            })
          }
          const { files, bytes, seconds } = built
          cli.terminal.stdout.write(
            `${flags.out}/: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, in ${seconds.toFixed(1)} s\n`,
          )
          cli.terminal.stdout.write(
            `open ${flags.out}/index.html, or run "${bin} docs serve"\n`,
          )
          return 0
        },
      ),
    )
  docs
    .command('serve')
    .summary('serve the built docs site on loopback until stopped')
    .option('--dir <dir>', 'the built site', 'docs-site')
    .option('--port <n>', 'the port, 0 for a free one', portNumber, 4173)
    .action(
      action(
        cli,
        'docs serve',
        undefined,
        async (flags: { dir: string; port: number }) => {
          const built = await stat(join(flags.dir, 'index.html')).then(
            (info) => info.isFile(),
            () => false,
          )
          if (!built)
            throw new Error(
              `${flags.dir}/index.html does not exist; run "${bin} docs build" first`,
            )
          const { serveSite } = await import('../docs-site/serve.js')
          let site
          try {
            site = await serveSite(flags.dir, flags.port)
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code
            throw new Error(
              code === 'EADDRINUSE'
                ? `port ${flags.port} is in use; pass --port N, or --port 0 for a free one`
                : String(error),
              { cause: error },
            )
          }
          cli.terminal.stdout.write(
            `${flags.dir}/ at ${site.url} (Ctrl-C stops it)\n`,
          )
          await new Promise<void>((resolve) => {
            process.once('SIGINT', resolve)
            process.once('SIGTERM', resolve)
          })
          await site.close()
          return 0
        },
      ),
    )
}
