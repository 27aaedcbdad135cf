import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { formatSpecJson, loadPublishedSpec } from './spec/seam-types-package.js'

/** Rewrites openapi.json from the `openapi` export of @seamapi/types at the given version. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { version: { type: 'string' }, out: { type: 'string', default: 'openapi.json' } },
  })
  if (values.version == null) {
    console.error('usage: npm run spec:pull -- --version X.Y.Z [--out FILE]')
    process.exit(2)
  }
  const spec = await loadPublishedSpec(values.version)
  await writeFile(values.out, formatSpecJson(spec))
  console.log(`${values.out}: @seamapi/types@${values.version}`)
}

main().catch((error: unknown) => {
  console.error(`spec:pull: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
