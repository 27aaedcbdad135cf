// getOpenapiSchema, as @seamapi/http exports it: the spec the API serves at /openapi.json.

import { defaultEndpoint } from './call-options.js'
import { sdkName, sdkVersion } from './version.js'

/** Fetches the OpenAPI spec the endpoint serves; rejects with a plain Error on a non-2xx answer. */
export const getOpenapiSchema = async (
  endpoint = defaultEndpoint,
): Promise<unknown> => {
  const url = `${endpoint.replace(/\/+$/, '')}/openapi.json`
  const response = await fetch(url, {
    headers: { 'seam-sdk-name': sdkName, 'seam-sdk-version': sdkVersion },
  })
  if (!response.ok) {
    await response.body?.cancel()
    throw new Error(`GET ${url} failed with status code ${response.status}`)
  }
  return (await response.json()) as unknown
}
