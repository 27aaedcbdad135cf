import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import fc from 'fast-check'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generate } from '../../scripts/pipeline.js'
import { repoRoot } from '../helpers/run-script.js'
import { specArbitrary } from '../helpers/spec-arbitrary.js'

const compilerOptions: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
}

/** A compiler host that parses the files every run shares (lib, runtime, node_modules) once. */
function cachingHost(): ts.CompilerHost {
  const host = ts.createCompilerHost(compilerOptions)
  const cache = new Map<string, ts.SourceFile | undefined>()
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, languageVersion, onError) => {
    if (fileName.includes('/generated/'))
      return getSourceFile(fileName, languageVersion, onError)
    if (!cache.has(fileName))
      cache.set(fileName, getSourceFile(fileName, languageVersion, onError))
    return cache.get(fileName)
  }
  return host
}

describe('property: any valid spec generates TypeScript that compiles', () => {
  let dir: string
  let run = 0
  const host = cachingHost()
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-property-'))
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ type: 'module' }),
    )
    await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('compiles under strict with zero diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(specArbitrary, async (spec) => {
        const runDir = join(dir, `run-${run++}`)
        await mkdir(runDir)
        await symlink(join(repoRoot, 'src'), join(runDir, 'src'))
        const specFile = join(runDir, 'openapi.json')
        await writeFile(specFile, JSON.stringify(spec, null, 2))
        // Outside the repo the runtime would be imported from the package: point it at the src/ linked beside.
        const runtimeImport = join(runDir, 'src/runtime.ts')
        await generate({
          spec: specFile,
          out: join(runDir, 'generated'),
          check: false,
          cache: false,
          runtimeImport,
        })
        const program = ts.createProgram({
          rootNames: [join(runDir, 'generated/index.ts')],
          options: compilerOptions,
          host,
        })
        const diagnostics = ts.getPreEmitDiagnostics(program).map((d) =>
          ts.formatDiagnostic(d, {
            getCanonicalFileName: (f) => f,
            getCurrentDirectory: () => runDir,
            getNewLine: () => '\n',
          }),
        )
        expect(diagnostics, `spec kept at ${specFile}`).toEqual([])
      }),
      { numRuns: 25, seed: 20261126 },
    )
  }, 300_000)
})
