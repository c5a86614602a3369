import { createHash } from 'node:crypto';
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
  /** The same connections Kysely uses, for libraries that speak `pg` (the job queue). */
  pool: pg.Pool;
  kind: DatabaseKind;
  /** Human-readable location for the start-up banner (never contains a password). */
  describe: string;
  /**
   * PostgreSQL notifications of a channel (NOTIFY, delivered on commit), from every process
   * on this database. Returns the unsubscribe function.
   */
  listen(channel: string, listener: (payload: string) => void): Promise<() => void>;
  close(): Promise<void>;
}

type Listeners = Map<string, Set<(payload: string) => void>>;

function dispatch(listeners: Listeners, message: pg.Notification) {
  for (const listener of listeners.get(message.channel) ?? []) listener(message.payload ?? '');
}

function subscribe(listeners: Listeners, channel: string, listener: (payload: string) => void) {
  const set = listeners.get(channel) ?? new Set();
  listeners.set(channel, set);
  set.add(listener);
  return () => void set.delete(listener);
}

/**
 * A server database listens on one dedicated connection (a pooled one could be handed to a
 * transaction), reconnecting after a server restart and listening again.
 */
function serverListener(url: string) {
  const listeners: Listeners = new Map();
  let client: Promise<pg.Client> | undefined;
  let closed = false;
  const connect = (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (message) => dispatch(listeners, message));
    c.on('error', () => {
      client = undefined;
      if (!closed) setTimeout(() => void ensure().catch(() => {}), 1000);
    });
    return c.connect().then(async () => {
      for (const channel of listeners.keys()) await c.query(`listen ${pg.escapeIdentifier(channel)}`);
      return c;
    });
  };
  const ensure = () => {
    client ??= connect();
    return client;
  };
  return {
    async listen(channel: string, listener: (payload: string) => void) {
      const isNew = !listeners.has(channel);
      const unsubscribe = subscribe(listeners, channel, listener);
      const c = await ensure();
      if (isNew) await c.query(`listen ${pg.escapeIdentifier(channel)}`);
      return unsubscribe;
    },
    async close() {
      closed = true;
      if (client) await (await client).end().catch(() => {});
    },
  };
}

export interface OpenDatabaseOptions {
  /** A postgres:// URL; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Directory for PGlite's files; undefined keeps the embedded database in memory (tests). */
  pgliteDir?: string | undefined;
  poolSize?: number;
}

export class DatabaseUnavailableError extends Error {}

/**
 * Every statement with parameters runs as a prepared statement named by its text, so each
 * connection parses and plans it once instead of on every call. The queries are generated from
 * code, so there are a few hundred texts at most. Intake's statement is a five-part CTE: planning
 * it each time cost more than running it (bench/intake). Statements without parameters stay
 * unnamed: migrations send several statements in one text, which a prepared statement cannot hold.
 * (Behind a transaction-pooling PgBouncer, named statements need its prepared-statement support.)
 */
export function prepareStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((text: unknown, values?: unknown, callback?: unknown) =>
      typeof text === 'string' && Array.isArray(values) && values.length > 0
        ? query({ name: statementName(text), text, values }, callback)
        : query(text, values, callback)) as typeof client.query;
  });
}

// Hashing a statement's text costs more than looking its name up; the texts are few (see above).
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `f${createHash('sha1').update(text).digest('base64url')}`;
    if (statementNames.size >= 10_000) statementNames.clear(); // generated texts are few; never unbounded
    statementNames.set(text, name);
  }
  return name;
}

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
  prepareStatements(pool);
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
  const listener = serverListener(url);
  return {
    db,
    pool,
    kind: 'postgres',
    describe: `PostgreSQL ${redactUrl(url)}`,
    listen: listener.listen,
    async close() {
      await listener.close();
      await db.destroy();
    },
  };
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
  // The one connection is kept for the life of the process (no idle timeout): it also carries
  // the LISTENs, and PGlite delivers notifications to it like any PostgreSQL session.
  const pool = new pg.Pool({
    host,
    port: Number(port),
    user: 'postgres',
    database: 'postgres',
    max: 1,
    idleTimeoutMillis: 0,
  });
  pool.on('error', () => {});
  prepareStatements(pool);
  const listeners: Listeners = new Map();
  pool.on('connect', (client) => client.on('notification', (message) => dispatch(listeners, message)));
  const db = createKysely(pool);
  return {
    db,
    pool,
    kind: 'pglite',
    describe: dir ? `embedded PGlite at ${path.resolve(dir)}` : 'embedded PGlite in memory',
    async listen(channel, listener) {
      const isNew = !listeners.has(channel);
      const unsubscribe = subscribe(listeners, channel, listener);
      if (isNew) await pool.query(`listen ${pg.escapeIdentifier(channel)}`);
      return unsubscribe;
    },
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
