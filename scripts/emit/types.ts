import openapiTS, { astToString } from 'openapi-typescript'

import { isObject } from '../spec/load.js'
import type { ApiModel } from '../spec/model.js'

export const typesFile = 'types.ts'

const banner = '// Generated from openapi.json by openapi-typescript (npm run generate). Do not edit.\n\n'

/**
 * The spec's types, through openapi-typescript. The SDK calls every path through its POST
 * form, so the other methods (GET/PUT/PATCH/DELETE aliases) are left out of the input: that
 * halves the file every user's compiler has to read.
 */
export async function emitTypes(model: ApiModel): Promise<Map<string, string>> {
  const paths = Object.fromEntries(
    Object.entries(model.document.paths).map(([path, item]) => [
      path,
      isObject(item) && item.parameters !== undefined ? { parameters: item.parameters, post: item.post } : { post: item.post },
    ]),
  )
  const ast = await openapiTS({ ...model.document, paths } as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    silent: true,
  })
  return new Map([[typesFile, banner + astToString(ast)]])
}
