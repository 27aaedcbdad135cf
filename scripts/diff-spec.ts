import { diffReport } from './diff/index.js'
import { exitWith, parseArgsOrUsage } from './npm-script.js'

const usage = 'usage: npm run spec:diff -- OLD.json NEW.json [--json] [--fail-on-breaking]'

/** Prints the API changelog between two spec files (Markdown, or JSON with --json). */
async function main(): Promise<number> {
  const parsed = parseArgsOrUsage('spec:diff', usage, {
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'fail-on-breaking': { type: 'boolean', default: false } },
  })
  if (parsed === undefined) return 2
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

exitWith(main, (message) => `spec:diff: ${message}`)
