// The one module generated code imports the runtime from (generated/routes/*.ts and
// generated/seam-http.ts): what it needs, and nothing it does not.

export type { OperationSpec, RequestOptions } from './operation.js'
export { SeamClient } from './seam-client.js'
export { SeamHttpBase, SeamHttpWithoutWorkspaceBase } from './seam-http-base.js'
export { SeamHttpRequest } from './seam-http-request.js'
