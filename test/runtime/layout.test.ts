import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

const srcDir = new URL('../../src/', import.meta.url)
const sources = new Map(
  readdirSync(srcDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [name, readFileSync(new URL(name, srcDir), 'utf8')]),
)

// Import cycles in src/ and scripts/ are the lint gate's (dpdm in npm run lint).
describe('the runtime in src/ is split by concern', () => {
  // A longer file must say at its top why it is one piece.
  it.each([...sources])(
    '%s is at most 250 lines, or says why not',
    (_, text) => {
      const lines = text.split('\n').length
      if (lines > 250)
        expect(text).toMatch(/^\/\/ One file of \d+ lines because /)
    },
  )

  it('generated code imports the runtime through src/runtime.ts alone', () => {
    const generated = new URL('../../generated/', import.meta.url)
    const files = readdirSync(generated, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => readFileSync(new URL(name, generated), 'utf8'))
    const runtimeImports = files.flatMap((text) =>
      [...text.matchAll(/from '((?:\.\.\/)+src\/[^']+)'/g)].map((m) => m[1]),
    )
    expect(runtimeImports.length).toBeGreaterThan(0)
    for (const specifier of runtimeImports)
      expect(specifier).toMatch(/^(\.\.\/)+src\/runtime\.js$/)
  })
})
