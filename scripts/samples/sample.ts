import type { OpenApiDocument } from '../spec/load.js'
import type { Operation } from '../spec/model.js'

/** A JSON value as it appears in a sample's request or response. */
export type SampleValue =
  | null
  | boolean
  | number
  | string
  | SampleValue[]
  | { [key: string]: SampleValue }

/** One code sample: an operation called with example parameters, and an example response. */
export interface Sample {
  operation: Operation
  /** The spec the operation is from: the statically typed SDKs' types are read from its schemas. */
  document: OpenApiDocument
  /** The request parameters, in the order the sample shows them. */
  parameters: { [key: string]: SampleValue }
  /**
   * The response as the SDKs return it: the property named by `x-response-key` (unwrapped),
   * or undefined when the operation returns nothing.
   */
  response: SampleValue | undefined
  /** The full JSON body the HTTP API answers with (what cURL shows). */
  responseBody: { [key: string]: SampleValue }
}

/** The code of one sample in one language: the call and the response comment, apart and joined. */
export interface RenderedSample {
  request: string
  response: string
  /** What `x-codeSamples[].source` holds. */
  source: string
}

/** One language: a small function from the shared sample model to code. */
export interface SampleRenderer {
  /** `x-codeSamples[].lang`, e.g. `javascript`, `bash`. */
  lang: string
  /** `x-codeSamples[].label`, e.g. `Seam SDK`, `cURL`. */
  label: string
  /** A stable id for file names and `--lang`, e.g. `javascript`, `curl`, `seam-cli`. */
  id: string
  /** What a reader calls the language, for tabs and headings: `JavaScript`, `cURL`, `C#`. */
  name: string
  /** The language can call undocumented operations, which Seam's SDKs in other languages leave out. */
  callsUndocumented: boolean
  render(sample: Sample): RenderedSample
}
