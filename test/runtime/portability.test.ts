import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

const srcDir = new URL('../../src/', import.meta.url)
const sources = readdirSync(srcDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, readFileSync(new URL(name, srcDir), 'utf8')] as const)

// The runtime must run unchanged in browsers and other fetch runtimes.
describe('the runtime in src/ runs wherever fetch does', () => {
  it.each(sources)('%s imports only openapi-fetch, its own modules and the generated code', (_, text) => {
    const specifiers = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1])
    for (const specifier of specifiers) expect(specifier).toMatch(/^(openapi-fetch|\.\.?\/.*\.js)$/)
  })

  it.each(sources)('%s reads `process` only through globalThis, where it may be missing', (_, text) => {
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '')
    for (const line of code.split('\n').filter((l) => /\bprocess\b/.test(l))) {
      expect(line).toMatch(/\(globalThis as \{ process\?: .*\}\)\.process\?\./)
    }
  })
})
