// openapi-typescript's translation of a document into TypeScript nodes, without the Redocly lint and
// bundle its `openapiTS()` runs first. The pipeline's own check (scripts/spec/load.ts) has already
// refused what that lint would (unresolvable $refs, duplicate operationIds, unknown types) with a
// JSON pointer, and a document with only local $refs bundles to itself; Redocly's load and lint
// took longer than the translation. test/incremental/types-layout.test.ts holds the two paths
// to the same output.
import { createRequire } from 'node:module'

import type * as OpenapiTypescript from 'openapi-typescript'
import type * as TypeScript from 'typescript'

import type { OpenApiDocument } from '../spec/load.js'

type Library = typeof OpenapiTypescript
type Context = Parameters<Library['transformSchema']>[1]

interface Libraries {
  transformSchema: Library['transformSchema']
  scanDiscriminators: Library['scanDiscriminators']
  resolveRef: Library['resolveRef']
  astToString: Library['astToString']
  ts: typeof TypeScript
}

const require = createRequire(import.meta.url)
let libraries: Libraries | undefined
/**
 * The modules behind openapi-typescript's entry, loaded on first use and through `require`: its
 * entry loads all of Redocly, and imported as an ES module TypeScript's 9 MB bundle goes through
 * Node's CommonJS export scanner. A run whose types all come from the cache loads none of them.
 */
export function openapiTypescript(): Libraries {
  if (libraries !== undefined) return libraries
  const utils = require('openapi-typescript/dist/lib/utils.cjs') as Library
  libraries = {
    transformSchema:
      require('openapi-typescript/dist/transform/index.cjs') as Library['transformSchema'],
    scanDiscriminators: utils.scanDiscriminators,
    resolveRef: utils.resolveRef,
    astToString: (require('openapi-typescript/dist/lib/ts.cjs') as Library)
      .astToString,
    ts: require('typescript') as typeof TypeScript,
  }
  return libraries
}

/** The options this project gives openapi-typescript; the rest are its defaults. */
export const translationOptions = { alphabetize: false, silent: true } as const

/**
 * What `openapiTS(document, translationOptions)` returns, for a document that passed the pipeline's
 * check. The document is copied first: openapi-typescript writes discriminator values into the
 * schemas it is given.
 */
export function translateDocument(
  document: OpenApiDocument,
): TypeScript.Node[] {
  const { transformSchema, scanDiscriminators, resolveRef } =
    openapiTypescript()
  const schema = structuredClone(document) as unknown as Parameters<
    Library['transformSchema']
  >[0]
  const ctx: Context = {
    additionalProperties: false,
    alphabetize: translationOptions.alphabetize,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, translationOptions),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as Context['redoc'],
    silent: translationOptions.silent,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve<T>($ref: string) {
      return resolveRef<T>(schema, $ref, { silent: translationOptions.silent })
    },
  }
  return transformSchema(schema, ctx)
}
