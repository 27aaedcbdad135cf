import type { EmittedFiles } from '../../scripts/output.js'

/** The texts of emitted files (bytes decoded): an emitter run without a cache holds every text itself. */
export function texts(files: EmittedFiles): Map<string, string> {
  return new Map(
    [...files].map(([file, content]) => {
      if (content instanceof Uint8Array)
        return [file, new TextDecoder().decode(content)]
      if (typeof content !== 'string')
        throw new Error(`${file} was left in the cache`)
      return [file, content]
    }),
  )
}
