/**
 * The samples model, assembled once per run: one sample per operation, its values from the
 * hand-kept entry where there is one and synthesised from the schema otherwise, rendered in
 * every language that can call the operation. The pipeline passes the result to the emitters
 * (samples, docs pages, the spec with `x-codeSamples`); the samples command renders one.
 */
import { hashOf, type BuildCache } from '../cache.js'
import { escapePointerToken, type OpenApiDocument } from '../spec/load.js'
import type { ApiModel, Operation } from '../spec/model.js'
import { componentHash, referencedComponents } from '../spec/references.js'
import { entriesByPath, type SampleEntry } from './entries.js'
import { renderers } from './renderers.js'
import type { RenderedSample, Sample, SampleRenderer } from './sample.js'
import { synthesizeParameters, synthesizeResponseBody } from './synthesize.js'

export interface RenderedOperation {
  operation: Operation
  /** The languages of `code`, known without rendering it (or reading it from the cache). */
  renderers: readonly SampleRenderer[]
  /**
   * The values and the code. With a cache, an operation seen before reads these only when they
   * are asked for: most emitters find their output in the cache by `inputs` alone.
   */
  readonly sample: Sample
  /** One entry per language that can call the operation, in the renderers' order. */
  readonly code: Array<{ renderer: SampleRenderer; rendered: RenderedSample }>
  /**
   * A hash of everything in the spec and the samples file that the operation's samples are made
   * from: its path item, the components it reaches, its security schemes and its hand-kept entry.
   */
  inputs: string
}

export { samplesDirOf } from './location.js'

/**
 * The languages that can call an operation. Seam's SDKs in other languages leave undocumented
 * (and draft) operations out; only this SDK (with `isUndocumentedApiEnabled`) and cURL reach them.
 */
export const renderersFor = (
  operation: Operation,
): readonly SampleRenderer[] =>
  operation.undocumented || operation.draft
    ? renderers.filter((renderer) => renderer.callsUndocumented)
    : renderers

/** The operation's samples in the given languages only (in every language when none are given). */
export const inLanguages = (
  rendered: RenderedOperation,
  languages?: readonly string[],
): RenderedOperation =>
  languages === undefined
    ? rendered
    : {
        operation: rendered.operation,
        inputs: rendered.inputs,
        sample: rendered.sample,
        renderers: rendered.renderers.filter(({ id }) =>
          languages.includes(id),
        ),
        code: rendered.code.filter(({ renderer }) =>
          languages.includes(renderer.id),
        ),
      }

/** The sample of one operation: the entry's values where it has them, synthesised ones otherwise. */
export function sampleOf(
  document: OpenApiDocument,
  operation: Operation,
  entry: SampleEntry | undefined,
): Sample {
  const responseBody =
    entry?.responseBody ?? synthesizeResponseBody(document, operation)
  return {
    operation,
    document,
    parameters: entry?.parameters ?? synthesizeParameters(document, operation),
    response:
      operation.responseKey === undefined
        ? undefined
        : responseBody[operation.responseKey],
    responseBody,
  }
}

export const renderSample = (sample: Sample): RenderedOperation['code'] =>
  renderersFor(sample.operation).map((renderer) => ({
    renderer,
    rendered: renderer.render(sample),
  }))

function inputsOf(
  document: OpenApiDocument,
  operation: Operation,
  entry: SampleEntry | undefined,
): string {
  const item = document.paths[operation.path]
  const schemes = operation.security.map(
    (name) => `#/components/securitySchemes/${escapePointerToken(name)}`,
  )
  const components = [
    ...referencedComponents(document, [item]),
    ...schemes,
  ].map((ref) => componentHash(document, ref))
  const values =
    entry === undefined
      ? 'synthesised'
      : JSON.stringify([entry.parameters ?? null, entry.responseBody ?? null])
  return hashOf(operation.path, JSON.stringify(item), values, ...components)
}

/** What the cache keeps of a rendered operation: the values and, per language by id, its code. */
interface StoredSample {
  parameters: Sample['parameters']
  response?: Sample['response']
  responseBody: Sample['responseBody']
  code: Array<[id: string, request: string, response: string, source: string]>
}

type RenderedValues = Pick<RenderedOperation, 'sample' | 'code'>

function storedText({ sample, code }: RenderedValues): string {
  const { operation: _, document: __, ...values } = sample
  const stored: StoredSample = {
    ...values,
    code: code.map(({ renderer, rendered }) => [
      renderer.id,
      rendered.request,
      rendered.response,
      rendered.source,
    ]),
  }
  return JSON.stringify(stored)
}

function fromStoredText(
  text: string,
  document: OpenApiDocument,
  operation: Operation,
): RenderedValues {
  const { code, ...values } = JSON.parse(text) as StoredSample
  const byId = new Map(renderers.map((renderer) => [renderer.id, renderer]))
  return {
    sample: { operation, document, ...values, response: values.response },
    code: code.map(([id, request, response, source]) => ({
      renderer: byId.get(id)!,
      rendered: { request, response, source },
    })),
  }
}

async function renderOperation(
  document: OpenApiDocument,
  operation: Operation,
  entry: SampleEntry | undefined,
  inputs: string,
  cache: BuildCache | undefined,
): Promise<RenderedOperation> {
  const key = cache?.key('rendered-sample', inputs)
  const render = (): RenderedValues => {
    const sample = sampleOf(document, operation, entry)
    const values = { sample, code: renderSample(sample) }
    if (key !== undefined) cache?.set(key, storedText(values))
    return values
  }
  const stored = key !== undefined && (await cache?.has(key)) === true
  let values = stored ? undefined : render()
  const load = (): RenderedValues => {
    if (values === undefined) {
      const text = cache?.getSync(key!)
      values =
        text === undefined
          ? render()
          : fromStoredText(text, document, operation)
    }
    return values
  }
  return {
    operation,
    renderers: renderersFor(operation),
    inputs,
    get sample() {
      return load().sample
    },
    get code() {
      return load().code
    },
  }
}

/**
 * Every operation's samples, in the model's order. Throws a SamplesFileError for a bad entry.
 * With a cache, an operation whose inputs it has seen is taken from it instead of rendered, and
 * an entry is not checked again against the schemas it passed before (the operation's inputs hold
 * its values, its path item and every component that item reaches).
 */
export async function collectSamples(
  model: ApiModel,
  entries: readonly SampleEntry[],
  cache?: BuildCache,
): Promise<RenderedOperation[]> {
  const firstByPath = new Map<string, SampleEntry>()
  for (const entry of entries)
    if (!firstByPath.has(entry.path)) firstByPath.set(entry.path, entry)
  const inputs = new Map(
    model.operations.map((operation) => [
      operation.path,
      inputsOf(model.document, operation, firstByPath.get(operation.path)),
    ]),
  )
  const checkKey = (entry: SampleEntry): string | undefined => {
    const operationInputs = inputs.get(entry.path)
    return operationInputs === undefined ||
      firstByPath.get(entry.path) !== entry
      ? undefined
      : cache?.key('checked-sample-entry', operationInputs)
  }
  const checkedBefore = new Set<SampleEntry>()
  await Promise.all(
    entries.map(async (entry) => {
      const key = checkKey(entry)
      if (key !== undefined && (await cache?.get(key)) !== undefined)
        checkedBefore.add(entry)
    }),
  )
  const byPath = entriesByPath(model, entries, checkedBefore)
  for (const entry of byPath.values()) {
    const key = checkKey(entry)
    if (key !== undefined && !checkedBefore.has(entry)) cache?.set(key, '')
  }
  return Promise.all(
    model.operations.map((operation) =>
      renderOperation(
        model.document,
        operation,
        byPath.get(operation.path),
        inputs.get(operation.path)!,
        cache,
      ),
    ),
  )
}
