import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from './config';
import { type DatabaseHandle, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrator';
import type { Database } from './db/schema';
import { generatePassword, hashPassword } from './security/password';

/** Opens the configured database and brings its schema up to date. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, 'pglite'),
  });
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/**
 * The field-encryption key. On a server database it must come from the environment
 * (config refuses to start without it); on the embedded one it is generated once into
 * the data directory, readable by the owner only, so `npm start` needs no setup.
 */
export async function resolveSecret(config: Config): Promise<{ secret: string; generated: boolean }> {
  if (config.secret) return { secret: config.secret, generated: false };
  const file = path.join(config.dataDir, 'secret.key');
  try {
    return { secret: (await fs.readFile(file, 'utf8')).trim(), generated: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fs.mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64');
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return { secret, generated: true };
}

/** The scope of the first administrator: the one city loaded, or the province above several. */
async function installationScope(db: Kysely<Database>): Promise<string> {
  const cities = await db.selectFrom('division').select('code').where('level', '=', 'city').limit(2).execute();
  const [first] = cities;
  if (!first) throw new Error('No divisions are loaded; load a division file first.');
  return cities.length === 1 ? first.code : `${first.code.slice(0, 2)}0000000000`;
}

/** Creates `admin` on first start. Returns the password when it was generated (to print once). */
export async function ensureAdministrator(db: Kysely<Database>, password: string | undefined) {
  const existing = await db.selectFrom('appUser').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (existing) return { created: false, generatedPassword: null };
  const generatedPassword = password ? null : generatePassword(16);
  await db
    .insertInto('appUser')
    .values({
      username: 'admin',
      displayName: '系统管理员',
      passwordHash: await hashPassword(password ?? (generatedPassword as string)),
      roles: ['admin'],
      scopeDivisionCode: await installationScope(db),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { created: true, generatedPassword };
}
