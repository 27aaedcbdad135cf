// Generated from openapi.json by scripts/emit/endpoints.ts (npm run generate). Do not edit.
import { SeamHttpBase, SeamHttpWithoutWorkspaceBase } from '../src/runtime.js'
import {
  accessCodesSimulateCreateUnmanagedAccessCode,
  type AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
  type AccessCodesSimulateCreateUnmanagedAccessCodeOptions,
  type AccessCodesSimulateCreateUnmanagedAccessCodeRequest,
} from './routes/access-codes-simulate.js'
import {
  accessCodesUnmanagedConvertToManaged,
  type AccessCodesUnmanagedConvertToManagedParameters,
  type AccessCodesUnmanagedConvertToManagedOptions,
  type AccessCodesUnmanagedConvertToManagedRequest,
  accessCodesUnmanagedDelete,
  type AccessCodesUnmanagedDeleteParameters,
  type AccessCodesUnmanagedDeleteOptions,
  type AccessCodesUnmanagedDeleteRequest,
  accessCodesUnmanagedGet,
  type AccessCodesUnmanagedGetParameters,
  type AccessCodesUnmanagedGetOptions,
  type AccessCodesUnmanagedGetRequest,
  accessCodesUnmanagedList,
  type AccessCodesUnmanagedListParameters,
  type AccessCodesUnmanagedListOptions,
  type AccessCodesUnmanagedListRequest,
  accessCodesUnmanagedUpdate,
  type AccessCodesUnmanagedUpdateParameters,
  type AccessCodesUnmanagedUpdateOptions,
  type AccessCodesUnmanagedUpdateRequest,
} from './routes/access-codes-unmanaged.js'
import {
  accessCodesCreate,
  type AccessCodesCreateParameters,
  type AccessCodesCreateOptions,
  type AccessCodesCreateRequest,
  accessCodesCreateMultiple,
  type AccessCodesCreateMultipleParameters,
  type AccessCodesCreateMultipleOptions,
  type AccessCodesCreateMultipleRequest,
  accessCodesDelete,
  type AccessCodesDeleteParameters,
  type AccessCodesDeleteOptions,
  type AccessCodesDeleteRequest,
  accessCodesGenerateCode,
  type AccessCodesGenerateCodeParameters,
  type AccessCodesGenerateCodeOptions,
  type AccessCodesGenerateCodeRequest,
  accessCodesGet,
  type AccessCodesGetParameters,
  type AccessCodesGetOptions,
  type AccessCodesGetRequest,
  accessCodesGetTimeline,
  type AccessCodesGetTimelineParameters,
  type AccessCodesGetTimelineOptions,
  type AccessCodesGetTimelineRequest,
  accessCodesList,
  type AccessCodesListParameters,
  type AccessCodesListOptions,
  type AccessCodesListRequest,
  accessCodesPullBackupAccessCode,
  type AccessCodesPullBackupAccessCodeParameters,
  type AccessCodesPullBackupAccessCodeOptions,
  type AccessCodesPullBackupAccessCodeRequest,
  accessCodesReportDeviceConstraints,
  type AccessCodesReportDeviceConstraintsParameters,
  type AccessCodesReportDeviceConstraintsOptions,
  type AccessCodesReportDeviceConstraintsRequest,
  accessCodesUpdate,
  type AccessCodesUpdateParameters,
  type AccessCodesUpdateOptions,
  type AccessCodesUpdateRequest,
  accessCodesUpdateMultiple,
  type AccessCodesUpdateMultipleParameters,
  type AccessCodesUpdateMultipleOptions,
  type AccessCodesUpdateMultipleRequest,
} from './routes/access-codes.js'
import {
  accessGrantsUnmanagedGet,
  type AccessGrantsUnmanagedGetParameters,
  type AccessGrantsUnmanagedGetOptions,
  type AccessGrantsUnmanagedGetRequest,
  accessGrantsUnmanagedList,
  type AccessGrantsUnmanagedListParameters,
  type AccessGrantsUnmanagedListOptions,
  type AccessGrantsUnmanagedListRequest,
  accessGrantsUnmanagedUpdate,
  type AccessGrantsUnmanagedUpdateParameters,
  type AccessGrantsUnmanagedUpdateOptions,
  type AccessGrantsUnmanagedUpdateRequest,
} from './routes/access-grants-unmanaged.js'
import {
  accessGrantsCreate,
  type AccessGrantsCreateParameters,
  type AccessGrantsCreateOptions,
  type AccessGrantsCreateRequest,
  accessGrantsDelete,
  type AccessGrantsDeleteParameters,
  type AccessGrantsDeleteOptions,
  type AccessGrantsDeleteRequest,
  accessGrantsGet,
  type AccessGrantsGetParameters,
  type AccessGrantsGetOptions,
  type AccessGrantsGetRequest,
  accessGrantsGetRelated,
  type AccessGrantsGetRelatedParameters,
  type AccessGrantsGetRelatedOptions,
  type AccessGrantsGetRelatedRequest,
  accessGrantsList,
  type AccessGrantsListParameters,
  type AccessGrantsListOptions,
  type AccessGrantsListRequest,
  accessGrantsRequestAccessMethods,
  type AccessGrantsRequestAccessMethodsParameters,
  type AccessGrantsRequestAccessMethodsOptions,
  type AccessGrantsRequestAccessMethodsRequest,
  accessGrantsUpdate,
  type AccessGrantsUpdateParameters,
  type AccessGrantsUpdateOptions,
  type AccessGrantsUpdateRequest,
} from './routes/access-grants.js'
import {
  accessMethodsUnmanagedGet,
  type AccessMethodsUnmanagedGetParameters,
  type AccessMethodsUnmanagedGetOptions,
  type AccessMethodsUnmanagedGetRequest,
  accessMethodsUnmanagedList,
  type AccessMethodsUnmanagedListParameters,
  type AccessMethodsUnmanagedListOptions,
  type AccessMethodsUnmanagedListRequest,
} from './routes/access-methods-unmanaged.js'
import {
  accessMethodsAssignCard,
  type AccessMethodsAssignCardParameters,
  type AccessMethodsAssignCardOptions,
  type AccessMethodsAssignCardRequest,
  accessMethodsDelete,
  type AccessMethodsDeleteParameters,
  type AccessMethodsDeleteOptions,
  type AccessMethodsDeleteRequest,
  accessMethodsEncode,
  type AccessMethodsEncodeParameters,
  type AccessMethodsEncodeOptions,
  type AccessMethodsEncodeRequest,
  accessMethodsGet,
  type AccessMethodsGetParameters,
  type AccessMethodsGetOptions,
  type AccessMethodsGetRequest,
  accessMethodsGetRelated,
  type AccessMethodsGetRelatedParameters,
  type AccessMethodsGetRelatedOptions,
  type AccessMethodsGetRelatedRequest,
  accessMethodsList,
  type AccessMethodsListParameters,
  type AccessMethodsListOptions,
  type AccessMethodsListRequest,
  accessMethodsUnlockDoor,
  type AccessMethodsUnlockDoorParameters,
  type AccessMethodsUnlockDoorOptions,
  type AccessMethodsUnlockDoorRequest,
} from './routes/access-methods.js'
import {
  acsAccessGroupsUnmanagedGet,
  type AcsAccessGroupsUnmanagedGetParameters,
  type AcsAccessGroupsUnmanagedGetOptions,
  type AcsAccessGroupsUnmanagedGetRequest,
  acsAccessGroupsUnmanagedList,
  type AcsAccessGroupsUnmanagedListParameters,
  type AcsAccessGroupsUnmanagedListOptions,
  type AcsAccessGroupsUnmanagedListRequest,
} from './routes/acs-access-groups-unmanaged.js'
import {
  acsAccessGroupsAddUser,
  type AcsAccessGroupsAddUserParameters,
  type AcsAccessGroupsAddUserOptions,
  type AcsAccessGroupsAddUserRequest,
  acsAccessGroupsDelete,
  type AcsAccessGroupsDeleteParameters,
  type AcsAccessGroupsDeleteOptions,
  type AcsAccessGroupsDeleteRequest,
  acsAccessGroupsGet,
  type AcsAccessGroupsGetParameters,
  type AcsAccessGroupsGetOptions,
  type AcsAccessGroupsGetRequest,
  acsAccessGroupsList,
  type AcsAccessGroupsListParameters,
  type AcsAccessGroupsListOptions,
  type AcsAccessGroupsListRequest,
  acsAccessGroupsListAccessibleEntrances,
  type AcsAccessGroupsListAccessibleEntrancesParameters,
  type AcsAccessGroupsListAccessibleEntrancesOptions,
  type AcsAccessGroupsListAccessibleEntrancesRequest,
  acsAccessGroupsListUsers,
  type AcsAccessGroupsListUsersParameters,
  type AcsAccessGroupsListUsersOptions,
  type AcsAccessGroupsListUsersRequest,
  acsAccessGroupsRemoveUser,
  type AcsAccessGroupsRemoveUserParameters,
  type AcsAccessGroupsRemoveUserOptions,
  type AcsAccessGroupsRemoveUserRequest,
} from './routes/acs-access-groups.js'
import {
  acsCredentialPoolsList,
  type AcsCredentialPoolsListParameters,
  type AcsCredentialPoolsListOptions,
  type AcsCredentialPoolsListRequest,
} from './routes/acs-credential-pools.js'
import {
  acsCredentialProvisioningAutomationsLaunch,
  type AcsCredentialProvisioningAutomationsLaunchParameters,
  type AcsCredentialProvisioningAutomationsLaunchOptions,
  type AcsCredentialProvisioningAutomationsLaunchRequest,
} from './routes/acs-credential-provisioning-automations.js'
import {
  acsCredentialsUnmanagedGet,
  type AcsCredentialsUnmanagedGetParameters,
  type AcsCredentialsUnmanagedGetOptions,
  type AcsCredentialsUnmanagedGetRequest,
  acsCredentialsUnmanagedList,
  type AcsCredentialsUnmanagedListParameters,
  type AcsCredentialsUnmanagedListOptions,
  type AcsCredentialsUnmanagedListRequest,
} from './routes/acs-credentials-unmanaged.js'
import {
  acsCredentialsAssign,
  type AcsCredentialsAssignParameters,
  type AcsCredentialsAssignOptions,
  type AcsCredentialsAssignRequest,
  acsCredentialsCreate,
  type AcsCredentialsCreateParameters,
  type AcsCredentialsCreateOptions,
  type AcsCredentialsCreateRequest,
  acsCredentialsCreateOfflineCode,
  type AcsCredentialsCreateOfflineCodeParameters,
  type AcsCredentialsCreateOfflineCodeOptions,
  type AcsCredentialsCreateOfflineCodeRequest,
  acsCredentialsDelete,
  type AcsCredentialsDeleteParameters,
  type AcsCredentialsDeleteOptions,
  type AcsCredentialsDeleteRequest,
  acsCredentialsGet,
  type AcsCredentialsGetParameters,
  type AcsCredentialsGetOptions,
  type AcsCredentialsGetRequest,
  acsCredentialsList,
  type AcsCredentialsListParameters,
  type AcsCredentialsListOptions,
  type AcsCredentialsListRequest,
  acsCredentialsListAccessibleEntrances,
  type AcsCredentialsListAccessibleEntrancesParameters,
  type AcsCredentialsListAccessibleEntrancesOptions,
  type AcsCredentialsListAccessibleEntrancesRequest,
  acsCredentialsUnassign,
  type AcsCredentialsUnassignParameters,
  type AcsCredentialsUnassignOptions,
  type AcsCredentialsUnassignRequest,
  acsCredentialsUpdate,
  type AcsCredentialsUpdateParameters,
  type AcsCredentialsUpdateOptions,
  type AcsCredentialsUpdateRequest,
} from './routes/acs-credentials.js'
import {
  acsEncodersSimulateNextCredentialEncodeWillFail,
  type AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
  type AcsEncodersSimulateNextCredentialEncodeWillFailOptions,
  type AcsEncodersSimulateNextCredentialEncodeWillFailRequest,
  acsEncodersSimulateNextCredentialEncodeWillSucceed,
  type AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters,
  type AcsEncodersSimulateNextCredentialEncodeWillSucceedOptions,
  type AcsEncodersSimulateNextCredentialEncodeWillSucceedRequest,
  acsEncodersSimulateNextCredentialScanWillFail,
  type AcsEncodersSimulateNextCredentialScanWillFailParameters,
  type AcsEncodersSimulateNextCredentialScanWillFailOptions,
  type AcsEncodersSimulateNextCredentialScanWillFailRequest,
  acsEncodersSimulateNextCredentialScanWillSucceed,
  type AcsEncodersSimulateNextCredentialScanWillSucceedParameters,
  type AcsEncodersSimulateNextCredentialScanWillSucceedOptions,
  type AcsEncodersSimulateNextCredentialScanWillSucceedRequest,
} from './routes/acs-encoders-simulate.js'
import {
  acsEncodersEncodeCredential,
  type AcsEncodersEncodeCredentialParameters,
  type AcsEncodersEncodeCredentialOptions,
  type AcsEncodersEncodeCredentialRequest,
  acsEncodersGet,
  type AcsEncodersGetParameters,
  type AcsEncodersGetOptions,
  type AcsEncodersGetRequest,
  acsEncodersList,
  type AcsEncodersListParameters,
  type AcsEncodersListOptions,
  type AcsEncodersListRequest,
  acsEncodersScanCredential,
  type AcsEncodersScanCredentialParameters,
  type AcsEncodersScanCredentialOptions,
  type AcsEncodersScanCredentialRequest,
  acsEncodersScanToAssignCredential,
  type AcsEncodersScanToAssignCredentialParameters,
  type AcsEncodersScanToAssignCredentialOptions,
  type AcsEncodersScanToAssignCredentialRequest,
} from './routes/acs-encoders.js'
import {
  acsEntrancesGet,
  type AcsEntrancesGetParameters,
  type AcsEntrancesGetOptions,
  type AcsEntrancesGetRequest,
  acsEntrancesGrantAccess,
  type AcsEntrancesGrantAccessParameters,
  type AcsEntrancesGrantAccessOptions,
  type AcsEntrancesGrantAccessRequest,
  acsEntrancesList,
  type AcsEntrancesListParameters,
  type AcsEntrancesListOptions,
  type AcsEntrancesListRequest,
  acsEntrancesListCredentialsWithAccess,
  type AcsEntrancesListCredentialsWithAccessParameters,
  type AcsEntrancesListCredentialsWithAccessOptions,
  type AcsEntrancesListCredentialsWithAccessRequest,
  acsEntrancesUnlock,
  type AcsEntrancesUnlockParameters,
  type AcsEntrancesUnlockOptions,
  type AcsEntrancesUnlockRequest,
} from './routes/acs-entrances.js'
import {
  acsSystemsGet,
  type AcsSystemsGetParameters,
  type AcsSystemsGetOptions,
  type AcsSystemsGetRequest,
  acsSystemsList,
  type AcsSystemsListParameters,
  type AcsSystemsListOptions,
  type AcsSystemsListRequest,
  acsSystemsListCompatibleCredentialManagerAcsSystems,
  type AcsSystemsListCompatibleCredentialManagerAcsSystemsParameters,
  type AcsSystemsListCompatibleCredentialManagerAcsSystemsOptions,
  type AcsSystemsListCompatibleCredentialManagerAcsSystemsRequest,
  acsSystemsReportDevices,
  type AcsSystemsReportDevicesParameters,
  type AcsSystemsReportDevicesOptions,
  type AcsSystemsReportDevicesRequest,
} from './routes/acs-systems.js'
import {
  acsUsersUnmanagedGet,
  type AcsUsersUnmanagedGetParameters,
  type AcsUsersUnmanagedGetOptions,
  type AcsUsersUnmanagedGetRequest,
  acsUsersUnmanagedList,
  type AcsUsersUnmanagedListParameters,
  type AcsUsersUnmanagedListOptions,
  type AcsUsersUnmanagedListRequest,
} from './routes/acs-users-unmanaged.js'
import {
  acsUsersAddToAccessGroup,
  type AcsUsersAddToAccessGroupParameters,
  type AcsUsersAddToAccessGroupOptions,
  type AcsUsersAddToAccessGroupRequest,
  acsUsersCreate,
  type AcsUsersCreateParameters,
  type AcsUsersCreateOptions,
  type AcsUsersCreateRequest,
  acsUsersDelete,
  type AcsUsersDeleteParameters,
  type AcsUsersDeleteOptions,
  type AcsUsersDeleteRequest,
  acsUsersGet,
  type AcsUsersGetParameters,
  type AcsUsersGetOptions,
  type AcsUsersGetRequest,
  acsUsersList,
  type AcsUsersListParameters,
  type AcsUsersListOptions,
  type AcsUsersListRequest,
  acsUsersListAccessibleEntrances,
  type AcsUsersListAccessibleEntrancesParameters,
  type AcsUsersListAccessibleEntrancesOptions,
  type AcsUsersListAccessibleEntrancesRequest,
  acsUsersRemoveFromAccessGroup,
  type AcsUsersRemoveFromAccessGroupParameters,
  type AcsUsersRemoveFromAccessGroupOptions,
  type AcsUsersRemoveFromAccessGroupRequest,
  acsUsersRevokeAccessToAllEntrances,
  type AcsUsersRevokeAccessToAllEntrancesParameters,
  type AcsUsersRevokeAccessToAllEntrancesOptions,
  type AcsUsersRevokeAccessToAllEntrancesRequest,
  acsUsersSuspend,
  type AcsUsersSuspendParameters,
  type AcsUsersSuspendOptions,
  type AcsUsersSuspendRequest,
  acsUsersUnsuspend,
  type AcsUsersUnsuspendParameters,
  type AcsUsersUnsuspendOptions,
  type AcsUsersUnsuspendRequest,
  acsUsersUpdate,
  type AcsUsersUpdateParameters,
  type AcsUsersUpdateOptions,
  type AcsUsersUpdateRequest,
} from './routes/acs-users.js'
import {
  actionAttemptsGet,
  type ActionAttemptsGetParameters,
  type ActionAttemptsGetOptions,
  type ActionAttemptsGetRequest,
  actionAttemptsList,
  type ActionAttemptsListParameters,
  type ActionAttemptsListOptions,
  type ActionAttemptsListRequest,
} from './routes/action-attempts.js'
import {
  bridgesGet,
  type BridgesGetParameters,
  type BridgesGetOptions,
  type BridgesGetRequest,
  bridgesList,
  type BridgesListParameters,
  type BridgesListOptions,
  type BridgesListRequest,
} from './routes/bridges.js'
import {
  clientSessionsCreate,
  type ClientSessionsCreateParameters,
  type ClientSessionsCreateOptions,
  type ClientSessionsCreateRequest,
  clientSessionsDelete,
  type ClientSessionsDeleteParameters,
  type ClientSessionsDeleteOptions,
  type ClientSessionsDeleteRequest,
  clientSessionsGet,
  type ClientSessionsGetParameters,
  type ClientSessionsGetOptions,
  type ClientSessionsGetRequest,
  clientSessionsGetOrCreate,
  type ClientSessionsGetOrCreateParameters,
  type ClientSessionsGetOrCreateOptions,
  type ClientSessionsGetOrCreateRequest,
  clientSessionsGrantAccess,
  type ClientSessionsGrantAccessParameters,
  type ClientSessionsGrantAccessOptions,
  type ClientSessionsGrantAccessRequest,
  clientSessionsList,
  type ClientSessionsListParameters,
  type ClientSessionsListOptions,
  type ClientSessionsListRequest,
  clientSessionsRevoke,
  type ClientSessionsRevokeParameters,
  type ClientSessionsRevokeOptions,
  type ClientSessionsRevokeRequest,
} from './routes/client-sessions.js'
import {
  connectWebviewsCreate,
  type ConnectWebviewsCreateParameters,
  type ConnectWebviewsCreateOptions,
  type ConnectWebviewsCreateRequest,
  connectWebviewsDelete,
  type ConnectWebviewsDeleteParameters,
  type ConnectWebviewsDeleteOptions,
  type ConnectWebviewsDeleteRequest,
  connectWebviewsGet,
  type ConnectWebviewsGetParameters,
  type ConnectWebviewsGetOptions,
  type ConnectWebviewsGetRequest,
  connectWebviewsList,
  type ConnectWebviewsListParameters,
  type ConnectWebviewsListOptions,
  type ConnectWebviewsListRequest,
} from './routes/connect-webviews.js'
import {
  connectedAccountsSimulateDisconnect,
  type ConnectedAccountsSimulateDisconnectParameters,
  type ConnectedAccountsSimulateDisconnectOptions,
  type ConnectedAccountsSimulateDisconnectRequest,
} from './routes/connected-accounts-simulate.js'
import {
  connectedAccountsDelete,
  type ConnectedAccountsDeleteParameters,
  type ConnectedAccountsDeleteOptions,
  type ConnectedAccountsDeleteRequest,
  connectedAccountsGet,
  type ConnectedAccountsGetParameters,
  type ConnectedAccountsGetOptions,
  type ConnectedAccountsGetRequest,
  connectedAccountsList,
  type ConnectedAccountsListParameters,
  type ConnectedAccountsListOptions,
  type ConnectedAccountsListRequest,
  connectedAccountsSync,
  type ConnectedAccountsSyncParameters,
  type ConnectedAccountsSyncOptions,
  type ConnectedAccountsSyncRequest,
  connectedAccountsUpdate,
  type ConnectedAccountsUpdateParameters,
  type ConnectedAccountsUpdateOptions,
  type ConnectedAccountsUpdateRequest,
} from './routes/connected-accounts.js'
import {
  customersReservationsCreateDeepLink,
  type CustomersReservationsCreateDeepLinkParameters,
  type CustomersReservationsCreateDeepLinkOptions,
  type CustomersReservationsCreateDeepLinkRequest,
} from './routes/customers-reservations.js'
import {
  customersCreatePortal,
  type CustomersCreatePortalParameters,
  type CustomersCreatePortalOptions,
  type CustomersCreatePortalRequest,
  customersDeleteData,
  type CustomersDeleteDataParameters,
  type CustomersDeleteDataOptions,
  type CustomersDeleteDataRequest,
  customersPushData,
  type CustomersPushDataParameters,
  type CustomersPushDataOptions,
  type CustomersPushDataRequest,
} from './routes/customers.js'
import {
  devicesSimulateConnect,
  type DevicesSimulateConnectParameters,
  type DevicesSimulateConnectOptions,
  type DevicesSimulateConnectRequest,
  devicesSimulateConnectToHub,
  type DevicesSimulateConnectToHubParameters,
  type DevicesSimulateConnectToHubOptions,
  type DevicesSimulateConnectToHubRequest,
  devicesSimulateDisconnect,
  type DevicesSimulateDisconnectParameters,
  type DevicesSimulateDisconnectOptions,
  type DevicesSimulateDisconnectRequest,
  devicesSimulateDisconnectFromHub,
  type DevicesSimulateDisconnectFromHubParameters,
  type DevicesSimulateDisconnectFromHubOptions,
  type DevicesSimulateDisconnectFromHubRequest,
  devicesSimulatePaidSubscription,
  type DevicesSimulatePaidSubscriptionParameters,
  type DevicesSimulatePaidSubscriptionOptions,
  type DevicesSimulatePaidSubscriptionRequest,
  devicesSimulateRemove,
  type DevicesSimulateRemoveParameters,
  type DevicesSimulateRemoveOptions,
  type DevicesSimulateRemoveRequest,
} from './routes/devices-simulate.js'
import {
  devicesUnmanagedGet,
  type DevicesUnmanagedGetParameters,
  type DevicesUnmanagedGetOptions,
  type DevicesUnmanagedGetRequest,
  devicesUnmanagedList,
  type DevicesUnmanagedListParameters,
  type DevicesUnmanagedListOptions,
  type DevicesUnmanagedListRequest,
  devicesUnmanagedUpdate,
  type DevicesUnmanagedUpdateParameters,
  type DevicesUnmanagedUpdateOptions,
  type DevicesUnmanagedUpdateRequest,
} from './routes/devices-unmanaged.js'
import {
  devicesDelete,
  type DevicesDeleteParameters,
  type DevicesDeleteOptions,
  type DevicesDeleteRequest,
  devicesGet,
  type DevicesGetParameters,
  type DevicesGetOptions,
  type DevicesGetRequest,
  devicesList,
  type DevicesListParameters,
  type DevicesListOptions,
  type DevicesListRequest,
  devicesListDeviceProviders,
  type DevicesListDeviceProvidersParameters,
  type DevicesListDeviceProvidersOptions,
  type DevicesListDeviceProvidersRequest,
  devicesReportProviderMetadata,
  type DevicesReportProviderMetadataParameters,
  type DevicesReportProviderMetadataOptions,
  type DevicesReportProviderMetadataRequest,
  devicesUpdate,
  type DevicesUpdateParameters,
  type DevicesUpdateOptions,
  type DevicesUpdateRequest,
} from './routes/devices.js'
import {
  eventsGet,
  type EventsGetParameters,
  type EventsGetOptions,
  type EventsGetRequest,
  eventsList,
  type EventsListParameters,
  type EventsListOptions,
  type EventsListRequest,
} from './routes/events.js'
import {
  instantKeysDelete,
  type InstantKeysDeleteParameters,
  type InstantKeysDeleteOptions,
  type InstantKeysDeleteRequest,
  instantKeysGet,
  type InstantKeysGetParameters,
  type InstantKeysGetOptions,
  type InstantKeysGetRequest,
  instantKeysList,
  type InstantKeysListParameters,
  type InstantKeysListOptions,
  type InstantKeysListRequest,
} from './routes/instant-keys.js'
import {
  locksSimulateKeypadCodeEntry,
  type LocksSimulateKeypadCodeEntryParameters,
  type LocksSimulateKeypadCodeEntryOptions,
  type LocksSimulateKeypadCodeEntryRequest,
  locksSimulateManualLockViaKeypad,
  type LocksSimulateManualLockViaKeypadParameters,
  type LocksSimulateManualLockViaKeypadOptions,
  type LocksSimulateManualLockViaKeypadRequest,
} from './routes/locks-simulate.js'
import {
  locksConfigureAutoLock,
  type LocksConfigureAutoLockParameters,
  type LocksConfigureAutoLockOptions,
  type LocksConfigureAutoLockRequest,
  locksGet,
  type LocksGetParameters,
  type LocksGetOptions,
  type LocksGetRequest,
  locksList,
  type LocksListParameters,
  type LocksListOptions,
  type LocksListRequest,
  locksLockDoor,
  type LocksLockDoorParameters,
  type LocksLockDoorOptions,
  type LocksLockDoorRequest,
  locksUnlockDoor,
  type LocksUnlockDoorParameters,
  type LocksUnlockDoorOptions,
  type LocksUnlockDoorRequest,
} from './routes/locks.js'
import {
  noiseSensorsNoiseThresholdsCreate,
  type NoiseSensorsNoiseThresholdsCreateParameters,
  type NoiseSensorsNoiseThresholdsCreateOptions,
  type NoiseSensorsNoiseThresholdsCreateRequest,
  noiseSensorsNoiseThresholdsDelete,
  type NoiseSensorsNoiseThresholdsDeleteParameters,
  type NoiseSensorsNoiseThresholdsDeleteOptions,
  type NoiseSensorsNoiseThresholdsDeleteRequest,
  noiseSensorsNoiseThresholdsGet,
  type NoiseSensorsNoiseThresholdsGetParameters,
  type NoiseSensorsNoiseThresholdsGetOptions,
  type NoiseSensorsNoiseThresholdsGetRequest,
  noiseSensorsNoiseThresholdsList,
  type NoiseSensorsNoiseThresholdsListParameters,
  type NoiseSensorsNoiseThresholdsListOptions,
  type NoiseSensorsNoiseThresholdsListRequest,
  noiseSensorsNoiseThresholdsUpdate,
  type NoiseSensorsNoiseThresholdsUpdateParameters,
  type NoiseSensorsNoiseThresholdsUpdateOptions,
  type NoiseSensorsNoiseThresholdsUpdateRequest,
} from './routes/noise-sensors-noise-thresholds.js'
import {
  noiseSensorsSimulateTriggerNoiseThreshold,
  type NoiseSensorsSimulateTriggerNoiseThresholdParameters,
  type NoiseSensorsSimulateTriggerNoiseThresholdOptions,
  type NoiseSensorsSimulateTriggerNoiseThresholdRequest,
} from './routes/noise-sensors-simulate.js'
import {
  noiseSensorsList,
  type NoiseSensorsListParameters,
  type NoiseSensorsListOptions,
  type NoiseSensorsListRequest,
} from './routes/noise-sensors.js'
import {
  phonesSimulateCreateSandboxPhone,
  type PhonesSimulateCreateSandboxPhoneParameters,
  type PhonesSimulateCreateSandboxPhoneOptions,
  type PhonesSimulateCreateSandboxPhoneRequest,
} from './routes/phones-simulate.js'
import {
  phonesDeactivate,
  type PhonesDeactivateParameters,
  type PhonesDeactivateOptions,
  type PhonesDeactivateRequest,
  phonesGet,
  type PhonesGetParameters,
  type PhonesGetOptions,
  type PhonesGetRequest,
  phonesList,
  type PhonesListParameters,
  type PhonesListOptions,
  type PhonesListRequest,
} from './routes/phones.js'
import {
  seamBridgeV1BridgeClientSessionsCreate,
  type SeamBridgeV1BridgeClientSessionsCreateParameters,
  type SeamBridgeV1BridgeClientSessionsCreateOptions,
  type SeamBridgeV1BridgeClientSessionsCreateRequest,
  seamBridgeV1BridgeClientSessionsGet,
  type SeamBridgeV1BridgeClientSessionsGetParameters,
  type SeamBridgeV1BridgeClientSessionsGetOptions,
  type SeamBridgeV1BridgeClientSessionsGetRequest,
  seamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKey,
  type SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters,
  type SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyOptions,
  type SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyRequest,
  seamBridgeV1BridgeClientSessionsRefreshTelemetryToken,
  type SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters,
  type SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenOptions,
  type SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenRequest,
  seamBridgeV1BridgeClientSessionsRegeneratePairingCode,
  type SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters,
  type SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeOptions,
  type SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeRequest,
  seamBridgeV1BridgeClientSessionsReportStatus,
  type SeamBridgeV1BridgeClientSessionsReportStatusParameters,
  type SeamBridgeV1BridgeClientSessionsReportStatusOptions,
  type SeamBridgeV1BridgeClientSessionsReportStatusRequest,
} from './routes/seam-bridge-v1-bridge-client-sessions.js'
import {
  seamBridgeV1BridgeConnectedSystemsList,
  type SeamBridgeV1BridgeConnectedSystemsListParameters,
  type SeamBridgeV1BridgeConnectedSystemsListOptions,
  type SeamBridgeV1BridgeConnectedSystemsListRequest,
} from './routes/seam-bridge-v1-bridge-connected-systems.js'
import {
  seamConnectWebviewV1GetCurrentPane,
  type SeamConnectWebviewV1GetCurrentPaneParameters,
  type SeamConnectWebviewV1GetCurrentPaneOptions,
  type SeamConnectWebviewV1GetCurrentPaneRequest,
  seamConnectWebviewV1Reset,
  type SeamConnectWebviewV1ResetParameters,
  type SeamConnectWebviewV1ResetOptions,
  type SeamConnectWebviewV1ResetRequest,
  seamConnectWebviewV1Submit,
  type SeamConnectWebviewV1SubmitParameters,
  type SeamConnectWebviewV1SubmitOptions,
  type SeamConnectWebviewV1SubmitRequest,
} from './routes/seam-connect-webview-v1.js'
import {
  seamConsoleV1LynxMigrationGetPropertyMigrationStatus,
  type SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters,
  type SeamConsoleV1LynxMigrationGetPropertyMigrationStatusOptions,
  type SeamConsoleV1LynxMigrationGetPropertyMigrationStatusRequest,
  seamConsoleV1LynxMigrationGetReservationMigrationStatus,
  type SeamConsoleV1LynxMigrationGetReservationMigrationStatusParameters,
  type SeamConsoleV1LynxMigrationGetReservationMigrationStatusOptions,
  type SeamConsoleV1LynxMigrationGetReservationMigrationStatusRequest,
  seamConsoleV1LynxMigrationListPropertyReservations,
  type SeamConsoleV1LynxMigrationListPropertyReservationsParameters,
  type SeamConsoleV1LynxMigrationListPropertyReservationsOptions,
  type SeamConsoleV1LynxMigrationListPropertyReservationsRequest,
  seamConsoleV1LynxMigrationMigrateProperty,
  type SeamConsoleV1LynxMigrationMigratePropertyParameters,
  type SeamConsoleV1LynxMigrationMigratePropertyOptions,
  type SeamConsoleV1LynxMigrationMigratePropertyRequest,
} from './routes/seam-console-v1-lynx-migration.js'
import {
  seamConsoleV1OrganizationsCustomizationProfilesCopy,
  type SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
  type SeamConsoleV1OrganizationsCustomizationProfilesCopyOptions,
  type SeamConsoleV1OrganizationsCustomizationProfilesCopyRequest,
} from './routes/seam-console-v1-organizations-customization-profiles.js'
import {
  seamConsoleV1OrganizationsInvitationsRevoke,
  type SeamConsoleV1OrganizationsInvitationsRevokeParameters,
  type SeamConsoleV1OrganizationsInvitationsRevokeOptions,
  type SeamConsoleV1OrganizationsInvitationsRevokeRequest,
} from './routes/seam-console-v1-organizations-invitations.js'
import {
  seamConsoleV1OrganizationsMembersWorkspacesGrant,
  type SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
  type SeamConsoleV1OrganizationsMembersWorkspacesGrantOptions,
  type SeamConsoleV1OrganizationsMembersWorkspacesGrantRequest,
  seamConsoleV1OrganizationsMembersWorkspacesList,
  type SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
  type SeamConsoleV1OrganizationsMembersWorkspacesListOptions,
  type SeamConsoleV1OrganizationsMembersWorkspacesListRequest,
  seamConsoleV1OrganizationsMembersWorkspacesRevoke,
  type SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
  type SeamConsoleV1OrganizationsMembersWorkspacesRevokeOptions,
  type SeamConsoleV1OrganizationsMembersWorkspacesRevokeRequest,
} from './routes/seam-console-v1-organizations-members-workspaces.js'
import {
  seamConsoleV1OrganizationsMembersAdd,
  type SeamConsoleV1OrganizationsMembersAddParameters,
  type SeamConsoleV1OrganizationsMembersAddOptions,
  type SeamConsoleV1OrganizationsMembersAddRequest,
  seamConsoleV1OrganizationsMembersRemove,
  type SeamConsoleV1OrganizationsMembersRemoveParameters,
  type SeamConsoleV1OrganizationsMembersRemoveOptions,
  type SeamConsoleV1OrganizationsMembersRemoveRequest,
  seamConsoleV1OrganizationsMembersUpdate,
  type SeamConsoleV1OrganizationsMembersUpdateParameters,
  type SeamConsoleV1OrganizationsMembersUpdateOptions,
  type SeamConsoleV1OrganizationsMembersUpdateRequest,
} from './routes/seam-console-v1-organizations-members.js'
import {
  seamConsoleV1OrganizationsWorkspacesCreate,
  type SeamConsoleV1OrganizationsWorkspacesCreateParameters,
  type SeamConsoleV1OrganizationsWorkspacesCreateOptions,
  type SeamConsoleV1OrganizationsWorkspacesCreateRequest,
  seamConsoleV1OrganizationsWorkspacesRemove,
  type SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
  type SeamConsoleV1OrganizationsWorkspacesRemoveOptions,
  type SeamConsoleV1OrganizationsWorkspacesRemoveRequest,
  seamConsoleV1OrganizationsWorkspacesUpdate,
  type SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
  type SeamConsoleV1OrganizationsWorkspacesUpdateOptions,
  type SeamConsoleV1OrganizationsWorkspacesUpdateRequest,
} from './routes/seam-console-v1-organizations-workspaces.js'
import {
  seamConsoleV1OrganizationsCreate,
  type SeamConsoleV1OrganizationsCreateParameters,
  type SeamConsoleV1OrganizationsCreateOptions,
  type SeamConsoleV1OrganizationsCreateRequest,
  seamConsoleV1OrganizationsDelete,
  type SeamConsoleV1OrganizationsDeleteParameters,
  type SeamConsoleV1OrganizationsDeleteOptions,
  type SeamConsoleV1OrganizationsDeleteRequest,
  seamConsoleV1OrganizationsGet,
  type SeamConsoleV1OrganizationsGetParameters,
  type SeamConsoleV1OrganizationsGetOptions,
  type SeamConsoleV1OrganizationsGetRequest,
  seamConsoleV1OrganizationsList,
  type SeamConsoleV1OrganizationsListParameters,
  type SeamConsoleV1OrganizationsListOptions,
  type SeamConsoleV1OrganizationsListRequest,
  seamConsoleV1OrganizationsUpdate,
  type SeamConsoleV1OrganizationsUpdateParameters,
  type SeamConsoleV1OrganizationsUpdateOptions,
  type SeamConsoleV1OrganizationsUpdateRequest,
  seamConsoleV1OrganizationsUploadLogo,
  type SeamConsoleV1OrganizationsUploadLogoParameters,
  type SeamConsoleV1OrganizationsUploadLogoOptions,
  type SeamConsoleV1OrganizationsUploadLogoRequest,
} from './routes/seam-console-v1-organizations.js'
import {
  seamConsoleV1SitesCreate,
  type SeamConsoleV1SitesCreateParameters,
  type SeamConsoleV1SitesCreateOptions,
  type SeamConsoleV1SitesCreateRequest,
  seamConsoleV1SitesDelete,
  type SeamConsoleV1SitesDeleteParameters,
  type SeamConsoleV1SitesDeleteOptions,
  type SeamConsoleV1SitesDeleteRequest,
  seamConsoleV1SitesList,
  type SeamConsoleV1SitesListParameters,
  type SeamConsoleV1SitesListOptions,
  type SeamConsoleV1SitesListRequest,
  seamConsoleV1SitesUpdate,
  type SeamConsoleV1SitesUpdateParameters,
  type SeamConsoleV1SitesUpdateOptions,
  type SeamConsoleV1SitesUpdateRequest,
} from './routes/seam-console-v1-sites.js'
import {
  seamConsoleV1TimelinesGet,
  type SeamConsoleV1TimelinesGetParameters,
  type SeamConsoleV1TimelinesGetOptions,
  type SeamConsoleV1TimelinesGetRequest,
} from './routes/seam-console-v1-timelines.js'
import {
  seamConsoleV1WorkspaceFeatureFlagsList,
  type SeamConsoleV1WorkspaceFeatureFlagsListParameters,
  type SeamConsoleV1WorkspaceFeatureFlagsListOptions,
  type SeamConsoleV1WorkspaceFeatureFlagsListRequest,
  seamConsoleV1WorkspaceFeatureFlagsUpdate,
  type SeamConsoleV1WorkspaceFeatureFlagsUpdateParameters,
  type SeamConsoleV1WorkspaceFeatureFlagsUpdateOptions,
  type SeamConsoleV1WorkspaceFeatureFlagsUpdateRequest,
} from './routes/seam-console-v1-workspace-feature-flags.js'
import {
  seamConsoleV1GetResourceLocator,
  type SeamConsoleV1GetResourceLocatorParameters,
  type SeamConsoleV1GetResourceLocatorOptions,
  type SeamConsoleV1GetResourceLocatorRequest,
} from './routes/seam-console-v1.js'
import {
  seamCustomerV1AccessGrantsList,
  type SeamCustomerV1AccessGrantsListParameters,
  type SeamCustomerV1AccessGrantsListOptions,
  type SeamCustomerV1AccessGrantsListRequest,
  seamCustomerV1AccessGrantsUpdate,
  type SeamCustomerV1AccessGrantsUpdateParameters,
  type SeamCustomerV1AccessGrantsUpdateOptions,
  type SeamCustomerV1AccessGrantsUpdateRequest,
} from './routes/seam-customer-v1-access-grants.js'
import {
  seamCustomerV1AccessMethodsEncode,
  type SeamCustomerV1AccessMethodsEncodeParameters,
  type SeamCustomerV1AccessMethodsEncodeOptions,
  type SeamCustomerV1AccessMethodsEncodeRequest,
} from './routes/seam-customer-v1-access-methods.js'
import {
  seamCustomerV1AutomationRunsList,
  type SeamCustomerV1AutomationRunsListParameters,
  type SeamCustomerV1AutomationRunsListOptions,
  type SeamCustomerV1AutomationRunsListRequest,
} from './routes/seam-customer-v1-automation-runs.js'
import {
  seamCustomerV1AutomationsDelete,
  type SeamCustomerV1AutomationsDeleteParameters,
  type SeamCustomerV1AutomationsDeleteOptions,
  type SeamCustomerV1AutomationsDeleteRequest,
  seamCustomerV1AutomationsGet,
  type SeamCustomerV1AutomationsGetParameters,
  type SeamCustomerV1AutomationsGetOptions,
  type SeamCustomerV1AutomationsGetRequest,
  seamCustomerV1AutomationsUpdate,
  type SeamCustomerV1AutomationsUpdateParameters,
  type SeamCustomerV1AutomationsUpdateOptions,
  type SeamCustomerV1AutomationsUpdateRequest,
} from './routes/seam-customer-v1-automations.js'
import {
  seamCustomerV1ConnectorCustomersList,
  type SeamCustomerV1ConnectorCustomersListParameters,
  type SeamCustomerV1ConnectorCustomersListOptions,
  type SeamCustomerV1ConnectorCustomersListRequest,
} from './routes/seam-customer-v1-connector-customers.js'
import {
  seamCustomerV1ConnectorsExternalSitesList,
  type SeamCustomerV1ConnectorsExternalSitesListParameters,
  type SeamCustomerV1ConnectorsExternalSitesListOptions,
  type SeamCustomerV1ConnectorsExternalSitesListRequest,
} from './routes/seam-customer-v1-connectors-external-sites.js'
import {
  seamCustomerV1ConnectorsIcalValidateConfig,
  type SeamCustomerV1ConnectorsIcalValidateConfigParameters,
  type SeamCustomerV1ConnectorsIcalValidateConfigOptions,
  type SeamCustomerV1ConnectorsIcalValidateConfigRequest,
} from './routes/seam-customer-v1-connectors-ical.js'
import {
  seamCustomerV1ConnectorsAuthorize,
  type SeamCustomerV1ConnectorsAuthorizeParameters,
  type SeamCustomerV1ConnectorsAuthorizeOptions,
  type SeamCustomerV1ConnectorsAuthorizeRequest,
  seamCustomerV1ConnectorsConnectorTypes,
  type SeamCustomerV1ConnectorsConnectorTypesParameters,
  type SeamCustomerV1ConnectorsConnectorTypesOptions,
  type SeamCustomerV1ConnectorsConnectorTypesRequest,
  seamCustomerV1ConnectorsCreate,
  type SeamCustomerV1ConnectorsCreateParameters,
  type SeamCustomerV1ConnectorsCreateOptions,
  type SeamCustomerV1ConnectorsCreateRequest,
  seamCustomerV1ConnectorsDelete,
  type SeamCustomerV1ConnectorsDeleteParameters,
  type SeamCustomerV1ConnectorsDeleteOptions,
  type SeamCustomerV1ConnectorsDeleteRequest,
  seamCustomerV1ConnectorsList,
  type SeamCustomerV1ConnectorsListParameters,
  type SeamCustomerV1ConnectorsListOptions,
  type SeamCustomerV1ConnectorsListRequest,
  seamCustomerV1ConnectorsSync,
  type SeamCustomerV1ConnectorsSyncParameters,
  type SeamCustomerV1ConnectorsSyncOptions,
  type SeamCustomerV1ConnectorsSyncRequest,
  seamCustomerV1ConnectorsUpdate,
  type SeamCustomerV1ConnectorsUpdateParameters,
  type SeamCustomerV1ConnectorsUpdateOptions,
  type SeamCustomerV1ConnectorsUpdateRequest,
} from './routes/seam-customer-v1-connectors.js'
import {
  seamCustomerV1CustomersAutomationsGet,
  type SeamCustomerV1CustomersAutomationsGetParameters,
  type SeamCustomerV1CustomersAutomationsGetOptions,
  type SeamCustomerV1CustomersAutomationsGetRequest,
  seamCustomerV1CustomersAutomationsUpdate,
  type SeamCustomerV1CustomersAutomationsUpdateParameters,
  type SeamCustomerV1CustomersAutomationsUpdateOptions,
  type SeamCustomerV1CustomersAutomationsUpdateRequest,
} from './routes/seam-customer-v1-customers-automations.js'
import {
  seamCustomerV1CustomersList,
  type SeamCustomerV1CustomersListParameters,
  type SeamCustomerV1CustomersListOptions,
  type SeamCustomerV1CustomersListRequest,
  seamCustomerV1CustomersMe,
  type SeamCustomerV1CustomersMeParameters,
  type SeamCustomerV1CustomersMeOptions,
  type SeamCustomerV1CustomersMeRequest,
  seamCustomerV1CustomersOpenPortal,
  type SeamCustomerV1CustomersOpenPortalParameters,
  type SeamCustomerV1CustomersOpenPortalOptions,
  type SeamCustomerV1CustomersOpenPortalRequest,
} from './routes/seam-customer-v1-customers.js'
import {
  seamCustomerV1EncodersList,
  type SeamCustomerV1EncodersListParameters,
  type SeamCustomerV1EncodersListOptions,
  type SeamCustomerV1EncodersListRequest,
} from './routes/seam-customer-v1-encoders.js'
import {
  seamCustomerV1EventsList,
  type SeamCustomerV1EventsListParameters,
  type SeamCustomerV1EventsListOptions,
  type SeamCustomerV1EventsListRequest,
} from './routes/seam-customer-v1-events.js'
import {
  seamCustomerV1PortalsGet,
  type SeamCustomerV1PortalsGetParameters,
  type SeamCustomerV1PortalsGetOptions,
  type SeamCustomerV1PortalsGetRequest,
  seamCustomerV1PortalsUpdate,
  type SeamCustomerV1PortalsUpdateParameters,
  type SeamCustomerV1PortalsUpdateOptions,
  type SeamCustomerV1PortalsUpdateRequest,
} from './routes/seam-customer-v1-portals.js'
import {
  seamCustomerV1ReservationsGet,
  type SeamCustomerV1ReservationsGetParameters,
  type SeamCustomerV1ReservationsGetOptions,
  type SeamCustomerV1ReservationsGetRequest,
  seamCustomerV1ReservationsList,
  type SeamCustomerV1ReservationsListParameters,
  type SeamCustomerV1ReservationsListOptions,
  type SeamCustomerV1ReservationsListRequest,
  seamCustomerV1ReservationsListAccessGrants,
  type SeamCustomerV1ReservationsListAccessGrantsParameters,
  type SeamCustomerV1ReservationsListAccessGrantsOptions,
  type SeamCustomerV1ReservationsListAccessGrantsRequest,
} from './routes/seam-customer-v1-reservations.js'
import {
  seamCustomerV1SettingsBusinessVerticalsList,
  type SeamCustomerV1SettingsBusinessVerticalsListParameters,
  type SeamCustomerV1SettingsBusinessVerticalsListOptions,
  type SeamCustomerV1SettingsBusinessVerticalsListRequest,
} from './routes/seam-customer-v1-settings-business-verticals.js'
import {
  seamCustomerV1SettingsVerticalResourceAliasesGet,
  type SeamCustomerV1SettingsVerticalResourceAliasesGetParameters,
  type SeamCustomerV1SettingsVerticalResourceAliasesGetOptions,
  type SeamCustomerV1SettingsVerticalResourceAliasesGetRequest,
} from './routes/seam-customer-v1-settings-vertical-resource-aliases.js'
import {
  seamCustomerV1SettingsGet,
  type SeamCustomerV1SettingsGetParameters,
  type SeamCustomerV1SettingsGetOptions,
  type SeamCustomerV1SettingsGetRequest,
  seamCustomerV1SettingsUpdate,
  type SeamCustomerV1SettingsUpdateParameters,
  type SeamCustomerV1SettingsUpdateOptions,
  type SeamCustomerV1SettingsUpdateRequest,
} from './routes/seam-customer-v1-settings.js'
import {
  seamCustomerV1SpacesCreate,
  type SeamCustomerV1SpacesCreateParameters,
  type SeamCustomerV1SpacesCreateOptions,
  type SeamCustomerV1SpacesCreateRequest,
  seamCustomerV1SpacesList,
  type SeamCustomerV1SpacesListParameters,
  type SeamCustomerV1SpacesListOptions,
  type SeamCustomerV1SpacesListRequest,
  seamCustomerV1SpacesListReservations,
  type SeamCustomerV1SpacesListReservationsParameters,
  type SeamCustomerV1SpacesListReservationsOptions,
  type SeamCustomerV1SpacesListReservationsRequest,
  seamCustomerV1SpacesPushCommonAreas,
  type SeamCustomerV1SpacesPushCommonAreasParameters,
  type SeamCustomerV1SpacesPushCommonAreasOptions,
  type SeamCustomerV1SpacesPushCommonAreasRequest,
} from './routes/seam-customer-v1-spaces.js'
import {
  seamCustomerV1StaffMembersGet,
  type SeamCustomerV1StaffMembersGetParameters,
  type SeamCustomerV1StaffMembersGetOptions,
  type SeamCustomerV1StaffMembersGetRequest,
  seamCustomerV1StaffMembersList,
  type SeamCustomerV1StaffMembersListParameters,
  type SeamCustomerV1StaffMembersListOptions,
  type SeamCustomerV1StaffMembersListRequest,
} from './routes/seam-customer-v1-staff-members.js'
import {
  seamInstantKeyV1ClientSessionsExchangeShortCode,
  type SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters,
  type SeamInstantKeyV1ClientSessionsExchangeShortCodeOptions,
  type SeamInstantKeyV1ClientSessionsExchangeShortCodeRequest,
} from './routes/seam-instant-key-v1-client-sessions.js'
import {
  seamInstantKeyV1PreviewGet,
  type SeamInstantKeyV1PreviewGetParameters,
  type SeamInstantKeyV1PreviewGetOptions,
  type SeamInstantKeyV1PreviewGetRequest,
} from './routes/seam-instant-key-v1-preview.js'
import {
  seamMcpV1CreateRoToken,
  type SeamMcpV1CreateRoTokenParameters,
  type SeamMcpV1CreateRoTokenOptions,
  type SeamMcpV1CreateRoTokenRequest,
} from './routes/seam-mcp-v1.js'
import {
  seamMobileSdkV1AcsCredentialsList,
  type SeamMobileSdkV1AcsCredentialsListParameters,
  type SeamMobileSdkV1AcsCredentialsListOptions,
  type SeamMobileSdkV1AcsCredentialsListRequest,
} from './routes/seam-mobile-sdk-v1-acs-credentials.js'
import {
  seamMobileSdkV1PhoneSessionsGetOrCreate,
  type SeamMobileSdkV1PhoneSessionsGetOrCreateParameters,
  type SeamMobileSdkV1PhoneSessionsGetOrCreateOptions,
  type SeamMobileSdkV1PhoneSessionsGetOrCreateRequest,
} from './routes/seam-mobile-sdk-v1-phone-sessions.js'
import {
  seamMobileSdkV1ReportSaltoSpaceAuditTrail,
  type SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters,
  type SeamMobileSdkV1ReportSaltoSpaceAuditTrailOptions,
  type SeamMobileSdkV1ReportSaltoSpaceAuditTrailRequest,
} from './routes/seam-mobile-sdk-v1.js'
import {
  seamPartnerV1BuildingBlocksSpacesAutoMap,
  type SeamPartnerV1BuildingBlocksSpacesAutoMapParameters,
  type SeamPartnerV1BuildingBlocksSpacesAutoMapOptions,
  type SeamPartnerV1BuildingBlocksSpacesAutoMapRequest,
} from './routes/seam-partner-v1-building-blocks-spaces.js'
import {
  seamWebhooksByProviderBySubscriptionId,
  type SeamWebhooksByProviderBySubscriptionIdParameters,
  type SeamWebhooksByProviderBySubscriptionIdOptions,
  type SeamWebhooksByProviderBySubscriptionIdRequest,
} from './routes/seam-webhooks-by-provider.js'
import {
  spacesAddAcsEntrances,
  type SpacesAddAcsEntrancesParameters,
  type SpacesAddAcsEntrancesOptions,
  type SpacesAddAcsEntrancesRequest,
  spacesAddConnectedAccount,
  type SpacesAddConnectedAccountParameters,
  type SpacesAddConnectedAccountOptions,
  type SpacesAddConnectedAccountRequest,
  spacesAddDevices,
  type SpacesAddDevicesParameters,
  type SpacesAddDevicesOptions,
  type SpacesAddDevicesRequest,
  spacesCreate,
  type SpacesCreateParameters,
  type SpacesCreateOptions,
  type SpacesCreateRequest,
  spacesDelete,
  type SpacesDeleteParameters,
  type SpacesDeleteOptions,
  type SpacesDeleteRequest,
  spacesGet,
  type SpacesGetParameters,
  type SpacesGetOptions,
  type SpacesGetRequest,
  spacesGetRelated,
  type SpacesGetRelatedParameters,
  type SpacesGetRelatedOptions,
  type SpacesGetRelatedRequest,
  spacesList,
  type SpacesListParameters,
  type SpacesListOptions,
  type SpacesListRequest,
  spacesRemoveAcsEntrances,
  type SpacesRemoveAcsEntrancesParameters,
  type SpacesRemoveAcsEntrancesOptions,
  type SpacesRemoveAcsEntrancesRequest,
  spacesRemoveConnectedAccount,
  type SpacesRemoveConnectedAccountParameters,
  type SpacesRemoveConnectedAccountOptions,
  type SpacesRemoveConnectedAccountRequest,
  spacesRemoveDevices,
  type SpacesRemoveDevicesParameters,
  type SpacesRemoveDevicesOptions,
  type SpacesRemoveDevicesRequest,
  spacesUpdate,
  type SpacesUpdateParameters,
  type SpacesUpdateOptions,
  type SpacesUpdateRequest,
} from './routes/spaces.js'
import {
  thermostatsDailyProgramsCreate,
  type ThermostatsDailyProgramsCreateParameters,
  type ThermostatsDailyProgramsCreateOptions,
  type ThermostatsDailyProgramsCreateRequest,
  thermostatsDailyProgramsDelete,
  type ThermostatsDailyProgramsDeleteParameters,
  type ThermostatsDailyProgramsDeleteOptions,
  type ThermostatsDailyProgramsDeleteRequest,
  thermostatsDailyProgramsUpdate,
  type ThermostatsDailyProgramsUpdateParameters,
  type ThermostatsDailyProgramsUpdateOptions,
  type ThermostatsDailyProgramsUpdateRequest,
} from './routes/thermostats-daily-programs.js'
import {
  thermostatsSchedulesCreate,
  type ThermostatsSchedulesCreateParameters,
  type ThermostatsSchedulesCreateOptions,
  type ThermostatsSchedulesCreateRequest,
  thermostatsSchedulesDelete,
  type ThermostatsSchedulesDeleteParameters,
  type ThermostatsSchedulesDeleteOptions,
  type ThermostatsSchedulesDeleteRequest,
  thermostatsSchedulesGet,
  type ThermostatsSchedulesGetParameters,
  type ThermostatsSchedulesGetOptions,
  type ThermostatsSchedulesGetRequest,
  thermostatsSchedulesList,
  type ThermostatsSchedulesListParameters,
  type ThermostatsSchedulesListOptions,
  type ThermostatsSchedulesListRequest,
  thermostatsSchedulesUpdate,
  type ThermostatsSchedulesUpdateParameters,
  type ThermostatsSchedulesUpdateOptions,
  type ThermostatsSchedulesUpdateRequest,
} from './routes/thermostats-schedules.js'
import {
  thermostatsSimulateHvacModeAdjusted,
  type ThermostatsSimulateHvacModeAdjustedParameters,
  type ThermostatsSimulateHvacModeAdjustedOptions,
  type ThermostatsSimulateHvacModeAdjustedRequest,
  thermostatsSimulateTemperatureReached,
  type ThermostatsSimulateTemperatureReachedParameters,
  type ThermostatsSimulateTemperatureReachedOptions,
  type ThermostatsSimulateTemperatureReachedRequest,
} from './routes/thermostats-simulate.js'
import {
  thermostatsActivateClimatePreset,
  type ThermostatsActivateClimatePresetParameters,
  type ThermostatsActivateClimatePresetOptions,
  type ThermostatsActivateClimatePresetRequest,
  thermostatsCool,
  type ThermostatsCoolParameters,
  type ThermostatsCoolOptions,
  type ThermostatsCoolRequest,
  thermostatsCreateClimatePreset,
  type ThermostatsCreateClimatePresetParameters,
  type ThermostatsCreateClimatePresetOptions,
  type ThermostatsCreateClimatePresetRequest,
  thermostatsDeleteClimatePreset,
  type ThermostatsDeleteClimatePresetParameters,
  type ThermostatsDeleteClimatePresetOptions,
  type ThermostatsDeleteClimatePresetRequest,
  thermostatsGet,
  type ThermostatsGetParameters,
  type ThermostatsGetOptions,
  type ThermostatsGetRequest,
  thermostatsHeat,
  type ThermostatsHeatParameters,
  type ThermostatsHeatOptions,
  type ThermostatsHeatRequest,
  thermostatsHeatCool,
  type ThermostatsHeatCoolParameters,
  type ThermostatsHeatCoolOptions,
  type ThermostatsHeatCoolRequest,
  thermostatsList,
  type ThermostatsListParameters,
  type ThermostatsListOptions,
  type ThermostatsListRequest,
  thermostatsOff,
  type ThermostatsOffParameters,
  type ThermostatsOffOptions,
  type ThermostatsOffRequest,
  thermostatsSetFallbackClimatePreset,
  type ThermostatsSetFallbackClimatePresetParameters,
  type ThermostatsSetFallbackClimatePresetOptions,
  type ThermostatsSetFallbackClimatePresetRequest,
  thermostatsSetFanMode,
  type ThermostatsSetFanModeParameters,
  type ThermostatsSetFanModeOptions,
  type ThermostatsSetFanModeRequest,
  thermostatsSetHvacMode,
  type ThermostatsSetHvacModeParameters,
  type ThermostatsSetHvacModeOptions,
  type ThermostatsSetHvacModeRequest,
  thermostatsSetTemperatureThreshold,
  type ThermostatsSetTemperatureThresholdParameters,
  type ThermostatsSetTemperatureThresholdOptions,
  type ThermostatsSetTemperatureThresholdRequest,
  thermostatsUpdateClimatePreset,
  type ThermostatsUpdateClimatePresetParameters,
  type ThermostatsUpdateClimatePresetOptions,
  type ThermostatsUpdateClimatePresetRequest,
  thermostatsUpdateWeeklyProgram,
  type ThermostatsUpdateWeeklyProgramParameters,
  type ThermostatsUpdateWeeklyProgramOptions,
  type ThermostatsUpdateWeeklyProgramRequest,
} from './routes/thermostats.js'
import {
  unstablePartnerBuildingBlocksConnectAccounts,
  type UnstablePartnerBuildingBlocksConnectAccountsParameters,
  type UnstablePartnerBuildingBlocksConnectAccountsOptions,
  type UnstablePartnerBuildingBlocksConnectAccountsRequest,
  unstablePartnerBuildingBlocksGenerateMagicLink,
  type UnstablePartnerBuildingBlocksGenerateMagicLinkParameters,
  type UnstablePartnerBuildingBlocksGenerateMagicLinkOptions,
  type UnstablePartnerBuildingBlocksGenerateMagicLinkRequest,
  unstablePartnerBuildingBlocksManageDevices,
  type UnstablePartnerBuildingBlocksManageDevicesParameters,
  type UnstablePartnerBuildingBlocksManageDevicesOptions,
  type UnstablePartnerBuildingBlocksManageDevicesRequest,
  unstablePartnerBuildingBlocksOrganizeSpaces,
  type UnstablePartnerBuildingBlocksOrganizeSpacesParameters,
  type UnstablePartnerBuildingBlocksOrganizeSpacesOptions,
  type UnstablePartnerBuildingBlocksOrganizeSpacesRequest,
} from './routes/unstable-partner-building-blocks.js'
import {
  userIdentitiesEnrollmentAutomationsDelete,
  type UserIdentitiesEnrollmentAutomationsDeleteParameters,
  type UserIdentitiesEnrollmentAutomationsDeleteOptions,
  type UserIdentitiesEnrollmentAutomationsDeleteRequest,
  userIdentitiesEnrollmentAutomationsGet,
  type UserIdentitiesEnrollmentAutomationsGetParameters,
  type UserIdentitiesEnrollmentAutomationsGetOptions,
  type UserIdentitiesEnrollmentAutomationsGetRequest,
  userIdentitiesEnrollmentAutomationsLaunch,
  type UserIdentitiesEnrollmentAutomationsLaunchParameters,
  type UserIdentitiesEnrollmentAutomationsLaunchOptions,
  type UserIdentitiesEnrollmentAutomationsLaunchRequest,
  userIdentitiesEnrollmentAutomationsList,
  type UserIdentitiesEnrollmentAutomationsListParameters,
  type UserIdentitiesEnrollmentAutomationsListOptions,
  type UserIdentitiesEnrollmentAutomationsListRequest,
} from './routes/user-identities-enrollment-automations.js'
import {
  userIdentitiesUnmanagedGet,
  type UserIdentitiesUnmanagedGetParameters,
  type UserIdentitiesUnmanagedGetOptions,
  type UserIdentitiesUnmanagedGetRequest,
  userIdentitiesUnmanagedList,
  type UserIdentitiesUnmanagedListParameters,
  type UserIdentitiesUnmanagedListOptions,
  type UserIdentitiesUnmanagedListRequest,
  userIdentitiesUnmanagedUpdate,
  type UserIdentitiesUnmanagedUpdateParameters,
  type UserIdentitiesUnmanagedUpdateOptions,
  type UserIdentitiesUnmanagedUpdateRequest,
} from './routes/user-identities-unmanaged.js'
import {
  userIdentitiesAddAcsUser,
  type UserIdentitiesAddAcsUserParameters,
  type UserIdentitiesAddAcsUserOptions,
  type UserIdentitiesAddAcsUserRequest,
  userIdentitiesCreate,
  type UserIdentitiesCreateParameters,
  type UserIdentitiesCreateOptions,
  type UserIdentitiesCreateRequest,
  userIdentitiesDelete,
  type UserIdentitiesDeleteParameters,
  type UserIdentitiesDeleteOptions,
  type UserIdentitiesDeleteRequest,
  userIdentitiesGenerateInstantKey,
  type UserIdentitiesGenerateInstantKeyParameters,
  type UserIdentitiesGenerateInstantKeyOptions,
  type UserIdentitiesGenerateInstantKeyRequest,
  userIdentitiesGet,
  type UserIdentitiesGetParameters,
  type UserIdentitiesGetOptions,
  type UserIdentitiesGetRequest,
  userIdentitiesGrantAccessToDevice,
  type UserIdentitiesGrantAccessToDeviceParameters,
  type UserIdentitiesGrantAccessToDeviceOptions,
  type UserIdentitiesGrantAccessToDeviceRequest,
  userIdentitiesList,
  type UserIdentitiesListParameters,
  type UserIdentitiesListOptions,
  type UserIdentitiesListRequest,
  userIdentitiesListAccessibleDevices,
  type UserIdentitiesListAccessibleDevicesParameters,
  type UserIdentitiesListAccessibleDevicesOptions,
  type UserIdentitiesListAccessibleDevicesRequest,
  userIdentitiesListAccessibleEntrances,
  type UserIdentitiesListAccessibleEntrancesParameters,
  type UserIdentitiesListAccessibleEntrancesOptions,
  type UserIdentitiesListAccessibleEntrancesRequest,
  userIdentitiesListAcsSystems,
  type UserIdentitiesListAcsSystemsParameters,
  type UserIdentitiesListAcsSystemsOptions,
  type UserIdentitiesListAcsSystemsRequest,
  userIdentitiesListAcsUsers,
  type UserIdentitiesListAcsUsersParameters,
  type UserIdentitiesListAcsUsersOptions,
  type UserIdentitiesListAcsUsersRequest,
  userIdentitiesRemoveAcsUser,
  type UserIdentitiesRemoveAcsUserParameters,
  type UserIdentitiesRemoveAcsUserOptions,
  type UserIdentitiesRemoveAcsUserRequest,
  userIdentitiesRevokeAccessToDevice,
  type UserIdentitiesRevokeAccessToDeviceParameters,
  type UserIdentitiesRevokeAccessToDeviceOptions,
  type UserIdentitiesRevokeAccessToDeviceRequest,
  userIdentitiesUpdate,
  type UserIdentitiesUpdateParameters,
  type UserIdentitiesUpdateOptions,
  type UserIdentitiesUpdateRequest,
} from './routes/user-identities.js'
import {
  webhooksCreate,
  type WebhooksCreateParameters,
  type WebhooksCreateOptions,
  type WebhooksCreateRequest,
  webhooksDelete,
  type WebhooksDeleteParameters,
  type WebhooksDeleteOptions,
  type WebhooksDeleteRequest,
  webhooksGet,
  type WebhooksGetParameters,
  type WebhooksGetOptions,
  type WebhooksGetRequest,
  webhooksList,
  type WebhooksListParameters,
  type WebhooksListOptions,
  type WebhooksListRequest,
  webhooksUpdate,
  type WebhooksUpdateParameters,
  type WebhooksUpdateOptions,
  type WebhooksUpdateRequest,
} from './routes/webhooks.js'
import {
  workspacesCustomizationProfilesCreate,
  type WorkspacesCustomizationProfilesCreateParameters,
  type WorkspacesCustomizationProfilesCreateOptions,
  type WorkspacesCustomizationProfilesCreateRequest,
  workspacesCustomizationProfilesGet,
  type WorkspacesCustomizationProfilesGetParameters,
  type WorkspacesCustomizationProfilesGetOptions,
  type WorkspacesCustomizationProfilesGetRequest,
  workspacesCustomizationProfilesList,
  type WorkspacesCustomizationProfilesListParameters,
  type WorkspacesCustomizationProfilesListOptions,
  type WorkspacesCustomizationProfilesListRequest,
  workspacesCustomizationProfilesUpdate,
  type WorkspacesCustomizationProfilesUpdateParameters,
  type WorkspacesCustomizationProfilesUpdateOptions,
  type WorkspacesCustomizationProfilesUpdateRequest,
  workspacesCustomizationProfilesUploadImages,
  type WorkspacesCustomizationProfilesUploadImagesParameters,
  type WorkspacesCustomizationProfilesUploadImagesOptions,
  type WorkspacesCustomizationProfilesUploadImagesRequest,
} from './routes/workspaces-customization-profiles.js'
import {
  workspacesCreate,
  type WorkspacesCreateParameters,
  type WorkspacesCreateOptions,
  type WorkspacesCreateRequest,
  workspacesFindAnything,
  type WorkspacesFindAnythingParameters,
  type WorkspacesFindAnythingOptions,
  type WorkspacesFindAnythingRequest,
  workspacesGet,
  type WorkspacesGetParameters,
  type WorkspacesGetOptions,
  type WorkspacesGetRequest,
  workspacesList,
  type WorkspacesListParameters,
  type WorkspacesListOptions,
  type WorkspacesListRequest,
  workspacesResetSandbox,
  type WorkspacesResetSandboxParameters,
  type WorkspacesResetSandboxOptions,
  type WorkspacesResetSandboxRequest,
  workspacesUpdate,
  type WorkspacesUpdateParameters,
  type WorkspacesUpdateOptions,
  type WorkspacesUpdateRequest,
} from './routes/workspaces.js'

/** A client of the Seam Connect API with every operation named by its path: `seam['/devices/list']({ limit: 20 })`. It is made as `SeamHttp` is. */
export class SeamHttpEndpoints extends SeamHttpBase {
  /**
   * Create an Access Code
   *
   * Creates a new [access code](https://docs.seam.co/low-level-apis/access-codes). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they work across both standalone smart locks and access control systems and manage the underlying codes for you. Use this low-level endpoint only when you need direct control over a code on a single device, such as setting a custom PIN value.
   */
  get '/access_codes/create'(): (
    parameters: AccessCodesCreateParameters,
    options?: AccessCodesCreateOptions,
  ) => AccessCodesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesCreate(client, parameters, options)
  }

  /**
   * Create Multiple Linked Access Codes
   *
   * Creates new [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes) that share a common code across multiple devices.
   *
   * Users with more than one door lock in a property may want to create groups of linked access codes, all of which have the same code (PIN). For example, a short-term rental host may want to provide guests the same PIN for both a front door lock and a back door lock.
   *
   * If you specify a custom code, Seam assigns this custom code to each of the resulting access codes. However, in this case, Seam does not link these access codes together with a `common_code_key`. That is, `common_code_key` remains null for these access codes.
   *
   * If you want to change these access codes that are not linked by a `common_code_key`, you cannot use `/access_codes/update_multiple`. However, you can update each of these access codes individually, using `/access_codes/update`.
   *
   * See also [Creating and Updating Multiple Linked Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/creating-and-updating-multiple-linked-access-codes).
   *
   * For granting a person access to a space, [Access Grants](https://docs.seam.co/use-cases/granting-access) are the default and recommended approach and work across both standalone smart locks and access systems. Use the lower-level Access Codes API directly only when you specifically need to manage individual PIN codes.
   */
  get '/access_codes/create_multiple'(): (
    parameters: AccessCodesCreateMultipleParameters,
    options?: AccessCodesCreateMultipleOptions,
  ) => AccessCodesCreateMultipleRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesCreateMultiple(client, parameters, options)
  }

  /**
   * Delete an Access Code
   *
   * Deletes an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   */
  get '/access_codes/delete'(): (
    parameters: AccessCodesDeleteParameters,
    options?: AccessCodesDeleteOptions,
  ) => AccessCodesDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesDelete(client, parameters, options)
  }

  /**
   * Generate a Code
   *
   * Generates a code for an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes), given a device ID.
   */
  get '/access_codes/generate_code'(): (
    parameters: AccessCodesGenerateCodeParameters,
    options?: AccessCodesGenerateCodeOptions,
  ) => AccessCodesGenerateCodeRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesGenerateCode(client, parameters, options)
  }

  /**
   * Get an Access Code
   *
   * Returns a specified [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   *
   * You must specify either `access_code_id` or both `device_id` and `code`.
   */
  get '/access_codes/get'(): (
    parameters?: AccessCodesGetParameters,
    options?: AccessCodesGetOptions,
  ) => AccessCodesGetRequest {
    const { client } = this
    return (parameters, options) => accessCodesGet(client, parameters, options)
  }

  /**
   * Get Access Code Timeline
   *
   * Returns a chronological timeline of events for an access code.
   *
   * The timeline includes state changes (create, update, delete), delivery lifecycle events
   * (programming attempts, success/failure), and related device events.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/access_codes/get_timeline'(): (
    parameters: AccessCodesGetTimelineParameters,
    options?: AccessCodesGetTimelineOptions,
  ) => AccessCodesGetTimelineRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesGetTimeline(client, parameters, options)
  }

  /**
   * List Access Codes
   *
   * Returns a list of all [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   *
   * Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
   */
  get '/access_codes/list'(): (
    parameters?: AccessCodesListParameters,
    options?: AccessCodesListOptions,
  ) => AccessCodesListRequest {
    const { client } = this
    return (parameters, options) => accessCodesList(client, parameters, options)
  }

  /**
   * Pull a Backup Access Code
   *
   * Retrieves a backup access code for an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes). See also [Managing Backup Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes).
   *
   * A backup access code pool is a collection of pre-programmed access codes stored on a device, ready for use. These codes are programmed in addition to the regular access codes on Seam, serving as a safety net for any issues with the primary codes. If there's ever a complication with a primary access code—be it due to intermittent connectivity, manual removal from a device, or provider outages—a backup code can be retrieved. Its end time can then be adjusted to align with the original code, facilitating seamless and uninterrupted access.
   *
   * You can pull a backup access code from the pool at any time. These backup codes are guaranteed to work immediately and automatically programmed to be removed from the device after the access code ends.
   *
   * You can only pull backup access codes for time-bound access codes.
   *
   * Before pulling a backup access code, make sure that the device's `properties.supports_backup_access_code_pool` is `true`. Then, to activate the backup pool, set `use_backup_access_code_pool` to `true` when creating an access code.
   */
  get '/access_codes/pull_backup_access_code'(): (
    parameters: AccessCodesPullBackupAccessCodeParameters,
    options?: AccessCodesPullBackupAccessCodeOptions,
  ) => AccessCodesPullBackupAccessCodeRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesPullBackupAccessCode(client, parameters, options)
  }

  /**
   * Report Device Access Code Constraints
   *
   * Enables you to report access code-related constraints for a device. Currently, supports reporting supported code length constraints for SmartThings devices.
   *
   * Specify either `supported_code_lengths` or `min_code_length`/`max_code_length`.
   */
  get '/access_codes/report_device_constraints'(): (
    parameters: AccessCodesReportDeviceConstraintsParameters,
    options?: AccessCodesReportDeviceConstraintsOptions,
  ) => AccessCodesReportDeviceConstraintsRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesReportDeviceConstraints(client, parameters, options)
  }

  /**
   * Simulate Creating an Unmanaged Access Code
   *
   * Simulates the creation of an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  get '/access_codes/simulate/create_unmanaged_access_code'(): (
    parameters: AccessCodesSimulateCreateUnmanagedAccessCodeParameters,
    options?: AccessCodesSimulateCreateUnmanagedAccessCodeOptions,
  ) => AccessCodesSimulateCreateUnmanagedAccessCodeRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesSimulateCreateUnmanagedAccessCode(client, parameters, options)
  }

  /**
   * Convert an Unmanaged Access Code
   *
   * Converts an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) to an [access code managed through Seam](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   *
   * An unmanaged access code has a limited set of operations that you can perform on it. Once you convert an unmanaged access code to a managed access code, the full set of access code operations and lifecycle events becomes available for it.
   *
   * Note that not all device providers support converting an unmanaged access code to a managed access code.
   */
  get '/access_codes/unmanaged/convert_to_managed'(): (
    parameters: AccessCodesUnmanagedConvertToManagedParameters,
    options?: AccessCodesUnmanagedConvertToManagedOptions,
  ) => AccessCodesUnmanagedConvertToManagedRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesUnmanagedConvertToManaged(client, parameters, options)
  }

  /**
   * Delete an Unmanaged Access Code
   *
   * Deletes an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   */
  get '/access_codes/unmanaged/delete'(): (
    parameters: AccessCodesUnmanagedDeleteParameters,
    options?: AccessCodesUnmanagedDeleteOptions,
  ) => AccessCodesUnmanagedDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesUnmanagedDelete(client, parameters, options)
  }

  /**
   * Get an Unmanaged Access Code
   *
   * Returns a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   *
   * You must specify either `access_code_id` or both `device_id` and `code`.
   */
  get '/access_codes/unmanaged/get'(): (
    parameters?: AccessCodesUnmanagedGetParameters,
    options?: AccessCodesUnmanagedGetOptions,
  ) => AccessCodesUnmanagedGetRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesUnmanagedGet(client, parameters, options)
  }

  /**
   * List Unmanaged Access Codes
   *
   * Returns a list of all [unmanaged access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   */
  get '/access_codes/unmanaged/list'(): (
    parameters: AccessCodesUnmanagedListParameters,
    options?: AccessCodesUnmanagedListOptions,
  ) => AccessCodesUnmanagedListRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesUnmanagedList(client, parameters, options)
  }

  /**
   * Update an Unmanaged Access Code
   *
   * Updates a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).
   */
  get '/access_codes/unmanaged/update'(): (
    parameters: AccessCodesUnmanagedUpdateParameters,
    options?: AccessCodesUnmanagedUpdateOptions,
  ) => AccessCodesUnmanagedUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesUnmanagedUpdate(client, parameters, options)
  }

  /**
   * Update an Access Code
   *
   * Updates a specified active or upcoming [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   *
   * See also [Modifying Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/modifying-access-codes).
   */
  get '/access_codes/update'(): (
    parameters: AccessCodesUpdateParameters,
    options?: AccessCodesUpdateOptions,
  ) => AccessCodesUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesUpdate(client, parameters, options)
  }

  /**
   * Update Multiple Linked Access Codes
   *
   * Updates [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes) that share a common code across multiple devices.
   *
   * Specify the `common_code_key` to identify the set of access codes that you want to update.
   *
   * See also [Update Linked Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/creating-and-updating-multiple-linked-access-codes#update-linked-access-codes).
   */
  get '/access_codes/update_multiple'(): (
    parameters: AccessCodesUpdateMultipleParameters,
    options?: AccessCodesUpdateMultipleOptions,
  ) => AccessCodesUpdateMultipleRequest {
    const { client } = this
    return (parameters, options) =>
      accessCodesUpdateMultiple(client, parameters, options)
  }

  /**
   * Create an Access Grant
   *
   * Creates a new [Access Grant](https://docs.seam.co/use-cases/granting-access/access-grants). Access Grants are the default and recommended way to grant a user access to any physical space, irrespective of the locking hardware. They work with both standalone smart locks (using `device_ids`) and access control systems (using `acs_entrance_ids` or `space_ids`), and can issue PIN codes, key cards, and mobile keys through a single request.
   */
  get '/access_grants/create'(): (
    parameters: AccessGrantsCreateParameters,
    options?: AccessGrantsCreateOptions,
  ) => AccessGrantsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      accessGrantsCreate(client, parameters, options)
  }

  /**
   * Delete an Access Grant
   *
   * Delete an Access Grant.
   */
  get '/access_grants/delete'(): (
    parameters: AccessGrantsDeleteParameters,
    options?: AccessGrantsDeleteOptions,
  ) => AccessGrantsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      accessGrantsDelete(client, parameters, options)
  }

  /**
   * Get an Access Grant
   *
   * Get an Access Grant.
   */
  get '/access_grants/get'(): (
    parameters: AccessGrantsGetParameters,
    options?: AccessGrantsGetOptions,
  ) => AccessGrantsGetRequest {
    const { client } = this
    return (parameters, options) => accessGrantsGet(client, parameters, options)
  }

  /**
   * Get related Access Grant resources
   *
   * Gets all related resources for one or more Access Grants.
   */
  get '/access_grants/get_related'(): (
    parameters?: AccessGrantsGetRelatedParameters,
    options?: AccessGrantsGetRelatedOptions,
  ) => AccessGrantsGetRelatedRequest {
    const { client } = this
    return (parameters, options) =>
      accessGrantsGetRelated(client, parameters, options)
  }

  /**
   * List Access Grants
   *
   * Gets an Access Grant.
   */
  get '/access_grants/list'(): (
    parameters?: AccessGrantsListParameters,
    options?: AccessGrantsListOptions,
  ) => AccessGrantsListRequest {
    const { client } = this
    return (parameters, options) =>
      accessGrantsList(client, parameters, options)
  }

  /**
   * Add Requested Access Methods to Access Grant
   *
   * Adds additional requested access methods to an existing Access Grant.
   */
  get '/access_grants/request_access_methods'(): (
    parameters: AccessGrantsRequestAccessMethodsParameters,
    options?: AccessGrantsRequestAccessMethodsOptions,
  ) => AccessGrantsRequestAccessMethodsRequest {
    const { client } = this
    return (parameters, options) =>
      accessGrantsRequestAccessMethods(client, parameters, options)
  }

  /**
   * Get an Unmanaged Access Grant
   *
   * Get an unmanaged Access Grant (where is_managed = false).
   */
  get '/access_grants/unmanaged/get'(): (
    parameters: AccessGrantsUnmanagedGetParameters,
    options?: AccessGrantsUnmanagedGetOptions,
  ) => AccessGrantsUnmanagedGetRequest {
    const { client } = this
    return (parameters, options) =>
      accessGrantsUnmanagedGet(client, parameters, options)
  }

  /**
   * List Unmanaged Access Grants
   *
   * Gets unmanaged Access Grants (where is_managed = false).
   */
  get '/access_grants/unmanaged/list'(): (
    parameters?: AccessGrantsUnmanagedListParameters,
    options?: AccessGrantsUnmanagedListOptions,
  ) => AccessGrantsUnmanagedListRequest {
    const { client } = this
    return (parameters, options) =>
      accessGrantsUnmanagedList(client, parameters, options)
  }

  /**
   * Update an Unmanaged Access Grant
   *
   * Updates an unmanaged Access Grant to make it managed.
   *
   * This endpoint can only be used to convert unmanaged access grants to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed access grants back to unmanaged.
   *
   * When converting an unmanaged access grant to managed, all associated access methods will also be converted to managed.
   */
  get '/access_grants/unmanaged/update'(): (
    parameters: AccessGrantsUnmanagedUpdateParameters,
    options?: AccessGrantsUnmanagedUpdateOptions,
  ) => AccessGrantsUnmanagedUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      accessGrantsUnmanagedUpdate(client, parameters, options)
  }

  /**
   * Update an Access Grant
   *
   * Updates an existing Access Grant's time window.
   */
  get '/access_grants/update'(): (
    parameters?: AccessGrantsUpdateParameters,
    options?: AccessGrantsUpdateOptions,
  ) => AccessGrantsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      accessGrantsUpdate(client, parameters, options)
  }

  /**
   * Assign a Card Credential to an Access Method
   *
   * Assigns a pre-registered card credential, identified by `card_number`, to a card-mode access method. Use this endpoint for access systems that use pre-registered cards, where a physical card must be associated with an access method before it can be used for access. Assigning a card credential also triggers issuance of the access method.
   */
  get '/access_methods/assign_card'(): (
    parameters: AccessMethodsAssignCardParameters,
    options?: AccessMethodsAssignCardOptions,
  ) => AccessMethodsAssignCardRequest {
    const { client } = this
    return (parameters, options) =>
      accessMethodsAssignCard(client, parameters, options)
  }

  /**
   * Delete an Access Method
   *
   * Deletes an access method.
   */
  get '/access_methods/delete'(): (
    parameters: AccessMethodsDeleteParameters,
    options?: AccessMethodsDeleteOptions,
  ) => AccessMethodsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      accessMethodsDelete(client, parameters, options)
  }

  /**
   * Encode an Access Method
   *
   * Encodes an existing access method onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  get '/access_methods/encode'(): (
    parameters: AccessMethodsEncodeParameters,
    options?: AccessMethodsEncodeOptions,
  ) => AccessMethodsEncodeRequest {
    const { client } = this
    return (parameters, options) =>
      accessMethodsEncode(client, parameters, options)
  }

  /**
   * Get an Access Method
   *
   * Gets an access method.
   */
  get '/access_methods/get'(): (
    parameters: AccessMethodsGetParameters,
    options?: AccessMethodsGetOptions,
  ) => AccessMethodsGetRequest {
    const { client } = this
    return (parameters, options) =>
      accessMethodsGet(client, parameters, options)
  }

  /**
   * Get related Access Method resources
   *
   * Gets all related resources for one or more Access Methods.
   */
  get '/access_methods/get_related'(): (
    parameters: AccessMethodsGetRelatedParameters,
    options?: AccessMethodsGetRelatedOptions,
  ) => AccessMethodsGetRelatedRequest {
    const { client } = this
    return (parameters, options) =>
      accessMethodsGetRelated(client, parameters, options)
  }

  /**
   * List Access Methods
   *
   * Lists all access methods, usually filtered by Access Grant.
   */
  get '/access_methods/list'(): (
    parameters?: AccessMethodsListParameters,
    options?: AccessMethodsListOptions,
  ) => AccessMethodsListRequest {
    const { client } = this
    return (parameters, options) =>
      accessMethodsList(client, parameters, options)
  }

  /**
   * Unlock a Door with an Access Method
   *
   * Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using the cloud key credential associated with an access method. Returns an action attempt that tracks the progress of the unlock operation.
   */
  get '/access_methods/unlock_door'(): (
    parameters: AccessMethodsUnlockDoorParameters,
    options?: AccessMethodsUnlockDoorOptions,
  ) => AccessMethodsUnlockDoorRequest {
    const { client } = this
    return (parameters, options) =>
      accessMethodsUnlockDoor(client, parameters, options)
  }

  /**
   * Get an Unmanaged Access Method
   *
   * Gets an unmanaged access method (where is_managed = false).
   */
  get '/access_methods/unmanaged/get'(): (
    parameters: AccessMethodsUnmanagedGetParameters,
    options?: AccessMethodsUnmanagedGetOptions,
  ) => AccessMethodsUnmanagedGetRequest {
    const { client } = this
    return (parameters, options) =>
      accessMethodsUnmanagedGet(client, parameters, options)
  }

  /**
   * List Unmanaged Access Methods
   *
   * Lists all unmanaged access methods (where is_managed = false), usually filtered by Access Grant.
   */
  get '/access_methods/unmanaged/list'(): (
    parameters: AccessMethodsUnmanagedListParameters,
    options?: AccessMethodsUnmanagedListOptions,
  ) => AccessMethodsUnmanagedListRequest {
    const { client } = this
    return (parameters, options) =>
      accessMethodsUnmanagedList(client, parameters, options)
  }

  /**
   * Add an ACS User to an Access Group
   *
   * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get '/acs/access_groups/add_user'(): (
    parameters: AcsAccessGroupsAddUserParameters,
    options?: AcsAccessGroupsAddUserOptions,
  ) => AcsAccessGroupsAddUserRequest {
    const { client } = this
    return (parameters, options) =>
      acsAccessGroupsAddUser(client, parameters, options)
  }

  /**
   * Delete an Access Group
   *
   * Deletes a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get '/acs/access_groups/delete'(): (
    parameters: AcsAccessGroupsDeleteParameters,
    options?: AcsAccessGroupsDeleteOptions,
  ) => AcsAccessGroupsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      acsAccessGroupsDelete(client, parameters, options)
  }

  /**
   * Get an Access Group
   *
   * Returns a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get '/acs/access_groups/get'(): (
    parameters: AcsAccessGroupsGetParameters,
    options?: AcsAccessGroupsGetOptions,
  ) => AcsAccessGroupsGetRequest {
    const { client } = this
    return (parameters, options) =>
      acsAccessGroupsGet(client, parameters, options)
  }

  /**
   * List Access Groups
   *
   * Returns a list of all [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get '/acs/access_groups/list'(): (
    parameters?: AcsAccessGroupsListParameters,
    options?: AcsAccessGroupsListOptions,
  ) => AcsAccessGroupsListRequest {
    const { client } = this
    return (parameters, options) =>
      acsAccessGroupsList(client, parameters, options)
  }

  /**
   * List Entrances Accessible to an Access Group
   *
   * Returns a list of all accessible entrances for a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get '/acs/access_groups/list_accessible_entrances'(): (
    parameters: AcsAccessGroupsListAccessibleEntrancesParameters,
    options?: AcsAccessGroupsListAccessibleEntrancesOptions,
  ) => AcsAccessGroupsListAccessibleEntrancesRequest {
    const { client } = this
    return (parameters, options) =>
      acsAccessGroupsListAccessibleEntrances(client, parameters, options)
  }

  /**
   * List ACS Users in an Access Group
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get '/acs/access_groups/list_users'(): (
    parameters: AcsAccessGroupsListUsersParameters,
    options?: AcsAccessGroupsListUsersOptions,
  ) => AcsAccessGroupsListUsersRequest {
    const { client } = this
    return (parameters, options) =>
      acsAccessGroupsListUsers(client, parameters, options)
  }

  /**
   * Remove an ACS User from an Access Group
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get '/acs/access_groups/remove_user'(): (
    parameters: AcsAccessGroupsRemoveUserParameters,
    options?: AcsAccessGroupsRemoveUserOptions,
  ) => AcsAccessGroupsRemoveUserRequest {
    const { client } = this
    return (parameters, options) =>
      acsAccessGroupsRemoveUser(client, parameters, options)
  }

  /**
   * Get an Unmanaged Access Group
   *
   * Returns a specified unmanaged [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/acs/access_groups/unmanaged/get'(): (
    parameters: AcsAccessGroupsUnmanagedGetParameters,
    options?: AcsAccessGroupsUnmanagedGetOptions,
  ) => AcsAccessGroupsUnmanagedGetRequest {
    const { client } = this
    return (parameters, options) =>
      acsAccessGroupsUnmanagedGet(client, parameters, options)
  }

  /**
   * List Unmanaged Access Groups
   *
   * Returns a list of all unmanaged [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/acs/access_groups/unmanaged/list'(): (
    parameters?: AcsAccessGroupsUnmanagedListParameters,
    options?: AcsAccessGroupsUnmanagedListOptions,
  ) => AcsAccessGroupsUnmanagedListRequest {
    const { client } = this
    return (parameters, options) =>
      acsAccessGroupsUnmanagedList(client, parameters, options)
  }

  /**
   * List Credential Pools
   *
   * Returns a list of all credential pools.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   *
   * @deprecated Use `/user_identities/enrollment_automations/list` instead.
   */
  get '/acs/credential_pools/list'(): (
    parameters: AcsCredentialPoolsListParameters,
    options?: AcsCredentialPoolsListOptions,
  ) => AcsCredentialPoolsListRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialPoolsList(client, parameters, options)
  }

  /**
   * Launch a Credential Provisioning Automation
   *
   * Launches a credential provisioning automation.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   *
   * @deprecated Use `/user_identities/enrollment_automations/launch` instead.
   */
  get '/acs/credential_provisioning_automations/launch'(): (
    parameters: AcsCredentialProvisioningAutomationsLaunchParameters,
    options?: AcsCredentialProvisioningAutomationsLaunchOptions,
  ) => AcsCredentialProvisioningAutomationsLaunchRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialProvisioningAutomationsLaunch(client, parameters, options)
  }

  /**
   * Assign a Credential to an ACS User
   *
   * Assigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) to a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  get '/acs/credentials/assign'(): (
    parameters: AcsCredentialsAssignParameters,
    options?: AcsCredentialsAssignOptions,
  ) => AcsCredentialsAssignRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsAssign(client, parameters, options)
  }

  /**
   * Create a Credential for an ACS User
   *
   * Creates a new [credential](https://docs.seam.co/low-level-apis/managing-credentials) for a specified [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they create and manage the underlying credentials for you, across access systems and standalone smart locks alike. Use this low-level endpoint only when you need direct control over an individual ACS credential.
   */
  get '/acs/credentials/create'(): (
    parameters: AcsCredentialsCreateParameters,
    options?: AcsCredentialsCreateOptions,
  ) => AcsCredentialsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsCreate(client, parameters, options)
  }

  /**
   * Create an Offline Credential for an ACS User
   *
   * Creates a new offline [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/acs/credentials/create_offline_code'(): (
    parameters: AcsCredentialsCreateOfflineCodeParameters,
    options?: AcsCredentialsCreateOfflineCodeOptions,
  ) => AcsCredentialsCreateOfflineCodeRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsCreateOfflineCode(client, parameters, options)
  }

  /**
   * Delete a Credential
   *
   * Deletes a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  get '/acs/credentials/delete'(): (
    parameters: AcsCredentialsDeleteParameters,
    options?: AcsCredentialsDeleteOptions,
  ) => AcsCredentialsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsDelete(client, parameters, options)
  }

  /**
   * Get a Credential
   *
   * Returns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  get '/acs/credentials/get'(): (
    parameters: AcsCredentialsGetParameters,
    options?: AcsCredentialsGetOptions,
  ) => AcsCredentialsGetRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsGet(client, parameters, options)
  }

  /**
   * List Credentials
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  get '/acs/credentials/list'(): (
    parameters?: AcsCredentialsListParameters,
    options?: AcsCredentialsListOptions,
  ) => AcsCredentialsListRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsList(client, parameters, options)
  }

  /**
   * List Accessible Entrances
   *
   * Returns a list of all [entrances](https://docs.seam.co/api/acs/entrances) to which a [credential](https://docs.seam.co/api/acs/credentials) grants access.
   */
  get '/acs/credentials/list_accessible_entrances'(): (
    parameters: AcsCredentialsListAccessibleEntrancesParameters,
    options?: AcsCredentialsListAccessibleEntrancesOptions,
  ) => AcsCredentialsListAccessibleEntrancesRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsListAccessibleEntrances(client, parameters, options)
  }

  /**
   * Unassign a Credential from an ACS User
   *
   * Unassigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  get '/acs/credentials/unassign'(): (
    parameters: AcsCredentialsUnassignParameters,
    options?: AcsCredentialsUnassignOptions,
  ) => AcsCredentialsUnassignRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsUnassign(client, parameters, options)
  }

  /**
   * Get an Unmanaged Credential
   *
   * Returns a specified unmanaged [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/acs/credentials/unmanaged/get'(): (
    parameters: AcsCredentialsUnmanagedGetParameters,
    options?: AcsCredentialsUnmanagedGetOptions,
  ) => AcsCredentialsUnmanagedGetRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsUnmanagedGet(client, parameters, options)
  }

  /**
   * List Unmanaged Credentials
   *
   * Returns a list of all unmanaged [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/acs/credentials/unmanaged/list'(): (
    parameters: AcsCredentialsUnmanagedListParameters,
    options?: AcsCredentialsUnmanagedListOptions,
  ) => AcsCredentialsUnmanagedListRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsUnmanagedList(client, parameters, options)
  }

  /**
   * Update a Credential
   *
   * Updates the code and ends at date and time for a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  get '/acs/credentials/update'(): (
    parameters: AcsCredentialsUpdateParameters,
    options?: AcsCredentialsUpdateOptions,
  ) => AcsCredentialsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      acsCredentialsUpdate(client, parameters, options)
  }

  /**
   * Encode a Credential
   *
   * Encodes an existing [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). Either provide an `acs_credential_id` or an `access_method_id`
   */
  get '/acs/encoders/encode_credential'(): (
    parameters: AcsEncodersEncodeCredentialParameters,
    options?: AcsEncodersEncodeCredentialOptions,
  ) => AcsEncodersEncodeCredentialRequest {
    const { client } = this
    return (parameters, options) =>
      acsEncodersEncodeCredential(client, parameters, options)
  }

  /**
   * Get an Encoder
   *
   * Returns a specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  get '/acs/encoders/get'(): (
    parameters: AcsEncodersGetParameters,
    options?: AcsEncodersGetOptions,
  ) => AcsEncodersGetRequest {
    const { client } = this
    return (parameters, options) => acsEncodersGet(client, parameters, options)
  }

  /**
   * List Encoders
   *
   * Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  get '/acs/encoders/list'(): (
    parameters: AcsEncodersListParameters,
    options?: AcsEncodersListOptions,
  ) => AcsEncodersListRequest {
    const { client } = this
    return (parameters, options) => acsEncodersList(client, parameters, options)
  }

  /**
   * Scan a Credential
   *
   * Scans an encoded [acs_credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  get '/acs/encoders/scan_credential'(): (
    parameters: AcsEncodersScanCredentialParameters,
    options?: AcsEncodersScanCredentialOptions,
  ) => AcsEncodersScanCredentialRequest {
    const { client } = this
    return (parameters, options) =>
      acsEncodersScanCredential(client, parameters, options)
  }

  /**
   * Scan to Assign a Credential
   *
   * Scans a physical card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) and assigns the scanned credential to an ACS user. Provide either an `acs_user_id` or a `user_identity_id`.
   */
  get '/acs/encoders/scan_to_assign_credential'(): (
    parameters: AcsEncodersScanToAssignCredentialParameters,
    options?: AcsEncodersScanToAssignCredentialOptions,
  ) => AcsEncodersScanToAssignCredentialRequest {
    const { client } = this
    return (parameters, options) =>
      acsEncodersScanToAssignCredential(client, parameters, options)
  }

  /**
   * Simulate that the Next Credential Encoding Will Fail
   *
   * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  get '/acs/encoders/simulate/next_credential_encode_will_fail'(): (
    parameters: AcsEncodersSimulateNextCredentialEncodeWillFailParameters,
    options?: AcsEncodersSimulateNextCredentialEncodeWillFailOptions,
  ) => AcsEncodersSimulateNextCredentialEncodeWillFailRequest {
    const { client } = this
    return (parameters, options) =>
      acsEncodersSimulateNextCredentialEncodeWillFail(
        client,
        parameters,
        options,
      )
  }

  /**
   * Simulate that the Next Credential Encoding Will Succeed
   *
   * Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  get '/acs/encoders/simulate/next_credential_encode_will_succeed'(): (
    parameters: AcsEncodersSimulateNextCredentialEncodeWillSucceedParameters,
    options?: AcsEncodersSimulateNextCredentialEncodeWillSucceedOptions,
  ) => AcsEncodersSimulateNextCredentialEncodeWillSucceedRequest {
    const { client } = this
    return (parameters, options) =>
      acsEncodersSimulateNextCredentialEncodeWillSucceed(
        client,
        parameters,
        options,
      )
  }

  /**
   * Simulate that the Next Credential Scan Will Fail
   *
   * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  get '/acs/encoders/simulate/next_credential_scan_will_fail'(): (
    parameters: AcsEncodersSimulateNextCredentialScanWillFailParameters,
    options?: AcsEncodersSimulateNextCredentialScanWillFailOptions,
  ) => AcsEncodersSimulateNextCredentialScanWillFailRequest {
    const { client } = this
    return (parameters, options) =>
      acsEncodersSimulateNextCredentialScanWillFail(client, parameters, options)
  }

  /**
   * Simulate that the Next Credential Scan Will Succeed
   *
   * Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  get '/acs/encoders/simulate/next_credential_scan_will_succeed'(): (
    parameters: AcsEncodersSimulateNextCredentialScanWillSucceedParameters,
    options?: AcsEncodersSimulateNextCredentialScanWillSucceedOptions,
  ) => AcsEncodersSimulateNextCredentialScanWillSucceedRequest {
    const { client } = this
    return (parameters, options) =>
      acsEncodersSimulateNextCredentialScanWillSucceed(
        client,
        parameters,
        options,
      )
  }

  /**
   * Get an Entrance
   *
   * Returns a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   */
  get '/acs/entrances/get'(): (
    parameters: AcsEntrancesGetParameters,
    options?: AcsEntrancesGetOptions,
  ) => AcsEntrancesGetRequest {
    const { client } = this
    return (parameters, options) => acsEntrancesGet(client, parameters, options)
  }

  /**
   * Grant an ACS User Access to an Entrance
   *
   * Grants a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) access to a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   */
  get '/acs/entrances/grant_access'(): (
    parameters: AcsEntrancesGrantAccessParameters,
    options?: AcsEntrancesGrantAccessOptions,
  ) => AcsEntrancesGrantAccessRequest {
    const { client } = this
    return (parameters, options) =>
      acsEntrancesGrantAccess(client, parameters, options)
  }

  /**
   * List Entrances
   *
   * Returns a list of all [access system entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   */
  get '/acs/entrances/list'(): (
    parameters?: AcsEntrancesListParameters,
    options?: AcsEntrancesListOptions,
  ) => AcsEntrancesListRequest {
    const { client } = this
    return (parameters, options) =>
      acsEntrancesList(client, parameters, options)
  }

  /**
   * List Credentials with Access to an Entrance
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) with access to a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).
   */
  get '/acs/entrances/list_credentials_with_access'(): (
    parameters: AcsEntrancesListCredentialsWithAccessParameters,
    options?: AcsEntrancesListCredentialsWithAccessOptions,
  ) => AcsEntrancesListCredentialsWithAccessRequest {
    const { client } = this
    return (parameters, options) =>
      acsEntrancesListCredentialsWithAccess(client, parameters, options)
  }

  /**
   * Unlock an Entrance
   *
   * Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using a cloud_key credential. Returns an action attempt that tracks the progress of the unlock operation.
   */
  get '/acs/entrances/unlock'(): (
    parameters: AcsEntrancesUnlockParameters,
    options?: AcsEntrancesUnlockOptions,
  ) => AcsEntrancesUnlockRequest {
    const { client } = this
    return (parameters, options) =>
      acsEntrancesUnlock(client, parameters, options)
  }

  /**
   * Get an ACS System
   *
   * Returns a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
   */
  get '/acs/systems/get'(): (
    parameters: AcsSystemsGetParameters,
    options?: AcsSystemsGetOptions,
  ) => AcsSystemsGetRequest {
    const { client } = this
    return (parameters, options) => acsSystemsGet(client, parameters, options)
  }

  /**
   * List ACS Systems
   *
   * Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems).
   *
   * To filter the list of returned access systems by a specific connected account ID, include the `connected_account_id` in the request body. If you omit the `connected_account_id` parameter, the response includes all access systems connected to your workspace.
   */
  get '/acs/systems/list'(): (
    parameters?: AcsSystemsListParameters,
    options?: AcsSystemsListOptions,
  ) => AcsSystemsListRequest {
    const { client } = this
    return (parameters, options) => acsSystemsList(client, parameters, options)
  }

  /**
   * List Compatible Credential Manager ACS Systems
   *
   * Returns a list of all credential manager systems that are compatible with a specified [access system](https://docs.seam.co/low-level-apis/access-systems).
   *
   * Specify the access system for which you want to retrieve all compatible credential manager systems by including the corresponding `acs_system_id` in the request body.
   */
  get '/acs/systems/list_compatible_credential_manager_acs_systems'(): (
    parameters: AcsSystemsListCompatibleCredentialManagerAcsSystemsParameters,
    options?: AcsSystemsListCompatibleCredentialManagerAcsSystemsOptions,
  ) => AcsSystemsListCompatibleCredentialManagerAcsSystemsRequest {
    const { client } = this
    return (parameters, options) =>
      acsSystemsListCompatibleCredentialManagerAcsSystems(
        client,
        parameters,
        options,
      )
  }

  /**
   * Report Devices
   *
   * Reports ACS system device status including encoders and entrances.
   */
  get '/acs/systems/report_devices'(): (
    parameters: AcsSystemsReportDevicesParameters,
    options?: AcsSystemsReportDevicesOptions,
  ) => AcsSystemsReportDevicesRequest {
    const { client } = this
    return (parameters, options) =>
      acsSystemsReportDevices(client, parameters, options)
  }

  /**
   * Add an ACS User to an Access Group
   *
   * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get '/acs/users/add_to_access_group'(): (
    parameters: AcsUsersAddToAccessGroupParameters,
    options?: AcsUsersAddToAccessGroupOptions,
  ) => AcsUsersAddToAccessGroupRequest {
    const { client } = this
    return (parameters, options) =>
      acsUsersAddToAccessGroup(client, parameters, options)
  }

  /**
   * Create an ACS User
   *
   * Creates a new [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  get '/acs/users/create'(): (
    parameters: AcsUsersCreateParameters,
    options?: AcsUsersCreateOptions,
  ) => AcsUsersCreateRequest {
    const { client } = this
    return (parameters, options) => acsUsersCreate(client, parameters, options)
  }

  /**
   * Delete an ACS User
   *
   * Deletes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) and invalidates the access system user's [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   */
  get '/acs/users/delete'(): (
    parameters?: AcsUsersDeleteParameters,
    options?: AcsUsersDeleteOptions,
  ) => AcsUsersDeleteRequest {
    const { client } = this
    return (parameters, options) => acsUsersDelete(client, parameters, options)
  }

  /**
   * Get an ACS User
   *
   * Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  get '/acs/users/get'(): (
    parameters?: AcsUsersGetParameters,
    options?: AcsUsersGetOptions,
  ) => AcsUsersGetRequest {
    const { client } = this
    return (parameters, options) => acsUsersGet(client, parameters, options)
  }

  /**
   * List ACS Users
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  get '/acs/users/list'(): (
    parameters?: AcsUsersListParameters,
    options?: AcsUsersListOptions,
  ) => AcsUsersListRequest {
    const { client } = this
    return (parameters, options) => acsUsersList(client, parameters, options)
  }

  /**
   * List ACS User-Accessible Entrances
   *
   * Lists the [entrances](https://docs.seam.co/api/acs/entrances) to which a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) has access.
   */
  get '/acs/users/list_accessible_entrances'(): (
    parameters?: AcsUsersListAccessibleEntrancesParameters,
    options?: AcsUsersListAccessibleEntrancesOptions,
  ) => AcsUsersListAccessibleEntrancesRequest {
    const { client } = this
    return (parameters, options) =>
      acsUsersListAccessibleEntrances(client, parameters, options)
  }

  /**
   * Remove an ACS User from an Access Group
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).
   */
  get '/acs/users/remove_from_access_group'(): (
    parameters: AcsUsersRemoveFromAccessGroupParameters,
    options?: AcsUsersRemoveFromAccessGroupOptions,
  ) => AcsUsersRemoveFromAccessGroupRequest {
    const { client } = this
    return (parameters, options) =>
      acsUsersRemoveFromAccessGroup(client, parameters, options)
  }

  /**
   * Revoke ACS User Access to All Entrances
   *
   * Revokes access to all [entrances](https://docs.seam.co/api/acs/entrances) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  get '/acs/users/revoke_access_to_all_entrances'(): (
    parameters?: AcsUsersRevokeAccessToAllEntrancesParameters,
    options?: AcsUsersRevokeAccessToAllEntrancesOptions,
  ) => AcsUsersRevokeAccessToAllEntrancesRequest {
    const { client } = this
    return (parameters, options) =>
      acsUsersRevokeAccessToAllEntrances(client, parameters, options)
  }

  /**
   * Suspend an ACS User
   *
   * [Suspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#suspend-an-acs-user) a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Suspending an access system user revokes their access temporarily. To restore an access system user's access, you can [unsuspend](https://docs.seam.co/api/acs/users/unsuspend) them.
   */
  get '/acs/users/suspend'(): (
    parameters?: AcsUsersSuspendParameters,
    options?: AcsUsersSuspendOptions,
  ) => AcsUsersSuspendRequest {
    const { client } = this
    return (parameters, options) => acsUsersSuspend(client, parameters, options)
  }

  /**
   * Get an Unmanaged ACS User
   *
   * Returns a specified unmanaged [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/acs/users/unmanaged/get'(): (
    parameters: AcsUsersUnmanagedGetParameters,
    options?: AcsUsersUnmanagedGetOptions,
  ) => AcsUsersUnmanagedGetRequest {
    const { client } = this
    return (parameters, options) =>
      acsUsersUnmanagedGet(client, parameters, options)
  }

  /**
   * List Unmanaged ACS Users
   *
   * Returns a list of all unmanaged [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/acs/users/unmanaged/list'(): (
    parameters?: AcsUsersUnmanagedListParameters,
    options?: AcsUsersUnmanagedListOptions,
  ) => AcsUsersUnmanagedListRequest {
    const { client } = this
    return (parameters, options) =>
      acsUsersUnmanagedList(client, parameters, options)
  }

  /**
   * Unsuspend an ACS User
   *
   * [Unsuspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#unsuspend-an-acs-user) a specified suspended [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). While [suspending an access system user](https://docs.seam.co/api/acs/users/suspend) revokes their access temporarily, unsuspending the access system user restores their access.
   */
  get '/acs/users/unsuspend'(): (
    parameters?: AcsUsersUnsuspendParameters,
    options?: AcsUsersUnsuspendOptions,
  ) => AcsUsersUnsuspendRequest {
    const { client } = this
    return (parameters, options) =>
      acsUsersUnsuspend(client, parameters, options)
  }

  /**
   * Update an ACS User
   *
   * Updates the properties of a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
   */
  get '/acs/users/update'(): (
    parameters?: AcsUsersUpdateParameters,
    options?: AcsUsersUpdateOptions,
  ) => AcsUsersUpdateRequest {
    const { client } = this
    return (parameters, options) => acsUsersUpdate(client, parameters, options)
  }

  /**
   * Get an Action Attempt
   *
   * Returns a specified [action attempt](https://docs.seam.co/core-concepts/action-attempts).
   */
  get '/action_attempts/get'(): (
    parameters: ActionAttemptsGetParameters,
    options?: ActionAttemptsGetOptions,
  ) => ActionAttemptsGetRequest {
    const { client } = this
    return (parameters, options) =>
      actionAttemptsGet(client, parameters, options)
  }

  /**
   * List Action Attempts
   *
   * Returns a list of the [action attempts](https://docs.seam.co/core-concepts/action-attempts) that you specify as an array of `action_attempt_id`s.
   */
  get '/action_attempts/list'(): (
    parameters?: ActionAttemptsListParameters,
    options?: ActionAttemptsListOptions,
  ) => ActionAttemptsListRequest {
    const { client } = this
    return (parameters, options) =>
      actionAttemptsList(client, parameters, options)
  }

  /**
   * Get a Seam Bridge
   *
   * Returns a specified [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/bridges/get'(): (
    parameters: BridgesGetParameters,
    options?: BridgesGetOptions,
  ) => BridgesGetRequest {
    const { client } = this
    return (parameters, options) => bridgesGet(client, parameters, options)
  }

  /**
   * List Seam Bridges
   *
   * Returns a list of all [Seam Bridges](https://docs.seam.co/capability-guides/seam-bridge).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/bridges/list'(): (
    parameters?: BridgesListParameters,
    options?: BridgesListOptions,
  ) => BridgesListRequest {
    const { client } = this
    return (parameters, options) => bridgesList(client, parameters, options)
  }

  /**
   * Create a Client Session
   *
   * Creates a new [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  get '/client_sessions/create'(): (
    parameters?: ClientSessionsCreateParameters,
    options?: ClientSessionsCreateOptions,
  ) => ClientSessionsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      clientSessionsCreate(client, parameters, options)
  }

  /**
   * Delete a Client Session
   *
   * Deletes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  get '/client_sessions/delete'(): (
    parameters: ClientSessionsDeleteParameters,
    options?: ClientSessionsDeleteOptions,
  ) => ClientSessionsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      clientSessionsDelete(client, parameters, options)
  }

  /**
   * Get a Client Session
   *
   * Returns a specified [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  get '/client_sessions/get'(): (
    parameters?: ClientSessionsGetParameters,
    options?: ClientSessionsGetOptions,
  ) => ClientSessionsGetRequest {
    const { client } = this
    return (parameters, options) =>
      clientSessionsGet(client, parameters, options)
  }

  /**
   * Get or Create a Client Session
   *
   * Returns a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) with specific characteristics or creates a new client session with these characteristics if it does not yet exist.
   */
  get '/client_sessions/get_or_create'(): (
    parameters?: ClientSessionsGetOrCreateParameters,
    options?: ClientSessionsGetOrCreateOptions,
  ) => ClientSessionsGetOrCreateRequest {
    const { client } = this
    return (parameters, options) =>
      clientSessionsGetOrCreate(client, parameters, options)
  }

  /**
   * Grant Access to a Client Session
   *
   * Grants a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) access to one or more resources, such as [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews), [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity), and so on.
   */
  get '/client_sessions/grant_access'(): (
    parameters?: ClientSessionsGrantAccessParameters,
    options?: ClientSessionsGrantAccessOptions,
  ) => ClientSessionsGrantAccessRequest {
    const { client } = this
    return (parameters, options) =>
      clientSessionsGrantAccess(client, parameters, options)
  }

  /**
   * List Client Sessions
   *
   * Returns a list of all [client sessions](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   */
  get '/client_sessions/list'(): (
    parameters?: ClientSessionsListParameters,
    options?: ClientSessionsListOptions,
  ) => ClientSessionsListRequest {
    const { client } = this
    return (parameters, options) =>
      clientSessionsList(client, parameters, options)
  }

  /**
   * Revoke a Client Session
   *
   * Revokes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).
   *
   * Note that [deleting a client session](https://docs.seam.co/api/client_sessions/delete) is a separate action.
   */
  get '/client_sessions/revoke'(): (
    parameters: ClientSessionsRevokeParameters,
    options?: ClientSessionsRevokeOptions,
  ) => ClientSessionsRevokeRequest {
    const { client } = this
    return (parameters, options) =>
      clientSessionsRevoke(client, parameters, options)
  }

  /**
   * Create a Connect Webview
   *
   * Creates a new [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
   *
   * To enable a user to connect their devices or systems to Seam, they must sign in to their device or system account. To enable a user to sign in, you create a `connect_webview`. After creating the Connect Webview, you receive a URL that you can use to display the visual component of this Connect Webview for your user. You can open an iframe or new window to display the Connect Webview.
   *
   * You should make a new `connect_webview` for each unique login request. Each `connect_webview` tracks the user that signed in with it. You receive an error if you reuse a Connect Webview for the same user twice or if you use the same Connect Webview for multiple users.
   *
   * See also: [Connect Webview Process](https://docs.seam.co/core-concepts/connect-webviews/connect-webview-process).
   */
  get '/connect_webviews/create'(): (
    parameters?: ConnectWebviewsCreateParameters,
    options?: ConnectWebviewsCreateOptions,
  ) => ConnectWebviewsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      connectWebviewsCreate(client, parameters, options)
  }

  /**
   * Delete a Connect Webview
   *
   * Deletes a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
   *
   * You do not need to delete a Connect Webview once a user completes it. Instead, you can simply ignore completed Connect Webviews.
   */
  get '/connect_webviews/delete'(): (
    parameters: ConnectWebviewsDeleteParameters,
    options?: ConnectWebviewsDeleteOptions,
  ) => ConnectWebviewsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      connectWebviewsDelete(client, parameters, options)
  }

  /**
   * Get a Connect Webview
   *
   * Returns a specified [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
   *
   * Unless you're using a `custom_redirect_url`, you should poll a newly-created `connect_webview` to find out if the user has signed in or to get details about what devices they've connected.
   */
  get '/connect_webviews/get'(): (
    parameters: ConnectWebviewsGetParameters,
    options?: ConnectWebviewsGetOptions,
  ) => ConnectWebviewsGetRequest {
    const { client } = this
    return (parameters, options) =>
      connectWebviewsGet(client, parameters, options)
  }

  /**
   * List Connect Webviews
   *
   * Returns a list of all [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews).
   */
  get '/connect_webviews/list'(): (
    parameters?: ConnectWebviewsListParameters,
    options?: ConnectWebviewsListOptions,
  ) => ConnectWebviewsListRequest {
    const { client } = this
    return (parameters, options) =>
      connectWebviewsList(client, parameters, options)
  }

  /**
   * Delete a Connected Account
   *
   * Deletes a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).
   *
   * Deleting a connected account triggers a `connected_account.deleted` event and removes the connected account and all data associated with the connected account from Seam, including devices, events, access codes, and so on. For every deleted resource, Seam sends a corresponding deleted event, but the resource is not deleted from the provider.
   *
   * For example, if you delete a connected account with a device that has an access code, Seam sends a `connected_account.deleted` event, a `device.deleted` event, and an `access_code.deleted` event, but Seam does not remove the access code from the device.
   */
  get '/connected_accounts/delete'(): (
    parameters: ConnectedAccountsDeleteParameters,
    options?: ConnectedAccountsDeleteOptions,
  ) => ConnectedAccountsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      connectedAccountsDelete(client, parameters, options)
  }

  /**
   * Get a Connected Account
   *
   * Returns a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).
   */
  get '/connected_accounts/get'(): (
    parameters: ConnectedAccountsGetParameters,
    options?: ConnectedAccountsGetOptions,
  ) => ConnectedAccountsGetRequest {
    const { client } = this
    return (parameters, options) =>
      connectedAccountsGet(client, parameters, options)
  }

  /**
   * List Connected Accounts
   *
   * Returns a list of all [connected accounts](https://docs.seam.co/core-concepts/connected-accounts).
   */
  get '/connected_accounts/list'(): (
    parameters?: ConnectedAccountsListParameters,
    options?: ConnectedAccountsListOptions,
  ) => ConnectedAccountsListRequest {
    const { client } = this
    return (parameters, options) =>
      connectedAccountsList(client, parameters, options)
  }

  /**
   * Simulate Connected Account Disconnection
   *
   * Simulates a connected account becoming disconnected from Seam. Only applicable for [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  get '/connected_accounts/simulate/disconnect'(): (
    parameters: ConnectedAccountsSimulateDisconnectParameters,
    options?: ConnectedAccountsSimulateDisconnectOptions,
  ) => ConnectedAccountsSimulateDisconnectRequest {
    const { client } = this
    return (parameters, options) =>
      connectedAccountsSimulateDisconnect(client, parameters, options)
  }

  /**
   * Sync a Connected Account
   *
   * Request a [connected account](https://docs.seam.co/core-concepts/connected-accounts) sync attempt for the specified `connected_account_id`.
   */
  get '/connected_accounts/sync'(): (
    parameters: ConnectedAccountsSyncParameters,
    options?: ConnectedAccountsSyncOptions,
  ) => ConnectedAccountsSyncRequest {
    const { client } = this
    return (parameters, options) =>
      connectedAccountsSync(client, parameters, options)
  }

  /**
   * Update a Connected Account
   *
   * Updates a [connected account](https://docs.seam.co/core-concepts/connected-accounts).
   */
  get '/connected_accounts/update'(): (
    parameters: ConnectedAccountsUpdateParameters,
    options?: ConnectedAccountsUpdateOptions,
  ) => ConnectedAccountsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      connectedAccountsUpdate(client, parameters, options)
  }

  /**
   * Create Customer Portal
   *
   * Creates a new customer portal magic link with configurable features.
   */
  get '/customers/create_portal'(): (
    parameters?: CustomersCreatePortalParameters,
    options?: CustomersCreatePortalOptions,
  ) => CustomersCreatePortalRequest {
    const { client } = this
    return (parameters, options) =>
      customersCreatePortal(client, parameters, options)
  }

  /**
   * Delete Customer Data
   *
   * Deletes customer data including resources like spaces, properties, rooms, users, etc.
   * This will delete the partner resources and any related Seam resources (user identities, access grants, spaces).
   */
  get '/customers/delete_data'(): (
    parameters?: CustomersDeleteDataParameters,
    options?: CustomersDeleteDataOptions,
  ) => CustomersDeleteDataRequest {
    const { client } = this
    return (parameters, options) =>
      customersDeleteData(client, parameters, options)
  }

  /**
   * Push Customer Data
   *
   * Pushes customer data including resources like spaces, properties, rooms, users, etc.
   */
  get '/customers/push_data'(): (
    parameters: CustomersPushDataParameters,
    options?: CustomersPushDataOptions,
  ) => CustomersPushDataRequest {
    const { client } = this
    return (parameters, options) =>
      customersPushData(client, parameters, options)
  }

  /**
   * Create Reservation Deep Link
   *
   * Creates a deep link URL for a specific reservation that can be embedded in an iframe.
   * The deep link creates a restricted customer portal that navigates directly to the reservation page,
   * hiding the navigation UI to prevent context switching.
   *
   * This is intended for PMS integrations (like RMS Cloud) to embed reservation management
   * in their own portal without exposing the full customer portal.
   *
   * The deep link expires after 7 days.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/customers/reservations/create_deep_link'(): (
    parameters: CustomersReservationsCreateDeepLinkParameters,
    options?: CustomersReservationsCreateDeepLinkOptions,
  ) => CustomersReservationsCreateDeepLinkRequest {
    const { client } = this
    return (parameters, options) =>
      customersReservationsCreateDeepLink(client, parameters, options)
  }

  /**
   * Delete a Device
   *
   * Deletes a specified [device](https://docs.seam.co/core-concepts/devices).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   *
   * @deprecated Deleting a device is no longer supported and will be removed.
   */
  get '/devices/delete'(): (
    parameters: DevicesDeleteParameters,
    options?: DevicesDeleteOptions,
  ) => DevicesDeleteRequest {
    const { client } = this
    return (parameters, options) => devicesDelete(client, parameters, options)
  }

  /**
   * Get a Device
   *
   * Returns a specified [device](https://docs.seam.co/core-concepts/devices).
   *
   * You must specify either `device_id` or `name`.
   */
  get '/devices/get'(): (
    parameters?: DevicesGetParameters,
    options?: DevicesGetOptions,
  ) => DevicesGetRequest {
    const { client } = this
    return (parameters, options) => devicesGet(client, parameters, options)
  }

  /**
   * List Devices
   *
   * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices).
   */
  get '/devices/list'(): (
    parameters?: DevicesListParameters,
    options?: DevicesListOptions,
  ) => DevicesListRequest {
    const { client } = this
    return (parameters, options) => devicesList(client, parameters, options)
  }

  /**
   * List Device Providers
   *
   * Returns a list of all device providers.
   *
   * The information that this endpoint returns for each provider includes a set of [capability flags](https://docs.seam.co/capability-guides/device-and-system-capabilities#capability-flags), such as `device_provider.can_remotely_unlock`. If at least one supported device from a provider has a specific capability, the corresponding capability flag is `true`.
   *
   * When you create a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews), you can customize the providers—that is, the brands—that it displays. In the `/connect_webviews/create` request, include the desired set of device provider keys in the `accepted_providers` parameter. See also [Customize the Brands to Display in Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-brands-to-display-in-your-connect-webviews).
   */
  get '/devices/list_device_providers'(): (
    parameters?: DevicesListDeviceProvidersParameters,
    options?: DevicesListDeviceProvidersOptions,
  ) => DevicesListDeviceProvidersRequest {
    const { client } = this
    return (parameters, options) =>
      devicesListDeviceProviders(client, parameters, options)
  }

  /**
   * Report Provider Metadata
   *
   * Updates provider-specific metadata for devices.
   */
  get '/devices/report_provider_metadata'(): (
    parameters: DevicesReportProviderMetadataParameters,
    options?: DevicesReportProviderMetadataOptions,
  ) => DevicesReportProviderMetadataRequest {
    const { client } = this
    return (parameters, options) =>
      devicesReportProviderMetadata(client, parameters, options)
  }

  /**
   * Simulate Device Connection
   *
   * Simulates connecting a device to Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
   */
  get '/devices/simulate/connect'(): (
    parameters: DevicesSimulateConnectParameters,
    options?: DevicesSimulateConnectOptions,
  ) => DevicesSimulateConnectRequest {
    const { client } = this
    return (parameters, options) =>
      devicesSimulateConnect(client, parameters, options)
  }

  /**
   * Simulate Hub Connection
   *
   * Simulates bringing the Wi‑Fi hub (bridge) back online for a device.
   * Only applicable for sandbox workspaces and currently
   * implemented for August and TTLock locks.
   * This will clear the `hub_disconnected` error on the device.
   */
  get '/devices/simulate/connect_to_hub'(): (
    parameters: DevicesSimulateConnectToHubParameters,
    options?: DevicesSimulateConnectToHubOptions,
  ) => DevicesSimulateConnectToHubRequest {
    const { client } = this
    return (parameters, options) =>
      devicesSimulateConnectToHub(client, parameters, options)
  }

  /**
   * Simulate Device Disconnection
   *
   * Simulates disconnecting a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
   */
  get '/devices/simulate/disconnect'(): (
    parameters: DevicesSimulateDisconnectParameters,
    options?: DevicesSimulateDisconnectOptions,
  ) => DevicesSimulateDisconnectRequest {
    const { client } = this
    return (parameters, options) =>
      devicesSimulateDisconnect(client, parameters, options)
  }

  /**
   * Simulate Hub Disconnection
   *
   * Simulates taking the Wi‑Fi hub (bridge) offline for a device.
   * Only applicable for sandbox workspaces and currently
   * implemented for August, TTLock, and IglooHome devices.
   * This will set the `hub_disconnected` error on the device, or mark the
   * IglooHome bridge offline in sandbox.
   */
  get '/devices/simulate/disconnect_from_hub'(): (
    parameters: DevicesSimulateDisconnectFromHubParameters,
    options?: DevicesSimulateDisconnectFromHubOptions,
  ) => DevicesSimulateDisconnectFromHubRequest {
    const { client } = this
    return (parameters, options) =>
      devicesSimulateDisconnectFromHub(client, parameters, options)
  }

  /**
   * Simulate Paid Subscription
   *
   * Toggle the simulated Nuki Smart Hosting subscription for a device (sandbox only).
   * Send `is_expired: true` to simulate an expired subscription, or `false` to simulate an active subscription.
   * The actual device error is created/cleared by the poller after this state change.
   */
  get '/devices/simulate/paid_subscription'(): (
    parameters: DevicesSimulatePaidSubscriptionParameters,
    options?: DevicesSimulatePaidSubscriptionOptions,
  ) => DevicesSimulatePaidSubscriptionRequest {
    const { client } = this
    return (parameters, options) =>
      devicesSimulatePaidSubscription(client, parameters, options)
  }

  /**
   * Simulate Device Removal
   *
   * Simulates removing a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).
   */
  get '/devices/simulate/remove'(): (
    parameters: DevicesSimulateRemoveParameters,
    options?: DevicesSimulateRemoveOptions,
  ) => DevicesSimulateRemoveRequest {
    const { client } = this
    return (parameters, options) =>
      devicesSimulateRemove(client, parameters, options)
  }

  /**
   * Get an Unmanaged Device
   *
   * Returns a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
   *
   * An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).
   *
   * You must specify either `device_id` or `name`.
   */
  get '/devices/unmanaged/get'(): (
    parameters?: DevicesUnmanagedGetParameters,
    options?: DevicesUnmanagedGetOptions,
  ) => DevicesUnmanagedGetRequest {
    const { client } = this
    return (parameters, options) =>
      devicesUnmanagedGet(client, parameters, options)
  }

  /**
   * List Unmanaged Devices
   *
   * Returns a list of all [unmanaged devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
   *
   * An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).
   */
  get '/devices/unmanaged/list'(): (
    parameters?: DevicesUnmanagedListParameters,
    options?: DevicesUnmanagedListOptions,
  ) => DevicesUnmanagedListRequest {
    const { client } = this
    return (parameters, options) =>
      devicesUnmanagedList(client, parameters, options)
  }

  /**
   * Update an Unmanaged Device
   *
   * Updates a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices). To convert an unmanaged device to managed, set `is_managed` to `true`.
   *
   * An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).
   */
  get '/devices/unmanaged/update'(): (
    parameters: DevicesUnmanagedUpdateParameters,
    options?: DevicesUnmanagedUpdateOptions,
  ) => DevicesUnmanagedUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      devicesUnmanagedUpdate(client, parameters, options)
  }

  /**
   * Update a Device
   *
   * Updates a specified [device](https://docs.seam.co/core-concepts/devices).
   *
   * You can add or change [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) for a device, change the device's name, or [convert a managed device to unmanaged](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
   */
  get '/devices/update'(): (
    parameters: DevicesUpdateParameters,
    options?: DevicesUpdateOptions,
  ) => DevicesUpdateRequest {
    const { client } = this
    return (parameters, options) => devicesUpdate(client, parameters, options)
  }

  /**
   * Get an Event
   *
   * Returns a specified event. This endpoint returns the same event that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to retrieve an event that already took place.
   */
  get '/events/get'(): (
    parameters?: EventsGetParameters,
    options?: EventsGetOptions,
  ) => EventsGetRequest {
    const { client } = this
    return (parameters, options) => eventsGet(client, parameters, options)
  }

  /**
   * List Events
   *
   * Returns a list of all events. This endpoint returns the same events that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to filter or see events that already took place.
   */
  get '/events/list'(): (
    parameters?: EventsListParameters,
    options?: EventsListOptions,
  ) => EventsListRequest {
    const { client } = this
    return (parameters, options) => eventsList(client, parameters, options)
  }

  /**
   * Delete an Instant Key
   *
   * Deletes a specified [Instant Key](https://docs.seam.co/capability-guides/instant-keys).
   */
  get '/instant_keys/delete'(): (
    parameters: InstantKeysDeleteParameters,
    options?: InstantKeysDeleteOptions,
  ) => InstantKeysDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      instantKeysDelete(client, parameters, options)
  }

  /**
   * Get an Instant Key
   *
   * Gets an [instant key](https://docs.seam.co/capability-guides/instant-keys).
   */
  get '/instant_keys/get'(): (
    parameters?: InstantKeysGetParameters,
    options?: InstantKeysGetOptions,
  ) => InstantKeysGetRequest {
    const { client } = this
    return (parameters, options) => instantKeysGet(client, parameters, options)
  }

  /**
   * List Instant Keys
   *
   * Returns a list of all [instant keys](https://docs.seam.co/capability-guides/instant-keys).
   */
  get '/instant_keys/list'(): (
    parameters?: InstantKeysListParameters,
    options?: InstantKeysListOptions,
  ) => InstantKeysListRequest {
    const { client } = this
    return (parameters, options) => instantKeysList(client, parameters, options)
  }

  /**
   * Configure Auto-Lock
   *
   * Configures the auto-lock setting for a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).
   */
  get '/locks/configure_auto_lock'(): (
    parameters: LocksConfigureAutoLockParameters,
    options?: LocksConfigureAutoLockOptions,
  ) => LocksConfigureAutoLockRequest {
    const { client } = this
    return (parameters, options) =>
      locksConfigureAutoLock(client, parameters, options)
  }

  /**
   * Get a Lock
   *
   * Returns a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).
   *
   * @deprecated Use `/devices/get` instead.
   */
  get '/locks/get'(): (
    parameters?: LocksGetParameters,
    options?: LocksGetOptions,
  ) => LocksGetRequest {
    const { client } = this
    return (parameters, options) => locksGet(client, parameters, options)
  }

  /**
   * List Locks
   *
   * Returns a list of all [locks](https://docs.seam.co/low-level-apis/smart-locks).
   */
  get '/locks/list'(): (
    parameters?: LocksListParameters,
    options?: LocksListOptions,
  ) => LocksListRequest {
    const { client } = this
    return (parameters, options) => locksList(client, parameters, options)
  }

  /**
   * Lock a Lock
   *
   * Locks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
   */
  get '/locks/lock_door'(): (
    parameters: LocksLockDoorParameters,
    options?: LocksLockDoorOptions,
  ) => LocksLockDoorRequest {
    const { client } = this
    return (parameters, options) => locksLockDoor(client, parameters, options)
  }

  /**
   * Simulate a Keypad Code Entry
   *
   * Simulates the entry of a code on a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  get '/locks/simulate/keypad_code_entry'(): (
    parameters: LocksSimulateKeypadCodeEntryParameters,
    options?: LocksSimulateKeypadCodeEntryOptions,
  ) => LocksSimulateKeypadCodeEntryRequest {
    const { client } = this
    return (parameters, options) =>
      locksSimulateKeypadCodeEntry(client, parameters, options)
  }

  /**
   * Simulate a Manual Lock Action Using a Keypad
   *
   * Simulates a manual lock action using a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  get '/locks/simulate/manual_lock_via_keypad'(): (
    parameters: LocksSimulateManualLockViaKeypadParameters,
    options?: LocksSimulateManualLockViaKeypadOptions,
  ) => LocksSimulateManualLockViaKeypadRequest {
    const { client } = this
    return (parameters, options) =>
      locksSimulateManualLockViaKeypad(client, parameters, options)
  }

  /**
   * Unlock a Lock
   *
   * Unlocks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).
   */
  get '/locks/unlock_door'(): (
    parameters: LocksUnlockDoorParameters,
    options?: LocksUnlockDoorOptions,
  ) => LocksUnlockDoorRequest {
    const { client } = this
    return (parameters, options) => locksUnlockDoor(client, parameters, options)
  }

  /**
   * List Noise Sensors
   *
   * Returns a list of all [noise sensors](https://docs.seam.co/capability-guides/noise-sensors).
   */
  get '/noise_sensors/list'(): (
    parameters?: NoiseSensorsListParameters,
    options?: NoiseSensorsListOptions,
  ) => NoiseSensorsListRequest {
    const { client } = this
    return (parameters, options) =>
      noiseSensorsList(client, parameters, options)
  }

  /**
   * Create a Noise Threshold
   *
   * Creates a new [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors). Thresholds represent the limits of noise tolerated at a property, which can be customized for each hour of the day. Each device has its own default thresholds, but you can use the Seam API to modify them.
   */
  get '/noise_sensors/noise_thresholds/create'(): (
    parameters: NoiseSensorsNoiseThresholdsCreateParameters,
    options?: NoiseSensorsNoiseThresholdsCreateOptions,
  ) => NoiseSensorsNoiseThresholdsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      noiseSensorsNoiseThresholdsCreate(client, parameters, options)
  }

  /**
   * Delete a Noise Threshold
   *
   * Deletes a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) from a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  get '/noise_sensors/noise_thresholds/delete'(): (
    parameters: NoiseSensorsNoiseThresholdsDeleteParameters,
    options?: NoiseSensorsNoiseThresholdsDeleteOptions,
  ) => NoiseSensorsNoiseThresholdsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      noiseSensorsNoiseThresholdsDelete(client, parameters, options)
  }

  /**
   * Get a Noise Threshold
   *
   * Returns a specified [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  get '/noise_sensors/noise_thresholds/get'(): (
    parameters: NoiseSensorsNoiseThresholdsGetParameters,
    options?: NoiseSensorsNoiseThresholdsGetOptions,
  ) => NoiseSensorsNoiseThresholdsGetRequest {
    const { client } = this
    return (parameters, options) =>
      noiseSensorsNoiseThresholdsGet(client, parameters, options)
  }

  /**
   * List Noise Thresholds
   *
   * Returns a list of all [noise thresholds](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  get '/noise_sensors/noise_thresholds/list'(): (
    parameters: NoiseSensorsNoiseThresholdsListParameters,
    options?: NoiseSensorsNoiseThresholdsListOptions,
  ) => NoiseSensorsNoiseThresholdsListRequest {
    const { client } = this
    return (parameters, options) =>
      noiseSensorsNoiseThresholdsList(client, parameters, options)
  }

  /**
   * Update a Noise Threshold
   *
   * Updates a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).
   */
  get '/noise_sensors/noise_thresholds/update'(): (
    parameters: NoiseSensorsNoiseThresholdsUpdateParameters,
    options?: NoiseSensorsNoiseThresholdsUpdateOptions,
  ) => NoiseSensorsNoiseThresholdsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      noiseSensorsNoiseThresholdsUpdate(client, parameters, options)
  }

  /**
   * Simulate Triggering a Noise Threshold
   *
   * Simulates the triggering of a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).
   */
  get '/noise_sensors/simulate/trigger_noise_threshold'(): (
    parameters: NoiseSensorsSimulateTriggerNoiseThresholdParameters,
    options?: NoiseSensorsSimulateTriggerNoiseThresholdOptions,
  ) => NoiseSensorsSimulateTriggerNoiseThresholdRequest {
    const { client } = this
    return (parameters, options) =>
      noiseSensorsSimulateTriggerNoiseThreshold(client, parameters, options)
  }

  /**
   * Deactivate a Phone
   *
   * Deactivates a phone, which is useful, for example, if a user has lost their phone. For more information, see [App User Lost Phone Process](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity#app-user-lost-phone-process).
   */
  get '/phones/deactivate'(): (
    parameters: PhonesDeactivateParameters,
    options?: PhonesDeactivateOptions,
  ) => PhonesDeactivateRequest {
    const { client } = this
    return (parameters, options) =>
      phonesDeactivate(client, parameters, options)
  }

  /**
   * Get a Phone
   *
   * Returns a specified [phone](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity).
   */
  get '/phones/get'(): (
    parameters: PhonesGetParameters,
    options?: PhonesGetOptions,
  ) => PhonesGetRequest {
    const { client } = this
    return (parameters, options) => phonesGet(client, parameters, options)
  }

  /**
   * List Phones
   *
   * Returns a list of all [phones](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity). To filter the list of returned phones by a specific owner user identity or credential, include the `owner_user_identity_id` or `acs_credential_id`, respectively, in the request body.
   */
  get '/phones/list'(): (
    parameters?: PhonesListParameters,
    options?: PhonesListOptions,
  ) => PhonesListRequest {
    const { client } = this
    return (parameters, options) => phonesList(client, parameters, options)
  }

  /**
   * Create a Sandbox Phone
   *
   * Creates a new simulated phone in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Creating a Simulated Phone for a User Identity](https://docs.seam.co/capability-guides/mobile-access/developing-in-a-sandbox-workspace#creating-a-simulated-phone-for-a-user-identity).
   */
  get '/phones/simulate/create_sandbox_phone'(): (
    parameters: PhonesSimulateCreateSandboxPhoneParameters,
    options?: PhonesSimulateCreateSandboxPhoneOptions,
  ) => PhonesSimulateCreateSandboxPhoneRequest {
    const { client } = this
    return (parameters, options) =>
      phonesSimulateCreateSandboxPhone(client, parameters, options)
  }

  /**
   * Create a Bridge Client Session
   *
   * Creates a new [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/bridge/v1/bridge_client_sessions/create'(): (
    parameters: SeamBridgeV1BridgeClientSessionsCreateParameters,
    options?: SeamBridgeV1BridgeClientSessionsCreateOptions,
  ) => SeamBridgeV1BridgeClientSessionsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      seamBridgeV1BridgeClientSessionsCreate(client, parameters, options)
  }

  /**
   * Get a Seam Bridge Client Session
   *
   * Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/bridge/v1/bridge_client_sessions/get'(): (
    parameters?: SeamBridgeV1BridgeClientSessionsGetParameters,
    options?: SeamBridgeV1BridgeClientSessionsGetOptions,
  ) => SeamBridgeV1BridgeClientSessionsGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamBridgeV1BridgeClientSessionsGet(client, parameters, options)
  }

  /**
   * Refresh the Tailscale Auth Key for a Seam Bridge Client Session
   *
   * Refreshes the Tailscale auth key for the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/bridge/v1/bridge_client_sessions/refresh_tailscale_auth_key'(): (
    parameters?: SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyParameters,
    options?: SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyOptions,
  ) => SeamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKeyRequest {
    const { client } = this
    return (parameters, options) =>
      seamBridgeV1BridgeClientSessionsRefreshTailscaleAuthKey(
        client,
        parameters,
        options,
      )
  }

  /**
   * Refresh the Telemetry Token for a Seam Bridge Client Session
   *
   * Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session associated with the client session token used for authentication and refreshed telemetry token.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/bridge/v1/bridge_client_sessions/refresh_telemetry_token'(): (
    parameters?: SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenParameters,
    options?: SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenOptions,
  ) => SeamBridgeV1BridgeClientSessionsRefreshTelemetryTokenRequest {
    const { client } = this
    return (parameters, options) =>
      seamBridgeV1BridgeClientSessionsRefreshTelemetryToken(
        client,
        parameters,
        options,
      )
  }

  /**
   * Regenerate a Seam Bridge Client Session Pairing Code
   *
   * Generate a new pairing code and return the updated [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client session.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/bridge/v1/bridge_client_sessions/regenerate_pairing_code'(): (
    parameters?: SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeParameters,
    options?: SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeOptions,
  ) => SeamBridgeV1BridgeClientSessionsRegeneratePairingCodeRequest {
    const { client } = this
    return (parameters, options) =>
      seamBridgeV1BridgeClientSessionsRegeneratePairingCode(
        client,
        parameters,
        options,
      )
  }

  /**
   * Report the Status of a Seam Bridge Client
   *
   * Report the status of a [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge) client.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/bridge/v1/bridge_client_sessions/report_status'(): (
    parameters: SeamBridgeV1BridgeClientSessionsReportStatusParameters,
    options?: SeamBridgeV1BridgeClientSessionsReportStatusOptions,
  ) => SeamBridgeV1BridgeClientSessionsReportStatusRequest {
    const { client } = this
    return (parameters, options) =>
      seamBridgeV1BridgeClientSessionsReportStatus(client, parameters, options)
  }

  /**
   * List Bridge-Connected Systems
   *
   * Returns the [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge)-connected systems associated with the client session token used for authentication.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/bridge/v1/bridge_connected_systems/list'(): (
    parameters?: SeamBridgeV1BridgeConnectedSystemsListParameters,
    options?: SeamBridgeV1BridgeConnectedSystemsListOptions,
  ) => SeamBridgeV1BridgeConnectedSystemsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamBridgeV1BridgeConnectedSystemsList(client, parameters, options)
  }

  /**
   * Get Current Pane
   *
   * Returns the current render pane for a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/connect_webview/v1/get_current_pane'(): (
    parameters: SeamConnectWebviewV1GetCurrentPaneParameters,
    options?: SeamConnectWebviewV1GetCurrentPaneOptions,
  ) => SeamConnectWebviewV1GetCurrentPaneRequest {
    const { client } = this
    return (parameters, options) =>
      seamConnectWebviewV1GetCurrentPane(client, parameters, options)
  }

  /**
   * Reset Connect Webview
   *
   * Resets an errored [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) so its login flow can be retried.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/connect_webview/v1/reset'(): (
    parameters: SeamConnectWebviewV1ResetParameters,
    options?: SeamConnectWebviewV1ResetOptions,
  ) => SeamConnectWebviewV1ResetRequest {
    const { client } = this
    return (parameters, options) =>
      seamConnectWebviewV1Reset(client, parameters, options)
  }

  /**
   * Submit Connect Webview Pane
   *
   * Submits pane arguments to advance a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) login state machine.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/connect_webview/v1/submit'(): (
    parameters: SeamConnectWebviewV1SubmitParameters,
    options?: SeamConnectWebviewV1SubmitOptions,
  ) => SeamConnectWebviewV1SubmitRequest {
    const { client } = this
    return (parameters, options) =>
      seamConnectWebviewV1Submit(client, parameters, options)
  }

  /**
   * Get Resource Locator
   *
   * Returns the type and system information of a resource given its UUID.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/get_resource_locator'(): (
    parameters: SeamConsoleV1GetResourceLocatorParameters,
    options?: SeamConsoleV1GetResourceLocatorOptions,
  ) => SeamConsoleV1GetResourceLocatorRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1GetResourceLocator(client, parameters, options)
  }

  /**
   * Get Lynx Migration Property Status
   *
   * Returns the most recent Lynx cutover run for a property (space), including a
   * rollup of its per-reservation child runs by status. Returns a null run when the
   * property has never been migrated.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/lynx_migration/get_property_migration_status'(): (
    parameters: SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters,
    options?: SeamConsoleV1LynxMigrationGetPropertyMigrationStatusOptions,
  ) => SeamConsoleV1LynxMigrationGetPropertyMigrationStatusRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1LynxMigrationGetPropertyMigrationStatus(
        client,
        parameters,
        options,
      )
  }

  /**
   * Get Lynx Migration Reservation Status
   *
   * Returns the most recent per-reservation Lynx cutover run for an access grant.
   * Returns a null run when the reservation has never been migrated. Keyed by
   * access_grant_id — a successful cutover deletes the access grant, but the run
   * record outlives it, so status remains available after the migration completes.
   *
   * Includes the codes the cutover deleted (snapshotted before deletion, so the
   * history survives the hard-delete) and each connected-account sync it requested.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/lynx_migration/get_reservation_migration_status'(): (
    parameters: SeamConsoleV1LynxMigrationGetReservationMigrationStatusParameters,
    options?: SeamConsoleV1LynxMigrationGetReservationMigrationStatusOptions,
  ) => SeamConsoleV1LynxMigrationGetReservationMigrationStatusRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1LynxMigrationGetReservationMigrationStatus(
        client,
        parameters,
        options,
      )
  }

  /**
   * List Lynx Migration Property Reservations
   *
   * Lists the reservations in a property (space) and classifies each for a Lynx
   * cutover: which are eligible to migrate to Seam-managed access, and which are
   * skipped (with a reason). Read-only — does not start a migration.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/lynx_migration/list_property_reservations'(): (
    parameters: SeamConsoleV1LynxMigrationListPropertyReservationsParameters,
    options?: SeamConsoleV1LynxMigrationListPropertyReservationsOptions,
  ) => SeamConsoleV1LynxMigrationListPropertyReservationsRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1LynxMigrationListPropertyReservations(
        client,
        parameters,
        options,
      )
  }

  /**
   * Migrate a Property to Seam-Managed Access
   *
   * Starts a Lynx cutover for a property (space): schedules a background task that
   * plans the eligible reservations and migrates them to Seam-managed access a
   * bounded number at a time. Idempotent — if a migration is already running for
   * the property, returns that run with `already_running: true`. Poll
   * `/seam/console/v1/lynx_migration/get_property_migration_status` for progress.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/lynx_migration/migrate_property'(): (
    parameters: SeamConsoleV1LynxMigrationMigratePropertyParameters,
    options?: SeamConsoleV1LynxMigrationMigratePropertyOptions,
  ) => SeamConsoleV1LynxMigrationMigratePropertyRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1LynxMigrationMigrateProperty(client, parameters, options)
  }

  /**
   * Create an Organization
   *
   * Creates an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/create'(): (
    parameters: SeamConsoleV1OrganizationsCreateParameters,
    options?: SeamConsoleV1OrganizationsCreateOptions,
  ) => SeamConsoleV1OrganizationsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsCreate(client, parameters, options)
  }

  /**
   * Copy a Customization Profile
   *
   * Copies a customization profile to an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/customization_profiles/copy'(): (
    parameters: SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
    options?: SeamConsoleV1OrganizationsCustomizationProfilesCopyOptions,
  ) => SeamConsoleV1OrganizationsCustomizationProfilesCopyRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsCustomizationProfilesCopy(
        client,
        parameters,
        options,
      )
  }

  /**
   * Delete an Organization
   *
   * Deletes an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/delete'(): (
    parameters: SeamConsoleV1OrganizationsDeleteParameters,
    options?: SeamConsoleV1OrganizationsDeleteOptions,
  ) => SeamConsoleV1OrganizationsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsDelete(client, parameters, options)
  }

  /**
   * Get an Organization
   *
   * Returns a specified organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/get'(): (
    parameters: SeamConsoleV1OrganizationsGetParameters,
    options?: SeamConsoleV1OrganizationsGetOptions,
  ) => SeamConsoleV1OrganizationsGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsGet(client, parameters, options)
  }

  /**
   * Revoke an Organization Invitation
   *
   * Revokes an organization invitation.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/invitations/revoke'(): (
    parameters: SeamConsoleV1OrganizationsInvitationsRevokeParameters,
    options?: SeamConsoleV1OrganizationsInvitationsRevokeOptions,
  ) => SeamConsoleV1OrganizationsInvitationsRevokeRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsInvitationsRevoke(client, parameters, options)
  }

  /**
   * List Organizations
   *
   * Returns a list of organizations.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/list'(): (
    parameters?: SeamConsoleV1OrganizationsListParameters,
    options?: SeamConsoleV1OrganizationsListOptions,
  ) => SeamConsoleV1OrganizationsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsList(client, parameters, options)
  }

  /**
   * Add an Organization Member
   *
   * Adds a member to an organization, inviting them by email if needed.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/add'(): (
    parameters: SeamConsoleV1OrganizationsMembersAddParameters,
    options?: SeamConsoleV1OrganizationsMembersAddOptions,
  ) => SeamConsoleV1OrganizationsMembersAddRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersAdd(client, parameters, options)
  }

  /**
   * Remove an Organization Member
   *
   * Removes a member from an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/remove'(): (
    parameters: SeamConsoleV1OrganizationsMembersRemoveParameters,
    options?: SeamConsoleV1OrganizationsMembersRemoveOptions,
  ) => SeamConsoleV1OrganizationsMembersRemoveRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersRemove(client, parameters, options)
  }

  /**
   * Update an Organization Member
   *
   * Updates a member of an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/update'(): (
    parameters: SeamConsoleV1OrganizationsMembersUpdateParameters,
    options?: SeamConsoleV1OrganizationsMembersUpdateOptions,
  ) => SeamConsoleV1OrganizationsMembersUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersUpdate(client, parameters, options)
  }

  /**
   * Grant an Organization Member Workspace Access
   *
   * Grants an organization member access to a workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/workspaces/grant'(): (
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
    options?: SeamConsoleV1OrganizationsMembersWorkspacesGrantOptions,
  ) => SeamConsoleV1OrganizationsMembersWorkspacesGrantRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersWorkspacesGrant(
        client,
        parameters,
        options,
      )
  }

  /**
   * List an Organization Member's Workspaces
   *
   * Returns the workspaces an organization member can access.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/workspaces/list'(): (
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
    options?: SeamConsoleV1OrganizationsMembersWorkspacesListOptions,
  ) => SeamConsoleV1OrganizationsMembersWorkspacesListRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersWorkspacesList(
        client,
        parameters,
        options,
      )
  }

  /**
   * Revoke an Organization Member's Workspace Access
   *
   * Revokes an organization member's access to a workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/workspaces/revoke'(): (
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
    options?: SeamConsoleV1OrganizationsMembersWorkspacesRevokeOptions,
  ) => SeamConsoleV1OrganizationsMembersWorkspacesRevokeRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersWorkspacesRevoke(
        client,
        parameters,
        options,
      )
  }

  /**
   * Update an Organization
   *
   * Updates an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/update'(): (
    parameters: SeamConsoleV1OrganizationsUpdateParameters,
    options?: SeamConsoleV1OrganizationsUpdateOptions,
  ) => SeamConsoleV1OrganizationsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsUpdate(client, parameters, options)
  }

  /**
   * Upload an Organization Logo
   *
   * Uploads a logo image for an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/upload_logo'(): (
    parameters?: SeamConsoleV1OrganizationsUploadLogoParameters,
    options?: SeamConsoleV1OrganizationsUploadLogoOptions,
  ) => SeamConsoleV1OrganizationsUploadLogoRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsUploadLogo(client, parameters, options)
  }

  /**
   * Create an Organization Workspace
   *
   * Creates a workspace in an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/workspaces/create'(): (
    parameters: SeamConsoleV1OrganizationsWorkspacesCreateParameters,
    options?: SeamConsoleV1OrganizationsWorkspacesCreateOptions,
  ) => SeamConsoleV1OrganizationsWorkspacesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsWorkspacesCreate(client, parameters, options)
  }

  /**
   * Remove an Organization Workspace
   *
   * Removes a workspace from an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/workspaces/remove'(): (
    parameters: SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
    options?: SeamConsoleV1OrganizationsWorkspacesRemoveOptions,
  ) => SeamConsoleV1OrganizationsWorkspacesRemoveRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsWorkspacesRemove(client, parameters, options)
  }

  /**
   * Update an Organization Workspace
   *
   * Updates a workspace in an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/workspaces/update'(): (
    parameters: SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
    options?: SeamConsoleV1OrganizationsWorkspacesUpdateOptions,
  ) => SeamConsoleV1OrganizationsWorkspacesUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsWorkspacesUpdate(client, parameters, options)
  }

  /**
   * Create a Site
   *
   * Creates a new site, a top-level space in the property hierarchy.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/sites/create'(): (
    parameters: SeamConsoleV1SitesCreateParameters,
    options?: SeamConsoleV1SitesCreateOptions,
  ) => SeamConsoleV1SitesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1SitesCreate(client, parameters, options)
  }

  /**
   * Delete a Site
   *
   * Deletes a site.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/sites/delete'(): (
    parameters: SeamConsoleV1SitesDeleteParameters,
    options?: SeamConsoleV1SitesDeleteOptions,
  ) => SeamConsoleV1SitesDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1SitesDelete(client, parameters, options)
  }

  /**
   * List Sites
   *
   * Lists sites (top-level spaces) in the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/sites/list'(): (
    parameters?: SeamConsoleV1SitesListParameters,
    options?: SeamConsoleV1SitesListOptions,
  ) => SeamConsoleV1SitesListRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1SitesList(client, parameters, options)
  }

  /**
   * Update a Site
   *
   * Updates an existing site.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/sites/update'(): (
    parameters: SeamConsoleV1SitesUpdateParameters,
    options?: SeamConsoleV1SitesUpdateOptions,
  ) => SeamConsoleV1SitesUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1SitesUpdate(client, parameters, options)
  }

  /**
   * Get Timeline Entries
   *
   * Returns timeline entries for a resource and its child resources, grouped by entry groups.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/timelines/get'(): (
    parameters: SeamConsoleV1TimelinesGetParameters,
    options?: SeamConsoleV1TimelinesGetOptions,
  ) => SeamConsoleV1TimelinesGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1TimelinesGet(client, parameters, options)
  }

  /**
   * Lists workspace feature flags.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/workspace/feature_flags/list'(): (
    parameters?: SeamConsoleV1WorkspaceFeatureFlagsListParameters,
    options?: SeamConsoleV1WorkspaceFeatureFlagsListOptions,
  ) => SeamConsoleV1WorkspaceFeatureFlagsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1WorkspaceFeatureFlagsList(client, parameters, options)
  }

  /**
   * Enables or disables a per-workspace feature flag (e.g. whether the Lynx
   * migration is enabled for the workspace). Only flags in the workspace-toggleable
   * set can be updated.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/workspace/feature_flags/update'(): (
    parameters: SeamConsoleV1WorkspaceFeatureFlagsUpdateParameters,
    options?: SeamConsoleV1WorkspaceFeatureFlagsUpdateOptions,
  ) => SeamConsoleV1WorkspaceFeatureFlagsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1WorkspaceFeatureFlagsUpdate(client, parameters, options)
  }

  /**
   * List Access Grants (Other Access)
   *
   * Gets an Access Grant.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/access_grants/list'(): (
    parameters?: SeamCustomerV1AccessGrantsListParameters,
    options?: SeamCustomerV1AccessGrantsListOptions,
  ) => SeamCustomerV1AccessGrantsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1AccessGrantsList(client, parameters, options)
  }

  /**
   * Update Access Grant Spaces
   *
   * Updates the spaces (locations) associated with an Access Grant.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/access_grants/update'(): (
    parameters: SeamCustomerV1AccessGrantsUpdateParameters,
    options?: SeamCustomerV1AccessGrantsUpdateOptions,
  ) => SeamCustomerV1AccessGrantsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1AccessGrantsUpdate(client, parameters, options)
  }

  /**
   * Encode an Access Method
   *
   * Encodes an existing access method onto a plastic card placed on the specified encoder.
   * This endpoint is intended for use within embedded customer portals, such as deep links
   * for reservation management.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/access_methods/encode'(): (
    parameters: SeamCustomerV1AccessMethodsEncodeParameters,
    options?: SeamCustomerV1AccessMethodsEncodeOptions,
  ) => SeamCustomerV1AccessMethodsEncodeRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1AccessMethodsEncode(client, parameters, options)
  }

  /**
   * List Automation Runs
   *
   * Returns a list of all automation runs for a workspace or customer.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/automation_runs/list'(): (
    parameters?: SeamCustomerV1AutomationRunsListParameters,
    options?: SeamCustomerV1AutomationRunsListOptions,
  ) => SeamCustomerV1AutomationRunsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1AutomationRunsList(client, parameters, options)
  }

  /**
   * Delete Customer Portal Automation Configuration
   *
   * Deletes the automation configuration for a customer portal workspace.
   * Supports both console session and customer client session authentication.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/automations/delete'(): (
    parameters?: SeamCustomerV1AutomationsDeleteParameters,
    options?: SeamCustomerV1AutomationsDeleteOptions,
  ) => SeamCustomerV1AutomationsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1AutomationsDelete(client, parameters, options)
  }

  /**
   * Get Customer Portal Automation Configuration
   *
   * Gets the current automation configuration for a customer portal workspace.
   * When customer_key is provided, returns customer-specific config if available,
   * otherwise falls back to workspace-level config.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/automations/get'(): (
    parameters?: SeamCustomerV1AutomationsGetParameters,
    options?: SeamCustomerV1AutomationsGetOptions,
  ) => SeamCustomerV1AutomationsGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1AutomationsGet(client, parameters, options)
  }

  /**
   * Update Customer Portal Automation Configuration
   *
   * Updates the automation configuration for a customer portal workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/automations/update'(): (
    parameters?: SeamCustomerV1AutomationsUpdateParameters,
    options?: SeamCustomerV1AutomationsUpdateOptions,
  ) => SeamCustomerV1AutomationsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1AutomationsUpdate(client, parameters, options)
  }

  /**
   * List Connector Customers
   *
   * Lists connector customers for a given connector.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connector_customers/list'(): (
    parameters?: SeamCustomerV1ConnectorCustomersListParameters,
    options?: SeamCustomerV1ConnectorCustomersListOptions,
  ) => SeamCustomerV1ConnectorCustomersListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorCustomersList(client, parameters, options)
  }

  /**
   * Get OAuth Authorization URL for Global Connector
   *
   * Returns the OAuth authorization URL for a global connector.
   * This endpoint only works for global connectors (connectors that support multiple customers).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connectors/authorize'(): (
    parameters: SeamCustomerV1ConnectorsAuthorizeParameters,
    options?: SeamCustomerV1ConnectorsAuthorizeOptions,
  ) => SeamCustomerV1ConnectorsAuthorizeRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorsAuthorize(client, parameters, options)
  }

  /**
   * List Connector Types
   *
   * Lists all available connector types and their editable fields for UI input.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connectors/connector_types'(): (
    parameters?: SeamCustomerV1ConnectorsConnectorTypesParameters,
    options?: SeamCustomerV1ConnectorsConnectorTypesOptions,
  ) => SeamCustomerV1ConnectorsConnectorTypesRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorsConnectorTypes(client, parameters, options)
  }

  /**
   * Create Connector
   *
   * Creates a new connector for a customer in a workspace. The connector will be activated and start syncing data from the external API.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connectors/create'(): (
    parameters: SeamCustomerV1ConnectorsCreateParameters,
    options?: SeamCustomerV1ConnectorsCreateOptions,
  ) => SeamCustomerV1ConnectorsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorsCreate(client, parameters, options)
  }

  /**
   * Delete Connector
   *
   * Deletes a connector from a workspace. The connector must already be assigned to a workspace.
   * This will remove the connector row from the database and deactivate any active connections.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connectors/delete'(): (
    parameters: SeamCustomerV1ConnectorsDeleteParameters,
    options?: SeamCustomerV1ConnectorsDeleteOptions,
  ) => SeamCustomerV1ConnectorsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorsDelete(client, parameters, options)
  }

  /**
   * List External Sites for a Connected Account
   *
   * Lists sites/properties available from the external system for a given connected account by calling the connector's live API.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connectors/external_sites/list'(): (
    parameters: SeamCustomerV1ConnectorsExternalSitesListParameters,
    options?: SeamCustomerV1ConnectorsExternalSitesListOptions,
  ) => SeamCustomerV1ConnectorsExternalSitesListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorsExternalSitesList(client, parameters, options)
  }

  /**
   * Validate iCal Config
   *
   * Fetches a sample iCal feed and validates the config against it,
   * returning the parsed reservations so the caller can verify
   * extraction is correct.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connectors/ical/validate-config'(): (
    parameters: SeamCustomerV1ConnectorsIcalValidateConfigParameters,
    options?: SeamCustomerV1ConnectorsIcalValidateConfigOptions,
  ) => SeamCustomerV1ConnectorsIcalValidateConfigRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorsIcalValidateConfig(client, parameters, options)
  }

  /**
   * List Connectors
   *
   * Lists connectors for a workspace (API key auth) or for a specific customer (customer client session auth).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connectors/list'(): (
    parameters?: SeamCustomerV1ConnectorsListParameters,
    options?: SeamCustomerV1ConnectorsListOptions,
  ) => SeamCustomerV1ConnectorsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorsList(client, parameters, options)
  }

  /**
   * Sync Connector Data
   *
   * Triggers an immediate data sync for a connector by scheduling a polling task.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connectors/sync'(): (
    parameters: SeamCustomerV1ConnectorsSyncParameters,
    options?: SeamCustomerV1ConnectorsSyncOptions,
  ) => SeamCustomerV1ConnectorsSyncRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorsSync(client, parameters, options)
  }

  /**
   * Update Connector
   *
   * Updates an existing connector in a workspace. The connector must already be assigned to a workspace.
   * The connector will be reactivated with the new configuration.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/connectors/update'(): (
    parameters: SeamCustomerV1ConnectorsUpdateParameters,
    options?: SeamCustomerV1ConnectorsUpdateOptions,
  ) => SeamCustomerV1ConnectorsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ConnectorsUpdate(client, parameters, options)
  }

  /**
   * Get Customer Automation Configuration
   *
   * Gets the automation configuration for the authenticated customer.
   * Returns the merged configuration (customer overrides on top of workspace defaults).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/customers/automations/get'(): (
    parameters?: SeamCustomerV1CustomersAutomationsGetParameters,
    options?: SeamCustomerV1CustomersAutomationsGetOptions,
  ) => SeamCustomerV1CustomersAutomationsGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1CustomersAutomationsGet(client, parameters, options)
  }

  /**
   * Update Customer Automation Configuration
   *
   * Updates the automation configuration for a specific customer.
   * Creates a customer-level override if one does not already exist.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/customers/automations/update'(): (
    parameters?: SeamCustomerV1CustomersAutomationsUpdateParameters,
    options?: SeamCustomerV1CustomersAutomationsUpdateOptions,
  ) => SeamCustomerV1CustomersAutomationsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1CustomersAutomationsUpdate(client, parameters, options)
  }

  /**
   * List Customers
   *
   * Returns a list of all customers within the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/customers/list'(): (
    parameters?: SeamCustomerV1CustomersListParameters,
    options?: SeamCustomerV1CustomersListOptions,
  ) => SeamCustomerV1CustomersListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1CustomersList(client, parameters, options)
  }

  /**
   * Me
   *
   * Returns the customer associated with the authenticated client session.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/customers/me'(): (
    parameters?: SeamCustomerV1CustomersMeParameters,
    options?: SeamCustomerV1CustomersMeOptions,
  ) => SeamCustomerV1CustomersMeRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1CustomersMe(client, parameters, options)
  }

  /**
   * Open Customer Portal
   *
   * Opens an existing customer portal or creates a new one if the previous portal has expired.
   * Returns an error if no portal was ever created for this customer.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/customers/open_portal'(): (
    parameters: SeamCustomerV1CustomersOpenPortalParameters,
    options?: SeamCustomerV1CustomersOpenPortalOptions,
  ) => SeamCustomerV1CustomersOpenPortalRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1CustomersOpenPortal(client, parameters, options)
  }

  /**
   * List Encoders
   *
   * Returns a list of card encoders available to the customer.
   * This endpoint is intended for use within embedded customer portals, such as deep links
   * for reservation management, to allow staff to select an encoder for card encoding.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/encoders/list'(): (
    parameters?: SeamCustomerV1EncodersListParameters,
    options?: SeamCustomerV1EncodersListOptions,
  ) => SeamCustomerV1EncodersListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1EncodersList(client, parameters, options)
  }

  /**
   * List Events for Customer Space
   *
   * Returns a list of events for devices in a specific space. This endpoint is designed for customer portals and only supports filtering by space_id.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/events/list'(): (
    parameters: SeamCustomerV1EventsListParameters,
    options?: SeamCustomerV1EventsListOptions,
  ) => SeamCustomerV1EventsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1EventsList(client, parameters, options)
  }

  /**
   * Get Customer Portal Configuration
   *
   * Retrieves the configuration for a customer portal identified by customer_portal_id.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/portals/get'(): (
    parameters: SeamCustomerV1PortalsGetParameters,
    options?: SeamCustomerV1PortalsGetOptions,
  ) => SeamCustomerV1PortalsGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1PortalsGet(client, parameters, options)
  }

  /**
   * Update Customer Portal Configuration
   *
   * Updates the configuration for a customer portal.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/portals/update'(): (
    parameters: SeamCustomerV1PortalsUpdateParameters,
    options?: SeamCustomerV1PortalsUpdateOptions,
  ) => SeamCustomerV1PortalsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1PortalsUpdate(client, parameters, options)
  }

  /**
   * Get Reservation for Customer
   *
   * Returns a single reservation for a specific customer by reservation ID.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/reservations/get'(): (
    parameters?: SeamCustomerV1ReservationsGetParameters,
    options?: SeamCustomerV1ReservationsGetOptions,
  ) => SeamCustomerV1ReservationsGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ReservationsGet(client, parameters, options)
  }

  /**
   * List Reservations for Customer Space
   *
   * Returns a list of reservations for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/reservations/list'(): (
    parameters?: SeamCustomerV1ReservationsListParameters,
    options?: SeamCustomerV1ReservationsListOptions,
  ) => SeamCustomerV1ReservationsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ReservationsList(client, parameters, options)
  }

  /**
   * List Access Grants for Reservation
   *
   * Lists access grants linked to a reservation by reservation_key.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/reservations/list_access_grants'(): (
    parameters: SeamCustomerV1ReservationsListAccessGrantsParameters,
    options?: SeamCustomerV1ReservationsListAccessGrantsOptions,
  ) => SeamCustomerV1ReservationsListAccessGrantsRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1ReservationsListAccessGrants(client, parameters, options)
  }

  /**
   * List Business Verticals
   *
   * Returns all available business verticals.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/settings/business_verticals/list'(): (
    parameters?: SeamCustomerV1SettingsBusinessVerticalsListParameters,
    options?: SeamCustomerV1SettingsBusinessVerticalsListOptions,
  ) => SeamCustomerV1SettingsBusinessVerticalsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1SettingsBusinessVerticalsList(client, parameters, options)
  }

  /**
   * Get Customer Portal Settings
   *
   * Retrieves the settings for a customer portal workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/settings/get'(): (
    parameters?: SeamCustomerV1SettingsGetParameters,
    options?: SeamCustomerV1SettingsGetOptions,
  ) => SeamCustomerV1SettingsGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1SettingsGet(client, parameters, options)
  }

  /**
   * Update Customer Portal Settings
   *
   * Updates the settings for a customer portal workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/settings/update'(): (
    parameters?: SeamCustomerV1SettingsUpdateParameters,
    options?: SeamCustomerV1SettingsUpdateOptions,
  ) => SeamCustomerV1SettingsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1SettingsUpdate(client, parameters, options)
  }

  /**
   * Get Vertical Resource Aliases
   *
   * Returns the resource aliases for the workspace's business vertical, mapping
   * generic resource types (space, user_identity, access_grant) to their
   * vertical-specific terminology. Defaults to neutral if no vertical is set.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/settings/vertical_resource_aliases/get'(): (
    parameters?: SeamCustomerV1SettingsVerticalResourceAliasesGetParameters,
    options?: SeamCustomerV1SettingsVerticalResourceAliasesGetOptions,
  ) => SeamCustomerV1SettingsVerticalResourceAliasesGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1SettingsVerticalResourceAliasesGet(
        client,
        parameters,
        options,
      )
  }

  /**
   * Create a Space
   *
   * Creates a new space with optional parent space support.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/spaces/create'(): (
    parameters: SeamCustomerV1SpacesCreateParameters,
    options?: SeamCustomerV1SpacesCreateOptions,
  ) => SeamCustomerV1SpacesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1SpacesCreate(client, parameters, options)
  }

  /**
   * List Spaces
   *
   * Returns a list of all spaces.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/spaces/list'(): (
    parameters?: SeamCustomerV1SpacesListParameters,
    options?: SeamCustomerV1SpacesListOptions,
  ) => SeamCustomerV1SpacesListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1SpacesList(client, parameters, options)
  }

  /**
   * List Reservations for Space
   *
   * Returns a list of existing reservations for a specific space.
   * If issued_status is "issued", only reservations that have access methods issued will be returned.
   * If issued_status is "pending", only reservations that do not have access methods issued will be returned.
   * If issued_status is not provided, only reservations that do not have access methods issued will be returned.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/spaces/list_reservations'(): (
    parameters: SeamCustomerV1SpacesListReservationsParameters,
    options?: SeamCustomerV1SpacesListReservationsOptions,
  ) => SeamCustomerV1SpacesListReservationsRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1SpacesListReservations(client, parameters, options)
  }

  /**
   * Push Common Areas
   *
   * Pushes common areas for a customer, optionally nested under spaces.
   * The customer_key is taken from the authenticated client session.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/spaces/push_common_areas'(): (
    parameters?: SeamCustomerV1SpacesPushCommonAreasParameters,
    options?: SeamCustomerV1SpacesPushCommonAreasOptions,
  ) => SeamCustomerV1SpacesPushCommonAreasRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1SpacesPushCommonAreas(client, parameters, options)
  }

  /**
   * Get Staff Member
   *
   * Returns a staff member for a specific customer.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/staff_members/get'(): (
    parameters: SeamCustomerV1StaffMembersGetParameters,
    options?: SeamCustomerV1StaffMembersGetOptions,
  ) => SeamCustomerV1StaffMembersGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1StaffMembersGet(client, parameters, options)
  }

  /**
   * List Staff Members for Customer Space
   *
   * Returns a list of staff members for a specific customer. This endpoint is designed for customer portals and supports filtering by space_key.
   * Provided space_key or space_id can be a child space, in which case the staff members for the parent space will be returned.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/customer/v1/staff_members/list'(): (
    parameters?: SeamCustomerV1StaffMembersListParameters,
    options?: SeamCustomerV1StaffMembersListOptions,
  ) => SeamCustomerV1StaffMembersListRequest {
    const { client } = this
    return (parameters, options) =>
      seamCustomerV1StaffMembersList(client, parameters, options)
  }

  /**
   * Exchange Instant Key Short Code
   *
   * Exchanges a short code for a client session token. Mobile apps use this endpoint to retrieve a client session token securely using a short code obtained from an Instant Key URL.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/instant_key/v1/client_sessions/exchange_short_code'(): (
    parameters: SeamInstantKeyV1ClientSessionsExchangeShortCodeParameters,
    options?: SeamInstantKeyV1ClientSessionsExchangeShortCodeOptions,
  ) => SeamInstantKeyV1ClientSessionsExchangeShortCodeRequest {
    const { client } = this
    return (parameters, options) =>
      seamInstantKeyV1ClientSessionsExchangeShortCode(
        client,
        parameters,
        options,
      )
  }

  /**
   * Preview Instant Key
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/instant_key/v1/preview/get'(): (
    parameters: SeamInstantKeyV1PreviewGetParameters,
    options?: SeamInstantKeyV1PreviewGetOptions,
  ) => SeamInstantKeyV1PreviewGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamInstantKeyV1PreviewGet(client, parameters, options)
  }

  /**
   * Create Support Read-Only Token
   *
   * Mints a short-lived, read-only token bound to a single workspace. Used by the Seam support agent to inspect a customer workspace via read-only public API endpoints.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/mcp/v1/create_ro_token'(): (
    parameters: SeamMcpV1CreateRoTokenParameters,
    options?: SeamMcpV1CreateRoTokenOptions,
  ) => SeamMcpV1CreateRoTokenRequest {
    const { client } = this
    return (parameters, options) =>
      seamMcpV1CreateRoToken(client, parameters, options)
  }

  /**
   * List Credentials
   *
   * Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/mobile_sdk/v1/acs/credentials/list'(): (
    parameters?: SeamMobileSdkV1AcsCredentialsListParameters,
    options?: SeamMobileSdkV1AcsCredentialsListOptions,
  ) => SeamMobileSdkV1AcsCredentialsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamMobileSdkV1AcsCredentialsList(client, parameters, options)
  }

  /**
   * Get or Create a Phone Session
   *
   * Gets or creates a session for a mobile SDK phone.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/mobile_sdk/v1/phone_sessions/get_or_create'(): (
    parameters: SeamMobileSdkV1PhoneSessionsGetOrCreateParameters,
    options?: SeamMobileSdkV1PhoneSessionsGetOrCreateOptions,
  ) => SeamMobileSdkV1PhoneSessionsGetOrCreateRequest {
    const { client } = this
    return (parameters, options) =>
      seamMobileSdkV1PhoneSessionsGetOrCreate(client, parameters, options)
  }

  /**
   * Report Salto Space Audit Trail
   *
   * Reports audit trail data from Salto Space mobile SDK.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/mobile_sdk/v1/report_salto_space_audit_trail'(): (
    parameters: SeamMobileSdkV1ReportSaltoSpaceAuditTrailParameters,
    options?: SeamMobileSdkV1ReportSaltoSpaceAuditTrailOptions,
  ) => SeamMobileSdkV1ReportSaltoSpaceAuditTrailRequest {
    const { client } = this
    return (parameters, options) =>
      seamMobileSdkV1ReportSaltoSpaceAuditTrail(client, parameters, options)
  }

  /**
   * Do Auto-Mapping for Partner Resources that Map to Spaces
   *
   * Auto-maps partner resources that have been pushed to Seam.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/partner/v1/building_blocks/spaces/auto_map'(): (
    parameters?: SeamPartnerV1BuildingBlocksSpacesAutoMapParameters,
    options?: SeamPartnerV1BuildingBlocksSpacesAutoMapOptions,
  ) => SeamPartnerV1BuildingBlocksSpacesAutoMapRequest {
    const { client } = this
    return (parameters, options) =>
      seamPartnerV1BuildingBlocksSpacesAutoMap(client, parameters, options)
  }

  /**
   * Receive a Provider Webhook
   *
   * Receives an inbound webhook delivery for a provider subscription.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/webhooks/[provider]/[subscription_id]'(): (
    parameters: SeamWebhooksByProviderBySubscriptionIdParameters,
    options?: SeamWebhooksByProviderBySubscriptionIdOptions,
  ) => SeamWebhooksByProviderBySubscriptionIdRequest {
    const { client } = this
    return (parameters, options) =>
      seamWebhooksByProviderBySubscriptionId(client, parameters, options)
  }

  /**
   * Add Entrances to a Space
   *
   * Adds [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) to a specific space.
   */
  get '/spaces/add_acs_entrances'(): (
    parameters: SpacesAddAcsEntrancesParameters,
    options?: SpacesAddAcsEntrancesOptions,
  ) => SpacesAddAcsEntrancesRequest {
    const { client } = this
    return (parameters, options) =>
      spacesAddAcsEntrances(client, parameters, options)
  }

  /**
   * Add a Connected Account to a Space
   *
   * Adds a [connected account](https://docs.seam.co/core-concepts/connected-accounts) to a specific space.
   */
  get '/spaces/add_connected_account'(): (
    parameters: SpacesAddConnectedAccountParameters,
    options?: SpacesAddConnectedAccountOptions,
  ) => SpacesAddConnectedAccountRequest {
    const { client } = this
    return (parameters, options) =>
      spacesAddConnectedAccount(client, parameters, options)
  }

  /**
   * Add Devices to a Space
   *
   * Adds devices to a specific space.
   */
  get '/spaces/add_devices'(): (
    parameters: SpacesAddDevicesParameters,
    options?: SpacesAddDevicesOptions,
  ) => SpacesAddDevicesRequest {
    const { client } = this
    return (parameters, options) =>
      spacesAddDevices(client, parameters, options)
  }

  /**
   * Create a Space
   *
   * Creates a new space.
   */
  get '/spaces/create'(): (
    parameters: SpacesCreateParameters,
    options?: SpacesCreateOptions,
  ) => SpacesCreateRequest {
    const { client } = this
    return (parameters, options) => spacesCreate(client, parameters, options)
  }

  /**
   * Delete a Space
   *
   * Deletes a space.
   */
  get '/spaces/delete'(): (
    parameters: SpacesDeleteParameters,
    options?: SpacesDeleteOptions,
  ) => SpacesDeleteRequest {
    const { client } = this
    return (parameters, options) => spacesDelete(client, parameters, options)
  }

  /**
   * Get a Space
   *
   * Gets a space.
   */
  get '/spaces/get'(): (
    parameters: SpacesGetParameters,
    options?: SpacesGetOptions,
  ) => SpacesGetRequest {
    const { client } = this
    return (parameters, options) => spacesGet(client, parameters, options)
  }

  /**
   * Get related Space resources
   *
   * Gets all related resources for one or more Spaces.
   */
  get '/spaces/get_related'(): (
    parameters?: SpacesGetRelatedParameters,
    options?: SpacesGetRelatedOptions,
  ) => SpacesGetRelatedRequest {
    const { client } = this
    return (parameters, options) =>
      spacesGetRelated(client, parameters, options)
  }

  /**
   * List Spaces
   *
   * Returns a list of all spaces.
   */
  get '/spaces/list'(): (
    parameters?: SpacesListParameters,
    options?: SpacesListOptions,
  ) => SpacesListRequest {
    const { client } = this
    return (parameters, options) => spacesList(client, parameters, options)
  }

  /**
   * Remove Entrances from a Space
   *
   * Removes [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) from a specific space.
   */
  get '/spaces/remove_acs_entrances'(): (
    parameters: SpacesRemoveAcsEntrancesParameters,
    options?: SpacesRemoveAcsEntrancesOptions,
  ) => SpacesRemoveAcsEntrancesRequest {
    const { client } = this
    return (parameters, options) =>
      spacesRemoveAcsEntrances(client, parameters, options)
  }

  /**
   * Remove a Connected Account from a Space
   *
   * Removes a [connected account](https://docs.seam.co/core-concepts/connected-accounts) from a specific space.
   */
  get '/spaces/remove_connected_account'(): (
    parameters: SpacesRemoveConnectedAccountParameters,
    options?: SpacesRemoveConnectedAccountOptions,
  ) => SpacesRemoveConnectedAccountRequest {
    const { client } = this
    return (parameters, options) =>
      spacesRemoveConnectedAccount(client, parameters, options)
  }

  /**
   * Remove Devices from a Space
   *
   * Removes devices from a specific space.
   */
  get '/spaces/remove_devices'(): (
    parameters: SpacesRemoveDevicesParameters,
    options?: SpacesRemoveDevicesOptions,
  ) => SpacesRemoveDevicesRequest {
    const { client } = this
    return (parameters, options) =>
      spacesRemoveDevices(client, parameters, options)
  }

  /**
   * Update a Space
   *
   * Updates an existing space.
   */
  get '/spaces/update'(): (
    parameters?: SpacesUpdateParameters,
    options?: SpacesUpdateOptions,
  ) => SpacesUpdateRequest {
    const { client } = this
    return (parameters, options) => spacesUpdate(client, parameters, options)
  }

  /**
   * Activate a Climate Preset
   *
   * Activates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/activate_climate_preset'(): (
    parameters: ThermostatsActivateClimatePresetParameters,
    options?: ThermostatsActivateClimatePresetOptions,
  ) => ThermostatsActivateClimatePresetRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsActivateClimatePreset(client, parameters, options)
  }

  /**
   * Set to Cool Mode
   *
   * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [cool mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
   */
  get '/thermostats/cool'(): (
    parameters: ThermostatsCoolParameters,
    options?: ThermostatsCoolOptions,
  ) => ThermostatsCoolRequest {
    const { client } = this
    return (parameters, options) => thermostatsCool(client, parameters, options)
  }

  /**
   * Create a Climate Preset
   *
   * Creates a [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/create_climate_preset'(): (
    parameters: ThermostatsCreateClimatePresetParameters,
    options?: ThermostatsCreateClimatePresetOptions,
  ) => ThermostatsCreateClimatePresetRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsCreateClimatePreset(client, parameters, options)
  }

  /**
   * Create a Thermostat Daily Program
   *
   * Creates a new thermostat daily program. A daily program consists of a set of periods, where each period includes a start time and the key of a configured climate preset. Once you have defined a daily program, you can assign it to one or more days within a weekly program.
   */
  get '/thermostats/daily_programs/create'(): (
    parameters: ThermostatsDailyProgramsCreateParameters,
    options?: ThermostatsDailyProgramsCreateOptions,
  ) => ThermostatsDailyProgramsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsDailyProgramsCreate(client, parameters, options)
  }

  /**
   * Delete a Thermostat Daily Program
   *
   * Deletes a thermostat daily program.
   */
  get '/thermostats/daily_programs/delete'(): (
    parameters: ThermostatsDailyProgramsDeleteParameters,
    options?: ThermostatsDailyProgramsDeleteOptions,
  ) => ThermostatsDailyProgramsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsDailyProgramsDelete(client, parameters, options)
  }

  /**
   * Update a Thermostat Daily Program
   *
   * Updates a specified thermostat daily program. The periods that you specify overwrite any existing periods for the daily program.
   */
  get '/thermostats/daily_programs/update'(): (
    parameters: ThermostatsDailyProgramsUpdateParameters,
    options?: ThermostatsDailyProgramsUpdateOptions,
  ) => ThermostatsDailyProgramsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsDailyProgramsUpdate(client, parameters, options)
  }

  /**
   * Delete a Climate Preset
   *
   * Deletes a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/delete_climate_preset'(): (
    parameters: ThermostatsDeleteClimatePresetParameters,
    options?: ThermostatsDeleteClimatePresetOptions,
  ) => ThermostatsDeleteClimatePresetRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsDeleteClimatePreset(client, parameters, options)
  }

  /**
   * Get a Thermostat
   *
   * Returns a specified [thermostat](https://docs.seam.co/capability-guides/thermostats). **Deprecated:** Will be removed. Use `/devices/get` instead.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   *
   * @deprecated Use `/devices/get` instead.
   */
  get '/thermostats/get'(): (
    parameters?: ThermostatsGetParameters,
    options?: ThermostatsGetOptions,
  ) => ThermostatsGetRequest {
    const { client } = this
    return (parameters, options) => thermostatsGet(client, parameters, options)
  }

  /**
   * Set to Heat Mode
   *
   * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
   */
  get '/thermostats/heat'(): (
    parameters: ThermostatsHeatParameters,
    options?: ThermostatsHeatOptions,
  ) => ThermostatsHeatRequest {
    const { client } = this
    return (parameters, options) => thermostatsHeat(client, parameters, options)
  }

  /**
   * Set to Heat-Cool (Auto) Mode
   *
   * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to [heat-cool ("auto") mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
   */
  get '/thermostats/heat_cool'(): (
    parameters: ThermostatsHeatCoolParameters,
    options?: ThermostatsHeatCoolOptions,
  ) => ThermostatsHeatCoolRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsHeatCool(client, parameters, options)
  }

  /**
   * List Thermostats
   *
   * Returns a list of all [thermostats](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/list'(): (
    parameters?: ThermostatsListParameters,
    options?: ThermostatsListOptions,
  ) => ThermostatsListRequest {
    const { client } = this
    return (parameters, options) => thermostatsList(client, parameters, options)
  }

  /**
   * Set to Off Mode
   *
   * Sets a specified [thermostat](https://docs.seam.co/capability-guides/thermostats) to ["off" mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings).
   */
  get '/thermostats/off'(): (
    parameters: ThermostatsOffParameters,
    options?: ThermostatsOffOptions,
  ) => ThermostatsOffRequest {
    const { client } = this
    return (parameters, options) => thermostatsOff(client, parameters, options)
  }

  /**
   * Create a Thermostat Schedule
   *
   * Creates a new [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/schedules/create'(): (
    parameters: ThermostatsSchedulesCreateParameters,
    options?: ThermostatsSchedulesCreateOptions,
  ) => ThermostatsSchedulesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSchedulesCreate(client, parameters, options)
  }

  /**
   * Delete a Thermostat Schedule
   *
   * Deletes a [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/schedules/delete'(): (
    parameters: ThermostatsSchedulesDeleteParameters,
    options?: ThermostatsSchedulesDeleteOptions,
  ) => ThermostatsSchedulesDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSchedulesDelete(client, parameters, options)
  }

  /**
   * Get a Thermostat Schedule
   *
   * Returns a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
   */
  get '/thermostats/schedules/get'(): (
    parameters: ThermostatsSchedulesGetParameters,
    options?: ThermostatsSchedulesGetOptions,
  ) => ThermostatsSchedulesGetRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSchedulesGet(client, parameters, options)
  }

  /**
   * List Thermostat Schedules
   *
   * Returns a list of all [thermostat schedules](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/schedules/list'(): (
    parameters: ThermostatsSchedulesListParameters,
    options?: ThermostatsSchedulesListOptions,
  ) => ThermostatsSchedulesListRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSchedulesList(client, parameters, options)
  }

  /**
   * Update a Thermostat Schedule
   *
   * Updates a specified [thermostat schedule](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-thermostat-schedules).
   */
  get '/thermostats/schedules/update'(): (
    parameters: ThermostatsSchedulesUpdateParameters,
    options?: ThermostatsSchedulesUpdateOptions,
  ) => ThermostatsSchedulesUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSchedulesUpdate(client, parameters, options)
  }

  /**
   * Set the Fallback Climate Preset
   *
   * Sets a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) as the ["fallback"](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets/setting-the-fallback-climate-preset) preset for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/set_fallback_climate_preset'(): (
    parameters: ThermostatsSetFallbackClimatePresetParameters,
    options?: ThermostatsSetFallbackClimatePresetOptions,
  ) => ThermostatsSetFallbackClimatePresetRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSetFallbackClimatePreset(client, parameters, options)
  }

  /**
   * Set the Fan Mode Setting
   *
   * Sets the [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/set_fan_mode'(): (
    parameters: ThermostatsSetFanModeParameters,
    options?: ThermostatsSetFanModeOptions,
  ) => ThermostatsSetFanModeRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSetFanMode(client, parameters, options)
  }

  /**
   * Set the HVAC Mode
   *
   * Sets the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/set_hvac_mode'(): (
    parameters: ThermostatsSetHvacModeParameters,
    options?: ThermostatsSetHvacModeOptions,
  ) => ThermostatsSetHvacModeRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSetHvacMode(client, parameters, options)
  }

  /**
   * Set a Temperature Threshold
   *
   * Sets a [temperature threshold](https://docs.seam.co/capability-guides/thermostats/setting-and-monitoring-temperature-thresholds) for a specified thermostat. Seam emits a `thermostat.temperature_threshold_exceeded` event and adds a warning on a thermostat if it reports a temperature outside the threshold range.
   */
  get '/thermostats/set_temperature_threshold'(): (
    parameters: ThermostatsSetTemperatureThresholdParameters,
    options?: ThermostatsSetTemperatureThresholdOptions,
  ) => ThermostatsSetTemperatureThresholdRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSetTemperatureThreshold(client, parameters, options)
  }

  /**
   * HVAC Mode Adjusted
   *
   * Simulates having adjusted the [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) for a [thermostat](https://docs.seam.co/capability-guides/thermostats). Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
   */
  get '/thermostats/simulate/hvac_mode_adjusted'(): (
    parameters: ThermostatsSimulateHvacModeAdjustedParameters,
    options?: ThermostatsSimulateHvacModeAdjustedOptions,
  ) => ThermostatsSimulateHvacModeAdjustedRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSimulateHvacModeAdjusted(client, parameters, options)
  }

  /**
   * Temperature Reached
   *
   * Simulates a [thermostat](https://docs.seam.co/capability-guides/thermostats) reaching a specified temperature. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your Thermostat App with Simulate Endpoints](https://docs.seam.co/capability-guides/thermostats/testing-your-thermostat-app-with-simulate-endpoints).
   */
  get '/thermostats/simulate/temperature_reached'(): (
    parameters: ThermostatsSimulateTemperatureReachedParameters,
    options?: ThermostatsSimulateTemperatureReachedOptions,
  ) => ThermostatsSimulateTemperatureReachedRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsSimulateTemperatureReached(client, parameters, options)
  }

  /**
   * Update a Climate Preset
   *
   * Updates a specified [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for a specified [thermostat](https://docs.seam.co/capability-guides/thermostats).
   */
  get '/thermostats/update_climate_preset'(): (
    parameters: ThermostatsUpdateClimatePresetParameters,
    options?: ThermostatsUpdateClimatePresetOptions,
  ) => ThermostatsUpdateClimatePresetRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsUpdateClimatePreset(client, parameters, options)
  }

  /**
   * Update the Thermostat Weekly Program
   *
   * Updates the thermostat weekly program for a thermostat device. To configure a weekly program, specify the ID of the daily program that you want to use for each day of the week. When you update a weekly program, the set of programs that you specify overwrites any previous weekly program for the thermostat.
   */
  get '/thermostats/update_weekly_program'(): (
    parameters: ThermostatsUpdateWeeklyProgramParameters,
    options?: ThermostatsUpdateWeeklyProgramOptions,
  ) => ThermostatsUpdateWeeklyProgramRequest {
    const { client } = this
    return (parameters, options) =>
      thermostatsUpdateWeeklyProgram(client, parameters, options)
  }

  /**
   * Generate a Connect Accounts Building Block Magic Link
   *
   * Creates a new building block magic link to connect accounts.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/unstable_partner/building_blocks/connect_accounts'(): (
    parameters: UnstablePartnerBuildingBlocksConnectAccountsParameters,
    options?: UnstablePartnerBuildingBlocksConnectAccountsOptions,
  ) => UnstablePartnerBuildingBlocksConnectAccountsRequest {
    const { client } = this
    return (parameters, options) =>
      unstablePartnerBuildingBlocksConnectAccounts(client, parameters, options)
  }

  /**
   * Generate a Building Block Magic Link
   *
   * Creates a new building block magic link.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/unstable_partner/building_blocks/generate_magic_link'(): (
    parameters: UnstablePartnerBuildingBlocksGenerateMagicLinkParameters,
    options?: UnstablePartnerBuildingBlocksGenerateMagicLinkOptions,
  ) => UnstablePartnerBuildingBlocksGenerateMagicLinkRequest {
    const { client } = this
    return (parameters, options) =>
      unstablePartnerBuildingBlocksGenerateMagicLink(
        client,
        parameters,
        options,
      )
  }

  /**
   * Generate a Manage Devices Building Block Magic Link
   *
   * Creates a new building block magic link to manage devices.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/unstable_partner/building_blocks/manage_devices'(): (
    parameters: UnstablePartnerBuildingBlocksManageDevicesParameters,
    options?: UnstablePartnerBuildingBlocksManageDevicesOptions,
  ) => UnstablePartnerBuildingBlocksManageDevicesRequest {
    const { client } = this
    return (parameters, options) =>
      unstablePartnerBuildingBlocksManageDevices(client, parameters, options)
  }

  /**
   * Generate an Organize Spaces Building Block Magic Link
   *
   * Creates a new building block magic link to organize spaces.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/unstable_partner/building_blocks/organize_spaces'(): (
    parameters: UnstablePartnerBuildingBlocksOrganizeSpacesParameters,
    options?: UnstablePartnerBuildingBlocksOrganizeSpacesOptions,
  ) => UnstablePartnerBuildingBlocksOrganizeSpacesRequest {
    const { client } = this
    return (parameters, options) =>
      unstablePartnerBuildingBlocksOrganizeSpaces(client, parameters, options)
  }

  /**
   * Add an ACS User to a User Identity
   *
   * Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   *
   * You must specify either `user_identity_id` or `user_identity_key` to identify the user identity.
   *
   * If `user_identity_key` is provided, but the user identity doesn't exist, a new user identity will be created automatically using information from the ACS user.
   */
  get '/user_identities/add_acs_user'(): (
    parameters: UserIdentitiesAddAcsUserParameters,
    options?: UserIdentitiesAddAcsUserOptions,
  ) => UserIdentitiesAddAcsUserRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesAddAcsUser(client, parameters, options)
  }

  /**
   * Create a User Identity
   *
   * Creates a new [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get '/user_identities/create'(): (
    parameters?: UserIdentitiesCreateParameters,
    options?: UserIdentitiesCreateOptions,
  ) => UserIdentitiesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesCreate(client, parameters, options)
  }

  /**
   * Delete a User Identity
   *
   * Deletes a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This deletes the user identity and all associated resources, including any [credentials](https://docs.seam.co/api/acs/credentials), [acs users](https://docs.seam.co/api/acs/users) and [client sessions](https://docs.seam.co/api/client_sessions).
   */
  get '/user_identities/delete'(): (
    parameters: UserIdentitiesDeleteParameters,
    options?: UserIdentitiesDeleteOptions,
  ) => UserIdentitiesDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesDelete(client, parameters, options)
  }

  /**
   * Delete an Enrollment Automation
   *
   * Deletes a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system). You must delete all enrollment automations associated with a [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) before [deleting the user identity](https://docs.seam.co/api/user_identities/delete).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/user_identities/enrollment_automations/delete'(): (
    parameters: UserIdentitiesEnrollmentAutomationsDeleteParameters,
    options?: UserIdentitiesEnrollmentAutomationsDeleteOptions,
  ) => UserIdentitiesEnrollmentAutomationsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesEnrollmentAutomationsDelete(client, parameters, options)
  }

  /**
   * Get an Enrollment Automation
   *
   * Returns a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system/).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/user_identities/enrollment_automations/get'(): (
    parameters: UserIdentitiesEnrollmentAutomationsGetParameters,
    options?: UserIdentitiesEnrollmentAutomationsGetOptions,
  ) => UserIdentitiesEnrollmentAutomationsGetRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesEnrollmentAutomationsGet(client, parameters, options)
  }

  /**
   * Launch an Enrollment Automation
   *
   * Sets up a new [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) with a specified [credential manager](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/user_identities/enrollment_automations/launch'(): (
    parameters: UserIdentitiesEnrollmentAutomationsLaunchParameters,
    options?: UserIdentitiesEnrollmentAutomationsLaunchOptions,
  ) => UserIdentitiesEnrollmentAutomationsLaunchRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesEnrollmentAutomationsLaunch(client, parameters, options)
  }

  /**
   * List Enrollment Automations
   *
   * Returns a list of all [enrollment automations](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/user_identities/enrollment_automations/list'(): (
    parameters: UserIdentitiesEnrollmentAutomationsListParameters,
    options?: UserIdentitiesEnrollmentAutomationsListOptions,
  ) => UserIdentitiesEnrollmentAutomationsListRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesEnrollmentAutomationsList(client, parameters, options)
  }

  /**
   * Generate an Instant Key
   *
   * Generates a new [instant key](https://docs.seam.co/capability-guides/instant-keys) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get '/user_identities/generate_instant_key'(): (
    parameters: UserIdentitiesGenerateInstantKeyParameters,
    options?: UserIdentitiesGenerateInstantKeyOptions,
  ) => UserIdentitiesGenerateInstantKeyRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesGenerateInstantKey(client, parameters, options)
  }

  /**
   * Get a User Identity
   *
   * Returns a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get '/user_identities/get'(): (
    parameters: UserIdentitiesGetParameters,
    options?: UserIdentitiesGetOptions,
  ) => UserIdentitiesGetRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesGet(client, parameters, options)
  }

  /**
   * Grant a User Identity Access to a Device
   *
   * Grants a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) access to a specified [device](https://docs.seam.co/core-concepts/devices/).
   */
  get '/user_identities/grant_access_to_device'(): (
    parameters: UserIdentitiesGrantAccessToDeviceParameters,
    options?: UserIdentitiesGrantAccessToDeviceOptions,
  ) => UserIdentitiesGrantAccessToDeviceRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesGrantAccessToDevice(client, parameters, options)
  }

  /**
   * List User Identities
   *
   * Returns a list of all [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get '/user_identities/list'(): (
    parameters?: UserIdentitiesListParameters,
    options?: UserIdentitiesListOptions,
  ) => UserIdentitiesListRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesList(client, parameters, options)
  }

  /**
   * List Accessible Devices for a User Identity
   *
   * Returns a list of all [devices](https://docs.seam.co/core-concepts/devices) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes devices derived from the access grants assigned to the user identity and devices directly linked to the user identity.
   */
  get '/user_identities/list_accessible_devices'(): (
    parameters: UserIdentitiesListAccessibleDevicesParameters,
    options?: UserIdentitiesListAccessibleDevicesOptions,
  ) => UserIdentitiesListAccessibleDevicesRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesListAccessibleDevices(client, parameters, options)
  }

  /**
   * List Accessible Entrances for a User Identity
   *
   * Returns a list of all [ACS entrances](https://docs.seam.co/api/acs/entrances) accessible to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes entrances derived from the access grants assigned to the user identity and entrances accessible through ACS users linked to the user identity.
   */
  get '/user_identities/list_accessible_entrances'(): (
    parameters: UserIdentitiesListAccessibleEntrancesParameters,
    options?: UserIdentitiesListAccessibleEntrancesOptions,
  ) => UserIdentitiesListAccessibleEntrancesRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesListAccessibleEntrances(client, parameters, options)
  }

  /**
   * List ACS Systems Associated with a User Identity
   *
   * Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get '/user_identities/list_acs_systems'(): (
    parameters: UserIdentitiesListAcsSystemsParameters,
    options?: UserIdentitiesListAcsSystemsOptions,
  ) => UserIdentitiesListAcsSystemsRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesListAcsSystems(client, parameters, options)
  }

  /**
   * List ACS Users Associated with a User Identity
   *
   * Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) assigned to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get '/user_identities/list_acs_users'(): (
    parameters: UserIdentitiesListAcsUsersParameters,
    options?: UserIdentitiesListAcsUsersOptions,
  ) => UserIdentitiesListAcsUsersRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesListAcsUsers(client, parameters, options)
  }

  /**
   * Remove an ACS User from a User Identity
   *
   * Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get '/user_identities/remove_acs_user'(): (
    parameters: UserIdentitiesRemoveAcsUserParameters,
    options?: UserIdentitiesRemoveAcsUserOptions,
  ) => UserIdentitiesRemoveAcsUserRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesRemoveAcsUser(client, parameters, options)
  }

  /**
   * Revoke Access to a Device from a User Identity
   *
   * Revokes access to a specified [device](https://docs.seam.co/core-concepts/devices/) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get '/user_identities/revoke_access_to_device'(): (
    parameters: UserIdentitiesRevokeAccessToDeviceParameters,
    options?: UserIdentitiesRevokeAccessToDeviceOptions,
  ) => UserIdentitiesRevokeAccessToDeviceRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesRevokeAccessToDevice(client, parameters, options)
  }

  /**
   * Get an Unmanaged User Identity
   *
   * Returns a specified unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
   */
  get '/user_identities/unmanaged/get'(): (
    parameters: UserIdentitiesUnmanagedGetParameters,
    options?: UserIdentitiesUnmanagedGetOptions,
  ) => UserIdentitiesUnmanagedGetRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesUnmanagedGet(client, parameters, options)
  }

  /**
   * List Unmanaged User Identities
   *
   * Returns a list of all unmanaged [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).
   */
  get '/user_identities/unmanaged/list'(): (
    parameters?: UserIdentitiesUnmanagedListParameters,
    options?: UserIdentitiesUnmanagedListOptions,
  ) => UserIdentitiesUnmanagedListRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesUnmanagedList(client, parameters, options)
  }

  /**
   * Update an Unmanaged User Identity
   *
   * Updates an unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) to make it managed.
   *
   * This endpoint can only be used to convert unmanaged user identities to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed user identities back to unmanaged.
   */
  get '/user_identities/unmanaged/update'(): (
    parameters: UserIdentitiesUnmanagedUpdateParameters,
    options?: UserIdentitiesUnmanagedUpdateOptions,
  ) => UserIdentitiesUnmanagedUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesUnmanagedUpdate(client, parameters, options)
  }

  /**
   * Update a User Identity
   *
   * Updates a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).
   */
  get '/user_identities/update'(): (
    parameters: UserIdentitiesUpdateParameters,
    options?: UserIdentitiesUpdateOptions,
  ) => UserIdentitiesUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      userIdentitiesUpdate(client, parameters, options)
  }

  /**
   * Create a Webhook
   *
   * Creates a new [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  get '/webhooks/create'(): (
    parameters: WebhooksCreateParameters,
    options?: WebhooksCreateOptions,
  ) => WebhooksCreateRequest {
    const { client } = this
    return (parameters, options) => webhooksCreate(client, parameters, options)
  }

  /**
   * Delete a Webhook
   *
   * Deletes a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  get '/webhooks/delete'(): (
    parameters: WebhooksDeleteParameters,
    options?: WebhooksDeleteOptions,
  ) => WebhooksDeleteRequest {
    const { client } = this
    return (parameters, options) => webhooksDelete(client, parameters, options)
  }

  /**
   * Get a Webhook
   *
   * Gets a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  get '/webhooks/get'(): (
    parameters: WebhooksGetParameters,
    options?: WebhooksGetOptions,
  ) => WebhooksGetRequest {
    const { client } = this
    return (parameters, options) => webhooksGet(client, parameters, options)
  }

  /**
   * List Webhooks
   *
   * Returns a list of all [webhooks](https://docs.seam.co/developer-tools/webhooks).
   */
  get '/webhooks/list'(): (
    parameters?: WebhooksListParameters,
    options?: WebhooksListOptions,
  ) => WebhooksListRequest {
    const { client } = this
    return (parameters, options) => webhooksList(client, parameters, options)
  }

  /**
   * Update a Webhook
   *
   * Updates a specified [webhook](https://docs.seam.co/developer-tools/webhooks).
   */
  get '/webhooks/update'(): (
    parameters: WebhooksUpdateParameters,
    options?: WebhooksUpdateOptions,
  ) => WebhooksUpdateRequest {
    const { client } = this
    return (parameters, options) => webhooksUpdate(client, parameters, options)
  }

  /**
   * Create a Workspace
   *
   * Creates a new [workspace](https://docs.seam.co/core-concepts/workspaces).
   */
  get '/workspaces/create'(): (
    parameters: WorkspacesCreateParameters,
    options?: WorkspacesCreateOptions,
  ) => WorkspacesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesCreate(client, parameters, options)
  }

  /**
   * Update Customization Profile
   *
   * Updates the customization profile for the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/workspaces/customization_profiles/create'(): (
    parameters?: WorkspacesCustomizationProfilesCreateParameters,
    options?: WorkspacesCustomizationProfilesCreateOptions,
  ) => WorkspacesCustomizationProfilesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesCustomizationProfilesCreate(client, parameters, options)
  }

  /**
   * Get Customization Profile
   *
   * Retrieves the customization profile for the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/workspaces/customization_profiles/get'(): (
    parameters: WorkspacesCustomizationProfilesGetParameters,
    options?: WorkspacesCustomizationProfilesGetOptions,
  ) => WorkspacesCustomizationProfilesGetRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesCustomizationProfilesGet(client, parameters, options)
  }

  /**
   * Get Customization Profile
   *
   * Retrieves the customization profile for the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/workspaces/customization_profiles/list'(): (
    parameters?: WorkspacesCustomizationProfilesListParameters,
    options?: WorkspacesCustomizationProfilesListOptions,
  ) => WorkspacesCustomizationProfilesListRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesCustomizationProfilesList(client, parameters, options)
  }

  /**
   * Update Customization Profile
   *
   * Updates the customization profile for the workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/workspaces/customization_profiles/update'(): (
    parameters: WorkspacesCustomizationProfilesUpdateParameters,
    options?: WorkspacesCustomizationProfilesUpdateOptions,
  ) => WorkspacesCustomizationProfilesUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesCustomizationProfilesUpdate(client, parameters, options)
  }

  /**
   * Upload Customization Profile Logo
   *
   * Uploads a logo for the customization profile.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/workspaces/customization_profiles/upload_images'(): (
    parameters?: WorkspacesCustomizationProfilesUploadImagesParameters,
    options?: WorkspacesCustomizationProfilesUploadImagesOptions,
  ) => WorkspacesCustomizationProfilesUploadImagesRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesCustomizationProfilesUploadImages(client, parameters, options)
  }

  /**
   * Find Resources
   *
   * Search for resources inside a workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/workspaces/find_anything'(): (
    parameters: WorkspacesFindAnythingParameters,
    options?: WorkspacesFindAnythingOptions,
  ) => WorkspacesFindAnythingRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesFindAnything(client, parameters, options)
  }

  /**
   * Get a Workspace
   *
   * Returns the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  get '/workspaces/get'(): (
    parameters?: WorkspacesGetParameters,
    options?: WorkspacesGetOptions,
  ) => WorkspacesGetRequest {
    const { client } = this
    return (parameters, options) => workspacesGet(client, parameters, options)
  }

  /**
   * List Workspaces
   *
   * Returns a list of [workspaces](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  get '/workspaces/list'(): (
    parameters?: WorkspacesListParameters,
    options?: WorkspacesListOptions,
  ) => WorkspacesListRequest {
    const { client } = this
    return (parameters, options) => workspacesList(client, parameters, options)
  }

  /**
   * Reset a Sandbox Workspace
   *
   * Resets the [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces) associated with the authentication value. Note that this endpoint is only available for sandbox workspaces.
   */
  get '/workspaces/reset_sandbox'(): (
    parameters?: WorkspacesResetSandboxParameters,
    options?: WorkspacesResetSandboxOptions,
  ) => WorkspacesResetSandboxRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesResetSandbox(client, parameters, options)
  }

  /**
   * Update a Workspace
   *
   * Updates the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  get '/workspaces/update'(): (
    parameters?: WorkspacesUpdateParameters,
    options?: WorkspacesUpdateOptions,
  ) => WorkspacesUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesUpdate(client, parameters, options)
  }
}

export type SeamHttpEndpointQueryPaths =
  | '/access_codes/generate_code'
  | '/access_codes/get'
  | '/access_codes/get_timeline'
  | '/access_codes/list'
  | '/access_codes/unmanaged/get'
  | '/access_codes/unmanaged/list'
  | '/access_grants/get'
  | '/access_grants/get_related'
  | '/access_grants/list'
  | '/access_grants/unmanaged/get'
  | '/access_grants/unmanaged/list'
  | '/access_methods/get'
  | '/access_methods/get_related'
  | '/access_methods/list'
  | '/access_methods/unmanaged/get'
  | '/access_methods/unmanaged/list'
  | '/acs/access_groups/get'
  | '/acs/access_groups/list'
  | '/acs/access_groups/list_accessible_entrances'
  | '/acs/access_groups/list_users'
  | '/acs/access_groups/unmanaged/get'
  | '/acs/access_groups/unmanaged/list'
  | '/acs/credential_pools/list'
  | '/acs/credentials/get'
  | '/acs/credentials/list'
  | '/acs/credentials/list_accessible_entrances'
  | '/acs/credentials/unmanaged/get'
  | '/acs/credentials/unmanaged/list'
  | '/acs/encoders/get'
  | '/acs/encoders/list'
  | '/acs/entrances/get'
  | '/acs/entrances/list'
  | '/acs/entrances/list_credentials_with_access'
  | '/acs/systems/get'
  | '/acs/systems/list'
  | '/acs/systems/list_compatible_credential_manager_acs_systems'
  | '/acs/users/get'
  | '/acs/users/list'
  | '/acs/users/list_accessible_entrances'
  | '/acs/users/unmanaged/get'
  | '/acs/users/unmanaged/list'
  | '/action_attempts/get'
  | '/action_attempts/list'
  | '/bridges/get'
  | '/bridges/list'
  | '/client_sessions/get'
  | '/client_sessions/list'
  | '/connect_webviews/get'
  | '/connect_webviews/list'
  | '/connected_accounts/get'
  | '/connected_accounts/list'
  | '/devices/get'
  | '/devices/list'
  | '/devices/list_device_providers'
  | '/devices/unmanaged/get'
  | '/devices/unmanaged/list'
  | '/events/get'
  | '/events/list'
  | '/instant_keys/get'
  | '/instant_keys/list'
  | '/locks/get'
  | '/locks/list'
  | '/noise_sensors/list'
  | '/noise_sensors/noise_thresholds/get'
  | '/noise_sensors/noise_thresholds/list'
  | '/phones/get'
  | '/phones/list'
  | '/seam/bridge/v1/bridge_client_sessions/get'
  | '/seam/bridge/v1/bridge_connected_systems/list'
  | '/seam/connect_webview/v1/get_current_pane'
  | '/seam/console/v1/get_resource_locator'
  | '/seam/console/v1/lynx_migration/get_property_migration_status'
  | '/seam/console/v1/lynx_migration/get_reservation_migration_status'
  | '/seam/console/v1/lynx_migration/list_property_reservations'
  | '/seam/console/v1/organizations/get'
  | '/seam/console/v1/organizations/list'
  | '/seam/console/v1/organizations/members/workspaces/list'
  | '/seam/console/v1/sites/list'
  | '/seam/console/v1/timelines/get'
  | '/seam/console/v1/workspace/feature_flags/list'
  | '/seam/customer/v1/access_grants/list'
  | '/seam/customer/v1/automation_runs/list'
  | '/seam/customer/v1/automations/get'
  | '/seam/customer/v1/connector_customers/list'
  | '/seam/customer/v1/connectors/authorize'
  | '/seam/customer/v1/connectors/connector_types'
  | '/seam/customer/v1/connectors/external_sites/list'
  | '/seam/customer/v1/connectors/list'
  | '/seam/customer/v1/customers/automations/get'
  | '/seam/customer/v1/customers/list'
  | '/seam/customer/v1/customers/me'
  | '/seam/customer/v1/encoders/list'
  | '/seam/customer/v1/events/list'
  | '/seam/customer/v1/portals/get'
  | '/seam/customer/v1/reservations/get'
  | '/seam/customer/v1/reservations/list'
  | '/seam/customer/v1/reservations/list_access_grants'
  | '/seam/customer/v1/settings/business_verticals/list'
  | '/seam/customer/v1/settings/get'
  | '/seam/customer/v1/settings/vertical_resource_aliases/get'
  | '/seam/customer/v1/spaces/list'
  | '/seam/customer/v1/spaces/list_reservations'
  | '/seam/customer/v1/staff_members/get'
  | '/seam/customer/v1/staff_members/list'
  | '/seam/instant_key/v1/preview/get'
  | '/seam/mobile_sdk/v1/acs/credentials/list'
  | '/seam/partner/v1/building_blocks/spaces/auto_map'
  | '/spaces/get'
  | '/spaces/get_related'
  | '/spaces/list'
  | '/thermostats/get'
  | '/thermostats/list'
  | '/thermostats/schedules/get'
  | '/thermostats/schedules/list'
  | '/unstable_partner/building_blocks/generate_magic_link'
  | '/user_identities/enrollment_automations/get'
  | '/user_identities/enrollment_automations/list'
  | '/user_identities/get'
  | '/user_identities/list'
  | '/user_identities/list_accessible_devices'
  | '/user_identities/list_accessible_entrances'
  | '/user_identities/list_acs_systems'
  | '/user_identities/list_acs_users'
  | '/user_identities/unmanaged/get'
  | '/user_identities/unmanaged/list'
  | '/webhooks/get'
  | '/webhooks/list'
  | '/workspaces/customization_profiles/get'
  | '/workspaces/customization_profiles/list'
  | '/workspaces/find_anything'
  | '/workspaces/get'
  | '/workspaces/list'
export type SeamHttpEndpointPaginatedQueryPaths =
  | '/access_codes/get_timeline'
  | '/access_codes/list'
  | '/access_codes/unmanaged/list'
  | '/access_grants/list'
  | '/access_grants/unmanaged/list'
  | '/acs/credentials/list'
  | '/acs/encoders/list'
  | '/acs/entrances/list'
  | '/acs/users/list'
  | '/action_attempts/list'
  | '/connect_webviews/list'
  | '/connected_accounts/list'
  | '/devices/list'
  | '/devices/unmanaged/list'
  | '/seam/console/v1/timelines/get'
  | '/seam/customer/v1/automation_runs/list'
  | '/seam/customer/v1/customers/list'
  | '/seam/customer/v1/reservations/list'
  | '/seam/customer/v1/staff_members/list'
  | '/spaces/list'
  | '/user_identities/list'
  | '/user_identities/unmanaged/list'
export type SeamHttpEndpointMutationPaths =
  | '/access_codes/create'
  | '/access_codes/create_multiple'
  | '/access_codes/delete'
  | '/access_codes/pull_backup_access_code'
  | '/access_codes/report_device_constraints'
  | '/access_codes/simulate/create_unmanaged_access_code'
  | '/access_codes/unmanaged/convert_to_managed'
  | '/access_codes/unmanaged/delete'
  | '/access_codes/unmanaged/update'
  | '/access_codes/update'
  | '/access_codes/update_multiple'
  | '/access_grants/create'
  | '/access_grants/delete'
  | '/access_grants/request_access_methods'
  | '/access_grants/unmanaged/update'
  | '/access_grants/update'
  | '/access_methods/assign_card'
  | '/access_methods/delete'
  | '/access_methods/encode'
  | '/access_methods/unlock_door'
  | '/acs/access_groups/add_user'
  | '/acs/access_groups/delete'
  | '/acs/access_groups/remove_user'
  | '/acs/credential_provisioning_automations/launch'
  | '/acs/credentials/assign'
  | '/acs/credentials/create'
  | '/acs/credentials/create_offline_code'
  | '/acs/credentials/delete'
  | '/acs/credentials/unassign'
  | '/acs/credentials/update'
  | '/acs/encoders/encode_credential'
  | '/acs/encoders/scan_credential'
  | '/acs/encoders/scan_to_assign_credential'
  | '/acs/encoders/simulate/next_credential_encode_will_fail'
  | '/acs/encoders/simulate/next_credential_encode_will_succeed'
  | '/acs/encoders/simulate/next_credential_scan_will_fail'
  | '/acs/encoders/simulate/next_credential_scan_will_succeed'
  | '/acs/entrances/grant_access'
  | '/acs/entrances/unlock'
  | '/acs/systems/report_devices'
  | '/acs/users/add_to_access_group'
  | '/acs/users/create'
  | '/acs/users/delete'
  | '/acs/users/remove_from_access_group'
  | '/acs/users/revoke_access_to_all_entrances'
  | '/acs/users/suspend'
  | '/acs/users/unsuspend'
  | '/acs/users/update'
  | '/client_sessions/create'
  | '/client_sessions/delete'
  | '/client_sessions/get_or_create'
  | '/client_sessions/grant_access'
  | '/client_sessions/revoke'
  | '/connect_webviews/create'
  | '/connect_webviews/delete'
  | '/connected_accounts/delete'
  | '/connected_accounts/simulate/disconnect'
  | '/connected_accounts/sync'
  | '/connected_accounts/update'
  | '/customers/create_portal'
  | '/customers/delete_data'
  | '/customers/push_data'
  | '/customers/reservations/create_deep_link'
  | '/devices/delete'
  | '/devices/report_provider_metadata'
  | '/devices/simulate/connect'
  | '/devices/simulate/connect_to_hub'
  | '/devices/simulate/disconnect'
  | '/devices/simulate/disconnect_from_hub'
  | '/devices/simulate/paid_subscription'
  | '/devices/simulate/remove'
  | '/devices/unmanaged/update'
  | '/devices/update'
  | '/instant_keys/delete'
  | '/locks/configure_auto_lock'
  | '/locks/lock_door'
  | '/locks/simulate/keypad_code_entry'
  | '/locks/simulate/manual_lock_via_keypad'
  | '/locks/unlock_door'
  | '/noise_sensors/noise_thresholds/create'
  | '/noise_sensors/noise_thresholds/delete'
  | '/noise_sensors/noise_thresholds/update'
  | '/noise_sensors/simulate/trigger_noise_threshold'
  | '/phones/deactivate'
  | '/phones/simulate/create_sandbox_phone'
  | '/seam/bridge/v1/bridge_client_sessions/create'
  | '/seam/bridge/v1/bridge_client_sessions/refresh_tailscale_auth_key'
  | '/seam/bridge/v1/bridge_client_sessions/refresh_telemetry_token'
  | '/seam/bridge/v1/bridge_client_sessions/regenerate_pairing_code'
  | '/seam/bridge/v1/bridge_client_sessions/report_status'
  | '/seam/connect_webview/v1/reset'
  | '/seam/connect_webview/v1/submit'
  | '/seam/console/v1/lynx_migration/migrate_property'
  | '/seam/console/v1/organizations/create'
  | '/seam/console/v1/organizations/customization_profiles/copy'
  | '/seam/console/v1/organizations/delete'
  | '/seam/console/v1/organizations/invitations/revoke'
  | '/seam/console/v1/organizations/members/add'
  | '/seam/console/v1/organizations/members/remove'
  | '/seam/console/v1/organizations/members/update'
  | '/seam/console/v1/organizations/members/workspaces/grant'
  | '/seam/console/v1/organizations/members/workspaces/revoke'
  | '/seam/console/v1/organizations/update'
  | '/seam/console/v1/organizations/upload_logo'
  | '/seam/console/v1/organizations/workspaces/create'
  | '/seam/console/v1/organizations/workspaces/remove'
  | '/seam/console/v1/organizations/workspaces/update'
  | '/seam/console/v1/sites/create'
  | '/seam/console/v1/sites/delete'
  | '/seam/console/v1/sites/update'
  | '/seam/console/v1/workspace/feature_flags/update'
  | '/seam/customer/v1/access_grants/update'
  | '/seam/customer/v1/access_methods/encode'
  | '/seam/customer/v1/automations/delete'
  | '/seam/customer/v1/automations/update'
  | '/seam/customer/v1/connectors/create'
  | '/seam/customer/v1/connectors/delete'
  | '/seam/customer/v1/connectors/ical/validate-config'
  | '/seam/customer/v1/connectors/sync'
  | '/seam/customer/v1/connectors/update'
  | '/seam/customer/v1/customers/automations/update'
  | '/seam/customer/v1/customers/open_portal'
  | '/seam/customer/v1/portals/update'
  | '/seam/customer/v1/settings/update'
  | '/seam/customer/v1/spaces/create'
  | '/seam/customer/v1/spaces/push_common_areas'
  | '/seam/instant_key/v1/client_sessions/exchange_short_code'
  | '/seam/mcp/v1/create_ro_token'
  | '/seam/mobile_sdk/v1/phone_sessions/get_or_create'
  | '/seam/mobile_sdk/v1/report_salto_space_audit_trail'
  | '/seam/webhooks/[provider]/[subscription_id]'
  | '/spaces/add_acs_entrances'
  | '/spaces/add_connected_account'
  | '/spaces/add_devices'
  | '/spaces/create'
  | '/spaces/delete'
  | '/spaces/remove_acs_entrances'
  | '/spaces/remove_connected_account'
  | '/spaces/remove_devices'
  | '/spaces/update'
  | '/thermostats/activate_climate_preset'
  | '/thermostats/cool'
  | '/thermostats/create_climate_preset'
  | '/thermostats/daily_programs/create'
  | '/thermostats/daily_programs/delete'
  | '/thermostats/daily_programs/update'
  | '/thermostats/delete_climate_preset'
  | '/thermostats/heat'
  | '/thermostats/heat_cool'
  | '/thermostats/off'
  | '/thermostats/schedules/create'
  | '/thermostats/schedules/delete'
  | '/thermostats/schedules/update'
  | '/thermostats/set_fallback_climate_preset'
  | '/thermostats/set_fan_mode'
  | '/thermostats/set_hvac_mode'
  | '/thermostats/set_temperature_threshold'
  | '/thermostats/simulate/hvac_mode_adjusted'
  | '/thermostats/simulate/temperature_reached'
  | '/thermostats/update_climate_preset'
  | '/thermostats/update_weekly_program'
  | '/unstable_partner/building_blocks/connect_accounts'
  | '/unstable_partner/building_blocks/manage_devices'
  | '/unstable_partner/building_blocks/organize_spaces'
  | '/user_identities/add_acs_user'
  | '/user_identities/create'
  | '/user_identities/delete'
  | '/user_identities/enrollment_automations/delete'
  | '/user_identities/enrollment_automations/launch'
  | '/user_identities/generate_instant_key'
  | '/user_identities/grant_access_to_device'
  | '/user_identities/remove_acs_user'
  | '/user_identities/revoke_access_to_device'
  | '/user_identities/unmanaged/update'
  | '/user_identities/update'
  | '/webhooks/create'
  | '/webhooks/delete'
  | '/webhooks/update'
  | '/workspaces/create'
  | '/workspaces/customization_profiles/create'
  | '/workspaces/customization_profiles/update'
  | '/workspaces/customization_profiles/upload_images'
  | '/workspaces/reset_sandbox'
  | '/workspaces/update'

/** The operations callable without a workspace, named by their paths; made as `SeamHttpWithoutWorkspace` is. */
export class SeamHttpEndpointsWithoutWorkspace extends SeamHttpWithoutWorkspaceBase {
  /**
   * Create an Organization
   *
   * Creates an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/create'(): (
    parameters: SeamConsoleV1OrganizationsCreateParameters,
    options?: SeamConsoleV1OrganizationsCreateOptions,
  ) => SeamConsoleV1OrganizationsCreateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsCreate(client, parameters, options)
  }

  /**
   * Copy a Customization Profile
   *
   * Copies a customization profile to an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/customization_profiles/copy'(): (
    parameters: SeamConsoleV1OrganizationsCustomizationProfilesCopyParameters,
    options?: SeamConsoleV1OrganizationsCustomizationProfilesCopyOptions,
  ) => SeamConsoleV1OrganizationsCustomizationProfilesCopyRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsCustomizationProfilesCopy(
        client,
        parameters,
        options,
      )
  }

  /**
   * Delete an Organization
   *
   * Deletes an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/delete'(): (
    parameters: SeamConsoleV1OrganizationsDeleteParameters,
    options?: SeamConsoleV1OrganizationsDeleteOptions,
  ) => SeamConsoleV1OrganizationsDeleteRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsDelete(client, parameters, options)
  }

  /**
   * Get an Organization
   *
   * Returns a specified organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/get'(): (
    parameters: SeamConsoleV1OrganizationsGetParameters,
    options?: SeamConsoleV1OrganizationsGetOptions,
  ) => SeamConsoleV1OrganizationsGetRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsGet(client, parameters, options)
  }

  /**
   * Revoke an Organization Invitation
   *
   * Revokes an organization invitation.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/invitations/revoke'(): (
    parameters: SeamConsoleV1OrganizationsInvitationsRevokeParameters,
    options?: SeamConsoleV1OrganizationsInvitationsRevokeOptions,
  ) => SeamConsoleV1OrganizationsInvitationsRevokeRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsInvitationsRevoke(client, parameters, options)
  }

  /**
   * List Organizations
   *
   * Returns a list of organizations.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/list'(): (
    parameters?: SeamConsoleV1OrganizationsListParameters,
    options?: SeamConsoleV1OrganizationsListOptions,
  ) => SeamConsoleV1OrganizationsListRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsList(client, parameters, options)
  }

  /**
   * Add an Organization Member
   *
   * Adds a member to an organization, inviting them by email if needed.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/add'(): (
    parameters: SeamConsoleV1OrganizationsMembersAddParameters,
    options?: SeamConsoleV1OrganizationsMembersAddOptions,
  ) => SeamConsoleV1OrganizationsMembersAddRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersAdd(client, parameters, options)
  }

  /**
   * Remove an Organization Member
   *
   * Removes a member from an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/remove'(): (
    parameters: SeamConsoleV1OrganizationsMembersRemoveParameters,
    options?: SeamConsoleV1OrganizationsMembersRemoveOptions,
  ) => SeamConsoleV1OrganizationsMembersRemoveRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersRemove(client, parameters, options)
  }

  /**
   * Update an Organization Member
   *
   * Updates a member of an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/update'(): (
    parameters: SeamConsoleV1OrganizationsMembersUpdateParameters,
    options?: SeamConsoleV1OrganizationsMembersUpdateOptions,
  ) => SeamConsoleV1OrganizationsMembersUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersUpdate(client, parameters, options)
  }

  /**
   * Grant an Organization Member Workspace Access
   *
   * Grants an organization member access to a workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/workspaces/grant'(): (
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesGrantParameters,
    options?: SeamConsoleV1OrganizationsMembersWorkspacesGrantOptions,
  ) => SeamConsoleV1OrganizationsMembersWorkspacesGrantRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersWorkspacesGrant(
        client,
        parameters,
        options,
      )
  }

  /**
   * List an Organization Member's Workspaces
   *
   * Returns the workspaces an organization member can access.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/workspaces/list'(): (
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesListParameters,
    options?: SeamConsoleV1OrganizationsMembersWorkspacesListOptions,
  ) => SeamConsoleV1OrganizationsMembersWorkspacesListRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersWorkspacesList(
        client,
        parameters,
        options,
      )
  }

  /**
   * Revoke an Organization Member's Workspace Access
   *
   * Revokes an organization member's access to a workspace.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/members/workspaces/revoke'(): (
    parameters: SeamConsoleV1OrganizationsMembersWorkspacesRevokeParameters,
    options?: SeamConsoleV1OrganizationsMembersWorkspacesRevokeOptions,
  ) => SeamConsoleV1OrganizationsMembersWorkspacesRevokeRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsMembersWorkspacesRevoke(
        client,
        parameters,
        options,
      )
  }

  /**
   * Update an Organization
   *
   * Updates an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/update'(): (
    parameters: SeamConsoleV1OrganizationsUpdateParameters,
    options?: SeamConsoleV1OrganizationsUpdateOptions,
  ) => SeamConsoleV1OrganizationsUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsUpdate(client, parameters, options)
  }

  /**
   * Upload an Organization Logo
   *
   * Uploads a logo image for an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/upload_logo'(): (
    parameters?: SeamConsoleV1OrganizationsUploadLogoParameters,
    options?: SeamConsoleV1OrganizationsUploadLogoOptions,
  ) => SeamConsoleV1OrganizationsUploadLogoRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsUploadLogo(client, parameters, options)
  }

  /**
   * Create an Organization Workspace
   *
   * Creates a workspace in an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/workspaces/create'(): (
    parameters: SeamConsoleV1OrganizationsWorkspacesCreateParameters,
    options?: SeamConsoleV1OrganizationsWorkspacesCreateOptions,
  ) => SeamConsoleV1OrganizationsWorkspacesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsWorkspacesCreate(client, parameters, options)
  }

  /**
   * Remove an Organization Workspace
   *
   * Removes a workspace from an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/workspaces/remove'(): (
    parameters: SeamConsoleV1OrganizationsWorkspacesRemoveParameters,
    options?: SeamConsoleV1OrganizationsWorkspacesRemoveOptions,
  ) => SeamConsoleV1OrganizationsWorkspacesRemoveRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsWorkspacesRemove(client, parameters, options)
  }

  /**
   * Update an Organization Workspace
   *
   * Updates a workspace in an organization.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  get '/seam/console/v1/organizations/workspaces/update'(): (
    parameters: SeamConsoleV1OrganizationsWorkspacesUpdateParameters,
    options?: SeamConsoleV1OrganizationsWorkspacesUpdateOptions,
  ) => SeamConsoleV1OrganizationsWorkspacesUpdateRequest {
    const { client } = this
    return (parameters, options) =>
      seamConsoleV1OrganizationsWorkspacesUpdate(client, parameters, options)
  }

  /**
   * Create a Workspace
   *
   * Creates a new [workspace](https://docs.seam.co/core-concepts/workspaces).
   */
  get '/workspaces/create'(): (
    parameters: WorkspacesCreateParameters,
    options?: WorkspacesCreateOptions,
  ) => WorkspacesCreateRequest {
    const { client } = this
    return (parameters, options) =>
      workspacesCreate(client, parameters, options)
  }

  /**
   * List Workspaces
   *
   * Returns a list of [workspaces](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value.
   */
  get '/workspaces/list'(): (
    parameters?: WorkspacesListParameters,
    options?: WorkspacesListOptions,
  ) => WorkspacesListRequest {
    const { client } = this
    return (parameters, options) => workspacesList(client, parameters, options)
  }
}

export type SeamHttpEndpointWithoutWorkspaceQueryPaths =
  | '/seam/console/v1/organizations/get'
  | '/seam/console/v1/organizations/list'
  | '/seam/console/v1/organizations/members/workspaces/list'
  | '/workspaces/list'
export type SeamHttpEndpointWithoutWorkspaceMutationPaths =
  | '/seam/console/v1/organizations/create'
  | '/seam/console/v1/organizations/customization_profiles/copy'
  | '/seam/console/v1/organizations/delete'
  | '/seam/console/v1/organizations/invitations/revoke'
  | '/seam/console/v1/organizations/members/add'
  | '/seam/console/v1/organizations/members/remove'
  | '/seam/console/v1/organizations/members/update'
  | '/seam/console/v1/organizations/members/workspaces/grant'
  | '/seam/console/v1/organizations/members/workspaces/revoke'
  | '/seam/console/v1/organizations/update'
  | '/seam/console/v1/organizations/upload_logo'
  | '/seam/console/v1/organizations/workspaces/create'
  | '/seam/console/v1/organizations/workspaces/remove'
  | '/seam/console/v1/organizations/workspaces/update'
  | '/workspaces/create'
