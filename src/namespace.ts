// What every generated namespace class is made from: the client its operations are sent through.
// One base class instead of a constructor in each of them keeps the SeamHttp bundle smaller.

import type { SeamClient } from './seam-client.js'

/** A namespace of the API (`seam.devices`, `seam.acs.users`, ...) over one client. */
export abstract class SeamHttpNamespace {
  constructor(protected readonly client: SeamClient) {}
}
