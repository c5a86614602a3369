import fs from 'node:fs/promises';
import path from 'node:path';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

// int8 (counts, sums) as numbers: every value we store fits in 2^53, and JSON has no bigint.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// numeric as numbers too (rates, averages); money is integer fen, never numeric.
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));
// date stays a 'YYYY-MM-DD' string: a calendar day has no time zone to get wrong.
pg.types.setTypeParser(1082, (v) => v);

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Human-readable location for the start-up banner (never contains a password). */
  describe: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A postgres:// URL; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Directory for PGlite's files; undefined keeps the embedded database in memory (tests). */
  pgliteDir?: string | undefined;
  poolSize?: number;
}

export class DatabaseUnavailableError extends Error {}

export function createKysely(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
}

/**
 * Opens the database the configuration names. The embedded PGlite is served over a
 * loopback socket to the same `pg` driver production uses, with a pool of one
 * connection: PGlite is a single session, and one connection is what keeps
 * concurrent transactions from interleaving inside it.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openServerDatabase(options.databaseUrl, options.poolSize ?? 10);
  return openEmbeddedDatabase(options.pgliteDir);
}

async function openServerDatabase(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // A pool error on an idle client (server restart) must not crash the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(
      `Cannot reach the PostgreSQL server at ${redactUrl(url)}: ${(error as Error).message}`,
    );
  }
  const db = createKysely(pool);
  return { db, kind: 'postgres', describe: `PostgreSQL ${redactUrl(url)}`, close: () => db.destroy() };
}

/**
 * PostgreSQL's default 128 MB of shared buffers would be most of the process's memory:
 * the embedded database serves one city's records, and 16 MB keeps its hot set cached
 * (measured: RSS −120 MB, see bench/foundation).
 */
const embeddedSettings = ['shared_buffers=16MB'];

async function openEmbeddedDatabase(dir: string | undefined): Promise<DatabaseHandle> {
  if (dir) await fs.mkdir(dir, { recursive: true });
  // Imported here, not at the top: a server deployment never loads the 40 MB WASM module.
  const [{ PGlite }, { pg_trgm }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite-socket'),
  ]);
  const pglite = await PGlite.create({ dataDir: dir, extensions: { pg_trgm }, postgresqlconf: embeddedSettings });
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0 });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  const pool = new pg.Pool({ host, port: Number(port), user: 'postgres', database: 'postgres', max: 1 });
  pool.on('error', () => {});
  const db = createKysely(pool);
  return {
    db,
    kind: 'pglite',
    describe: dir ? `embedded PGlite at ${path.resolve(dir)}` : 'embedded PGlite in memory',
    async close() {
      await db.destroy();
      await server.stop();
      await pglite.close();
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
