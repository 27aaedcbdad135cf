/**
 * Each language's real parser, run once over a whole batch of snippets (one process per
 * language, never one per snippet), reporting which snippets it rejects and why.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import ts from 'typescript'

import { repoRoot } from '../helpers/run-script.js'

/** A piece of code: a sample's statements, or a value written as one expression. */
export interface Snippet {
  name: string
  code: string
  kind: 'statements' | 'expression'
}

export interface Failure {
  name: string
  message: string
}

export type Checker = (snippets: readonly Snippet[]) => Promise<Failure[]>

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command to its end, feeding it `input`; a command that is not installed says so. */
export function run(
  command: string,
  args: string[],
  input = '',
  cwd?: string,
  env?: NodeJS.ProcessEnv,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${command} is not installed (scripts/ci-setup.sh installs it)`,
            )
          : error,
      ),
    )
    child.on('close', (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    )
    // A command that does not read its input may exit before it is written: its output says what happened.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error)
    })
    child.stdin.end(input, 'utf8')
  })
}

/** Runs `use` with a fresh temporary folder, removed afterwards. */
export async function withTempDir<T>(
  use: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'seam-samples-'))
  try {
    return await use(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * For parsers that take one file and stop at its first error: every snippet wrapped in a
 * declaration of its own, and a way back from a reported line to the snippet holding it.
 */
function concatenate(
  snippets: readonly Snippet[],
  header: string,
  wrap: (snippet: Snippet, index: number) => string,
) {
  let text = header
  const starts: number[] = []
  snippets.forEach((snippet, index) => {
    starts.push(text.split('\n').length)
    text += wrap(snippet, index)
  })
  const nameAt = (line: number): string => {
    const index = starts.filter((start) => start <= line).length - 1
    return snippets[index]?.name ?? `line ${line} of the batch`
  }
  return { text, nameAt }
}

/** Failures from a one-file parser's output, each error line attributed to its snippet. */
function locatedFailures(
  output: string,
  lineOf: RegExp,
  nameAt: (line: number) => string,
): Failure[] {
  const lines = output.split('\n').filter((line) => line.trim() !== '')
  const located = lines.flatMap((line) => {
    const match = lineOf.exec(line)
    return match
      ? [{ name: nameAt(Number(match[1])), message: line.trim() }]
      : []
  })
  return located.length > 0 || lines.length === 0
    ? located
    : [{ name: 'the batch', message: lines.join('\n') }]
}

/** Writes one file per snippet, runs `parse` over the folder, and maps reported files back to snippets. */
async function perFile(
  snippets: readonly Snippet[],
  fileName: (index: number) => string,
  wrap: (snippet: Snippet, index: number) => string,
  parse: (dir: string, files: string[]) => Promise<Run>,
  fileOf: RegExp,
): Promise<Failure[]> {
  return withTempDir(async (dir) => {
    const files = snippets.map((_, index) => join(dir, fileName(index)))
    await Promise.all(
      snippets.map((snippet, index) =>
        writeFile(files[index]!, wrap(snippet, index)),
      ),
    )
    const result = await parse(dir, files)
    const lines = `${result.stdout}\n${result.stderr}`.split('\n')
    const failures = lines.flatMap((line) => {
      const match = fileOf.exec(line)
      const index = match ? files.indexOf(join(dir, match[1]!)) : -1
      return index >= 0
        ? [{ name: snippets[index]!.name, message: line.trim() }]
        : []
    })
    if (result.code !== 0 && failures.length === 0) {
      return [
        {
          name: 'the batch',
          message: `exit ${result.code}: ${result.stdout}${result.stderr}`,
        },
      ]
    }
    return failures
  })
}

/** `node --check` over one module in which every snippet is an async function. */
export const checkJavaScriptSyntax: Checker = (snippets) =>
  withTempDir(async (dir) => {
    const { text, nameAt } = concatenate(snippets, '', (snippet, i) =>
      snippet.kind === 'expression'
        ? `async function sample${i}() {\n(\n${snippet.code}\n);\n}\n`
        : `async function sample${i}() {\n${snippet.code}\n}\n`,
    )
    const file = join(dir, 'samples.mjs')
    await writeFile(file, text)
    const result = await run(process.execPath, ['--check', file])
    if (result.code === 0) return []
    const line = new RegExp(
      `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`,
    ).exec(result.stderr)
    const error =
      result.stderr.split('\n').find((l) => /Error/.test(l)) ?? result.stderr
    return [
      {
        name: line ? nameAt(Number(line[1])) : 'the batch',
        message: error.trim(),
      },
    ]
  })

/**
 * One TypeScript program, type-checked strictly against the SDK this project generates: every
 * snippet is a module whose async function has `const seam = new SeamHttp()` in scope.
 */
export const typeCheckJavaScript: Checker = (snippets) =>
  withTempDir(async (dir) => {
    const sdk = join(repoRoot, 'src/index.js')
    const files = snippets.map((_, i) => join(dir, `sample${i}.mts`))
    await Promise.all(
      snippets.map((snippet, i) =>
        writeFile(
          files[i]!,
          `import { SeamHttp } from ${JSON.stringify(sdk)}\n\nexport async function sample(): Promise<void> {\n` +
            `const seam = new SeamHttp()\n${snippet.kind === 'expression' ? `void (\n${snippet.code}\n)` : snippet.code}\n}\n`,
        ),
      ),
    )
    const config = ts.readConfigFile(
      join(repoRoot, 'tsconfig.json'),
      ts.sys.readFile,
    )
    const { options } = ts.parseJsonConfigFileContent(
      config.config,
      ts.sys,
      repoRoot,
    )
    const program = ts.createProgram(files, { ...options, noEmit: true })
    return files.flatMap((file, i) => {
      const source = program.getSourceFile(file)!
      const diagnostics = [
        ...program.getSyntacticDiagnostics(source),
        ...program.getSemanticDiagnostics(source),
      ]
      return diagnostics.map((diagnostic) => ({
        name: snippets[i]!.name,
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      }))
    })
  })

const pythonParser = `
import ast, json, sys
failures = []
for snippet in json.loads(sys.stdin.buffer.read().decode("utf-8")):
    try:
        ast.parse(snippet["code"], mode="eval" if snippet["kind"] == "expression" else "exec")
    except SyntaxError as error:
        failures.append({"name": snippet["name"], "message": f"line {error.lineno}: {error.msg}"})
print(json.dumps(failures))
`

/** `ast.parse` in one python3 process. */
export const checkPython: Checker = async (snippets) =>
  JSON.parse(
    (await run('python3', ['-c', pythonParser], JSON.stringify(snippets)))
      .stdout,
  )

const rubyParser = `
require "json"
$VERBOSE = nil
snippets = JSON.parse($stdin.read.force_encoding("UTF-8"))
failures = snippets.filter_map do |snippet|
  RubyVM::InstructionSequence.compile(snippet["code"])
  nil
rescue SyntaxError => error
  { name: snippet["name"], message: error.message }
end
puts JSON.generate(failures)
`

/** Ruby's own compiler (what `ruby -c` runs) over each snippet, in one ruby process. */
export const checkRuby: Checker = async (snippets) =>
  JSON.parse(
    (await run('ruby', ['-e', rubyParser], JSON.stringify(snippets))).stdout,
  )

/**
 * `php -l` over one file in which every snippet is a function: it parses and compiles, so a
 * positional argument after a named one is caught too. PHP 8.2 lints one file a process.
 */
export const checkPhp: Checker = (snippets) =>
  withTempDir(async (dir) => {
    const { text, nameAt } = concatenate(
      snippets,
      '<?php\n',
      (snippet, i) => `function sample${i}() {\n${snippet.code}\n}\n`,
    )
    const file = join(dir, 'samples.php')
    await writeFile(file, text)
    const result = await run('php', [
      '-d',
      'display_errors=stdout',
      '-d',
      'log_errors=0',
      '-l',
      file,
    ])
    if (result.code === 0) return []
    return locatedFailures(
      result.stdout.replace(/^(No syntax errors|Errors parsing).*$/gm, ''),
      / on line (\d+)/,
      nameAt,
    )
  })

/** `bash -n` over one file in which every snippet is a function; any complaint at all fails. */
export const checkBash: Checker = (snippets) =>
  withTempDir(async (dir) => {
    const { text, nameAt } = concatenate(
      snippets,
      '',
      (snippet, i) => `sample${i}() {\n${snippet.code}\n}\n`,
    )
    const file = join(dir, 'samples.sh')
    await writeFile(file, text)
    const result = await run('bash', ['-n', file])
    return locatedFailures(result.stderr, /: line (\d+): /, nameAt)
  })

/** `gofmt -e` over a folder with one file a snippet. */
export const checkGo: Checker = (snippets) =>
  perFile(
    snippets,
    (i) => `sample${i}.go`,
    (snippet) =>
      snippet.kind === 'expression'
        ? `package samples\n\nvar _ = ${snippet.code}\n`
        : `package samples\n\nfunc sample() {\n${snippet.code}\n}\n`,
    (dir) => run('gofmt', ['-e', '-l', dir]),
    /(sample\d+\.go):\d+:\d+: /,
  )

/**
 * javac's parser, stopped after parsing: the SDK's classes are not on the class path, so
 * resolving names would only report what the sample cannot know. One class a snippet.
 */
export const checkJava: Checker = (snippets) =>
  perFile(
    snippets,
    (i) => `Sample${i}.java`,
    (snippet, i) =>
      snippet.kind === 'expression'
        ? `class Sample${i} {\nObject value() {\nreturn ${snippet.code};\n}\n}\n`
        : `class Sample${i} {\nvoid sample() throws Exception {\n${snippet.code}\n}\n}\n`,
    (dir, files) =>
      run('javac', [
        '-XDshould-stop.ifError=PARSE',
        '-XDshould-stop.ifNoError=PARSE',
        '-Xmaxerrs',
        '100000',
        '-encoding',
        'UTF-8',
        '-d',
        join(dir, 'classes'),
        ...files,
      ]),
    /(Sample\d+\.java):\d+: error: /,
  )

/** Mono's C# compiler in parse-only mode (`mcs --parse`), one class a snippet. */
export const checkCSharp: Checker = (snippets) =>
  perFile(
    snippets,
    (i) => `Sample${i}.cs`,
    (snippet, i) =>
      snippet.kind === 'expression'
        ? `class Sample${i} {\nobject Value() {\nreturn ${snippet.code};\n}\n}\n`
        : `class Sample${i} {\nvoid Sample() {\n${snippet.code}\n}\n}\n`,
    (_, files) => run('mcs', ['--parse', ...files]),
    /(Sample\d+\.cs)\(\d+,\d+\): error /,
  )
