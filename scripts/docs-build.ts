import { buildSite } from './docs-site/build-site.js'
import { exitWith, parseArgsOrUsage } from './npm-script.js'

const usage = 'usage: npm run docs:build -- [--spec generated/openapi.json] [--changelog CHANGELOG.md] [--out docs-site]'

/** Builds the static docs site from the generated spec. */
async function main(): Promise<number> {
  const parsed = parseArgsOrUsage('docs:build', usage, {
    options: {
      spec: { type: 'string', default: 'generated/openapi.json' },
      changelog: { type: 'string', default: 'CHANGELOG.md' },
      out: { type: 'string', default: 'docs-site' },
    },
  })
  if (parsed === undefined) return 2
  const { values } = parsed
  const { files, bytes, seconds } = await buildSite(values)
  console.log(`docs:build: ${values.out}/: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, in ${seconds.toFixed(1)} s`)
  console.log(`open ${values.out}/index.html, or run "npm run docs:serve"`)
  return 0
}

exitWith(main, (message) => {
  const hint = /ENOENT/.test(message) ? ' (run "npm run generate" first)' : ''
  return `docs:build failed, the site was left as it was: ${message}${hint}`
})
