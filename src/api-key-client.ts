// The lightest client: an API key and nothing else. It reads no environment, never retries, and
// checks its few options with short messages of its own, so a bundle that makes one carries none of
// the @seamapi/http-compatible option parsing (parse-options.ts) or its token table.

import {
  defaultEndpoint,
  defaultTimeout,
  nonNegative,
  parseWaitForActionAttempt,
} from './call-options.js'
import { SeamHttpInvalidOptionsError } from './errors.js'
import type { WaitForActionAttempt } from './operation.js'
import { SeamClient } from './seam-client.js'

/** What `createSeamClientFromApiKey` takes besides the key: no credentials, no retries. */
export interface SeamClientFromApiKeyOptions {
  endpoint?: string
  timeout?: number
  waitForActionAttempt?: WaitForActionAttempt
  isUndocumentedApiEnabled?: boolean
}

// Prefixes of the other Seam tokens that also start with `seam_`.
const notApiKey = /^seam_(at|cst|pk)/

const invalid = (message: string): SeamHttpInvalidOptionsError =>
  new SeamHttpInvalidOptionsError(message)

/** A client that sends `apiKey` as its bearer token, for the standalone route functions. */
export const createSeamClientFromApiKey = (
  apiKey: string,
  options: SeamClientFromApiKeyOptions = {},
): SeamClient => {
  if (
    typeof apiKey !== 'string' ||
    !/^seam_[\x21-\x7e]+$/.test(apiKey) ||
    notApiKey.test(apiKey)
  )
    throw invalid('apiKey must be a Seam API key (seam_…)')
  const endpoint = options.endpoint ?? defaultEndpoint
  if (!/^https?:\/\/[^/@]+/.test(endpoint))
    throw invalid('endpoint must be an http(s) URL without credentials')
  return new SeamClient({
    endpoint: endpoint.replace(/\/+$/, ''),
    auth: {
      kind: 'apiKey',
      headers: { authorization: `Bearer ${apiKey}` },
      secrets: [apiKey],
    },
    timeout: nonNegative('timeout', options.timeout) ?? defaultTimeout,
    waitForActionAttempt:
      parseWaitForActionAttempt(options.waitForActionAttempt) ?? true,
    isUndocumentedApiEnabled: options.isUndocumentedApiEnabled === true,
  })
}
