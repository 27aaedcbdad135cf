// The code in @seamapi/http's own README, compiled against both SDKs: every example that compiles
// against @seamapi/http must compile against this SDK after changing the import, except those that
// use axios, which this SDK does not have (docs/PARITY.md). Compiled in memory, under strict.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import ts from 'typescript'
import { expect, it } from 'vitest'

import { repoRoot } from '../helpers/run-script.js'

const readme = readFileSync(
  join(repoRoot, 'node_modules', '@seamapi', 'http', 'README.md'),
  'utf8',
)
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map(([, code]) => code!)
  .filter((code) => code.trim() !== '')

const importFrom = /^import\s*\{([^}]*)\}\s*from\s*'@seamapi\/http'\n/gm

/**
 * One module holding every example as a function of its own. An example that makes `seam` more
 * than once (one way per line) gets a scope per `const seam`; one that uses `seam` without making
 * it, or `err`, gets them as parameters.
 */
function examplesModule(sdk: string): string {
  const names = new Set(['SeamHttp'])
  for (const code of blocks)
    for (const [, list] of code.matchAll(importFrom))
      for (const name of list!.split(','))
        if (name.trim() !== '') names.add(name.trim())
  const functions = blocks.map((code, i) => {
    const body = code
      .replace(importFrom, '')
      .replace(/^import .*\n/gm, '')
      .replaceAll('const seam = ', '}\n{ const seam = ')
    return `// example ${i}\nexport async function example${i}(seam: SeamHttp, err: unknown, device_id: string, action_attempt_id: string): Promise<void> {\n{\n${body}\n}\n}\n`
  })
  return [
    `import { ${[...names].join(', ')} } from '${sdk}'`,
    'declare const localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void }',
    ...functions,
  ].join('\n')
}

/** The examples that do not compile against `sdk`, by number. */
function failingExamples(sdk: string): Set<number> {
  const file = join(repoRoot, 'test', 'parity', '__readme-examples.ts')
  const text = examplesModule(sdk)
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
  }
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (name, version, ...rest) =>
    name === file
      ? ts.createSourceFile(name, text, version)
      : getSourceFile(name, version, ...rest)
  const fileExists = host.fileExists.bind(host)
  host.fileExists = (name) => name === file || fileExists(name)
  const program = ts.createProgram([file], options, host)
  const source = program.getSourceFile(file)!
  const starts = [...text.matchAll(/^\/\/ example (\d+)$/gm)].map(
    (match) => [match.index, Number(match[1])] as const,
  )
  const failing = new Set<number>()
  for (const diagnostic of ts.getPreEmitDiagnostics(program, source)) {
    if (diagnostic.file !== source || diagnostic.start === undefined) continue
    // An example whose scopes are left unused compiles; only errors count.
    if (diagnostic.category !== ts.DiagnosticCategory.Error) continue
    const example = starts
      .filter(([start]) => start <= diagnostic.start!)
      .at(-1)
    failing.add(example === undefined ? -1 : example[1])
  }
  return failing
}

it(`every example of @seamapi/http's README that compiles against it compiles here too, except those using axios`, () => {
  expect(blocks.length).toBeGreaterThan(20)
  const theirs = failingExamples('@seamapi/http')
  const ours = failingExamples('../../src/index.js')
  const usesAxios = (i: number): boolean =>
    /\baxios\b|\.client\./.test(blocks[i] ?? '')
  const lacking = [...ours]
    .filter((i) => !theirs.has(i) && !usesAxios(i))
    .map((i) => `example ${i}:\n${blocks[i] ?? '(outside the examples)'}`)
  expect(lacking).toEqual([])
  // The comparison has something to compare: most examples compile against @seamapi/http.
  expect(theirs.size).toBeLessThan(blocks.length / 4)
}, 60_000)
