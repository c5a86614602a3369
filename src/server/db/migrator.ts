import { type Kysely, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from '../../../db/migrations/index';
import type { Database } from './schema';

/** The migrations the code was built with (db/migrations/index.ts). */
const staticProvider: MigrationProvider = { getMigrations: async () => migrations };

function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({
    db,
    provider: staticProvider,
    migrationTableName: 'kysely_migration',
    migrationLockTableName: 'kysely_migration_lock',
  });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const message = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${message}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateToLatest());
}

export async function rollbackOne(db: Kysely<Database>): Promise<string[]> {
  return unwrap(await createMigrator(db).migrateDown());
}
