/**
 * The escaping corpus: values that break naive quoting in one language or another, rendered
 * by every renderer. Every output parses; where a language can evaluate what it wrote (the
 * JavaScript call, the cURL heredoc and CLI words as bash delivers them, Python, Ruby, PHP), it
 * evaluates back to exactly the input. Go, Java and C# cannot run a sample without their SDKs,
 * so their string and number literals are evaluated by each language's own runtime instead.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import vm from 'node:vm'

import { beforeAll, describe, expect, it } from 'vitest'

import { csharpString } from '../../scripts/samples/csharp.js'
import { goString } from '../../scripts/samples/go.js'
import { javaNumber, javaString } from '../../scripts/samples/java.js'
import { numberLiteral } from '../../scripts/samples/literals.js'
import { renderers } from '../../scripts/samples/renderers.js'
import type {
  RenderedSample,
  Sample,
  SampleValue,
} from '../../scripts/samples/sample.js'
import { checkSpec, readSpecFile } from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { repoRoot } from '../helpers/run-script.js'
import { parsersById, snippetsOf, uncomment } from './languages.js'
import { run, withTempDir } from './parsers.js'

const strings = [
  'say "hello"',
  "it's",
  'back\\slash, \\n and \\u000a as text, \\\\',
  '$HOME ${HOME} $(whoami) $1',
  '`uname -a`',
  '#{x} #$x #@x',
  '${x}',
  'line one\nline two\r\nline three',
  'tab\there',
  '🔐 door 🚪',
  'Привет 世界 مرحبا',
  '',
  '*/ ends a block comment',
  '?> ends PHP',
  'EOF',
  'a\nEOF\nb',
  'separators \u2028 \u2029 \u0085',
  '\ufeff byte order mark',
  'controls \u0001 \u001b \u007f \u0080',
  'invisible \u00ad \u200b \u{e0001}, family 👨‍👩‍👧',
  '--json @- <<EOF',
  '%s %d {0}',
]

const numbers = [
  9007199254740991, -9007199254740991, 2147483648, 1e20, 1e21, -1.5e300,
  -0.000001, 0.1, -42, 0,
]

const corpus: { [key: string]: SampleValue } = {
  ...Object.fromEntries(strings.map((value, i) => [`string_${i}`, value])),
  ...Object.fromEntries(numbers.map((value, i) => [`number_${i}`, value])),
  yes: true,
  no: false,
  nothing: null,
  empty_list: [],
  empty_object: {},
  nested: {
    level_one: { level_two: { level_three: ['deep', -1, true, null, {}, []] } },
  },
  odd_keys: Object.fromEntries(
    [
      'key "with" quotes',
      "it's",
      '$HOME',
      '`tick`',
      '#{x}',
      'new\nline',
      '',
    ].map((key, i) => [key, i]),
  ),
  every_string: strings,
  every_number: numbers,
}

let sample: Sample
const outputs = new Map<string, RenderedSample>()

beforeAll(async () => {
  const model = buildModel(
    checkSpec((await readSpecFile(join(repoRoot, 'openapi.json'))).document),
  )
  const operation = model.operations.find(
    (candidate) => candidate.path === '/devices/get',
  )!
  sample = {
    operation,
    document: model.document,
    parameters: corpus,
    response: corpus,
    responseBody: { device: corpus },
  }
  for (const renderer of renderers)
    outputs.set(renderer.id, renderer.render(sample))
})

/** A value as JSON would carry it, so that values made in another realm or process compare. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

/** The code without its response comment. */
const requestOf = (id: string): string => outputs.get(id)!.request

const responseCode = (id: string): string => {
  const response = uncomment(id, outputs.get(id)!.response)
  if (!('code' in response))
    throw new Error(
      `${id}: response line without its comment marker: ${response.unmarked}`,
    )
  return response.code
}

describe('every renderer writes the corpus as code its language parses', () => {
  for (const renderer of renderers) {
    it(renderer.id, async () => {
      const { snippets, unmarked } = snippetsOf(
        renderer.id,
        'corpus',
        sample,
        outputs.get(renderer.id)!,
      )
      // Parsed only: the corpus's parameters are not the operation's, so JavaScript's would not type-check.
      const parse = parsersById[renderer.id]!
      expect(unmarked).toEqual([])
      expect(await parse(snippets)).toEqual([])
    })
  }
})

describe('evaluated, the corpus comes back exactly', () => {
  it('javascript: the call receives the parameters; the response comment is the response', async () => {
    const calls: unknown[][] = []
    const seam: object = new Proxy(() => undefined, {
      get: () => seam,
      apply: (_target, _this, args: unknown[]) => {
        calls.push(args)
        return Promise.resolve()
      },
    })
    await vm.runInNewContext(
      `(async () => {\n${requestOf('javascript')}\n})()`,
      { seam },
    )
    expect(plain(calls)).toEqual([[corpus]])
    expect(JSON.parse(responseCode('javascript'))).toEqual(corpus)
  })

  it('curl: bash delivers the heredoc body byte for byte; the response comment is the response body', async () => {
    const body = await withTempDir(async (dir) => {
      const capture = join(dir, 'body.json')
      const script = `curl() { cat > ${JSON.stringify(capture)}; }\n${requestOf('curl')}\n`
      const result = await run('bash', ['-c', script])
      expect(result.stderr).toBe('')
      return readFile(capture, 'utf8')
    })
    expect(JSON.parse(body)).toEqual(corpus)
    expect(JSON.parse(responseCode('curl'))).toEqual({ device: corpus })
  })

  it('seam-cli: bash delivers every flag value as written; the response comment is the response', async () => {
    const words = await withTempDir(async (dir) => {
      const capture = join(dir, 'argv')
      const script = `seam() { printf '%s\\0' "$@" > ${JSON.stringify(capture)}; }\n${requestOf('seam-cli')}\n`
      const result = await run('bash', ['-c', script])
      expect(result.stderr).toBe('')
      return (await readFile(capture, 'utf8')).split('\0').slice(0, -1)
    })
    expect(words.slice(0, 2)).toEqual(['devices', 'get'])
    const flags = words.slice(2)
    const received = Object.fromEntries(
      Array.from({ length: flags.length / 2 }, (_, i) => {
        const key = flags[2 * i]!.replace(/^--/, '')
        const word = flags[2 * i + 1]!
        // Strings are passed as they are; every other value as JSON.
        return [key, typeof corpus[key] === 'string' ? word : JSON.parse(word)]
      }),
    )
    expect(received).toEqual(corpus)
    expect(JSON.parse(responseCode('seam-cli'))).toEqual(corpus)
  })

  it('python: ast.literal_eval of every argument and of the response', async () => {
    const script = `
import ast, json, sys
data = json.loads(sys.stdin.buffer.read().decode("utf-8"))
def arguments(call):
    values = {}
    for keyword in call.keywords:
        value = ast.literal_eval(keyword.value)
        values.update(value if keyword.arg is None else {keyword.arg: value})
    return values
def evaluate(node):
    return arguments(node) if isinstance(node, ast.Call) else ast.literal_eval(node)
request = ast.parse(data["request"]).body[0].value
response = ast.parse(data["response"], mode="eval").body
print(json.dumps({"request": arguments(request), "response": evaluate(response)}))
`
    const input = JSON.stringify({
      request: requestOf('python'),
      response: responseCode('python'),
    })
    const result = await run('python3', ['-c', script], input)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      request: corpus,
      response: corpus,
    })
  })

  it('ruby: eval of the call against a recorder, and of the response', async () => {
    const script = `
require "json"
class Recorder
  attr_reader :keywords
  def method_missing(_name, *_positional, **keywords)
    @keywords = keywords
    self
  end
  def respond_to_missing?(*) = true
end
data = JSON.parse($stdin.read.force_encoding("UTF-8"))
seam = Recorder.new
eval(data["request"], binding)
puts JSON.generate({ request: seam.keywords, response: eval(data["response"]) })
`
    const input = JSON.stringify({
      request: requestOf('ruby'),
      response: responseCode('ruby'),
    })
    const result = await run('ruby', ['-e', script], input)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      request: corpus,
      response: corpus,
    })
  })

  it('php: eval of the call against a recorder, and of the response, compared with === in PHP', async () => {
    const script = `<?php
final class Recorder {
    public array $arguments = [];
    public function __get(string $name): self { return $this; }
    public function __call(string $name, array $arguments): self { $this->arguments = $arguments; return $this; }
}
$data = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
$seam = new Recorder();
eval($data['request']);
$response = eval('return ' . $data['response']);
$verdict = fn ($actual) => $actual === $data['expected'] ? 'equal' : var_export($actual, true);
echo json_encode(['request' => $verdict($seam->arguments), 'response' => $verdict($response)]);
`
    const input = JSON.stringify({
      request: requestOf('php'),
      response: responseCode('php'),
      expected: corpus,
    })
    const result = await withTempDir(async (dir) => {
      await writeFile(join(dir, 'evaluate.php'), script)
      return run('php', [join(dir, 'evaluate.php')], input)
    })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      request: 'equal',
      response: 'equal',
    })
  })

  /** Each string as its UTF-16 code units, the way Java and C# print them below. */
  const codeUnits = (text: string): string =>
    Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).join(' ')

  it('go: every string and number literal, printed as JSON by a Go program', async () => {
    const literals = [...strings.map(goString), ...numbers.map(numberLiteral)]
    const program = `package main

import (
\t"encoding/json"
\t"os"
)

func main() {
\tout, err := json.Marshal([]interface{}{
${literals.map((literal) => `\t\t${literal},`).join('\n')}
\t})
\tif err != nil {
\t\tpanic(err)
\t}
\tos.Stdout.Write(out)
}
`
    const result = await withTempDir(async (dir) => {
      await writeFile(join(dir, 'main.go'), program)
      return run('go', ['run', join(dir, 'main.go')])
    })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual([...strings, ...numbers])
  })

  it('java: every string and number literal, printed by a Java program', async () => {
    const program = `class Evaluate {
    static void show(String value) {
        StringBuilder units = new StringBuilder();
        for (char unit : value.toCharArray()) units.append(units.length() == 0 ? "" : " ").append((int) unit);
        System.out.println(units);
    }
    static void show(long value) { System.out.println(value); }
    static void show(double value) { System.out.println(value); }
    public static void main(String[] args) {
${[...strings.map(javaString), ...numbers.map(javaNumber)].map((literal) => `        show(${literal});`).join('\n')}
    }
}
`
    const result = await withTempDir(async (dir) => {
      await writeFile(join(dir, 'Evaluate.java'), program)
      const compiled = await run('javac', [
        '-encoding',
        'UTF-8',
        '-d',
        dir,
        join(dir, 'Evaluate.java'),
      ])
      return compiled.code === 0
        ? run('java', ['-cp', dir, 'Evaluate'])
        : compiled
    })
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n').slice(0, -1)
    expect(lines.slice(0, strings.length)).toEqual(strings.map(codeUnits))
    expect(lines.slice(strings.length).map(Number)).toEqual(numbers)
  })

  it('csharp: every string and number literal, printed by a C# program (mcs, mono)', async () => {
    const program = `using System;
using System.Globalization;
using System.Linq;

class Evaluate {
    static void Show(string value) { Console.WriteLine(string.Join(" ", value.Select(unit => ((int) unit).ToString()))); }
    static void Show(long value) { Console.WriteLine(value.ToString(CultureInfo.InvariantCulture)); }
    static void Show(double value) { Console.WriteLine(value.ToString("R", CultureInfo.InvariantCulture)); }
    static void Main() {
${[...strings.map(csharpString), ...numbers.map(numberLiteral)].map((literal) => `        Show(${literal});`).join('\n')}
    }
}
`
    const result = await withTempDir(async (dir) => {
      await writeFile(join(dir, 'Evaluate.cs'), program)
      const executable = join(dir, 'Evaluate.exe')
      const compiled = await run('mcs', [
        '-codepage:utf8',
        `-out:${executable}`,
        join(dir, 'Evaluate.cs'),
      ])
      return compiled.code === 0 ? run('mono', [executable]) : compiled
    })
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n').slice(0, -1)
    expect(lines.slice(0, strings.length)).toEqual(strings.map(codeUnits))
    expect(lines.slice(strings.length).map(Number)).toEqual(numbers)
  })
})
