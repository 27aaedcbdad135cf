export * from '../generated/index.js'
export { SeamClient, SeamHttpRequest, type OperationSpec, type RequestOptions } from './client.js'
export type { SeamHttpOptions } from './seam-http-base.js'
