// The lightest way to call the API: a SeamClient made without the SeamHttp class, to pass to the
// standalone function of each operation that the generated routes export
// (`devicesList(client, parameters)`), so that a bundle holds only the operations an app calls.
import type { SeamClient } from './client.js'
import { SeamHttpBase, type SeamHttpOptions } from './seam-http-base.js'

// SeamHttpBase without any namespace: its constructor does the authentication, and this subclass
// may hand out the client it made.
class SeamClientFactory extends SeamHttpBase {
  get seamClient(): SeamClient {
    return this.client
  }
}

/** A client for the standalone operation functions, from the same options as `new SeamHttp(...)`. */
export const createSeamClient = (apiKeyOrOptions?: string | SeamHttpOptions): SeamClient =>
  new SeamClientFactory(apiKeyOrOptions).seamClient

export { SeamClient, SeamHttpRequest, type RequestOptions } from './client.js'
export type { SeamHttpOptions } from './seam-http-base.js'
