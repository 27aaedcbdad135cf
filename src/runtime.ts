// What generated routes and clients import from the runtime, in one module: the package publishes it
// as seam-connect-sdk/runtime, so that code generated outside this repository can import it there.
export type { RequestOptions, SeamClient, SeamHttpRequest } from './client.js'
export { SeamHttpBase, SeamHttpWithoutWorkspaceBase } from './seam-http-base.js'
