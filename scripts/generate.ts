import { parseArgs } from 'node:util'

import { generate } from './pipeline.js'

async function main(): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        spec: { type: 'string', default: 'openapi.json' },
        out: { type: 'string', default: 'generated' },
        check: { type: 'boolean', default: false },
        // Build from scratch, ignoring (and not updating) the cache in node_modules/.cache/seam-codegen.
        'no-cache': { type: 'boolean', default: false },
      },
    }))
  } catch (error) {
    console.error(`generate: ${(error as Error).message}\nusage: npm run generate -- [--spec FILE] [--out DIR] [--check] [--no-cache]`)
    return 2
  }
  const result = await generate({ ...values, cache: values['no-cache'] ? false : undefined })
  const { plan } = result
  if (values.check) {
    const stale = [...plan.write.map((f) => `changed: ${f}`), ...plan.delete.map((f) => `extra:   ${f}`)]
    for (const line of stale) console.log(`${values.out}/${line}`)
    console.log(
      stale.length === 0
        ? `check: ${values.out}/ is up to date (${result.operations} operations, ${result.namespaces} namespaces, ${plan.unchanged.length} files, ${result.seconds.toFixed(2)} s)`
        : `check: ${stale.length} file(s) in ${values.out}/ differ from what ${values.spec} produces; run npm run generate`,
    )
    return stale.length === 0 ? 0 : 1
  }
  console.log(
    `generated ${result.operations} operations in ${result.namespaces} namespaces: ${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.delete.length} deleted in ${result.seconds.toFixed(2)} s`,
  )
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`generate failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
