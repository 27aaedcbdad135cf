// dist/node/: the ES build as one bundle, for Node's own resolution of the package (see below).
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

import { build } from 'esbuild'

/** The ES module entries of the package: what its exports map names, by their path in dist/. */
async function moduleEntries(outDir: string): Promise<string[]> {
  const routes = await readdir(join(outDir, 'generated/routes'))
  return [
    'src/index.js',
    'src/standalone.js',
    'src/runtime.js',
    ...routes
      .filter((file) => file.endsWith('.js'))
      .sort()
      .map((file) => `generated/routes/${file}`),
  ]
}

/**
 * What Node imports under the exports map's `node` condition: every module of the ES build in one
 * bundle (dist/node/sdk.js), and for each entry a module that re-exports its names from there.
 * Loading the SDK's hundred-odd modules one by one took Node longer than the rest of a cold start;
 * one bundle behind every entry also keeps a class the same object whichever entry it is
 * imported from (`instanceof` holds across `seam-connect-sdk` and `seam-connect-sdk/client`).
 * Bundlers other than Node's own resolution keep the per-file modules, to drop what an app does
 * not use.
 */
export async function buildNodeBundle(outDir: string): Promise<void> {
  const entries = await moduleEntries(outDir)
  const external = ['openapi-fetch']
  const names = await build({
    absWorkingDir: outDir,
    entryPoints: entries,
    outdir: 'node-exports',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    external,
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const exportsOf = new Map(
    Object.values(names.metafile.outputs)
      .filter((output) => output.entryPoint !== undefined)
      .map((output) => [output.entryPoint!, output.exports]),
  )
  const node = join(outDir, 'node')
  await build({
    stdin: {
      contents: entries.map((entry) => `export * from './${entry}'\n`).join(''),
      resolveDir: outDir,
      loader: 'js',
    },
    outfile: join(node, 'sdk.js'),
    sourcemap: true,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    external,
    logLevel: 'silent',
  })
  await Promise.all(
    entries.map(async (entry) => {
      const file = join(node, entry)
      const names = exportsOf.get(entry)
      if (names === undefined)
        throw new Error(`esbuild reported no exports for ${entry}`)
      await mkdir(dirname(file), { recursive: true })
      const bundle = relative(dirname(file), join(node, 'sdk.js'))
      await writeFile(
        file,
        `export { ${names.join(', ')} } from './${bundle}'\n`,
      )
    }),
  )
}
