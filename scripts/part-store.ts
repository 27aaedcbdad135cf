// One file because a pack's format, its reads, its appends and its collection share one set of invariants.
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import {
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
  type FileHandle,
} from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The build cache's parts on disk, many to a file: a run appends the parts it computes to one
 * pack of its own, and writes the pack's index (key -> where, how long, hash of the bytes) once
 * the pack is complete. One file per part cost more than the rest of a cold run's writes: each
 * new file is a round of file-system bookkeeping, and a cold run makes well over a thousand parts.
 *
 * A part whose bytes fail their hash is missing, never wrong; a pack without an index is one
 * still being written (or left by a run that died) and is not read.
 */

/** Hash of a file's bytes (a string counts as its UTF-8 bytes, as written to disk). */
export const contentHash = (content: string | Uint8Array): string =>
  createHash('sha256').update(content).digest('hex')

interface Location {
  pack: string
  offset: number
  length: number
  hash: string
}

/** A pack's index as written beside it: key -> [offset, length, hash]. */
type PackIndex = Record<string, [number, number, string]>

const packName = /^[0-9a-z]+-[0-9a-f]+\.pack$/
/** A part as the store's earlier layout kept it, one file each: removed when found. */
const singlePartName = /^[0-9a-f]{64}$/
const indexOf = (pack: string): string => pack.replace(/\.pack$/, '.json')
/** A pack without an index this old is left by a run that died, not one still writing. */
const abandonedAfterMs = 60 * 60 * 1000
/** More packs than this are merged into one, so that a long series of small runs stays a few files. */
const packsKept = 8

function isPackIndex(value: unknown): value is PackIndex {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 3 &&
        Number.isSafeInteger(entry[0]) &&
        Number.isSafeInteger(entry[1]) &&
        typeof entry[2] === 'string',
    )
  )
}

/**
 * The packs in `folder` with a readable index; `others`, packs without one; `singleParts`, parts
 * in the store's earlier layout.
 */
async function readPacks(folder: string): Promise<{
  packs: Map<string, PackIndex>
  others: string[]
  singleParts: string[]
}> {
  const packs = new Map<string, PackIndex>()
  const others: string[] = []
  const files = await readdir(folder).catch(() => [] as string[])
  const singleParts = files.filter((file) => singlePartName.test(file))
  const names = new Set(files)
  await Promise.all(
    files.map(async (file) => {
      if (!packName.test(file)) return
      if (!names.has(indexOf(file))) return others.push(file)
      try {
        const index: unknown = JSON.parse(
          await readFile(join(folder, indexOf(file)), 'utf8'),
        )
        if (isPackIndex(index)) packs.set(file, index)
        else others.push(file)
      } catch {
        others.push(file)
      }
    }),
  )
  return { packs, others, singleParts }
}

export class PartStore {
  /** Where each stored part is, read from the packs' indexes once per run. */
  private stored: Promise<Map<string, Location>> | undefined
  private loaded: Map<string, Location> | undefined
  /**
   * The packs read from, open for the run. Parts are read synchronously: they come from the page
   * cache, and a run reads many small ones, for which a round trip through the thread pool costs
   * more than the read.
   */
  private readonly descriptors = new Map<string, number>()
  /** The pack this run appends to, opened at its first part. */
  private writing:
    | {
        name: string
        handle: Promise<FileHandle>
        size: number
        index: PackIndex
        writes: Array<Promise<unknown>>
      }
    | undefined

  constructor(private readonly folder: string) {}

  private locations(): Promise<Map<string, Location>> {
    this.stored ??= readPacks(this.folder).then(({ packs }) => {
      const locations = new Map<string, Location>()
      for (const [pack, index] of packs)
        for (const [key, [offset, length, hash]] of Object.entries(index))
          locations.set(key, { pack, offset, length, hash })
      this.loaded = locations
      return locations
    })
    return this.stored
  }

  /** Whether a pack's index lists the part (its bytes may still fail their hash). */
  async has(key: string): Promise<boolean> {
    return (await this.locations()).has(key)
  }

  /** The hash a pack's index records for the part, without reading it (its bytes are checked when read). */
  async listedHash(key: string): Promise<string | undefined> {
    return (await this.locations()).get(key)?.hash
  }

  /** The part's value with its verified hash, or undefined when it is missing or damaged. */
  async read(
    key: string,
  ): Promise<{ value: string; hash: string } | undefined> {
    await this.locations()
    return this.readSync(key)
  }

  /** As `read`, for a part that `has` or `read` has listed in this run. */
  readSync(key: string): { value: string; hash: string } | undefined {
    const part = this.readBytesSync(key)
    return part && { value: part.bytes.toString('utf8'), hash: part.hash }
  }

  /** As `read`, the part's bytes undecoded: for a piece that goes into an output as it is. */
  async readBytes(key: string): Promise<Buffer | undefined> {
    await this.locations()
    return this.readBytesSync(key)?.bytes
  }

  private readBytesSync(
    key: string,
  ): { bytes: Buffer; hash: string } | undefined {
    const location = this.loaded?.get(key)
    if (location === undefined) return undefined
    try {
      let descriptor = this.descriptors.get(location.pack)
      if (descriptor === undefined) {
        descriptor = openSync(join(this.folder, location.pack), 'r')
        this.descriptors.set(location.pack, descriptor)
      }
      const bytes = Buffer.allocUnsafe(location.length)
      const bytesRead = readSync(
        descriptor,
        bytes,
        0,
        location.length,
        location.offset,
      )
      if (bytesRead !== location.length) return undefined
      if (contentHash(bytes) !== location.hash) return undefined
      return { bytes, hash: location.hash }
    } catch {
      return undefined
    }
  }

  /** Appends a part to this run's pack; `finish` waits for the write. */
  append(key: string, value: string): void {
    if (this.writing === undefined) {
      const name = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}.pack`
      const handle = mkdir(this.folder, { recursive: true }).then(() =>
        open(join(this.folder, name), 'w'),
      )
      this.writing = { name, handle, size: 0, index: {}, writes: [] }
    }
    const pack = this.writing
    const bytes = Buffer.from(value, 'utf8')
    const offset = pack.size
    pack.size += bytes.length
    pack.index[key] = [offset, bytes.length, contentHash(bytes)]
    pack.writes.push(
      pack.handle.then((handle) =>
        handle.write(bytes, 0, bytes.length, offset),
      ),
    )
  }

  /**
   * Completes this run's pack (its writes, then its index), drops the packs that hold no part in
   * `kept`, and merges the packs when there are too many. Throws the first failed write, after
   * removing the incomplete pack.
   */
  async finish(kept: (key: string) => boolean): Promise<void> {
    await this.completePack()
    this.close()
    await PartStore.collect(this.folder, kept)
  }

  private async completePack(): Promise<void> {
    const pack = this.writing
    this.writing = undefined
    if (pack === undefined) return
    const written = await Promise.allSettled(pack.writes)
    const handle = await pack.handle.catch(() => undefined)
    await handle?.close()
    const failure = written.find((result) => result.status === 'rejected')
    if (handle === undefined || failure !== undefined) {
      await rm(join(this.folder, pack.name), { force: true })
      throw failure?.reason ?? new Error(`could not open ${pack.name}`)
    }
    const temporary = join(
      this.folder,
      `${indexOf(pack.name)}.${process.pid}.tmp`,
    )
    await writeFile(temporary, JSON.stringify(pack.index))
    await rename(temporary, join(this.folder, indexOf(pack.name)))
  }

  /** Closes the packs read in this run; the next read lists the packs anew. */
  private close(): void {
    for (const descriptor of this.descriptors.values()) closeSync(descriptor)
    this.descriptors.clear()
    this.stored = undefined
    this.loaded = undefined
  }

  /**
   * Removes packs whose parts are all unused, and packs abandoned by runs that died; merges the
   * rest into one pack when there are more than `packsKept`.
   */
  private static async collect(
    folder: string,
    kept: (key: string) => boolean,
  ): Promise<void> {
    const { packs, others, singleParts } = await readPacks(folder)
    const remove = (pack: string): Promise<unknown> =>
      Promise.all([
        rm(join(folder, indexOf(pack)), { force: true }),
        rm(join(folder, pack), { force: true }),
      ])
    await Promise.all(
      singleParts.map((file) => rm(join(folder, file), { force: true })),
    )
    const now = Date.now()
    await Promise.all(
      others.map(async (pack) => {
        const modified = await stat(join(folder, pack)).then(
          (stats) => stats.mtimeMs,
          () => now,
        )
        if (now - modified > abandonedAfterMs) await remove(pack)
      }),
    )
    const live = [...packs].filter(([, index]) => Object.keys(index).some(kept))
    await Promise.all(
      [...packs.keys()]
        .filter((pack) => !live.some(([name]) => name === pack))
        .map(remove),
    )
    if (live.length <= packsKept) return
    const store = new PartStore(folder)
    for (const [, index] of live) {
      for (const key of Object.keys(index).filter(kept)) {
        const part = await store.read(key)
        if (part !== undefined) store.append(key, part.value)
      }
    }
    await store.completePack()
    store.close()
    await Promise.all(live.map(([name]) => remove(name)))
  }
}
