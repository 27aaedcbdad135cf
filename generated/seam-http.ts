// Generated from openapi.json by scripts/emit/clients.ts (npm run generate). Do not edit.
import { SeamHttpBase, SeamHttpWithoutWorkspaceBase } from '../src/runtime.js'
import { SeamHttpAccessCodes } from './routes/access-codes.js'
import { SeamHttpAccessGrants } from './routes/access-grants.js'
import { SeamHttpAccessMethods } from './routes/access-methods.js'
import { SeamHttpAcs } from './routes/acs.js'
import { SeamHttpActionAttempts } from './routes/action-attempts.js'
import { SeamHttpBridges } from './routes/bridges.js'
import { SeamHttpClientSessions } from './routes/client-sessions.js'
import { SeamHttpConnectWebviews } from './routes/connect-webviews.js'
import { SeamHttpConnectedAccounts } from './routes/connected-accounts.js'
import { SeamHttpCustomers } from './routes/customers.js'
import { SeamHttpDevices } from './routes/devices.js'
import { SeamHttpEvents } from './routes/events.js'
import { SeamHttpInstantKeys } from './routes/instant-keys.js'
import { SeamHttpLocks } from './routes/locks.js'
import { SeamHttpNoiseSensors } from './routes/noise-sensors.js'
import { SeamHttpPhones } from './routes/phones.js'
import { SeamHttpSeam } from './routes/seam.js'
import { SeamHttpSpaces } from './routes/spaces.js'
import { SeamHttpThermostats } from './routes/thermostats.js'
import { SeamHttpUnstablePartner } from './routes/unstable-partner.js'
import { SeamHttpUserIdentities } from './routes/user-identities.js'
import { SeamHttpWebhooks } from './routes/webhooks.js'
import { SeamHttpWorkspaces } from './routes/workspaces.js'
import {
  SeamHttpWithoutWorkspaceSeam,
  SeamHttpWithoutWorkspaceWorkspaces,
} from './routes/without-workspace.js'

/** A client of the Seam Connect API: one getter per namespace, e.g. `seam.devices.list()`. */
export class SeamHttp extends SeamHttpBase {
  get accessCodes(): SeamHttpAccessCodes {
    return new SeamHttpAccessCodes(this.client)
  }

  get accessGrants(): SeamHttpAccessGrants {
    return new SeamHttpAccessGrants(this.client)
  }

  get accessMethods(): SeamHttpAccessMethods {
    return new SeamHttpAccessMethods(this.client)
  }

  get acs(): SeamHttpAcs {
    return new SeamHttpAcs(this.client)
  }

  get actionAttempts(): SeamHttpActionAttempts {
    return new SeamHttpActionAttempts(this.client)
  }

  get bridges(): SeamHttpBridges {
    return new SeamHttpBridges(this.client)
  }

  get clientSessions(): SeamHttpClientSessions {
    return new SeamHttpClientSessions(this.client)
  }

  get connectWebviews(): SeamHttpConnectWebviews {
    return new SeamHttpConnectWebviews(this.client)
  }

  get connectedAccounts(): SeamHttpConnectedAccounts {
    return new SeamHttpConnectedAccounts(this.client)
  }

  get customers(): SeamHttpCustomers {
    return new SeamHttpCustomers(this.client)
  }

  get devices(): SeamHttpDevices {
    return new SeamHttpDevices(this.client)
  }

  get events(): SeamHttpEvents {
    return new SeamHttpEvents(this.client)
  }

  get instantKeys(): SeamHttpInstantKeys {
    return new SeamHttpInstantKeys(this.client)
  }

  get locks(): SeamHttpLocks {
    return new SeamHttpLocks(this.client)
  }

  get noiseSensors(): SeamHttpNoiseSensors {
    return new SeamHttpNoiseSensors(this.client)
  }

  get phones(): SeamHttpPhones {
    return new SeamHttpPhones(this.client)
  }

  get seam(): SeamHttpSeam {
    return new SeamHttpSeam(this.client)
  }

  get spaces(): SeamHttpSpaces {
    return new SeamHttpSpaces(this.client)
  }

  get thermostats(): SeamHttpThermostats {
    return new SeamHttpThermostats(this.client)
  }

  get unstablePartner(): SeamHttpUnstablePartner {
    return new SeamHttpUnstablePartner(this.client)
  }

  get userIdentities(): SeamHttpUserIdentities {
    return new SeamHttpUserIdentities(this.client)
  }

  get webhooks(): SeamHttpWebhooks {
    return new SeamHttpWebhooks(this.client)
  }

  get workspaces(): SeamHttpWorkspaces {
    return new SeamHttpWorkspaces(this.client)
  }
}

/** A client for a personal access token or console session token used without a workspace; it exposes only the operations callable that way. */
export class SeamHttpWithoutWorkspace extends SeamHttpWithoutWorkspaceBase {
  get seam(): SeamHttpWithoutWorkspaceSeam {
    return new SeamHttpWithoutWorkspaceSeam(this.client)
  }

  get workspaces(): SeamHttpWithoutWorkspaceWorkspaces {
    return new SeamHttpWithoutWorkspaceWorkspaces(this.client)
  }
}
