/** What the sample tests know of each language: its parsers, and how it comments a response. */
import type { RenderedSample, Sample } from '../../scripts/samples/sample.js'
import {
  checkBash,
  checkCSharp,
  checkGo,
  checkJava,
  checkJavaScriptSyntax,
  checkPhp,
  checkPython,
  checkRuby,
  type Checker,
  type Snippet,
} from './parsers.js'

/** Each language's real parser, by renderer id (syntax only: see typeCheckJavaScript for more). */
export const parsersById: Record<string, Checker> = {
  javascript: checkJavaScriptSyntax,
  curl: checkBash,
  python: checkPython,
  ruby: checkRuby,
  php: checkPhp,
  'seam-cli': checkBash,
  go: checkGo,
  java: checkJava,
  csharp: checkCSharp,
}

/**
 * How each language comments its response: the marker of the first line and of the others,
 * and what the uncommented text is. JavaScript's is a block comment around JSON; cURL and the
 * CLI show JSON after `# `, which is no shell code.
 */
const lineComments: Record<
  string,
  { first: string; rest: string; kind: Snippet['kind'] }
> = {
  python: { first: '# ', rest: '# ', kind: 'expression' },
  ruby: { first: '# => ', rest: '# ', kind: 'statements' },
  php: { first: '// ', rest: '// ', kind: 'statements' },
  go: { first: '// ', rest: '// ', kind: 'expression' },
  java: { first: '// ', rest: '// ', kind: 'expression' },
  csharp: { first: '// ', rest: '// ', kind: 'expression' },
  curl: { first: '# Response:\n# ', rest: '# ', kind: 'expression' },
  'seam-cli': { first: '# ', rest: '# ', kind: 'expression' },
}

/** The response without its comment markers, or the first line that lacks its marker. */
export function uncomment(
  id: string,
  response: string,
): { code: string } | { unmarked: string } {
  if (id === 'javascript') {
    const block = /^\/\*\n([\s\S]*)\n\*\/$/.exec(response)
    return block ? { code: block[1]! } : { unmarked: response.split('\n')[0]! }
  }
  const comment = lineComments[id]
  if (comment === undefined) throw new Error(`no comment convention for ${id}`)
  if (!response.startsWith(comment.first))
    return { unmarked: response.split('\n')[0]! }
  const lines = response.slice(comment.first.length).split('\n')
  const unmarked = lines.slice(1).find((line) => !line.startsWith(comment.rest))
  if (unmarked !== undefined) return { unmarked }
  return {
    code: lines
      .map((line, i) => (i === 0 ? line : line.slice(comment.rest.length)))
      .join('\n'),
  }
}

/** Languages whose response comment holds code of the language itself, and of which kind. */
export const responseCodeKind = (id: string): Snippet['kind'] | undefined =>
  id === 'javascript'
    ? 'expression'
    : id === 'curl' || id === 'seam-cli'
      ? undefined
      : lineComments[id]?.kind

/**
 * A rendered sample as snippets for its language's parsers: the whole source, and the
 * response on its own where the response is code of the language. Lines of a response comment
 * without their marker are returned apart, as problems.
 */
export function snippetsOf(
  id: string,
  name: string,
  sample: Sample,
  output: RenderedSample,
): { snippets: Snippet[]; unmarked: string[] } {
  const snippets: Snippet[] = [
    { name: `${name} (sample)`, code: output.source, kind: 'statements' },
  ]
  const kind = responseCodeKind(id)
  if (sample.response === undefined || kind === undefined)
    return { snippets, unmarked: [] }
  const response = uncomment(id, output.response)
  if ('unmarked' in response)
    return { snippets, unmarked: [`${name} (response): ${response.unmarked}`] }
  return {
    snippets: [
      ...snippets,
      { name: `${name} (response)`, code: response.code, kind },
    ],
    unmarked: [],
  }
}
