// npm run build: the SDK as a package in dist/, one output file per source file so that bundlers
// can drop what a user does not import: ES modules (.js), CommonJS (.cjs), declarations for each
// (.d.ts, .d.cts) and source maps. esbuild transpiles (it does not type-check, so it is fast);
// tsc type-checks and writes the declarations, in parallel.
import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { transform } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = join(root, 'dist')
/** What the package is built from; dist/ keeps their layout so relative imports still hold. */
const sourceDirs = ['src', 'generated']

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** The CommonJS build's `require("./x.js")` of a sibling module, renamed to the `.cjs` file it is. */
const cjsRequire = /\brequire\("(\.{1,2}\/[^"]*)\.js"\)/g

// esbuild's transform, one file at a time: each output file stays one module, and unlike a build
// it does not apply Node's ESM-imports-CommonJS rule to dependencies (which would make openapi-fetch's
// default export its whole exports object in the CommonJS build).
async function transpile(source: string, tsconfigRaw: string): Promise<void> {
  const code = await readFile(source, 'utf8')
  const output = join(outDir, relative(root, source)).replace(/\.ts$/, '')
  const options = { loader: 'ts', target: 'es2022', tsconfigRaw, sourcefile: relative(dirname(output), source) } as const
  const esm = await transform(code, { ...options, format: 'esm', sourcemap: 'external' })
  const cjs = await transform(code, { ...options, format: 'cjs', sourcemap: 'external' })
  // A module of types alone has no code to debug: a map would only repeat its source.
  const withMaps = esm.code.trim() !== ''
  await mkdir(dirname(output), { recursive: true })
  await Promise.all([
    writeModule(`${output}.js`, esm.code, withMaps ? esm.map : undefined),
    writeModule(`${output}.cjs`, cjs.code.replace(cjsRequire, 'require("$1.cjs")'), withMaps ? cjs.map : undefined),
  ])
}

async function writeModule(file: string, code: string, map: string | undefined): Promise<void> {
  if (map === undefined) return writeFile(file, code)
  await Promise.all([writeFile(file, `${code}//# sourceMappingURL=${basename(file)}.map\n`), writeFile(`${file}.map`, map)])
}

async function buildJavaScript(sources: string[]): Promise<void> {
  const tsconfigRaw = await readFile(join(root, 'tsconfig.json'), 'utf8')
  await Promise.all(sources.map((source) => transpile(source, tsconfigRaw)))
}

/** Relative specifiers in declaration files: `from './x.js'`, `import('./x.js')`, `import './x.js'`. */
const declarationSpecifier = /(\bfrom\s+|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\.js\2/g

/** The CommonJS twin of an ES module declaration file: the same types, pointing at .cjs siblings. */
const toCjsDeclaration = (declaration: string): string =>
  declaration.replace(declarationSpecifier, (_, prefix: string, quote: string, path: string) => `${prefix}${quote}${path}.cjs${quote}`)

async function buildDeclarations(): Promise<void> {
  const tsc = join(root, 'node_modules/typescript/bin/tsc')
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`tsc failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
  const declarations = await filesUnder(outDir, '.d.ts')
  await Promise.all(
    declarations.map(async (file) =>
      writeFile(file.replace(/\.d\.ts$/, '.d.cts'), toCjsDeclaration(await readFile(file, 'utf8'))),
    ),
  )
}

async function main(): Promise<void> {
  const started = performance.now()
  await rm(outDir, { recursive: true, force: true })
  const sources = (await Promise.all(sourceDirs.map((dir) => filesUnder(join(root, dir), '.ts')))).flat()
  await Promise.all([buildJavaScript(sources), buildDeclarations()])
  const seconds = (performance.now() - started) / 1000
  console.log(`built dist/: ${sources.length} modules as ESM and CommonJS with declarations and source maps in ${seconds.toFixed(2)} s`)
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
