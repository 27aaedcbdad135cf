import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface ScriptResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs one of the repo's TypeScript scripts with tsx, as `npm run` would, and never throws. */
export function runScript(script: string, args: string[], cwd = repoRoot): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `${repoRoot}/${script}`, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error == null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({ code, stdout, stderr })
      },
    )
  })
}
