/**
 * The seed page's six code samples for POST /action_attempts/get, byte for byte, with exactly
 * the two corrections issue 4 lists, applied here to the seed's text.
 */
import { readFile } from 'node:fs/promises'

import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { emitOpenApiWithSamples } from '../../scripts/emit/openapi-with-samples.js'
import {
  collectSamples,
  samplesDirOf,
} from '../../scripts/samples/collection.js'
import { readSampleEntries } from '../../scripts/samples/entries.js'
import {
  checkSpec,
  readSpecFile,
  type JsonObject,
} from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { texts } from '../helpers/emitted.js'
import { repoRoot } from '../helpers/run-script.js'

interface CodeSample {
  lang: string
  label: string
  source: string
}

// A copy of ../shared/seed/000_5dc2bdd676e11b0a.txt (the published page), so a clone alone can run the test.
const seedFile = new URL(
  '../fixtures/seed/000_5dc2bdd676e11b0a.txt',
  import.meta.url,
)

/** The page's `x-codeSamples`, read from its YAML block (the blank lines of the raw text are YAML folding). */
async function seedSamples(): Promise<CodeSample[]> {
  const page = await readFile(seedFile, 'utf8')
  const block = /^````yaml [^\n]*\n([\s\S]*?)^````/m.exec(page)
  if (block === null) throw new Error('the seed page has no ````yaml block')
  return parse(block[1]!).paths['/action_attempts/get'].post['x-codeSamples']
}

/**
 * Correction (a): the page comments only the first line of the Python, Ruby and PHP response;
 * every following line gets the marker and one space, as the page's cURL and CLI samples have.
 */
function commentEveryResponseLine(source: string, marker: string): string {
  const split = source.indexOf('\n\n')
  const [request, response] = [source.slice(0, split), source.slice(split + 2)]
  const lines = response
    .split('\n')
    .map((line, i) => (i === 0 ? line : `${marker} ${line}`))
  return `${request}\n\n${lines.join('\n')}`
}

/** Correction (b): JSON's false/true/null written as Python's, outside string literals. */
const pythonLiterals = (source: string): string =>
  source
    .split(/("(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /\b(false|true|null)\b/g,
            (word) => ({ false: 'False', true: 'True', null: 'None' })[word]!,
          ),
    )
    .join('')

const corrections: Record<string, (source: string) => string> = {
  python: (source) => pythonLiterals(commentEveryResponseLine(source, '#')),
  ruby: (source) => commentEveryResponseLine(source, '#'),
  php: (source) => commentEveryResponseLine(source, '//'),
}

describe('golden: the seed page /action_attempts/get', () => {
  let seed: CodeSample[]
  let generated: CodeSample[]
  let spec: { paths: Record<string, Record<string, JsonObject>> }

  beforeAll(async () => {
    seed = await seedSamples()
    const specFile = `${repoRoot}/openapi.json`
    const model = buildModel(checkSpec((await readSpecFile(specFile)).document))
    const files = await emitOpenApiWithSamples(model, {
      samples: await collectSamples(
        model,
        await readSampleEntries(samplesDirOf(specFile)),
      ),
    })
    spec = JSON.parse(texts(files).get('openapi.json')!)
    generated = spec.paths['/action_attempts/get']!.post![
      'x-codeSamples'
    ] as CodeSample[]
  })

  it('reads the six samples of the page', () => {
    expect(seed.map((s) => `${s.lang}/${s.label}`)).toEqual([
      'javascript/Seam SDK',
      'bash/cURL',
      'python/Seam SDK',
      'ruby/Seam SDK',
      'php/Seam SDK',
      'bash/Seam CLI',
    ])
  })

  it('the corrections change only what they are meant to', () => {
    const changed = seed.map(
      (s) => (corrections[s.lang]?.(s.source) ?? s.source) !== s.source,
    )
    expect(changed).toEqual([false, false, true, true, true, false])
    // (b) touches only the one JSON literal the Python response holds.
    expect(pythonLiterals(seed[2]!.source)).toBe(
      seed[2]!.source.replace(
        '"was_confirmed_by_device": false',
        '"was_confirmed_by_device": False',
      ),
    )
  })

  it('the generated x-codeSamples start with the page six, byte for byte after the corrections', () => {
    const expected = seed.map((s) => ({
      lang: s.lang,
      label: s.label,
      source: corrections[s.lang]?.(s.source) ?? s.source,
    }))
    expect(generated.slice(0, 6)).toEqual(expected)
  })

  it('the cURL heredoc escaping leaves the seed bytes unchanged', () => {
    expect(generated[1]!.source).toBe(seed[1]!.source)
    expect(generated[1]!.source).toContain('$SEAM_API_KEY')
  })

  it('every POST operation answers, as its 200 example, exactly the body its cURL sample shows', () => {
    let checked = 0
    for (const [path, item] of Object.entries(spec.paths)) {
      const samples = item.post?.['x-codeSamples'] as CodeSample[] | undefined
      if (samples === undefined) continue
      const curl = samples.find((sample) => sample.label === 'cURL')!.source
      const shown = curl
        .slice(curl.indexOf('# Response:\n') + '# Response:\n'.length)
        .replace(/^# ?/gm, '')
      const responses = item.post!.responses as Record<string, JsonObject>
      const media = (
        responses['200']?.content as Record<string, JsonObject> | undefined
      )?.['application/json']
      // A 200 response with no JSON body has nowhere to hold an example.
      if (media === undefined) continue
      expect([path, media.example]).toEqual([path, JSON.parse(shown)])
      checked++
    }
    expect(checked).toBeGreaterThan(Object.keys(spec.paths).length / 2)
    const page = spec.paths['/action_attempts/get']!.post!.responses as Record<
      string,
      JsonObject
    >
    expect(
      (
        (page['200']!.content as Record<string, JsonObject>)[
          'application/json'
        ]!.example as JsonObject
      ).action_attempt,
    ).toMatchObject({
      action_type: 'UNLOCK_DOOR',
      status: 'success',
    })
  })
})
