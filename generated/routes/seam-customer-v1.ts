// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpSeamCustomerV1AccessGrants } from './seam-customer-v1-access-grants.js'
import { SeamHttpSeamCustomerV1AccessMethods } from './seam-customer-v1-access-methods.js'
import { SeamHttpSeamCustomerV1AutomationRuns } from './seam-customer-v1-automation-runs.js'
import { SeamHttpSeamCustomerV1Automations } from './seam-customer-v1-automations.js'
import { SeamHttpSeamCustomerV1ConnectorCustomers } from './seam-customer-v1-connector-customers.js'
import { SeamHttpSeamCustomerV1Connectors } from './seam-customer-v1-connectors.js'
import { SeamHttpSeamCustomerV1Customers } from './seam-customer-v1-customers.js'
import { SeamHttpSeamCustomerV1Encoders } from './seam-customer-v1-encoders.js'
import { SeamHttpSeamCustomerV1Events } from './seam-customer-v1-events.js'
import { SeamHttpSeamCustomerV1Portals } from './seam-customer-v1-portals.js'
import { SeamHttpSeamCustomerV1Reservations } from './seam-customer-v1-reservations.js'
import { SeamHttpSeamCustomerV1Settings } from './seam-customer-v1-settings.js'
import { SeamHttpSeamCustomerV1Spaces } from './seam-customer-v1-spaces.js'
import { SeamHttpSeamCustomerV1StaffMembers } from './seam-customer-v1-staff-members.js'

/** The `seam.customer.v1` namespace of the Seam API. */
export class SeamHttpSeamCustomerV1 extends SeamHttpBase {
  get accessGrants(): SeamHttpSeamCustomerV1AccessGrants {
    return new SeamHttpSeamCustomerV1AccessGrants(this.client)
  }

  get accessMethods(): SeamHttpSeamCustomerV1AccessMethods {
    return new SeamHttpSeamCustomerV1AccessMethods(this.client)
  }

  get automationRuns(): SeamHttpSeamCustomerV1AutomationRuns {
    return new SeamHttpSeamCustomerV1AutomationRuns(this.client)
  }

  get automations(): SeamHttpSeamCustomerV1Automations {
    return new SeamHttpSeamCustomerV1Automations(this.client)
  }

  get connectorCustomers(): SeamHttpSeamCustomerV1ConnectorCustomers {
    return new SeamHttpSeamCustomerV1ConnectorCustomers(this.client)
  }

  get connectors(): SeamHttpSeamCustomerV1Connectors {
    return new SeamHttpSeamCustomerV1Connectors(this.client)
  }

  get customers(): SeamHttpSeamCustomerV1Customers {
    return new SeamHttpSeamCustomerV1Customers(this.client)
  }

  get encoders(): SeamHttpSeamCustomerV1Encoders {
    return new SeamHttpSeamCustomerV1Encoders(this.client)
  }

  get events(): SeamHttpSeamCustomerV1Events {
    return new SeamHttpSeamCustomerV1Events(this.client)
  }

  get portals(): SeamHttpSeamCustomerV1Portals {
    return new SeamHttpSeamCustomerV1Portals(this.client)
  }

  get reservations(): SeamHttpSeamCustomerV1Reservations {
    return new SeamHttpSeamCustomerV1Reservations(this.client)
  }

  get settings(): SeamHttpSeamCustomerV1Settings {
    return new SeamHttpSeamCustomerV1Settings(this.client)
  }

  get spaces(): SeamHttpSeamCustomerV1Spaces {
    return new SeamHttpSeamCustomerV1Spaces(this.client)
  }

  get staffMembers(): SeamHttpSeamCustomerV1StaffMembers {
    return new SeamHttpSeamCustomerV1StaffMembers(this.client)
  }
}
