// seam-codegen.config.json (or .mjs, whose default export is the same object): the settings a project
// keeps instead of repeating flags. Every key is optional; a flag on the command line wins over it.
import { access, readFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

import { renderers } from '../samples/renderers.js'
import { isSpecUrl } from '../spec/load.js'

export interface CodegenConfig {
  /** The OpenAPI spec: a file or an http(s) URL, JSON or YAML. */
  spec?: string
  /** The output folder. */
  out?: string
  /** The folder of hand-kept sample values (default: `samples/` beside the spec). */
  samples?: string
  /** The sample languages to generate and print (default: all). */
  languages?: string[]
  /** The module generated code imports its runtime from (default: see runtimeImportFor). */
  runtimeImport?: string
}

export const configFileNames = [
  'seam-codegen.config.json',
  'seam-codegen.config.mjs',
] as const

/** A config file that cannot be used; the message names the file and the key. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

type KeyCheck = (value: unknown, key: string) => string | undefined

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'string'
        ? JSON.stringify(value)
        : `${typeof value} ${JSON.stringify(value)}`

const nonEmptyString: KeyCheck = (value, key) =>
  typeof value === 'string' && value !== ''
    ? undefined
    : `"${key}" must be a non-empty string, got ${describe(value)}`

const languageIds = renderers.map((r) => r.id)

const languageList: KeyCheck = (value, key) => {
  if (!Array.isArray(value) || value.length === 0)
    return `"${key}" must be a non-empty list of languages, got ${describe(value)}`
  const unknown = value.findIndex(
    (id) => typeof id !== 'string' || !languageIds.includes(id),
  )
  if (unknown >= 0)
    return `"${key}[${unknown}]" must be one of ${languageIds.join(', ')}; got ${describe(value[unknown])}`
  return undefined
}

const checks: Record<keyof CodegenConfig, KeyCheck> = {
  spec: nonEmptyString,
  out: nonEmptyString,
  samples: nonEmptyString,
  languages: languageList,
  runtimeImport: nonEmptyString,
}

/** Checks a config object; paths in it are taken relative to the folder of the file it came from. */
export function validateConfig(raw: unknown, file: string): CodegenConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(
      `${file}: expected an object of settings, got ${describe(raw)}`,
    )
  }
  const known = Object.keys(checks)
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(checks, key))
      throw new ConfigError(
        `${file}: unknown key "${key}"; known keys: ${known.join(', ')}`,
      )
    const problem = checks[key as keyof CodegenConfig](value, key)
    if (problem !== undefined) throw new ConfigError(`${file}: ${problem}`)
  }
  const config = { ...raw } as CodegenConfig
  const base = dirname(file)
  const fromBase = (path: string) =>
    isAbsolute(path) ? path : join(base, path)
  if (config.spec !== undefined && !isSpecUrl(config.spec))
    config.spec = fromBase(config.spec)
  if (config.out !== undefined) config.out = fromBase(config.out)
  if (config.samples !== undefined) config.samples = fromBase(config.samples)
  // A path to the runtime module is a file of the project; a package name is kept as written.
  if (
    config.runtimeImport !== undefined &&
    config.runtimeImport.startsWith('.')
  )
    config.runtimeImport = fromBase(config.runtimeImport)
  return config
}

async function readConfigFile(file: string): Promise<unknown> {
  if (file.endsWith('.mjs')) {
    const module = (await import(pathToFileURL(file).href)) as {
      default?: unknown
    }
    if (module.default === undefined)
      throw new ConfigError(
        `${file}: expected a default export of the settings`,
      )
    return module.default
  }
  let text
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(
      `${file}: cannot read the config (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    )
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ConfigError(
      `${file}: not valid JSON (${(error as Error).message})`,
    )
  }
}

/**
 * The config from `file` when given (it must exist), else from the first of configFileNames in `cwd`,
 * else an empty config. Returns the file it was read from, if any.
 */
export async function loadConfig(
  file: string | undefined,
  cwd: string,
): Promise<{ config: CodegenConfig; file?: string }> {
  let found = file === undefined ? undefined : resolve(cwd, file)
  if (found === undefined) {
    for (const name of configFileNames) {
      const candidate = join(cwd, name)
      if (
        await access(candidate).then(
          () => true,
          () => false,
        )
      ) {
        found = candidate
        break
      }
    }
    if (found === undefined) return { config: {} }
  }
  return {
    config: validateConfig(await readConfigFile(found), found),
    file: found,
  }
}
