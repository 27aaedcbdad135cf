import { summaryLine } from './diff/index.js'
import { exitWith, parseArgsOrUsage } from './npm-script.js'
import { readSpecFile } from './spec/load.js'
import { updateSpec } from './update/update.js'

const usage =
  'usage: npm run spec:update -- --version X.Y.Z [--from-file SPEC.json] [--spec openapi.json] [--out generated] [--changelog CHANGELOG.md]'

/** Pulls the spec of an @seamapi/types version, regenerates, and prepends the API changelog to CHANGELOG.md. */
async function main(): Promise<number> {
  const parsed = parseArgsOrUsage('spec:update', usage, {
    options: {
      version: { type: 'string' },
      'from-file': { type: 'string' },
      spec: { type: 'string', default: 'openapi.json' },
      out: { type: 'string', default: 'generated' },
      changelog: { type: 'string', default: 'CHANGELOG.md' },
    },
  })
  if (parsed === undefined) return 2
  const { values } = parsed
  if (values.version === undefined) {
    console.error(`spec:update: --version is required\n${usage}`)
    return 2
  }
  const fromFile = values['from-file']
  const { changelog, generation, changed } = await updateSpec({
    version: values.version,
    ...(fromFile === undefined ? {} : { source: async () => (await readSpecFile(fromFile)).document }),
    spec: values.spec,
    out: values.out,
    changelog: values.changelog,
  })
  if (!changed) {
    console.log(`spec:update: ${values.spec} already holds this spec (@seamapi/types ${values.version}); nothing written`)
    return 0
  }
  const { plan } = generation
  console.log(`spec:update: ${changelog.from} -> @seamapi/types ${changelog.to}: ${summaryLine(changelog).replaceAll('**', '')}`)
  console.log(
    `${values.out}/: ${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.delete.length} deleted; ${values.spec} and ${values.changelog} updated`,
  )
  return 0
}

exitWith(main, (message) => `spec:update failed, nothing was written: ${message}`)
