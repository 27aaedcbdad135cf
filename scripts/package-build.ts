// The SDK as a package (seam-codegen build, npm run build) in dist/, one output file per source file so that bundlers
// can drop what a user does not import: ES modules (.js), CommonJS (.cjs), declarations for each
// (.d.ts, .d.cts) and source maps. esbuild transpiles (it does not type-check, so it is fast);
// tsc type-checks and writes the declarations, in parallel. Node gets the ES modules as one bundle
// besides (package-node-bundle.ts).
import { execFile } from 'node:child_process'
import {
  copyFile,
  mkdir,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { transform } from 'esbuild'

import { buildNodeBundle } from './package-node-bundle.js'

const root = fileURLToPath(new URL('..', import.meta.url))
/** What the package is built from; dist/ keeps their layout so relative imports still hold. */
const sourceDirs = ['src', 'generated']

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** Where a source's outputs go, without extension: src/client.ts -> <outDir>/src/client. */
const outputBase = (source: string, outDir: string): string =>
  join(outDir, relative(root, source)).replace(/\.ts$/, '')

/** The CommonJS build's `require("./x.js")` of a sibling module, renamed to the `.cjs` file it is. */
const cjsRequire = /\brequire\("(\.{1,2}\/[^"]*)\.js"\)/g

// esbuild's transform, one file at a time: each output file stays one module, and unlike a build
// it does not apply Node's ESM-imports-CommonJS rule to dependencies (which would make openapi-fetch's
// default export its whole exports object in the CommonJS build).
/** Writes the ES module and CommonJS twins of one source; returns whether it has runtime code. */
async function transpile(
  source: string,
  outDir: string,
  tsconfigRaw: string,
): Promise<boolean> {
  const code = await readFile(source, 'utf8')
  const output = outputBase(source, outDir)
  const options = {
    loader: 'ts',
    target: 'es2022',
    tsconfigRaw,
    sourcefile: relative(dirname(output), source),
  } as const
  const esm = await transform(code, {
    ...options,
    format: 'esm',
    sourcemap: 'external',
  })
  const cjs = await transform(code, {
    ...options,
    format: 'cjs',
    sourcemap: 'external',
  })
  // A module of types alone has no code to debug: a map would only repeat its source.
  const hasCode = esm.code.trim() !== ''
  await mkdir(dirname(output), { recursive: true })
  await Promise.all([
    writeModule(`${output}.js`, esm.code, hasCode ? esm.map : undefined),
    writeModule(
      `${output}.cjs`,
      cjs.code.replace(cjsRequire, 'require("$1.cjs")'),
      hasCode ? cjs.map : undefined,
    ),
  ])
  return hasCode
}

async function writeModule(
  file: string,
  code: string,
  map: string | undefined,
): Promise<void> {
  if (map === undefined) return writeFile(file, code)
  await Promise.all([
    writeFile(file, `${code}//# sourceMappingURL=${basename(file)}.map\n`),
    writeFile(`${file}.map`, map),
  ])
}

/** Transpiles every source; returns the declaration files of the modules that hold types alone. */
async function buildJavaScript(
  sources: string[],
  outDir: string,
): Promise<Set<string>> {
  const tsconfigRaw = await readFile(join(root, 'tsconfig.json'), 'utf8')
  const hasCode = await Promise.all(
    sources.map((source) => transpile(source, outDir, tsconfigRaw)),
  )
  return new Set(
    sources
      .filter((_, i) => !hasCode[i])
      .map((source) => `${outputBase(source, outDir)}.d.ts`),
  )
}

/** Type-checks the sources and writes their ES module declarations. */
async function buildDeclarations(outDir: string): Promise<void> {
  const tsc = join(root, 'node_modules/typescript/bin/tsc')
  const args = [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir]
  try {
    await promisify(execFile)(process.execPath, args, {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`tsc failed:\n${stdout ?? ''}${stderr ?? ''}`, {
      cause: error,
    })
  }
}

/** Relative specifiers in declaration files: `from './x.js'`, `import('./x.js')`, `import './x.js'`. */
const declarationSpecifier =
  /(\bfrom\s+|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\.js\2/g

/** The CommonJS twin of an ES module declaration file: the same types, pointing at .cjs siblings. */
const toCjsDeclaration = (declaration: string): string =>
  declaration.replace(
    declarationSpecifier,
    (_, prefix: string, quote: string, path: string) =>
      `${prefix}${quote}${path}.cjs${quote}`,
  )

// Types are the same whatever the module format, so the CommonJS declarations of a module of types
// alone (the 2 MB generated/types.ts) re-export the ES module ones instead of repeating them.
async function writeCjsDeclarations(
  outDir: string,
  typesAlone: Set<string>,
): Promise<void> {
  const declarations = await filesUnder(outDir, '.d.ts')
  await Promise.all(
    declarations.map(async (file) =>
      writeFile(
        file.replace(/\.d\.ts$/, '.d.cts'),
        typesAlone.has(file)
          ? `export type * from './${basename(file, '.d.ts')}.js'\n`
          : toCjsDeclaration(await readFile(file, 'utf8')),
      ),
    ),
  )
}

/** Builds the package into `outDir` (emptied first); returns how many modules it holds. */
export async function buildPackage(
  outDir = join(root, 'dist'),
): Promise<number> {
  await rm(outDir, { recursive: true, force: true })
  const sources = (
    await Promise.all(
      sourceDirs.map((dir) => filesUnder(join(root, dir), '.ts')),
    )
  ).flat()
  const [typesAlone] = await Promise.all([
    buildJavaScript(sources, outDir),
    buildDeclarations(outDir),
  ])
  await Promise.all([
    writeCjsDeclarations(outDir, typesAlone),
    buildNodeBundle(outDir),
  ])
  return sources.length
}

/**
 * Lays out in `dir` what `npm pack` would publish (package.json, README.md, a fresh dist/), for the
 * tests and benchmarks, which must neither read nor rewrite the repo's own dist/.
 */
export async function stagePackage(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  await Promise.all([
    buildPackage(join(dir, 'dist')),
    copyFile(join(root, 'package.json'), join(dir, 'package.json')),
    copyFile(join(root, 'README.md'), join(dir, 'README.md')),
  ])
}
