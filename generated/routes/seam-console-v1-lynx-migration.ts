// Generated from openapi.json by scripts/emit/routes.ts (npm run generate). Do not edit.
import type { paths } from '../types.js'
import type {
  RequestOptions,
  SeamClient,
  SeamHttpRequest,
} from '../../src/runtime.js'

export type SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters =
  NonNullable<
    paths['/seam/console/v1/lynx_migration/get_property_migration_status']['post']['requestBody']
  >['content']['application/json']
export type SeamConsoleV1LynxMigrationGetPropertyMigrationStatusResponse =
  paths['/seam/console/v1/lynx_migration/get_property_migration_status']['post']['responses'][200]['content']['application/json']['lynx_migration_property_run']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters,
  SeamConsoleV1LynxMigrationGetPropertyMigrationStatusResponse
> =>
  client.request<
    SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters,
    SeamConsoleV1LynxMigrationGetPropertyMigrationStatusResponse
  >(
    {
      path: '/seam/console/v1/lynx_migration/get_property_migration_status',
      responseKey: 'lynx_migration_property_run',
      read: true,
      undocumented: true,
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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1LynxMigrationGetReservationMigrationStatusParameters,
  SeamConsoleV1LynxMigrationGetReservationMigrationStatusResponse
> =>
  client.request<
    SeamConsoleV1LynxMigrationGetReservationMigrationStatusParameters,
    SeamConsoleV1LynxMigrationGetReservationMigrationStatusResponse
  >(
    {
      path: '/seam/console/v1/lynx_migration/get_reservation_migration_status',
      responseKey: 'lynx_migration_reservation_run',
      read: true,
      undocumented: true,
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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1LynxMigrationListPropertyReservationsParameters,
  SeamConsoleV1LynxMigrationListPropertyReservationsResponse
> =>
  client.request<
    SeamConsoleV1LynxMigrationListPropertyReservationsParameters,
    SeamConsoleV1LynxMigrationListPropertyReservationsResponse
  >(
    {
      path: '/seam/console/v1/lynx_migration/list_property_reservations',
      responseKey: 'lynx_migration_property_plan',
      read: true,
      undocumented: true,
    },
    parameters,
    options,
  )

export type SeamConsoleV1LynxMigrationMigratePropertyParameters = NonNullable<
  paths['/seam/console/v1/lynx_migration/migrate_property']['post']['requestBody']
>['content']['application/json']
export type SeamConsoleV1LynxMigrationMigratePropertyResponse =
  paths['/seam/console/v1/lynx_migration/migrate_property']['post']['responses'][200]['content']['application/json']['lynx_migration_property_run']

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
  options?: RequestOptions,
): SeamHttpRequest<
  SeamConsoleV1LynxMigrationMigratePropertyParameters,
  SeamConsoleV1LynxMigrationMigratePropertyResponse
> =>
  client.request<
    SeamConsoleV1LynxMigrationMigratePropertyParameters,
    SeamConsoleV1LynxMigrationMigratePropertyResponse
  >(
    {
      path: '/seam/console/v1/lynx_migration/migrate_property',
      responseKey: 'lynx_migration_property_run',
      undocumented: true,
    },
    parameters,
    options,
  )

/** The `seam.console.v1.lynxMigration` namespace of the Seam API. */
export class SeamHttpSeamConsoleV1LynxMigration {
  constructor(private readonly client: SeamClient) {}

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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1LynxMigrationGetPropertyMigrationStatusParameters,
    SeamConsoleV1LynxMigrationGetPropertyMigrationStatusResponse
  > {
    return seamConsoleV1LynxMigrationGetPropertyMigrationStatus(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1LynxMigrationGetReservationMigrationStatusParameters,
    SeamConsoleV1LynxMigrationGetReservationMigrationStatusResponse
  > {
    return seamConsoleV1LynxMigrationGetReservationMigrationStatus(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1LynxMigrationListPropertyReservationsParameters,
    SeamConsoleV1LynxMigrationListPropertyReservationsResponse
  > {
    return seamConsoleV1LynxMigrationListPropertyReservations(
      this.client,
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
    options?: RequestOptions,
  ): SeamHttpRequest<
    SeamConsoleV1LynxMigrationMigratePropertyParameters,
    SeamConsoleV1LynxMigrationMigratePropertyResponse
  > {
    return seamConsoleV1LynxMigrationMigrateProperty(
      this.client,
      parameters,
      options,
    )
  }
}
