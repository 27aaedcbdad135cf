// The types of noop-stamp.mjs, for the TypeScript CLI that writes the stamp and shares its facts.

/** A file's identity on disk as stat tells it. */
export interface FileStat {
  size: number
  mtimeMs: number
  ctimeMs: number
  ino: number
}

/** The counts a generation's summary line reports. */
export interface RunCounts {
  operations: number
  namespaces: number
  /** Every file the run produced (all unchanged in a no-op). */
  files: number
}

/** A run's inputs as seen before it read them. */
export interface ObservedInputs {
  cwd: string
  argv: string[]
  taken: number
  folders: Record<string, string[]>
  files: Record<string, FileStat | null>
}

export function defaultCacheDir(
  env?: Record<string, string | undefined>,
): string

export function usesColour(
  output: { readonly isTTY?: boolean },
  env: Record<string, string | undefined>,
): boolean

export function summaryLine(
  counts: {
    operations: number
    namespaces: number
    written: number
    unchanged: number
    deleted: number
    seconds: number
    cached: boolean
  },
  colour: boolean,
): string

export function statOf(stat: FileStat): FileStat

/**
 * Whether a file whose stat was `known` at `taken` still holds what it held then: it has the same
 * stat, and had settled by then.
 */
export function statVouches(
  known: FileStat,
  current: FileStat,
  taken: number,
): boolean

export function isPlainGenerate(argv: readonly string[]): boolean

export const pipelineFolders: readonly string[]

export function observeInputs(inputs: {
  cwd: string
  argv: readonly string[]
  files: readonly string[]
  folders: readonly string[]
}): Promise<ObservedInputs>

export function saveStamp(
  cacheDir: string,
  inputs: ObservedInputs,
  outputs: Record<string, FileStat>,
  summary: RunCounts,
): Promise<void>

export function noopRun(
  argv: readonly string[],
  cwd: string,
  env?: Record<string, string | undefined>,
): Promise<RunCounts | undefined>
