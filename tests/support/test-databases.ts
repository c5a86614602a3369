import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrator';

/**
 * Fresh, migrated databases for tests and benchmarks: the embedded PGlite in memory, and a
 * database created for the run on the PostgreSQL server (TEST_DATABASE_URL, default the
 * local server), dropped again on close.
 */
export const testDatabaseKinds: readonly DatabaseKind[] = ['pglite', 'postgres'];

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends DatabaseHandle {
  /** The server database's URL, for child processes (a CLI under test); undefined for PGlite. */
  url: string | undefined;
}

export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const handle = await openDatabase({});
    await migrateToLatest(handle.db);
    return { ...handle, url: undefined };
  }
  const name = `fatong_seed_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = () => adminQuery(`drop database if exists ${name} with (force)`);
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  } catch (error) {
    await drop();
    throw error;
  }
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    await drop();
    throw error;
  }
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await drop();
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
