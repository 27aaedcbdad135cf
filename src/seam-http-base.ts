import { SeamClient } from './client.js'

export interface SeamHttpOptions {
  apiKey?: string
  endpoint?: string
  isUndocumentedApiEnabled?: boolean
}

/** What `SeamHttp` adds to the generated namespaces: construction and authentication. */
export class SeamHttpBase {
  protected readonly client: SeamClient

  constructor(apiKeyOrOptions: string | SeamHttpOptions = {}) {
    const options = typeof apiKeyOrOptions === 'string' ? { apiKey: apiKeyOrOptions } : apiKeyOrOptions
    this.client = new SeamClient({
      endpoint: options.endpoint ?? 'https://connect.getseam.com',
      headers: { authorization: `Bearer ${options.apiKey ?? ''}` },
      isUndocumentedApiEnabled: options.isUndocumentedApiEnabled ?? false,
    })
  }

  static fromApiKey<T extends SeamHttpBase>(
    this: new (options: SeamHttpOptions) => T,
    apiKey: string,
    options: Omit<SeamHttpOptions, 'apiKey'> = {},
  ): T {
    return new this({ ...options, apiKey })
  }
}

export class SeamHttpWithoutWorkspaceBase extends SeamHttpBase {}
