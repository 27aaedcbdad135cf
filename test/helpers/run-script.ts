import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface ScriptResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command and resolves with its exit code and output; never rejects, so tests can assert on failures. */
export function runProcess(
  file: string,
  args: string[],
  {
    cwd = repoRoot,
    env = process.env,
  }: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // -1 when the process ended without an exit code (killed by a signal), so it never passes for a clean exit 1.
        const code =
          error == null ? 0 : typeof error.code === 'number' ? error.code : -1
        resolve({ code, stdout, stderr })
      },
    )
  })
}

/** Runs one of the repo's TypeScript scripts with tsx, as `npm run` would, without colours. */
export const runScript = (
  script: string,
  args: string[],
  cwd = repoRoot,
): Promise<ScriptResult> =>
  runProcess(
    process.execPath,
    ['--import', 'tsx', `${repoRoot}/${script}`, ...args],
    {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
    },
  )
