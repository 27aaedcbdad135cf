import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

const srcDir = new URL('../../src/', import.meta.url)
const sources = new Map(
  readdirSync(srcDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [name, readFileSync(new URL(name, srcDir), 'utf8')]),
)

/** The sibling modules a source imports or re-exports, types included. */
const siblingImports = (text: string): string[] =>
  [
    ...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+'\.\/([^']+)\.js'/gm),
  ].map((m) => `${m[1]}.ts`)

/** Every cycle's path through the import graph, found by depth-first search. */
const cycles = (graph: Map<string, string[]>): string[][] => {
  const found: string[][] = []
  const done = new Set<string>()
  const visit = (node: string, path: string[]): void => {
    const at = path.indexOf(node)
    if (at !== -1) return void found.push([...path.slice(at), node])
    if (done.has(node)) return
    for (const next of graph.get(node) ?? []) visit(next, [...path, node])
    done.add(node)
  }
  for (const node of graph.keys()) visit(node, [])
  return found
}

describe('the runtime in src/ is split by concern', () => {
  const graph = new Map(
    [...sources].map(([name, text]) => [name, siblingImports(text)]),
  )

  it('imports no module that does not exist', () => {
    for (const [name, imports] of graph)
      for (const imported of imports)
        expect(sources.has(imported), `${name} imports ${imported}`).toBe(true)
  })

  it('has no import cycle, counting type-only imports', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('finds a cycle when there is one (the check itself)', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ])
    expect(cycles(looped)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']])
  })

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
