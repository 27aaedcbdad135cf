// The one module generated code imports the runtime from (generated/routes/*.ts,
// generated/seam-http.ts, generated/seam-http-endpoints.ts): what it needs, and nothing it does
// not. The package publishes it as seam-connect-sdk/runtime, so that code generated outside this
// repository can import it there.

export { waitForActionAttempt } from './action-attempts.js'
export type { OperationSpec, RequestOptions } from './operation.js'
export { SeamClient } from './seam-client.js'
export { SeamHttpBase, SeamHttpWithoutWorkspaceBase } from './seam-http-base.js'
export { SeamHttpRequest } from './seam-http-request.js'
