/**
 * The samples of every operation rendered in every language, built once per model and shared
 * by the emitters (samples, docs pages, the spec with `x-codeSamples`) and the samples command.
 */
import { dirname, join } from 'node:path'

import type { EmitContext } from '../pipeline.js'
import type { ApiModel } from '../spec/model.js'
import { buildSamples, readSampleEntries } from './build.js'
import { renderers } from './renderers.js'
import type { RenderedSample, Sample, SampleRenderer } from './sample.js'

export interface RenderedOperation {
  sample: Sample
  code: Array<{ renderer: SampleRenderer; rendered: RenderedSample }>
}

/** The hand-kept samples of a spec live beside it, in `samples/`, and apply to that spec alone. */
export const samplesDirOf = (specFile: string): string => join(dirname(specFile), 'samples')

/**
 * What the sample emitters use of the pipeline's context: the spec file (its hand-kept samples
 * live beside it), and the formatter to tell that their files need no formatting.
 */
export type SamplesEmitContext = Pick<EmitContext, 'specFile'> & Partial<Pick<EmitContext, 'formatter'>>

export function renderSamples(samples: readonly Sample[]): RenderedOperation[] {
  return samples.map((sample) => ({
    sample,
    code: renderers.map((renderer) => ({ renderer, rendered: renderer.render(sample) })),
  }))
}

const cache = new WeakMap<ApiModel, Map<string, Promise<RenderedOperation[]>>>()

/** Every operation's sample in every language, in the model's order; computed once per model and folder. */
export function renderedSamples(model: ApiModel, samplesDir: string): Promise<RenderedOperation[]> {
  const byDir = cache.get(model) ?? new Map<string, Promise<RenderedOperation[]>>()
  cache.set(model, byDir)
  let rendered = byDir.get(samplesDir)
  if (rendered === undefined) {
    rendered = readSampleEntries(samplesDir).then((entries) => renderSamples(buildSamples(model, entries)))
    byDir.set(samplesDir, rendered)
  }
  return rendered
}
