import { main } from '../../scripts/cli/main.js'
import type { Terminal } from '../../scripts/cli/terminal.js'

/** `seam-codegen ARGV` in this process, from `cwd` (the process's own by default), with what it printed. */
export async function runMain(
  argv: string[],
  cwd?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const terminal: Terminal = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
  }
  const code = await main(argv, terminal, cwd)
  return { code, stdout, stderr }
}
