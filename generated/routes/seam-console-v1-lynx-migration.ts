// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import {
  type RequestOptions,
  type SeamClient,
  SeamHttpBase,
  type SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters =
  NonNullable<
    paths['/seam/console/v1/lynx_migration/get_property_migration_status']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1LynxMigrationGetPropertyMigrationStatusResponse =
  paths['/seam/console/v1/lynx_migration/get_property_migration_status']['post']['responses'][200]['content']['application/json']['lynx_migration_property_run']
export type SeamConsoleV1LynxMigrationGetPropertyMigrationStatusOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1LynxMigrationGetPropertyMigrationStatusRequest =
  SeamHttpRequest<
    SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters,
    SeamConsoleV1LynxMigrationGetPropertyMigrationStatusResponse
  >

/**
 * Get Lynx Migration Property Status
 *
 * Returns the most recent Lynx cutover run for a property (space), including a
 * rollup of its per-reservation child runs by status. Returns a null run when the
 * property has never been migrated.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1LynxMigrationGetPropertyMigrationStatus = (
  client: SeamClient,
  parameters: SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters,
  options?: SeamConsoleV1LynxMigrationGetPropertyMigrationStatusOptions,
): SeamConsoleV1LynxMigrationGetPropertyMigrationStatusRequest =>
  client.request(
    {
      path: '/seam/console/v1/lynx_migration/get_property_migration_status',
      responseKey: 'lynx_migration_property_run',
      read: true,
      undocumented: true,
      required: ['space_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1LynxMigrationGetReservationMigrationStatusParameters =
  NonNullable<
    paths['/seam/console/v1/lynx_migration/get_reservation_migration_status']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1LynxMigrationGetReservationMigrationStatusResponse =
  paths['/seam/console/v1/lynx_migration/get_reservation_migration_status']['post']['responses'][200]['content']['application/json']['lynx_migration_reservation_run']
export type SeamConsoleV1LynxMigrationGetReservationMigrationStatusOptions =
  Omit<RequestOptions, 'waitForActionAttempt'>
export type SeamConsoleV1LynxMigrationGetReservationMigrationStatusRequest =
  SeamHttpRequest<
    SeamConsoleV1LynxMigrationGetReservationMigrationStatusParameters,
    SeamConsoleV1LynxMigrationGetReservationMigrationStatusResponse
  >

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
export const seamConsoleV1LynxMigrationGetReservationMigrationStatus = (
  client: SeamClient,
  parameters: SeamConsoleV1LynxMigrationGetReservationMigrationStatusParameters,
  options?: SeamConsoleV1LynxMigrationGetReservationMigrationStatusOptions,
): SeamConsoleV1LynxMigrationGetReservationMigrationStatusRequest =>
  client.request(
    {
      path: '/seam/console/v1/lynx_migration/get_reservation_migration_status',
      responseKey: 'lynx_migration_reservation_run',
      read: true,
      undocumented: true,
      required: ['access_grant_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1LynxMigrationListPropertyReservationsParameters =
  NonNullable<
    paths['/seam/console/v1/lynx_migration/list_property_reservations']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1LynxMigrationListPropertyReservationsResponse =
  paths['/seam/console/v1/lynx_migration/list_property_reservations']['post']['responses'][200]['content']['application/json']['lynx_migration_property_plan']
export type SeamConsoleV1LynxMigrationListPropertyReservationsOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1LynxMigrationListPropertyReservationsRequest =
  SeamHttpRequest<
    SeamConsoleV1LynxMigrationListPropertyReservationsParameters,
    SeamConsoleV1LynxMigrationListPropertyReservationsResponse
  >

/**
 * List Lynx Migration Property Reservations
 *
 * Lists the reservations in a property (space) and classifies each for a Lynx
 * cutover: which are eligible to migrate to Seam-managed access, and which are
 * skipped (with a reason). Read-only — does not start a migration.
 *
 * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
 */
export const seamConsoleV1LynxMigrationListPropertyReservations = (
  client: SeamClient,
  parameters: SeamConsoleV1LynxMigrationListPropertyReservationsParameters,
  options?: SeamConsoleV1LynxMigrationListPropertyReservationsOptions,
): SeamConsoleV1LynxMigrationListPropertyReservationsRequest =>
  client.request(
    {
      path: '/seam/console/v1/lynx_migration/list_property_reservations',
      responseKey: 'lynx_migration_property_plan',
      read: true,
      undocumented: true,
      required: ['space_id'],
    },
    parameters,
    options,
  )

export type SeamConsoleV1LynxMigrationMigratePropertyParameters = NonNullable<
  paths['/seam/console/v1/lynx_migration/migrate_property']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1LynxMigrationMigratePropertyResponse =
  paths['/seam/console/v1/lynx_migration/migrate_property']['post']['responses'][200]['content']['application/json']['lynx_migration_property_run']
export type SeamConsoleV1LynxMigrationMigratePropertyOptions = Omit<
  RequestOptions,
  'waitForActionAttempt'
>
export type SeamConsoleV1LynxMigrationMigratePropertyRequest = SeamHttpRequest<
  SeamConsoleV1LynxMigrationMigratePropertyParameters,
  SeamConsoleV1LynxMigrationMigratePropertyResponse
>

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
export const seamConsoleV1LynxMigrationMigrateProperty = (
  client: SeamClient,
  parameters: SeamConsoleV1LynxMigrationMigratePropertyParameters,
  options?: SeamConsoleV1LynxMigrationMigratePropertyOptions,
): SeamConsoleV1LynxMigrationMigratePropertyRequest =>
  client.request(
    {
      path: '/seam/console/v1/lynx_migration/migrate_property',
      responseKey: 'lynx_migration_property_run',
      undocumented: true,
      required: ['space_id'],
    },
    parameters,
    options,
  )

/** The `seam.console.v1.lynxMigration` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1LynxMigration extends SeamHttpBase {
  /**
   * Get Lynx Migration Property Status
   *
   * Returns the most recent Lynx cutover run for a property (space), including a
   * rollup of its per-reservation child runs by status. Returns a null run when the
   * property has never been migrated.
   *
   * Undocumented: callable only on a client created with `isUndocumentedApiEnabled: true`.
   */
  getPropertyMigrationStatus(
    parameters: SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters,
    options?: SeamConsoleV1LynxMigrationGetPropertyMigrationStatusOptions,
  ): SeamConsoleV1LynxMigrationGetPropertyMigrationStatusRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/lynx_migration/get_property_migration_status',
        responseKey: 'lynx_migration_property_run',
        read: true,
        undocumented: true,
        required: ['space_id'],
      },
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
  getReservationMigrationStatus(
    parameters: SeamConsoleV1LynxMigrationGetReservationMigrationStatusParameters,
    options?: SeamConsoleV1LynxMigrationGetReservationMigrationStatusOptions,
  ): SeamConsoleV1LynxMigrationGetReservationMigrationStatusRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/lynx_migration/get_reservation_migration_status',
        responseKey: 'lynx_migration_reservation_run',
        read: true,
        undocumented: true,
        required: ['access_grant_id'],
      },
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
  listPropertyReservations(
    parameters: SeamConsoleV1LynxMigrationListPropertyReservationsParameters,
    options?: SeamConsoleV1LynxMigrationListPropertyReservationsOptions,
  ): SeamConsoleV1LynxMigrationListPropertyReservationsRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/lynx_migration/list_property_reservations',
        responseKey: 'lynx_migration_property_plan',
        read: true,
        undocumented: true,
        required: ['space_id'],
      },
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
  migrateProperty(
    parameters: SeamConsoleV1LynxMigrationMigratePropertyParameters,
    options?: SeamConsoleV1LynxMigrationMigratePropertyOptions,
  ): SeamConsoleV1LynxMigrationMigratePropertyRequest {
    return this.client.request(
      {
        path: '/seam/console/v1/lynx_migration/migrate_property',
        responseKey: 'lynx_migration_property_run',
        undocumented: true,
        required: ['space_id'],
      },
      parameters,
      options,
    )
  }
}
