/**
 * The samples of every operation rendered in every language, built once per model and shared
 * by the emitters (samples, docs pages, the spec with `x-codeSamples`) and the samples command.
 */
import { hashOf, type BuildCache } from '../cache.js'
import type { EmitContext } from '../pipeline.js'
import { resolvePointer, type OpenApiDocument } from '../spec/load.js'
import type { ApiModel, Operation } from '../spec/model.js'
import { referencedComponents } from '../spec/references.js'
import { entriesByPath, readSampleEntries, sampleOf, type SampleEntry } from './build.js'
import { renderers } from './renderers.js'
import type { RenderedSample, Sample, SampleRenderer } from './sample.js'

export interface RenderedOperation {
  sample: Sample
  code: Array<{ renderer: SampleRenderer; rendered: RenderedSample }>
  /**
   * A hash of everything in the spec and the samples file that the operation's samples are made
   * from: its path item, the components it reaches, its security schemes and its hand-kept entry.
   */
  inputs: string
}

export { samplesDirOf } from './location.js'

/**
 * What the sample emitters use of the pipeline's context: the spec file (its hand-kept samples
 * live beside it), the cache (samples are kept per operation, so one changed operation is all
 * that is rendered again), and the formatter to tell that their files need no formatting.
 */
export type SamplesEmitContext = Pick<EmitContext, 'specFile'> & Partial<Pick<EmitContext, 'samplesDir' | 'languages' | 'formatter' | 'cache'>>

/** The operation's samples in the given languages only (in every language when none are given). */
export const inLanguages = (rendered: RenderedOperation, languages?: readonly string[]): RenderedOperation =>
  languages === undefined ? rendered : { ...rendered, code: rendered.code.filter(({ renderer }) => languages.includes(renderer.id)) }

export const renderSample = (sample: Sample): RenderedOperation['code'] =>
  renderers.map((renderer) => ({ renderer, rendered: renderer.render(sample) }))

const componentHashes = new WeakMap<OpenApiDocument, Map<string, string>>()

/** The hash of a component's JSON, computed once per spec: the big ones are reached from many operations. */
function componentHash(document: OpenApiDocument, ref: string): string {
  const known = componentHashes.get(document) ?? new Map<string, string>()
  componentHashes.set(document, known)
  let hash = known.get(ref)
  if (hash === undefined) {
    hash = hashOf(ref, JSON.stringify(resolvePointer(document, ref) ?? null))
    known.set(ref, hash)
  }
  return hash
}

function inputsOf(document: OpenApiDocument, operation: Operation, entry: SampleEntry | undefined): string {
  const item = document.paths[operation.path]
  const schemes = operation.security.map((name) => `#/components/securitySchemes/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`)
  const components = [...referencedComponents(document, [item]), ...schemes].map((ref) => componentHash(document, ref))
  const values = entry === undefined ? 'synthesised' : JSON.stringify([entry.parameters ?? null, entry.responseBody ?? null])
  return hashOf(operation.path, JSON.stringify(item), values, ...components)
}

/** What the cache keeps of a rendered operation: the values and, per renderer in order, its code. */
interface StoredSample {
  parameters: Sample['parameters']
  response?: Sample['response']
  responseBody: Sample['responseBody']
  code: Array<[request: string, response: string, source: string]>
}

async function renderOperation(
  document: OpenApiDocument,
  operation: Operation,
  entry: SampleEntry | undefined,
  cache: BuildCache | undefined,
): Promise<RenderedOperation> {
  const inputs = inputsOf(document, operation, entry)
  const key = cache?.key('rendered-sample', inputs)
  const stored = key === undefined ? undefined : await cache?.get(key)
  if (stored !== undefined) {
    const { code, ...values } = JSON.parse(stored) as StoredSample
    const sample: Sample = { operation, ...values, response: values.response }
    return {
      sample,
      code: renderers.map((renderer, i) => {
        const [request, response, source] = code[i]!
        return { renderer, rendered: { request, response, source } }
      }),
      inputs,
    }
  }
  const sample = sampleOf(document, operation, entry)
  const code = renderSample(sample)
  if (key !== undefined) {
    const { operation: _, ...values } = sample
    const value: StoredSample = { ...values, code: code.map(({ rendered }) => [rendered.request, rendered.response, rendered.source]) }
    cache?.set(key, JSON.stringify(value))
  }
  return { sample, code, inputs }
}

const byModel = new WeakMap<ApiModel, Map<string, Promise<RenderedOperation[]>>>()

/**
 * Every operation's sample in every language, in the model's order; computed once per model
 * and folder, and with a cache, taken from it for every operation whose inputs it has seen.
 */
export function renderedSamples(model: ApiModel, samplesDir: string, cache?: BuildCache): Promise<RenderedOperation[]> {
  const byDir = byModel.get(model) ?? new Map<string, Promise<RenderedOperation[]>>()
  byModel.set(model, byDir)
  let rendered = byDir.get(samplesDir)
  if (rendered === undefined) {
    rendered = readSampleEntries(samplesDir).then((entries) => {
      const byPath = entriesByPath(model, entries)
      return Promise.all(model.operations.map((operation) => renderOperation(model.document, operation, byPath.get(operation.path), cache)))
    })
    byDir.set(samplesDir, rendered)
  }
  return rendered
}
