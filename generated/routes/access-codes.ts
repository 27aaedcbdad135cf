// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'
import { SeamHttpAccessCodesSimulate } from './access-codes-simulate.js'
import { SeamHttpAccessCodesUnmanaged } from './access-codes-unmanaged.js'

export type AccessCodesCreateParameters = NonNullable<
  paths['/access_codes/create']['post']['requestBody']
>['content']['application/json']
export type AccessCodesCreateResponse =
  paths['/access_codes/create']['post']['responses'][200]['content']['application/json']['access_code']
export type AccessCodesCreateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesCreateRequest = SeamHttpRequest<
  AccessCodesCreateParameters,
  AccessCodesCreateResponse
>

/**
 * Create an Access Code
 *
 * Creates a new [access code](https://docs.seam.co/low-level-apis/access-codes). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they work across both standalone smart locks and access control systems and manage the underlying codes for you. Use this low-level endpoint only when you need direct control over a code on a single device, such as setting a custom PIN value.
 */
export const accessCodesCreate = (
  client: SeamClient,
  parameters: AccessCodesCreateParameters,
  options?: AccessCodesCreateOptions,
): AccessCodesCreateRequest =>
  client.request(
    {
      path: '/access_codes/create',
      responseKey: 'access_code',
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type AccessCodesCreateMultipleParameters = NonNullable<
  paths['/access_codes/create_multiple']['post']['requestBody']
>['content']['application/json']
export type AccessCodesCreateMultipleResponse =
  paths['/access_codes/create_multiple']['post']['responses'][200]['content']['application/json']['access_codes']
export type AccessCodesCreateMultipleOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesCreateMultipleRequest = SeamHttpRequest<
  AccessCodesCreateMultipleParameters,
  AccessCodesCreateMultipleResponse
>

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
export const accessCodesCreateMultiple = (
  client: SeamClient,
  parameters: AccessCodesCreateMultipleParameters,
  options?: AccessCodesCreateMultipleOptions,
): AccessCodesCreateMultipleRequest =>
  client.request(
    {
      path: '/access_codes/create_multiple',
      responseKey: 'access_codes',
      required: ['device_ids'],
    },
    parameters,
    options,
  )

export type AccessCodesDeleteParameters = NonNullable<
  paths['/access_codes/delete']['post']['requestBody']
>['content']['application/json']
export type AccessCodesDeleteResponse = void
export type AccessCodesDeleteOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesDeleteRequest = SeamHttpRequest<
  AccessCodesDeleteParameters,
  AccessCodesDeleteResponse
>

/**
 * Delete an Access Code
 *
 * Deletes an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
 */
export const accessCodesDelete = (
  client: SeamClient,
  parameters: AccessCodesDeleteParameters,
  options?: AccessCodesDeleteOptions,
): AccessCodesDeleteRequest =>
  client.request(
    { path: '/access_codes/delete', required: ['access_code_id'] },
    parameters,
    options,
  )

export type AccessCodesGenerateCodeParameters = NonNullable<
  paths['/access_codes/generate_code']['post']['requestBody']
>['content']['application/json']
export type AccessCodesGenerateCodeResponse =
  paths['/access_codes/generate_code']['post']['responses'][200]['content']['application/json']['generated_code']
export type AccessCodesGenerateCodeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesGenerateCodeRequest = SeamHttpRequest<
  AccessCodesGenerateCodeParameters,
  AccessCodesGenerateCodeResponse
>

/**
 * Generate a Code
 *
 * Generates a code for an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes), given a device ID.
 */
export const accessCodesGenerateCode = (
  client: SeamClient,
  parameters: AccessCodesGenerateCodeParameters,
  options?: AccessCodesGenerateCodeOptions,
): AccessCodesGenerateCodeRequest =>
  client.request(
    {
      path: '/access_codes/generate_code',
      responseKey: 'generated_code',
      read: true,
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type AccessCodesGetParameters = NonNullable<
  paths['/access_codes/get']['post']['requestBody']
>['content']['application/json']
export type AccessCodesGetResponse =
  paths['/access_codes/get']['post']['responses'][200]['content']['application/json']['access_code']
export type AccessCodesGetOptions = Omit<RequestOptions, 'waitForActionAttempt'>
export type AccessCodesGetRequest = SeamHttpRequest<
  AccessCodesGetParameters,
  AccessCodesGetResponse
>

/**
 * Get an Access Code
 *
 * Returns a specified [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
 *
 * You must specify either `access_code_id` or both `device_id` and `code`.
 */
export const accessCodesGet = (
  client: SeamClient,
  parameters?: AccessCodesGetParameters,
  options?: AccessCodesGetOptions,
): AccessCodesGetRequest =>
  client.request(
    { path: '/access_codes/get', responseKey: 'access_code', read: true },
    parameters ?? ({} as AccessCodesGetParameters),
    options,
  )

export type AccessCodesGetTimelineParameters = NonNullable<
  paths['/access_codes/get_timeline']['post']['requestBody']
>['content']['application/json']
export type AccessCodesGetTimelineResponse =
  paths['/access_codes/get_timeline']['post']['responses'][200]['content']['application/json']['timeline_events']
export type AccessCodesGetTimelineOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesGetTimelineRequest = SeamHttpRequest<
  AccessCodesGetTimelineParameters,
  AccessCodesGetTimelineResponse
>

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
export const accessCodesGetTimeline = (
  client: SeamClient,
  parameters: AccessCodesGetTimelineParameters,
  options?: AccessCodesGetTimelineOptions,
): AccessCodesGetTimelineRequest =>
  client.request(
    {
      path: '/access_codes/get_timeline',
      responseKey: 'timeline_events',
      read: true,
      undocumented: true,
      required: ['access_code_id'],
      paginated: true,
    },
    parameters,
    options,
  )

export type AccessCodesListParameters = NonNullable<
  paths['/access_codes/list']['post']['requestBody']
>['content']['application/json']
export type AccessCodesListResponse =
  paths['/access_codes/list']['post']['responses'][200]['content']['application/json']['access_codes']
export type AccessCodesListOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesListRequest = SeamHttpRequest<
  AccessCodesListParameters,
  AccessCodesListResponse
>

/**
 * List Access Codes
 *
 * Returns a list of all [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
 *
 * Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
 */
export const accessCodesList = (
  client: SeamClient,
  parameters?: AccessCodesListParameters,
  options?: AccessCodesListOptions,
): AccessCodesListRequest =>
  client.request(
    {
      path: '/access_codes/list',
      responseKey: 'access_codes',
      read: true,
      paginated: true,
    },
    parameters ?? ({} as AccessCodesListParameters),
    options,
  )

export type AccessCodesPullBackupAccessCodeParameters = NonNullable<
  paths['/access_codes/pull_backup_access_code']['post']['requestBody']
>['content']['application/json']
export type AccessCodesPullBackupAccessCodeResponse =
  paths['/access_codes/pull_backup_access_code']['post']['responses'][200]['content']['application/json']['access_code']
export type AccessCodesPullBackupAccessCodeOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesPullBackupAccessCodeRequest = SeamHttpRequest<
  AccessCodesPullBackupAccessCodeParameters,
  AccessCodesPullBackupAccessCodeResponse
>

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
export const accessCodesPullBackupAccessCode = (
  client: SeamClient,
  parameters: AccessCodesPullBackupAccessCodeParameters,
  options?: AccessCodesPullBackupAccessCodeOptions,
): AccessCodesPullBackupAccessCodeRequest =>
  client.request(
    {
      path: '/access_codes/pull_backup_access_code',
      responseKey: 'access_code',
      required: ['access_code_id'],
    },
    parameters,
    options,
  )

export type AccessCodesReportDeviceConstraintsParameters = NonNullable<
  paths['/access_codes/report_device_constraints']['post']['requestBody']
>['content']['application/json']
export type AccessCodesReportDeviceConstraintsResponse = void
export type AccessCodesReportDeviceConstraintsOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesReportDeviceConstraintsRequest = SeamHttpRequest<
  AccessCodesReportDeviceConstraintsParameters,
  AccessCodesReportDeviceConstraintsResponse
>

/**
 * Report Device Access Code Constraints
 *
 * Enables you to report access code-related constraints for a device. Currently, supports reporting supported code length constraints for SmartThings devices.
 *
 * Specify either `supported_code_lengths` or `min_code_length`/`max_code_length`.
 */
export const accessCodesReportDeviceConstraints = (
  client: SeamClient,
  parameters: AccessCodesReportDeviceConstraintsParameters,
  options?: AccessCodesReportDeviceConstraintsOptions,
): AccessCodesReportDeviceConstraintsRequest =>
  client.request(
    {
      path: '/access_codes/report_device_constraints',
      required: ['device_id'],
    },
    parameters,
    options,
  )

export type AccessCodesUpdateParameters = NonNullable<
  paths['/access_codes/update']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUpdateResponse = void
export type AccessCodesUpdateOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesUpdateRequest = SeamHttpRequest<
  AccessCodesUpdateParameters,
  AccessCodesUpdateResponse
>

/**
 * Update an Access Code
 *
 * Updates a specified active or upcoming [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
 *
 * See also [Modifying Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/modifying-access-codes).
 */
export const accessCodesUpdate = (
  client: SeamClient,
  parameters: AccessCodesUpdateParameters,
  options?: AccessCodesUpdateOptions,
): AccessCodesUpdateRequest =>
  client.request(
    { path: '/access_codes/update', required: ['access_code_id'] },
    parameters,
    options,
  )

export type AccessCodesUpdateMultipleParameters = NonNullable<
  paths['/access_codes/update_multiple']['post']['requestBody']
>['content']['application/json']
export type AccessCodesUpdateMultipleResponse = void
export type AccessCodesUpdateMultipleOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type AccessCodesUpdateMultipleRequest = SeamHttpRequest<
  AccessCodesUpdateMultipleParameters,
  AccessCodesUpdateMultipleResponse
>

/**
 * Update Multiple Linked Access Codes
 *
 * Updates [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes) that share a common code across multiple devices.
 *
 * Specify the `common_code_key` to identify the set of access codes that you want to update.
 *
 * See also [Update Linked Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/creating-and-updating-multiple-linked-access-codes#update-linked-access-codes).
 */
export const accessCodesUpdateMultiple = (
  client: SeamClient,
  parameters: AccessCodesUpdateMultipleParameters,
  options?: AccessCodesUpdateMultipleOptions,
): AccessCodesUpdateMultipleRequest =>
  client.request(
    { path: '/access_codes/update_multiple', required: ['common_code_key'] },
    parameters,
    options,
  )

/** The `accessCodes` namespace of the Seam API. */
export class SeamHttpAccessCodes extends SeamHttpBase {
  get simulate(): SeamHttpAccessCodesSimulate {
    return new SeamHttpAccessCodesSimulate(this.client)
  }

  get unmanaged(): SeamHttpAccessCodesUnmanaged {
    return new SeamHttpAccessCodesUnmanaged(this.client)
  }

  /**
   * Create an Access Code
   *
   * Creates a new [access code](https://docs.seam.co/low-level-apis/access-codes). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they work across both standalone smart locks and access control systems and manage the underlying codes for you. Use this low-level endpoint only when you need direct control over a code on a single device, such as setting a custom PIN value.
   */
  create(
    parameters: AccessCodesCreateParameters,
    options?: AccessCodesCreateOptions,
  ): AccessCodesCreateRequest {
    return this.client.request(
      {
        path: '/access_codes/create',
        responseKey: 'access_code',
        required: ['device_id'],
      },
      parameters,
      options,
    )
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
  createMultiple(
    parameters: AccessCodesCreateMultipleParameters,
    options?: AccessCodesCreateMultipleOptions,
  ): AccessCodesCreateMultipleRequest {
    return this.client.request(
      {
        path: '/access_codes/create_multiple',
        responseKey: 'access_codes',
        required: ['device_ids'],
      },
      parameters,
      options,
    )
  }

  /**
   * Delete an Access Code
   *
   * Deletes an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   */
  delete(
    parameters: AccessCodesDeleteParameters,
    options?: AccessCodesDeleteOptions,
  ): AccessCodesDeleteRequest {
    return this.client.request(
      { path: '/access_codes/delete', required: ['access_code_id'] },
      parameters,
      options,
    )
  }

  /**
   * Generate a Code
   *
   * Generates a code for an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes), given a device ID.
   */
  generateCode(
    parameters: AccessCodesGenerateCodeParameters,
    options?: AccessCodesGenerateCodeOptions,
  ): AccessCodesGenerateCodeRequest {
    return this.client.request(
      {
        path: '/access_codes/generate_code',
        responseKey: 'generated_code',
        read: true,
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Get an Access Code
   *
   * Returns a specified [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   *
   * You must specify either `access_code_id` or both `device_id` and `code`.
   */
  get(
    parameters?: AccessCodesGetParameters,
    options?: AccessCodesGetOptions,
  ): AccessCodesGetRequest {
    return this.client.request(
      { path: '/access_codes/get', responseKey: 'access_code', read: true },
      parameters ?? ({} as AccessCodesGetParameters),
      options,
    )
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
  getTimeline(
    parameters: AccessCodesGetTimelineParameters,
    options?: AccessCodesGetTimelineOptions,
  ): AccessCodesGetTimelineRequest {
    return this.client.request(
      {
        path: '/access_codes/get_timeline',
        responseKey: 'timeline_events',
        read: true,
        undocumented: true,
        required: ['access_code_id'],
        paginated: true,
      },
      parameters,
      options,
    )
  }

  /**
   * List Access Codes
   *
   * Returns a list of all [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   *
   * Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
   */
  list(
    parameters?: AccessCodesListParameters,
    options?: AccessCodesListOptions,
  ): AccessCodesListRequest {
    return this.client.request(
      {
        path: '/access_codes/list',
        responseKey: 'access_codes',
        read: true,
        paginated: true,
      },
      parameters ?? ({} as AccessCodesListParameters),
      options,
    )
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
  pullBackupAccessCode(
    parameters: AccessCodesPullBackupAccessCodeParameters,
    options?: AccessCodesPullBackupAccessCodeOptions,
  ): AccessCodesPullBackupAccessCodeRequest {
    return this.client.request(
      {
        path: '/access_codes/pull_backup_access_code',
        responseKey: 'access_code',
        required: ['access_code_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Report Device Access Code Constraints
   *
   * Enables you to report access code-related constraints for a device. Currently, supports reporting supported code length constraints for SmartThings devices.
   *
   * Specify either `supported_code_lengths` or `min_code_length`/`max_code_length`.
   */
  reportDeviceConstraints(
    parameters: AccessCodesReportDeviceConstraintsParameters,
    options?: AccessCodesReportDeviceConstraintsOptions,
  ): AccessCodesReportDeviceConstraintsRequest {
    return this.client.request(
      {
        path: '/access_codes/report_device_constraints',
        required: ['device_id'],
      },
      parameters,
      options,
    )
  }

  /**
   * Update an Access Code
   *
   * Updates a specified active or upcoming [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).
   *
   * See also [Modifying Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/modifying-access-codes).
   */
  update(
    parameters: AccessCodesUpdateParameters,
    options?: AccessCodesUpdateOptions,
  ): AccessCodesUpdateRequest {
    return this.client.request(
      { path: '/access_codes/update', required: ['access_code_id'] },
      parameters,
      options,
    )
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
  updateMultiple(
    parameters: AccessCodesUpdateMultipleParameters,
    options?: AccessCodesUpdateMultipleOptions,
  ): AccessCodesUpdateMultipleRequest {
    return this.client.request(
      { path: '/access_codes/update_multiple', required: ['common_code_key'] },
      parameters,
      options,
    )
  }
}
