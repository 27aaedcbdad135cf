// The no-op stamp: what the last successful `seam-codegen generate` saw of its inputs (the spec, the
// hand-kept samples, the config files, the pipeline's own sources and lockfile) and wrote (every output
// file), as file stats. The command's bin compares them with the files before it loads tsx and the
// pipeline: when every stat is the same, the run would change nothing, and the bin prints the summary
// line and ends. Plain JavaScript, so that answering costs no TypeScript; the CLI writes the stamp
// through this module too, and takes from it the facts both sides need (the cache folder, the colour
// rule, the summary line).
import {
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  writeFile,
} from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** Where the cache lives unless told otherwise; never committed (node_modules is ignored). */
export const defaultCacheDir = (env = process.env) =>
  env.SEAM_CODEGEN_CACHE ??
  join(repoRoot, 'node_modules', '.cache', 'seam-codegen')

/** Colours only for a terminal, and never under no-color.org's NO_COLOR. */
export const usesColour = (output, env) =>
  output.isTTY === true && (env.NO_COLOR ?? '') === ''

const green = (text) => `\x1b[32m${text}\x1b[39m`

/** The line a generation ends with; `colour` paints its first word. */
export const summaryLine = (
  { operations, namespaces, written, unchanged, deleted, seconds, cached },
  colour,
) =>
  `${colour ? green('generated') : 'generated'} ${operations} operations in ${namespaces} namespaces: ` +
  `${written} written, ${unchanged} unchanged, ${deleted} deleted ` +
  `in ${seconds.toFixed(2)} s${cached ? ', from the cache' : ''}\n`

const stampFile = (cacheDir) => join(cacheDir, 'noop-stamp.json')
/** Command lines remembered: a few, as tests and tools generate into folders of their own. */
const entriesKept = 8
/**
 * A file changed within this long before the stamp was taken may change again without its stat
 * showing it (timestamps are coarse on some file systems), so neither the stamp nor the output record vouches for it.
 */
const settledMs = 2000

const valueOptions = new Set([
  '--spec',
  '--out',
  '--samples',
  '--languages',
  '--runtime-import',
  '--config',
])

/**
 * Whether the command line is a plain `generate`: only options that choose what to generate from and
 * into, and --verbose (a no-op lists no file). Anything else (--check, --force, --watch, --no-cache,
 * help, a mistake) takes the whole path.
 */
export function isPlainGenerate(argv) {
  if (argv[0] !== 'generate') return false
  for (let i = 1; i < argv.length; i++) {
    const argument = argv[i]
    if (argument === '--verbose') continue
    const [name] = argument.split('=', 1)
    if (!valueOptions.has(name)) return false
    if (!argument.includes('=') && ++i >= argv.length) return false
  }
  return true
}

export const statOf = ({ size, mtimeMs, ctimeMs, ino }) => ({
  size,
  mtimeMs,
  ctimeMs,
  ino,
})

async function listFiles(dir) {
  const entries = await readdir(dir, {
    recursive: true,
    withFileTypes: true,
  }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/**
 * What a run is about to read, seen before it reads it: the listing of each folder, and the stat of
 * each file (null for one that is absent). An input changed during the run then no longer matches.
 */
export async function observeInputs({ cwd, argv, files, folders }) {
  const taken = Date.now()
  const listings = Object.fromEntries(
    await Promise.all(folders.map(async (dir) => [dir, await listFiles(dir)])),
  )
  const paths = [
    ...new Set([
      ...files,
      ...Object.values(listings).flat(),
      join(repoRoot, 'package-lock.json'),
      join(repoRoot, 'package.json'),
      join(repoRoot, '.prettierrc.json'),
    ]),
  ]
  const stats = await Promise.all(
    paths.map((path) => stat(path).then(statOf, () => null)),
  )
  return {
    cwd: resolve(cwd),
    argv: [...argv],
    taken,
    folders: listings,
    files: Object.fromEntries(paths.map((path, i) => [path, stats[i]])),
  }
}

/** The folders whose every file is an input of every run: the pipeline's sources. */
export const pipelineFolders = [join(repoRoot, 'scripts')]

const readStamp = (cacheDir) =>
  readFile(stampFile(cacheDir), 'utf8').then(
    (text) => {
      const stamp = JSON.parse(text)
      return Array.isArray(stamp?.entries) ? stamp.entries : []
    },
    () => [],
  )

/** Records a successful run: its inputs as observed before it, its outputs (path -> stat) and its counts. */
export async function saveStamp(cacheDir, inputs, outputs, summary) {
  const entry = {
    ...inputs,
    files: { ...inputs.files, ...outputs },
    summary,
  }
  const same = (other) =>
    other?.cwd === entry.cwd &&
    JSON.stringify(other.argv) === JSON.stringify(entry.argv)
  const entries = [
    ...(await readStamp(cacheDir))
      .filter((other) => !same(other))
      .slice(-(entriesKept - 1)),
    entry,
  ]
  await mkdir(cacheDir, { recursive: true })
  const temporary = `${stampFile(cacheDir)}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify({ entries }))
  await rename(temporary, stampFile(cacheDir))
}

/**
 * Whether a file whose stat was `known` at `taken` still holds what it held then: it has the same
 * stat, and had settled by then.
 */
export const statVouches = (known, current, taken) =>
  known.size === current.size &&
  known.mtimeMs === current.mtimeMs &&
  known.ctimeMs === current.ctimeMs &&
  known.ino === current.ino &&
  known.ctimeMs <= taken - settledMs

function vouchedFor(known, current, taken) {
  if (known === null) return current === null
  return (
    current !== null && current.isFile() && statVouches(known, current, taken)
  )
}

/**
 * The counts of the run this command line would repeat, when the stamp vouches that nothing it reads
 * or writes has changed since; undefined at any doubt.
 */
export async function noopRun(argv, cwd, env = process.env) {
  if (!isPlainGenerate(argv)) return undefined
  const entry = (await readStamp(defaultCacheDir(env))).find(
    (other) =>
      other?.cwd === resolve(cwd) &&
      JSON.stringify(other.argv) === JSON.stringify(argv),
  )
  if (
    entry === undefined ||
    typeof entry.taken !== 'number' ||
    typeof entry.files !== 'object' ||
    typeof entry.folders !== 'object' ||
    !['operations', 'namespaces', 'files'].every(
      (count) => typeof entry.summary?.[count] === 'number',
    )
  )
    return undefined
  for (const [dir, listed] of Object.entries(entry.folders)) {
    if (JSON.stringify(await listFiles(dir)) !== JSON.stringify(listed))
      return undefined
  }
  const vouched = await Promise.all(
    Object.entries(entry.files).map(async ([path, known]) =>
      vouchedFor(known, await stat(path).catch(() => null), entry.taken),
    ),
  )
  return vouched.every(Boolean) ? entry.summary : undefined
}
