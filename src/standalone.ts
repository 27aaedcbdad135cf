// The lightest way to call the API (`seam-connect-sdk/client`): a SeamClient made without the SeamHttp
// class, to pass to the standalone function of each operation that the generated routes export
// (`devicesList(client, parameters)`), so that a bundle holds only the operations an app calls.
import type {
  SeamHttpFromPublishableKeyOptions,
  SeamHttpOptions,
  SeamHttpWithoutWorkspaceOptions,
} from './options.js'
import {
  optionsFrom,
  parseOptions,
  parseOptionsWithoutWorkspace,
} from './parse-options.js'
import { SeamClient } from './seam-client.js'
import { SeamHttpBase } from './seam-http-base.js'

/** A client from the same arguments as `new SeamHttp(...)`: an API key, options, or nothing to read the environment. */
export const createSeamClient = (
  apiKeyOrOptions: string | SeamHttpOptions = {},
): SeamClient => new SeamClient(parseOptions(optionsFrom(apiKeyOrOptions)))

/** A client for the operations without a workspace (`workspacesList`, `workspacesCreate`), as `new SeamHttpWithoutWorkspace(...)`. */
export const createSeamClientWithoutWorkspace = (
  options: SeamHttpWithoutWorkspaceOptions = {},
): SeamClient => new SeamClient(parseOptionsWithoutWorkspace(options))

// SeamHttp's base class without any namespace, for its publishable key exchange; this subclass may
// hand out the client it made. Only an app that calls createSeamClientFromPublishableKey bundles it.
class PublishableKeyClient extends SeamHttpBase {
  get seamClient(): SeamClient {
    return this.client
  }
}

/** A client with the client session token that a publishable key and a user identifier key are exchanged for. */
export const createSeamClientFromPublishableKey = async (
  publishableKey: string,
  userIdentifierKey: string,
  options?: SeamHttpFromPublishableKeyOptions,
): Promise<SeamClient> =>
  (
    await PublishableKeyClient.fromPublishableKey(
      publishableKey,
      userIdentifierKey,
      options,
    )
  ).seamClient

export {
  createSeamClientFromApiKey,
  type SeamClientFromApiKeyOptions,
} from './api-key-client.js'
export type { RequestOptions } from './operation.js'
export { SeamClient } from './seam-client.js'
export { SeamHttpRequest } from './seam-http-request.js'
export * from './errors.js'
export type {
  SeamHttpCommonOptions,
  SeamHttpFromPublishableKeyOptions,
  SeamHttpOptions,
  SeamHttpWithoutWorkspaceOptions,
} from './options.js'
export { SeamPaginator, type Page, type Pagination } from './paginator.js'
