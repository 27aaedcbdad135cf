// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamCustomerV1 } from './seam-customer-v1.js'

/** The `seam.customer` namespace of the Seam API. */
export class SeamHttpSeamCustomer extends SeamHttpBase {
  get v1(): SeamHttpSeamCustomerV1 {
    return new SeamHttpSeamCustomerV1(this.client)
  }
}
