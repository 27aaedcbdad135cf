import { format, resolveConfig } from 'prettier'

import type { OutputFiles } from './output.js'

const parserByExtension: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown' }

/** Formats every emitted file prettier has a parser for, with the project's prettier config. */
export async function formatFiles(files: OutputFiles, configFile: string): Promise<OutputFiles> {
  const config = (await resolveConfig(configFile)) ?? {}
  const formatted = await Promise.all(
    [...files].map(async ([file, content]): Promise<[string, string]> => {
      const parser = parserByExtension[file.slice(file.lastIndexOf('.'))]
      return [file, parser === undefined ? content : await format(content, { ...config, parser, filepath: file })]
    }),
  )
  return new Map(formatted)
}
