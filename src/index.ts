export * from '../generated/index.js'
export * from './errors.js'
export {
  createSeamClientFromApiKey,
  type SeamClientFromApiKeyOptions,
} from './api-key-client.js'
export {
  createSeamClient,
  createSeamClientFromPublishableKey,
  createSeamClientWithoutWorkspace,
} from './standalone.js'
export type {
  OperationSpec,
  RequestOptions,
  ResponseBody,
} from './operation.js'
export { SeamClient } from './seam-client.js'
export { SeamHttpRequest } from './seam-http-request.js'
export type {
  ResolveActionAttemptOptions,
  SeamHttpCommonOptions,
  SeamHttpFromPublishableKeyOptions,
  SeamHttpOptions,
  SeamHttpOptionsFromEnv,
  SeamHttpOptionsWithApiKey,
  SeamHttpOptionsWithClient,
  SeamHttpOptionsWithClientSessionToken,
  SeamHttpOptionsWithConsoleSessionToken,
  SeamHttpOptionsWithPersonalAccessToken,
  SeamHttpWithoutWorkspaceOptions,
  SeamHttpWithoutWorkspaceOptionsWithClient,
  SeamHttpWithoutWorkspaceOptionsWithConsoleSessionToken,
  SeamHttpWithoutWorkspaceOptionsWithPersonalAccessToken,
  SeamHttpRequestOptions,
  SeamHttpWithoutWorkspaceOptionsFromEnv,
  WaitForActionAttempt,
} from './options.js'
export {
  SeamPaginator,
  type Page,
  type PageParameters,
  type Pagination,
  type SeamPageCursor,
  type SeamPaginatedRequest,
} from './paginator.js'
export {
  isApiKey,
  isClientSessionToken,
  isConsoleSessionToken,
  isPersonalAccessToken,
  isPublishableKey,
} from './token.js'
export { errorInterceptor } from './error-interceptor.js'
export { getOpenapiSchema } from './openapi.js'
export * from './options-guards.js'
export { readResponseData } from './read-response.js'
export {
  type Params,
  serializeUrlSearchParams,
  UnserializableParamError,
  updateUrlSearchParams,
} from './url-search-params.js'
