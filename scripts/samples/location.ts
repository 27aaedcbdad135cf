import { dirname, join } from 'node:path'

/**
 * The hand-kept samples of a spec live beside it, in `samples/`, and apply to that spec alone.
 * A module of its own: a no-op run hashes that folder without loading the sample renderers.
 */
export const samplesDirOf = (specFile: string): string =>
  join(dirname(specFile), 'samples')
