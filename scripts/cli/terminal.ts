// What the CLI writes to, and how: colours only on a terminal (and never under NO_COLOR), and a
// progress line on a terminal's stderr while a long stage runs.
import { Worker } from 'node:worker_threads'

import { usesColour } from './bin/noop-stamp.mjs'

/** The part of a stream the CLI uses; process.stdout and process.stderr are ones. */
export interface Output {
  write(text: string): unknown
  readonly isTTY?: boolean
  /** The file descriptor, for the progress line, which is written from another thread. */
  readonly fd?: number
}

export interface Terminal {
  stdout: Output
  stderr: Output
  env: Record<string, string | undefined>
}

export interface Style {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  green(text: string): string
  yellow(text: string): string
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\x1b[${open}m${text}\x1b[${close}m`

const colours: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
}
const plain: Style = {
  bold: String,
  dim: String,
  red: String,
  green: String,
  yellow: String,
}

/** Colours for text bound for `output`: only a terminal gets them, and no-color.org's NO_COLOR turns them off. */
export const styleFor = (output: Output, env: Terminal['env']): Style =>
  usesColour(output, env) ? colours : plain

/**
 * Runs `task` while a spinner with `label` and the elapsed seconds turns on a terminal's stderr. The
 * spinner lives in a worker thread that writes to the file descriptor itself, so it keeps turning
 * while the pipeline's synchronous stages hold the main thread. Elsewhere it runs `task` alone.
 */
export async function withProgress<T>(
  terminal: Terminal,
  label: string,
  task: () => Promise<T>,
): Promise<T> {
  const { stderr } = terminal
  if (stderr.isTTY !== true || stderr.fd === undefined) return task()
  const spinner = new Worker(
    new URL('./progress-worker.mjs', import.meta.url),
    {
      workerData: { fd: stderr.fd, label },
    },
  )
  const stopped = new Promise((resolve) => spinner.once('exit', resolve))
  try {
    return await task()
  } finally {
    spinner.postMessage('stop')
    await stopped
  }
}
