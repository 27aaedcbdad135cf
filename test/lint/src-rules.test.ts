import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The lint gate's rules for the runtime (eslint.config.js), applied to code that breaks them: the
// runtime must run unchanged in browsers and other fetch runtimes.
const eslint = new ESLint()

const problemsIn = async (
  code: string,
  filePath: string,
): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((message) => `${message.ruleId}: ${message.line}`)
}

describe('the lint rules for src/', () => {
  it.each([
    [
      "import { readFile } from 'node:fs'\nexport { readFile }\n",
      'no-restricted-imports: 1',
    ],
    ["export { parse } from 'yaml'\n", 'no-restricted-imports: 1'],
    ["import { a } from './a'\nexport { a }\n", 'no-restricted-imports: 1'],
    ['export const env = process.env\n', 'no-restricted-globals: 1'],
    ["export const bytes = Buffer.from('a')\n", 'no-restricted-globals: 1'],
  ])('refuse %j', async (code, problem) => {
    expect(await problemsIn(code, 'src/probe.ts')).toEqual([problem])
  })

  it('allow openapi-fetch, sibling modules and globalThis.process?.', async () => {
    const code = [
      "import createClient from 'openapi-fetch'",
      "import { sdkVersion } from './version.js'",
      'export const env = globalThis.process?.env',
      'export { createClient, sdkVersion }',
      '',
    ].join('\n')
    expect(await problemsIn(code, 'src/probe.ts')).toEqual([])
  })

  it('leave scripts/ free to use Node', async () => {
    const code =
      "import { readFile } from 'node:fs'\nexport const env = process.env\nexport { readFile }\n"
    expect(await problemsIn(code, 'scripts/probe.ts')).toEqual([])
  })
})
