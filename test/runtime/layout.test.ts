import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

// Import cycles in src/ and scripts/ are the lint gate's (dpdm in npm run lint).
describe('the runtime in src/ is split by concern', () => {
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

// A longer file must say at its top why it is one piece, in the runtime and in the pipeline.
const repo = new URL('../../', import.meta.url)
const longFileSources = ['src', 'scripts'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, repo), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${dir}/${name}`),
)

describe('files of src/ and scripts/', () => {
  it.each(longFileSources)(
    '%s is at most 250 lines, or says why not',
    (file) => {
      const text = readFileSync(new URL(file, repo), 'utf8')
      if (text.split('\n').length > 250)
        expect(text).toMatch(/^\/\/ One file because [^\n]+\.\n/)
    },
  )
})
