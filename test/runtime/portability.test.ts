import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

const srcDir = new URL('../../src/', import.meta.url)
const sources = readdirSync(srcDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, readFileSync(new URL(name, srcDir), 'utf8')] as const)

// The runtime must run unchanged in browsers and other fetch runtimes.
describe('the runtime in src/ runs wherever fetch does', () => {
  it.each(sources)(
    '%s imports only openapi-fetch, its own modules and the generated code',
    (_, text) => {
      const specifiers = [
        ...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+'([^']+)'/gm),
      ].map((m) => m[1])
      for (const specifier of specifiers)
        expect(specifier).toMatch(/^(openapi-fetch|\.\.?\/.*\.js)$/)
    },
  )

  // Allowed: `process?:` in a type, and `.process?.` on globalThis. Not: a bare `process.env`.
  it.each(sources)(
    '%s reads `process` only as an optional property of globalThis',
    (_, text) => {
      const code = text
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
      for (const match of code.matchAll(/\bprocess\b/g)) {
        const around = code.slice(match.index - 1, match.index + 9)
        expect(around).toMatch(/^(.process\?:|\.process\?\.)/)
      }
    },
  )
})
