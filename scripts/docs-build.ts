import { parseArgs } from 'node:util'

import { buildSite } from './docs-site/build.js'

const usage = 'usage: npm run docs:build -- [--spec generated/openapi.json] [--changelog CHANGELOG.md] [--out docs-site]'

/** Builds the static docs site from the generated spec. */
async function main(): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        spec: { type: 'string', default: 'generated/openapi.json' },
        changelog: { type: 'string', default: 'CHANGELOG.md' },
        out: { type: 'string', default: 'docs-site' },
      },
    }))
  } catch (error) {
    console.error(`docs:build: ${(error as Error).message}\n${usage}`)
    return 2
  }
  const { files, bytes, seconds } = await buildSite(values)
  console.log(`docs:build: ${values.out}/: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, in ${seconds.toFixed(1)} s`)
  console.log(`open ${values.out}/index.html, or run "npm run docs:serve"`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    const hint = /ENOENT/.test(message) ? ' (run "npm run generate" first)' : ''
    console.error(`docs:build failed, the site was left as it was: ${message}${hint}`)
    process.exit(1)
  },
)
