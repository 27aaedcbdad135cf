import { parseArgs } from 'node:util'

import { diffReport } from './diff/index.js'

const usage = 'usage: npm run spec:diff -- OLD.json NEW.json [--json] [--fail-on-breaking]'

/** Prints the API changelog between two spec files (Markdown, or JSON with --json). */
async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, 'fail-on-breaking': { type: 'boolean', default: false } },
    })
  } catch (error) {
    console.error(`spec:diff: ${(error as Error).message}\n${usage}`)
    return 2
  }
  const [oldFile, newFile, ...extra] = parsed.positionals
  if (oldFile === undefined || newFile === undefined || extra.length > 0) {
    console.error(`spec:diff: expected exactly two spec files\n${usage}`)
    return 2
  }
  const { changelog, output, exitCode } = await diffReport(oldFile, newFile, {
    json: parsed.values.json,
    failOnBreaking: parsed.values['fail-on-breaking'],
  })
  process.stdout.write(output)
  if (exitCode !== 0) console.error(`spec:diff: ${changelog.breaking} breaking change(s)`)
  return exitCode
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`spec:diff: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
