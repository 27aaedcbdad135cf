// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
  waitForActionAttempt,
} from '../../src/runtime.js'
import { SeamHttpAccessMethodsUnmanaged } from './access-methods-unmanaged.js'

export type AccessMethodsAssignCardParameters = NonNullable<
  paths['/access_methods/assign_card']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsAssignCardResponse =
  paths['/access_methods/assign_card']['post']['responses'][200]['content']['application/json']['action_attempt']
export type AccessMethodsAssignCardOptions = RequestOptions
export type AccessMethodsAssignCardRequest = SeamHttpRequest<
  AccessMethodsAssignCardParameters,
  AccessMethodsAssignCardResponse
>

/**
 * Assign a Card Credential to an Access Method
 *
 * Assigns a pre-registered card credential, identified by `card_number`, to a card-mode access method. Use this endpoint for access systems that use pre-registered cards, where a physical card must be associated with an access method before it can be used for access. Assigning a card credential also triggers issuance of the access method.
 */
export const accessMethodsAssignCard = (
  client: SeamClient,
  parameters: AccessMethodsAssignCardParameters,
  options?: AccessMethodsAssignCardOptions,
): AccessMethodsAssignCardRequest =>
  client.request(
    {
      path: '/access_methods/assign_card',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['access_method_id', 'card_number'],
    },
    parameters,
    options,
  )

export type AccessMethodsDeleteParameters = NonNullable<
  paths['/access_methods/delete']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsDeleteResponse = void
export type AccessMethodsDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessMethodsDeleteRequest = SeamHttpRequest<
  AccessMethodsDeleteParameters,
  AccessMethodsDeleteResponse
>

/**
 * Delete an Access Method
 *
 * Deletes an access method.
 */
export const accessMethodsDelete = (
  client: SeamClient,
  parameters: AccessMethodsDeleteParameters,
  options?: AccessMethodsDeleteOptions,
): AccessMethodsDeleteRequest =>
  client.request(
    { path: '/access_methods/delete', requiresParameters: true },
    parameters,
    options,
  )

export type AccessMethodsEncodeParameters = NonNullable<
  paths['/access_methods/encode']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsEncodeResponse =
  paths['/access_methods/encode']['post']['responses'][200]['content']['application/json']['action_attempt']
export type AccessMethodsEncodeOptions = RequestOptions
export type AccessMethodsEncodeRequest = SeamHttpRequest<
  AccessMethodsEncodeParameters,
  AccessMethodsEncodeResponse
>

/**
 * Encode an Access Method
 *
 * Encodes an existing access method onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
 */
export const accessMethodsEncode = (
  client: SeamClient,
  parameters: AccessMethodsEncodeParameters,
  options?: AccessMethodsEncodeOptions,
): AccessMethodsEncodeRequest =>
  client.request(
    {
      path: '/access_methods/encode',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['access_method_id', 'acs_encoder_id'],
    },
    parameters,
    options,
  )

export type AccessMethodsGetParameters = NonNullable<
  paths['/access_methods/get']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsGetResponse =
  paths['/access_methods/get']['post']['responses'][200]['content']['application/json']['access_method']
export type AccessMethodsGetOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessMethodsGetRequest = SeamHttpRequest<
  AccessMethodsGetParameters,
  AccessMethodsGetResponse
>

/**
 * Get an Access Method
 *
 * Gets an access method.
 */
export const accessMethodsGet = (
  client: SeamClient,
  parameters: AccessMethodsGetParameters,
  options?: AccessMethodsGetOptions,
): AccessMethodsGetRequest =>
  client.request(
    {
      path: '/access_methods/get',
      responseKey: 'access_method',
      read: true,
      required: ['access_method_id'],
    },
    parameters,
    options,
  )

export type AccessMethodsGetRelatedParameters = NonNullable<
  paths['/access_methods/get_related']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsGetRelatedResponse =
  paths['/access_methods/get_related']['post']['responses'][200]['content']['application/json']['batch']
export type AccessMethodsGetRelatedOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessMethodsGetRelatedRequest = SeamHttpRequest<
  AccessMethodsGetRelatedParameters,
  AccessMethodsGetRelatedResponse
>

/**
 * Get related Access Method resources
 *
 * Gets all related resources for one or more Access Methods.
 */
export const accessMethodsGetRelated = (
  client: SeamClient,
  parameters: AccessMethodsGetRelatedParameters,
  options?: AccessMethodsGetRelatedOptions,
): AccessMethodsGetRelatedRequest =>
  client.request(
    {
      path: '/access_methods/get_related',
      responseKey: 'batch',
      read: true,
      required: ['access_method_ids'],
    },
    parameters,
    options,
  )

export type AccessMethodsListParameters = NonNullable<
  paths['/access_methods/list']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsListResponse =
  paths['/access_methods/list']['post']['responses'][200]['content']['application/json']['access_methods']
export type AccessMethodsListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessMethodsListRequest = SeamHttpRequest<
  AccessMethodsListParameters,
  AccessMethodsListResponse
>

/**
 * List Access Methods
 *
 * Lists all access methods, usually filtered by Access Grant.
 */
export const accessMethodsList = (
  client: SeamClient,
  parameters?: AccessMethodsListParameters,
  options?: AccessMethodsListOptions,
): AccessMethodsListRequest =>
  client.request(
    { path: '/access_methods/list', responseKey: 'access_methods', read: true },
    parameters ?? ({} as AccessMethodsListParameters),
    options,
  )

export type AccessMethodsUnlockDoorParameters = NonNullable<
  paths['/access_methods/unlock_door']['post']['requestBody']
>['content']['application/json']
export type AccessMethodsUnlockDoorResponse =
  paths['/access_methods/unlock_door']['post']['responses'][200]['content']['application/json']['action_attempt']
export type AccessMethodsUnlockDoorOptions = RequestOptions
export type AccessMethodsUnlockDoorRequest = SeamHttpRequest<
  AccessMethodsUnlockDoorParameters,
  AccessMethodsUnlockDoorResponse
>

/**
 * Unlock a Door with an Access Method
 *
 * Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using the cloud key credential associated with an access method. Returns an action attempt that tracks the progress of the unlock operation.
 */
export const accessMethodsUnlockDoor = (
  client: SeamClient,
  parameters: AccessMethodsUnlockDoorParameters,
  options?: AccessMethodsUnlockDoorOptions,
): AccessMethodsUnlockDoorRequest =>
  client.request(
    {
      path: '/access_methods/unlock_door',
      responseKey: 'action_attempt',
      actionAttempt: waitForActionAttempt,
      required: ['access_method_id', 'acs_entrance_id'],
    },
    parameters,
    options,
  )

/** The `accessMethods` namespace of the Seam API. */
export class SeamHttpAccessMethods extends SeamHttpBase {
  get unmanaged(): SeamHttpAccessMethodsUnmanaged {
    return new SeamHttpAccessMethodsUnmanaged(this.client)
  }

  /**
   * Assign a Card Credential to an Access Method
   *
   * Assigns a pre-registered card credential, identified by `card_number`, to a card-mode access method. Use this endpoint for access systems that use pre-registered cards, where a physical card must be associated with an access method before it can be used for access. Assigning a card credential also triggers issuance of the access method.
   */
  assignCard(
    parameters: AccessMethodsAssignCardParameters,
    options?: AccessMethodsAssignCardOptions,
  ): AccessMethodsAssignCardRequest {
    return this.client.request(
      {
        path: '/access_methods/assign_card',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['access_method_id', 'card_number'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete an Access Method
   *
   * Deletes an access method.
   */
  delete(
    parameters: AccessMethodsDeleteParameters,
    options?: AccessMethodsDeleteOptions,
  ): AccessMethodsDeleteRequest {
    return this.client.request(
      { path: '/access_methods/delete', requiresParameters: true },
      parameters,
      options,
    )
  }

  /**
   * Encode an Access Method
   *
   * Encodes an existing access method onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).
   */
  encode(
    parameters: AccessMethodsEncodeParameters,
    options?: AccessMethodsEncodeOptions,
  ): AccessMethodsEncodeRequest {
    return this.client.request(
      {
        path: '/access_methods/encode',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['access_method_id', 'acs_encoder_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get an Access Method
   *
   * Gets an access method.
   */
  get(
    parameters: AccessMethodsGetParameters,
    options?: AccessMethodsGetOptions,
  ): AccessMethodsGetRequest {
    return this.client.request(
      {
        path: '/access_methods/get',
        responseKey: 'access_method',
        read: true,
        required: ['access_method_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get related Access Method resources
   *
   * Gets all related resources for one or more Access Methods.
   */
  getRelated(
    parameters: AccessMethodsGetRelatedParameters,
    options?: AccessMethodsGetRelatedOptions,
  ): AccessMethodsGetRelatedRequest {
    return this.client.request(
      {
        path: '/access_methods/get_related',
        responseKey: 'batch',
        read: true,
        required: ['access_method_ids'],
      },
      parameters,
      options,
    )
  }

  /**
   * List Access Methods
   *
   * Lists all access methods, usually filtered by Access Grant.
   */
  list(
    parameters?: AccessMethodsListParameters,
    options?: AccessMethodsListOptions,
  ): AccessMethodsListRequest {
    return this.client.request(
      {
        path: '/access_methods/list',
        responseKey: 'access_methods',
        read: true,
      },
      parameters ?? ({} as AccessMethodsListParameters),
      options,
    )
  }

  /**
   * Unlock a Door with an Access Method
   *
   * Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using the cloud key credential associated with an access method. Returns an action attempt that tracks the progress of the unlock operation.
   */
  unlockDoor(
    parameters: AccessMethodsUnlockDoorParameters,
    options?: AccessMethodsUnlockDoorOptions,
  ): AccessMethodsUnlockDoorRequest {
    return this.client.request(
      {
        path: '/access_methods/unlock_door',
        responseKey: 'action_attempt',
        actionAttempt: waitForActionAttempt,
        required: ['access_method_id', 'acs_entrance_id'],
      },
      parameters,
      options,
    )
  }
}
