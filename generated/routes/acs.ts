// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import { SeamHttpBase } from '../../src/runtime.js'
import { SeamHttpAcsAccessGroups } from './acs-access-groups.js'
import { SeamHttpAcsCredentialPools } from './acs-credential-pools.js'
import { SeamHttpAcsCredentialProvisioningAutomations } from './acs-credential-provisioning-automations.js'
import { SeamHttpAcsCredentials } from './acs-credentials.js'
import { SeamHttpAcsEncoders } from './acs-encoders.js'
import { SeamHttpAcsEntrances } from './acs-entrances.js'
import { SeamHttpAcsSystems } from './acs-systems.js'
import { SeamHttpAcsUsers } from './acs-users.js'

/** The `acs` namespace of the Seam API. */
export class SeamHttpAcs extends SeamHttpBase {
  get accessGroups(): SeamHttpAcsAccessGroups {
    return new SeamHttpAcsAccessGroups(this.client)
  }

  get credentialPools(): SeamHttpAcsCredentialPools {
    return new SeamHttpAcsCredentialPools(this.client)
  }

  get credentialProvisioningAutomations(): SeamHttpAcsCredentialProvisioningAutomations {
    return new SeamHttpAcsCredentialProvisioningAutomations(this.client)
  }

  get credentials(): SeamHttpAcsCredentials {
    return new SeamHttpAcsCredentials(this.client)
  }

  get encoders(): SeamHttpAcsEncoders {
    return new SeamHttpAcsEncoders(this.client)
  }

  get entrances(): SeamHttpAcsEntrances {
    return new SeamHttpAcsEntrances(this.client)
  }

  get systems(): SeamHttpAcsSystems {
    return new SeamHttpAcsSystems(this.client)
  }

  get users(): SeamHttpAcsUsers {
    return new SeamHttpAcsUsers(this.client)
  }
}
