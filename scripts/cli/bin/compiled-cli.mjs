// The TypeScript CLI compiled to JavaScript once, and kept (node_modules/.cache/seam-codegen-js): a run
// then loads plain ES modules instead of registering tsx, whose loader thread and per-file transpiling
// cost more than many a run's own work. esbuild bundles the CLI's sources with their packages left
// external, in chunks split at every dynamic import, so that a run still loads only what it imports.
// The build is reused only while every file it was made from (esbuild's list, plus this module, the
// tsconfig and esbuild's version) hashes as it did, and every file it wrote hashes as written; at any
// doubt it is built anew, and when that fails the bin falls back to tsx.
import { createHash, randomBytes } from 'node:crypto'
import {
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const thisFile = fileURLToPath(import.meta.url)

export const defaultCompiledDir = join(
  repoRoot,
  'node_modules',
  '.cache',
  'seam-codegen-js',
)

/** Builds kept besides the current one: a long-running command (watch) may still import from its own. */
const buildsKept = 3
const manifestName = 'manifest.json'
const buildName = /^[0-9a-f]{16}$/

const hashOf = (text) => createHash('sha1').update(text).digest('hex')
const hashFile = (path) => readFile(path).then(hashOf, () => null)

/** Files that shape the build without being bundled: a change to any of them makes it anew. */
const buildInputs = (root) => [
  thisFile,
  join(root, 'tsconfig.json'),
  join(repoRoot, 'node_modules', 'esbuild', 'package.json'),
]

/**
 * `import.meta.url` written out as the URL of the source file it stands in: the sources find the
 * repository's files (package.json, prettier's config, workers) relative to themselves, not to the
 * chunk they end up in.
 */
const sourceUrlPlugin = {
  name: 'source-url',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8')
      return {
        contents: text.replaceAll(
          'import.meta.url',
          JSON.stringify(pathToFileURL(args.path).href),
        ),
        loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js',
      }
    })
  },
}

async function hashesOf(root, paths) {
  const hashes = await Promise.all(paths.map(hashFile))
  return Object.fromEntries(
    paths.map((path, i) => [relative(root, path), hashes[i]]),
  )
}

/** Whether every recorded file still hashes as recorded. */
async function matches(base, recorded) {
  if (typeof recorded !== 'object' || recorded === null) return false
  const entries = Object.entries(recorded)
  const hashes = await Promise.all(
    entries.map(([path]) => hashFile(resolve(base, path))),
  )
  return entries.every(
    ([, hash], i) => typeof hash === 'string' && hashes[i] === hash,
  )
}

/** The entry module of the kept build, when it is still the build of these sources. */
async function keptEntry(dir, root) {
  const manifest = await readFile(join(dir, manifestName), 'utf8')
    .then(JSON.parse)
    .catch(() => undefined)
  if (
    typeof manifest?.build !== 'string' ||
    !buildName.test(manifest.build) ||
    typeof manifest.entry !== 'string'
  )
    return undefined
  const build = join(dir, manifest.build)
  const [inputs, outputs] = await Promise.all([
    matches(root, manifest.inputs),
    matches(build, manifest.outputs),
  ])
  return inputs && outputs ? join(build, manifest.entry) : undefined
}

/** Removes the oldest builds of this folder, keeping `current` and the newest others. */
async function prune(dir, current) {
  const names = (await readdir(dir)).filter(
    (name) => buildName.test(name) && name !== current,
  )
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      mtimeMs: (await stat(join(dir, name))).mtimeMs,
    })),
  )
  dated.sort((a, b) => b.mtimeMs - a.mtimeMs)
  await Promise.all(
    dated
      .slice(buildsKept)
      .map(({ name }) => rm(join(dir, name), { recursive: true, force: true })),
  )
}

/** Compiles `entry` into a new build of `dir` and records it as the current one; returns its entry module. */
async function compile(dir, root, entry) {
  const { build } = await import('esbuild')
  await mkdir(dir, { recursive: true })
  const temporary = join(
    dir,
    `.build-${process.pid}-${randomBytes(4).toString('hex')}`,
  )
  try {
    const { metafile } = await build({
      entryPoints: { main: entry },
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      outdir: temporary,
      outExtension: { '.js': '.mjs' },
      metafile: true,
      logLevel: 'silent',
      plugins: [sourceUrlPlugin],
    })
    const inputs = await hashesOf(root, [
      ...Object.keys(metafile.inputs).map((path) => resolve(root, path)),
      ...buildInputs(root),
    ])
    const outputs = await hashesOf(
      temporary,
      Object.keys(metafile.outputs).map((path) => resolve(root, path)),
    )
    const name = hashOf(JSON.stringify([inputs, outputs])).slice(0, 16)
    // Another process may have made the same build meanwhile (then its copy is used), or an earlier
    // one left it damaged (then it is replaced).
    const target = join(dir, name)
    await rename(temporary, target).catch(async (error) => {
      if (!['EEXIST', 'ENOTEMPTY'].includes(error.code)) throw error
      if (await matches(target, outputs)) return
      await rm(target, { recursive: true, force: true })
      await rename(temporary, target)
    })
    const manifest = `${JSON.stringify({ build: name, entry: 'main.mjs', inputs, outputs })}\n`
    const pending = join(dir, `${manifestName}.${process.pid}.tmp`)
    await writeFile(pending, manifest)
    await rename(pending, join(dir, manifestName))
    await prune(dir, name)
    return join(dir, name, 'main.mjs')
  } finally {
    await rm(temporary, { recursive: true, force: true })
  }
}

/**
 * The compiled CLI's entry module (the build kept in `dir` when it is current, else a new one), or
 * undefined when it cannot be had: then the caller runs the sources through tsx.
 */
export async function compiledCli({
  dir = defaultCompiledDir,
  root = repoRoot,
  entry = join(root, 'scripts', 'cli', 'main.ts'),
} = {}) {
  try {
    const main =
      (await keptEntry(dir, root)) ?? (await compile(dir, root, entry))
    return await import(pathToFileURL(main).href)
  } catch {
    return undefined
  }
}
