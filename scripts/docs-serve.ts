import { stat } from 'node:fs/promises'
import { join } from 'node:path'

import { serveSite } from './docs-site/serve.js'
import { exitWith, parseArgsOrUsage } from './npm-script.js'

const usage = 'usage: npm run docs:serve -- [--dir docs-site] [--port 4173 (0 picks a free port)]'

/** Serves the built docs site on loopback until stopped. */
async function main(): Promise<number> {
  const parsed = parseArgsOrUsage('docs:serve', usage, {
    options: { dir: { type: 'string', default: 'docs-site' }, port: { type: 'string', default: '4173' } },
  })
  if (parsed === undefined) return 2
  const { values } = parsed
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`docs:serve: --port must be an integer from 0 to 65535, got "${values.port}"\n${usage}`)
    return 2
  }
  const built = await stat(join(values.dir, 'index.html')).then(
    (info) => info.isFile(),
    () => false,
  )
  if (!built) {
    console.error(`docs:serve: ${values.dir}/index.html does not exist; run "npm run docs:build" first`)
    return 1
  }
  let site
  try {
    site = await serveSite(values.dir, port)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'EADDRINUSE' ? `port ${port} is in use; pass --port N, or --port 0 for a free one` : String(error)
    console.error(`docs:serve: ${reason}`)
    return 1
  }
  console.log(`docs:serve: ${values.dir}/ at ${site.url} (Ctrl-C stops it)`)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await site.close()
  return 0
}

exitWith(main, (message) => `docs:serve: ${message}`)
