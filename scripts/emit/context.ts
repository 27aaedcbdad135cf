// What every emitter is given besides the model, in a module of its own so that the pipeline and
// its emitters do not import each other.
import type { BuildCache } from '../cache.js'
import type { Formatter } from '../format.js'
import type { RenderedOperation } from '../samples/collection.js'

/** What emitters may use besides the model. */
export interface EmitContext {
  /** Every operation's code samples, made once (from the hand-kept samples) for the emitters that show them. */
  samples: RenderedOperation[]
  /** The runtime module as imported from the output folder's top: a package name, or a path starting with `.`. */
  runtimeImport: string
  /** Kept between runs: an emitter that caches its parts redoes only those whose inputs changed. */
  cache: BuildCache
  /** Prettier; `markFormatted` spares the format stage a file an emitter already laid out as prettier would. */
  formatter: Formatter
}
