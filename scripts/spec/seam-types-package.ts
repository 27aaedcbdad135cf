import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Where downloaded versions of @seamapi/types are kept between runs. */
export const seamTypesCacheDir = (): string =>
  process.env.SEAM_TYPES_CACHE ?? join(tmpdir(), 'seam-codegen-types-cache')

/**
 * Installs `@seamapi/types@version` into a cache folder of its own (once per version) and
 * returns the OpenAPI document its `connect` entry exports.
 */
export async function loadPublishedSpec(version: string): Promise<unknown> {
  if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
    throw new Error(
      `--version must be an exact semver version such as 1.977.0, got "${version}"`,
    )
  }
  const dir = join(seamTypesCacheDir(), version)
  const entry = join(dir, 'node_modules', '@seamapi', 'types', 'connect.js')
  if (!existsSync(entry)) {
    await mkdir(dir, { recursive: true })
    try {
      await run(
        'npm',
        [
          'install',
          '--no-save',
          '--no-package-lock',
          '--ignore-scripts',
          '--no-audit',
          '--no-fund',
          '--prefix',
          dir,
          `@seamapi/types@${version}`,
        ],
        { maxBuffer: 16 * 1024 * 1024 },
      )
    } catch (error) {
      throw npmFailure(`could not install @seamapi/types@${version}`, error)
    }
  }
  const module = (await import(pathToFileURL(entry).href)) as {
    openapi?: unknown
  }
  if (module.openapi == null) {
    throw new Error(
      `@seamapi/types@${version}/connect does not export "openapi"`,
    )
  }
  return module.openapi
}

/** An npm command's failure as one error: what was asked, then the last lines npm printed. */
const npmFailure = (what: string, error: unknown): Error => {
  const detail = (error as { stderr?: string }).stderr
    ?.trim()
    .split('\n')
    .slice(-3)
    .join('\n')
  return new Error(`${what}: ${detail || String(error)}`, { cause: error })
}

/** The one JSON form every spec file of this project is written in. */
export const formatSpecJson = (spec: unknown): string =>
  `${JSON.stringify(spec, null, 2)}\n`

/** The newest published version of @seamapi/types, as the npm registry (the one npm is set up with) tags it latest. */
export async function latestPublishedVersion(): Promise<string> {
  let stdout
  try {
    ;({ stdout } = await run(
      'npm',
      ['view', '@seamapi/types', 'dist-tags.latest', '--json'],
      { maxBuffer: 1024 * 1024 },
    ))
  } catch (error) {
    throw npmFailure(
      'could not ask the registry for the newest @seamapi/types',
      error,
    )
  }
  const version = JSON.parse(stdout.trim() || 'null') as unknown
  if (
    typeof version !== 'string' ||
    !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)
  ) {
    throw new Error(
      `the registry gave no usable latest version of @seamapi/types: ${stdout.trim() || '(nothing)'}`,
    )
  }
  return version
}
