import type { Options } from 'prettier'

import { hashOf, type BuildCache } from './cache.js'
import type { EmittedContent, EmittedFiles } from './output.js'

const parserByExtension: Record<string, string> = {
  '.ts': 'typescript',
  '.json': 'json',
  '.md': 'markdown',
}

export const parserFor = (file: string): string | undefined =>
  parserByExtension[file.slice(file.lastIndexOf('.'))]

/**
 * Prettier with the project's config. Whole files are cached by the hash of the text they were
 * made from: a changed operation rebuilds its namespace's route module and those above it, which
 * mostly come out as before and need no formatting again.
 */
export class Formatter {
  private constructor(
    private readonly configFile: string,
    private readonly cache: BuildCache,
  ) {}

  // Prettier and its config load on the first text to format: the emitters lay out what they
  // print themselves, so most runs format nothing.
  private prettier?: Promise<{
    format: typeof import('prettier').format
    config: Options
  }>

  static create(configFile: string, cache: BuildCache): Formatter {
    return new Formatter(configFile, cache)
  }

  /** Formats TypeScript or another language prettier knows, by parser name (not cached: callers cache what they build from it). */
  async format(text: string, parser: string): Promise<string> {
    this.prettier ??= import('prettier').then(
      async ({ format, resolveConfig }) => ({
        format,
        config: (await resolveConfig(this.configFile)) ?? {},
      }),
    )
    const { format, config } = await this.prettier
    return format(text, { ...config, parser })
  }

  /** Texts of this run that are already what prettier makes of them, by parser. */
  private readonly formatted = new Map<string, Set<string>>()

  /**
   * Records that a text is final as the emitter laid it out, so the format stage leaves it be:
   * the types file, the clients, endpoints and resources modules (printed in prettier's layout by
   * their emitters) and the JSON files (written exactly as prettier writes JSON) are prettier's
   * output already; the docs pages keep the layout of
   * Seam's published pages, which prettier would rewrite (and slowly, formatting the YAML inside).
   * Bytes and texts the cache holds whole are final by construction, and the format stage passes
   * them by without being told.
   */
  markFormatted(text: EmittedContent, parser: string): void {
    if (typeof text !== 'string') return
    const texts = this.formatted.get(parser) ?? new Set()
    this.formatted.set(parser, texts.add(text))
  }

  /** Formats every emitted file prettier has a parser for, unless marked as formatted. */
  async formatFiles(files: EmittedFiles): Promise<EmittedFiles> {
    const formatted = await Promise.all(
      [...files].map(
        async ([file, content]): Promise<[string, EmittedContent]> => {
          const parser = parserFor(file)
          // Bytes, and texts the cache holds whole, are as an emitter laid them out (markFormatted).
          if (
            typeof content !== 'string' ||
            parser === undefined ||
            this.formatted.get(parser)?.has(content)
          )
            return [file, content]
          return [
            file,
            await this.cache.memo(
              this.cache.key('prettier', parser, hashOf(content)),
              () => this.format(content, parser),
            ),
          ]
        },
      ),
    )
    return new Map(formatted)
  }
}
