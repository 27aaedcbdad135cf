import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { stringify } from 'yaml'

import { emitDocs } from '../../scripts/emit/docs.js'
import { yamlText } from '../../scripts/emit/yaml-text.js'
import {
  collectSamples,
  samplesDirOf,
} from '../../scripts/samples/collection.js'
import { readSampleEntries } from '../../scripts/samples/entries.js'
import { checkSpec, readSpecFile } from '../../scripts/spec/load.js'
import { buildModel } from '../../scripts/spec/model.js'
import { repoRoot } from '../helpers/run-script.js'

// Every value the docs emitter prints, recorded as it prints it.
const printed = vi.hoisted(() => [] as unknown[])
vi.mock('../../scripts/emit/yaml-text.js', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../scripts/emit/yaml-text.js')>()
  return {
    yamlText: (value: unknown) => {
      printed.push(value)
      return original.yamlText(value)
    },
  }
})

const byPackage = (value: unknown) =>
  stringify(value, { lineWidth: 0, aliasDuplicateObjects: false })

const specFile = `${repoRoot}/openapi.json`

describe('yamlText prints what yaml.stringify prints', () => {
  it('the whole spec, each component schema and each path item', async () => {
    const document = checkSpec((await readSpecFile(specFile)).document)
    const parts = [
      document,
      ...Object.entries(document.components!.schemas!),
      ...Object.entries(document.paths),
    ].map((part) => (Array.isArray(part) ? { [part[0]]: part[1] } : part))
    for (const part of parts) expect(yamlText(part)).toBe(byPackage(part))
  })

  it('every value of the docs pages of the real spec', async () => {
    const model = buildModel(checkSpec((await readSpecFile(specFile)).document))
    printed.length = 0
    const pages = await emitDocs(model, {
      samples: await collectSamples(
        model,
        await readSampleEntries(samplesDirOf(specFile)),
      ),
    })
    // A head a page, the top-level fields once, and each component once.
    expect(printed.length).toBeGreaterThan(pages.size + 1)
    // A copy: yamlText records what it is given here too.
    for (const value of [...printed])
      expect(yamlText(value)).toBe(byPackage(value))
  })

  // Pieces that each touch a rule: indicators, blanks and breaks at either end or inside,
  // controls, lone surrogates and other non-ASCII, document markers, and words the core schema
  // reads as null, booleans or numbers; long ones for the folding of double-quoted values and
  // for explicit keys.
  const piece = fc.constantFrom(
    ...'-?:,[]{}#&*!|>\'"%@`\\'.split(''),
    ' ',
    '  ',
    '\t',
    '\n',
    '\n\n',
    '\r',
    '\r\n',
    '\0',
    '\x07',
    '\x08',
    '\x0b',
    '\x0c',
    '\x1b',
    '\x1f',
    '\x7f',
    '\x85',
    '\u00a0',
    '\u2028',
    '\ud800',
    '\udfff',
    '\u{1f600}',
    'é',
    '中',
    '---',
    '...',
    ': ',
    ' #',
    '- ',
    '? ',
    'true',
    'True',
    'FALSE',
    'null',
    'Null',
    'NULL',
    '~',
    'yes',
    'off',
    '0x1F',
    '0o17',
    '0b1',
    '1e3',
    '-1.5E-2',
    '.5',
    '0.',
    '+12',
    '-0',
    '.inf',
    '-.Inf',
    '.NaN',
    'a',
    'word',
    'two words',
    'x'.repeat(45),
    'y'.repeat(1030),
  )
  const text = fc.oneof(
    fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ maxLength: 12 }),
  )
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(-0, 1e21, 0.1, 5e-324, -1.7976931348623157e308),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(text, tie('value'), { maxKeys: 4 }),
    ),
  }))

  it('random JSON values with adversarial strings', () => {
    fc.assert(
      fc.property(value, (random) => {
        expect(yamlText(random)).toBe(byPackage(random))
      }),
      // Shrinking a failing nested value can take minutes; the first one found is shown.
      { numRuns: 5000, endOnFailure: true },
    )
  })
})
