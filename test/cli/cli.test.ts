// seam-codegen: help, exit codes, quiet output, colours and progress only on a terminal. Most cases
// call main() in-process with captured streams; the bin itself runs for the help pages, a usage error,
// and in a pseudo-terminal (util-linux `script`) for colours and the spinner.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { main } from '../../scripts/cli/main.js'
import type { Terminal } from '../../scripts/cli/terminal.js'
import { repoRoot, runProcess } from '../helpers/run-script.js'
import { snapshotTree } from '../helpers/tree.js'

const bin = join(repoRoot, 'node_modules/.bin/seam-codegen')
const colour = /\x1b\[\d+m/

interface Captured {
  terminal: Terminal
  stdout: () => string
  stderr: () => string
}

/** Streams that keep what is written; `isTTY` as a terminal's, without the fd a spinner would draw on. */
function capture(
  options: { tty?: boolean; env?: Terminal['env'] } = {},
): Captured {
  let stdout = ''
  let stderr = ''
  return {
    terminal: {
      stdout: {
        write: (text: string) => (stdout += text),
        isTTY: options.tty ?? false,
      },
      stderr: {
        write: (text: string) => (stderr += text),
        isTTY: options.tty ?? false,
      },
      env: options.env ?? {},
    },
    stdout: () => stdout,
    stderr: () => stderr,
  }
}

async function runMain(
  argv: string[],
  options?: Parameters<typeof capture>[0],
) {
  const io = capture(options)
  const code = await main(argv, io.terminal)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

const run = (file: string, args: string[], env?: NodeJS.ProcessEnv) =>
  runProcess(file, args, { env })

let work: string
let oldSpec: string
let newSpec: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seam-cli-'))
  // A two-operation spec and the same without one of them, from the diff fixtures: small, so fast.
  const pair = JSON.parse(
    await readFile(
      join(repoRoot, 'test/fixtures/diff/operation-removed.json'),
      'utf8',
    ),
  )
  oldSpec = join(work, 'old.json')
  newSpec = join(work, 'new.json')
  await writeFile(oldSpec, JSON.stringify(pair.old))
  await writeFile(newSpec, JSON.stringify(pair.new))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const commands = [
  'generate',
  'check',
  'diff',
  'samples',
  'update',
  'pull',
  'docs',
  'bench',
  'build',
  'help',
]

describe('help and version', () => {
  it('seam-codegen --help lists every command and exits 0', async () => {
    const { code, stdout, stderr } = await run(bin, ['--help'])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toMatch(/^Usage: seam-codegen \[options\] \[command\]/)
    for (const command of commands)
      expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
    expect(stdout).toContain('Exit codes: 0 ok; 1 failed')
  })

  it.each([
    [
      ['generate'],
      [
        '--spec <source>',
        '--out <dir>',
        '--samples <dir>',
        '--runtime-import <module>',
        '--config <file>',
        '--no-cache',
        '--force',
        '--verbose',
        '--check',
        '--watch',
      ],
    ],
    [['check'], ['--spec <source>', '--out <dir>', '--no-cache']],
    [['diff'], ['<old>', '<new>', '--json', '--fail-on-breaking']],
    [
      ['samples'],
      ['<path>', '--lang <id>', 'python', 'csharp', '--spec <source>'],
    ],
    [
      ['update'],
      ['--version <x.y.z>', '--from-file <source>', '--changelog <file>'],
    ],
    [['pull'], ['--version <x.y.z>', '--out <file>']],
    [
      ['docs', 'build'],
      ['--spec <source>', '--changelog <file>', '--out <dir>'],
    ],
    [
      ['docs', 'serve'],
      ['--dir <dir>', '--port <n>'],
    ],
    [['bench'], ['--only <names>', '--runs <n>']],
  ])(
    'seam-codegen %j --help and help %j show the usage and options and exit 0',
    async (command, options) => {
      const viaOption = await runMain([...command, '--help'])
      expect({ code: viaOption.code, stderr: viaOption.stderr }).toEqual({
        code: 0,
        stderr: '',
      })
      expect(viaOption.stdout).toMatch(
        new RegExp(`^Usage: seam-codegen ${command.join(' ')} `),
      )
      for (const option of [...options, '-h, --help'])
        expect(viaOption.stdout).toContain(option)
      if (command.length === 1)
        expect(await runMain(['help', ...command])).toEqual(viaOption)
    },
  )

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(
      await readFile(join(repoRoot, 'package.json'), 'utf8'),
    )
    expect(await run(bin, ['--version'])).toEqual({
      code: 0,
      stdout: `seam-codegen ${version}\n`,
      stderr: '',
    })
  })
})

describe('usage errors exit 2, say what was wrong and suggest', () => {
  it('through the bin: an unknown option, with the closest one', async () => {
    const { code, stdout, stderr } = await run(bin, ['generate', '--chek'])
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toBe(
      "error: unknown option '--chek'\n(Did you mean --check?)\nRun seam-codegen generate --help for its usage.\n",
    )
  })

  it.each([
    [
      ['regenerate'],
      "error: unknown command 'regenerate'\n(Did you mean generate?)\nRun seam-codegen --help for its usage.\n",
    ],
    [
      ['docs', 'bild'],
      "error: unknown command 'bild'\n(Did you mean build?)\nRun seam-codegen docs --help for its usage.\n",
    ],
    [
      ['generate', '--spec'],
      "error: option '--spec <source>' argument missing\nRun seam-codegen generate --help for its usage.\n",
    ],
    [
      ['diff', 'old.json'],
      "error: missing required argument 'new'\nRun seam-codegen diff --help for its usage.\n",
    ],
    [
      ['check', 'extra'],
      "error: too many arguments for 'check'. Expected 0 arguments but got 1.\nRun seam-codegen check --help for its usage.\n",
    ],
    [
      ['pull'],
      'error: give the @seamapi/types version with --version X.Y.Z\nRun seam-codegen pull --help for its usage.\n',
    ],
    [
      ['docs', 'serve', '--port', 'eighty'],
      "error: option '--port <n>' argument 'eighty' is invalid. It must be an integer from 0 to 65535.\nRun seam-codegen docs serve --help for its usage.\n",
    ],
    [
      ['bench', '--only', 'speed'],
      'error: unknown benchmark "speed"; known: generation, typecheck, request-overhead, size, cold-start, watch, test-tier\nRun seam-codegen bench --help for its usage.\n',
    ],
    [
      ['bench', '--runs', '0'],
      "error: option '--runs <n>' argument '0' is invalid. It must be a positive integer.\nRun seam-codegen bench --help for its usage.\n",
    ],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await runMain(argv)
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: message,
    })
  })

  it('no command: the help, on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await runMain([])
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toMatch(/^Usage: seam-codegen \[options\] \[command\]/)
  })
})

describe('the npm scripts are aliases of the subcommands', () => {
  it.each([
    [['bench', '--help'], 0, /^Usage: seam-codegen bench /],
    [['docs:build', '--help'], 0, /^Usage: seam-codegen docs build /],
    [['spec:diff', '--help'], 0, /^Usage: seam-codegen diff /],
  ])(
    "npm run %j: exit %i with the subcommand's help",
    async (args, code, help) => {
      const [script, ...rest] = args
      const result = await run('npm', [
        'run',
        '--silent',
        script!,
        '--',
        ...rest,
      ])
      expect({ code: result.code, stderr: result.stderr }).toEqual({
        code,
        stderr: '',
      })
      expect(result.stdout).toMatch(help)
    },
  )

  it('npm run spec:pull -- --bogus is a usage error, exit 2', async () => {
    const result = await run('npm', [
      'run',
      '--silent',
      'spec:pull',
      '--',
      '--bogus',
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      "error: unknown option '--bogus'\nRun seam-codegen pull --help for its usage.\n",
    )
  })
})

describe('generate and check', () => {
  it('generate is quiet but for one summary line; --verbose lists the files; check exits 1 on stale output', async () => {
    const out = join(work, 'out')
    const generated = await runMain([
      'generate',
      '--spec',
      oldSpec,
      '--out',
      out,
    ])
    expect(generated).toMatchObject({ code: 0, stderr: '' })
    expect(generated.stdout).toMatch(
      /^generated 2 operations in 1 namespaces: \d+ written, 0 unchanged, 0 deleted in [\d.]+ s\n$/,
    )

    const upToDate = await runMain(['check', '--spec', oldSpec, '--out', out])
    expect(upToDate.code).toBe(0)
    expect(upToDate.stdout).toMatch(
      /^up to date: .* is what .*old\.json produces/,
    )

    const before = await snapshotTree(out)
    await writeFile(join(out, 'routes/devices.ts'), '// edited by hand\n')
    // A file the pipeline wrote and no longer produces, recorded in its manifest, and a file of the user's.
    const manifest = JSON.parse(
      await readFile(join(out, '.seam-codegen-manifest.json'), 'utf8'),
    )
    await writeFile(
      join(out, '.seam-codegen-manifest.json'),
      JSON.stringify({ files: [...manifest.files, 'stray.ts'] }),
    )
    await writeFile(join(out, 'stray.ts'), 'export {}\n')
    await writeFile(join(out, 'README.md'), '# mine\n')
    const edited = await snapshotTree(out)
    const stale = await runMain(['check', '--spec', oldSpec, '--out', out])
    expect(stale.code).toBe(1)
    expect(stale.stdout.split('\n').slice(0, 3)).toEqual([
      `differs ${out}/routes/devices.ts`,
      `differs ${out}/.seam-codegen-manifest.json`,
      `extra   ${out}/stray.ts`,
    ])
    expect(stale.stdout).toMatch(
      /stale: 3 file\(s\) in .* differ from what .*old\.json produces; run seam-codegen generate\n$/,
    )
    expect(await snapshotTree(out)).toEqual(edited)
    expect(
      (await runMain(['generate', '--check', '--spec', oldSpec, '--out', out]))
        .code,
    ).toBe(1)

    const repaired = await runMain([
      'generate',
      '--verbose',
      '--spec',
      oldSpec,
      '--out',
      out,
    ])
    expect(repaired.stdout.split('\n').slice(0, 3)).toEqual([
      `wrote   ${out}/routes/devices.ts`,
      `wrote   ${out}/.seam-codegen-manifest.json`,
      `deleted ${out}/stray.ts`,
    ])
    expect(await snapshotTree(out)).toEqual({
      ...before,
      'README.md': edited['README.md'],
    })
  })

  it('a spec that cannot be generated exits 1, says nothing was written, and writes nothing', async () => {
    const out = join(work, 'untouched')
    await runMain(['generate', '--spec', oldSpec, '--out', out])
    const before = await snapshotTree(out)
    const broken = join(
      repoRoot,
      'test/fixtures/bad-specs/03-dangling-ref.json',
    )
    const { code, stdout, stderr } = await runMain([
      'generate',
      '--spec',
      broken,
      '--out',
      out,
    ])
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
    expect(stderr).toMatch(
      /^seam-codegen generate: failed \(nothing was written\): .*#\//,
    )
    expect(await snapshotTree(out)).toEqual(before)
  })
})

describe('diff', () => {
  it('prints the changelog on stdout and one summary line on stderr; exits 1 on a breaking change only when asked', async () => {
    const report = await runMain(['diff', oldSpec, newSpec])
    expect(report.code).toBe(0)
    expect(report.stdout).toMatch(/^# API changes: /)
    expect(report.stdout).toContain('operation removed')
    expect(report.stderr).toBe(
      'breaking: 1 breaking and 0 non-breaking change(s); release: major\n',
    )
    expect(
      (await runMain(['diff', oldSpec, newSpec, '--fail-on-breaking'])).code,
    ).toBe(1)
    expect(
      (await runMain(['diff', newSpec, oldSpec, '--fail-on-breaking'])).code,
    ).toBe(0)
    const json = await runMain(['diff', oldSpec, newSpec, '--json'])
    expect(JSON.parse(json.stdout)).toMatchObject({
      breaking: 1,
      bump: 'major',
    })
  })
})

describe('samples', () => {
  it("prints an operation's samples on stdout, one summary line on stderr", async () => {
    const all = await runMain(['samples', '/devices/list', '--spec', oldSpec])
    expect(all.code).toBe(0)
    expect(all.stdout).toMatch(
      /^--- javascript .*\n[\s\S]*seam\.devices\.list\(/,
    )
    expect(all.stdout).toContain('--- python')
    expect(all.stderr).toBe('samples of /devices/list in 9 languages\n')
    const python = await runMain([
      'samples',
      '/devices/list',
      '--spec',
      oldSpec,
      '--lang',
      'python',
    ])
    expect(python.stdout).toMatch(/^seam\.devices\.list\(/)
    expect(python.stderr).toBe('samples of /devices/list in python\n')
  })

  it.each([
    [
      ['/devices/lst'],
      /^error: no path "\/devices\/lst" .*did you mean \/devices\/list/,
    ],
    [
      ['/devices/list', '--lang', 'cobol'],
      /^error: option '--lang <id>' argument 'cobol' is invalid/,
    ],
  ])('%j is a usage error, exit 2', async (args, message) => {
    const { code, stdout, stderr } = await runMain([
      'samples',
      ...args,
      '--spec',
      oldSpec,
    ])
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toMatch(message)
    expect(stderr).toContain('seam-codegen samples --help')
  })
})

describe('colours and progress', () => {
  it('colours only a terminal, and not under NO_COLOR', async () => {
    const argv = ['diff', oldSpec, newSpec]
    expect((await runMain(argv, { tty: true })).stderr).toMatch(colour)
    expect(
      (await runMain(argv, { tty: true, env: { NO_COLOR: '1' } })).stderr,
    ).not.toMatch(colour)
    expect((await runMain(argv, { tty: false })).stderr).not.toMatch(colour)
  })

  // `script` gives the command a pseudo-terminal and copies what it shows to our stdout.
  const inTerminal = (command: string, env: NodeJS.ProcessEnv) =>
    run(
      'script',
      ['--quiet', '--return', '--command', command, '/dev/null'],
      env,
    )

  it('on a terminal, a spinner with the stage and the seconds turns on stderr while generating, then is erased', async () => {
    const out = join(work, 'tty-out')
    const { NO_COLOR: _, ...env } = process.env
    const shown = await inTerminal(
      `${bin} generate --spec ${oldSpec} --out ${out}`,
      env,
    )
    expect(shown.code).toBe(0)
    expect(shown.stdout).toMatch(
      /\r\x1b\[2K[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] generating .*tty-out\/ from .*old\.json \d+\.\d s/,
    )
    expect(shown.stdout).toMatch(
      /\r\x1b\[2K\x1b\[32mgenerated\x1b\[39m 2 operations/,
    )
    const plain = await inTerminal(
      `${bin} check --spec ${oldSpec} --out ${out}`,
      { ...env, NO_COLOR: '1' },
    )
    expect(plain.code).toBe(0)
    expect(plain.stdout).not.toMatch(colour)
  })
})
