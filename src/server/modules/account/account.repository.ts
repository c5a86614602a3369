import type { Kysely } from 'kysely';
import type { AppUserUpdate, Database, NewAppUser } from '../../db/schema';
import { escapeLike } from '../division/division.repository';

function selectAccounts(db: Kysely<Database>) {
  return db
    .selectFrom('appUser as u')
    .innerJoin('division as d', 'd.code', 'u.scopeDivisionCode')
    .leftJoin('organization as o', 'o.id', 'u.organizationId')
    .select([
      'u.id',
      'u.username',
      'u.displayName',
      'u.roles',
      'u.scopeDivisionCode',
      'd.name as scopeName',
      'd.level as scopeLevel',
      'u.organizationId',
      'o.name as organizationName',
      'u.phoneCipher',
      'u.isDisabled',
      'u.mustChangePassword',
      'u.isDemo',
      'u.version',
      'u.createdAt',
      'u.lastLoginAt',
    ]);
}

export type AccountRow = Awaited<ReturnType<typeof findAccount>> & {};

/** Scoped: an account outside `scopePrefix` is not found, exactly like a missing one. */
export function findAccount(db: Kysely<Database>, id: number, scopePrefix: string) {
  return selectAccounts(db)
    .where('u.id', '=', id)
    .where('u.scopeDivisionCode', 'like', `${scopePrefix}%`)
    .executeTakeFirst();
}

export interface AccountFilter {
  scopePrefix: string;
  q?: string | undefined;
  role?: string | undefined;
  status: 'active' | 'disabled' | 'all';
  divisionPrefix?: string | undefined;
  afterId?: number | undefined;
  limit: number;
}

export function listAccounts(db: Kysely<Database>, f: AccountFilter) {
  let query = selectAccounts(db)
    .where('u.scopeDivisionCode', 'like', `${f.scopePrefix}%`)
    .orderBy('u.id')
    .limit(f.limit + 1);
  if (f.divisionPrefix) query = query.where('u.scopeDivisionCode', 'like', `${f.divisionPrefix}%`);
  if (f.role) query = query.where('u.roles', '@>', [f.role]);
  if (f.status !== 'all') query = query.where('u.isDisabled', '=', f.status === 'disabled');
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    query = query.where((eb) => eb.or([eb('u.username', 'ilike', pattern), eb('u.displayName', 'like', pattern)]));
  }
  if (f.afterId) query = query.where('u.id', '>', f.afterId);
  return query.execute();
}

export function findCredentials(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('appUser')
    .select(['id', 'passwordHash', 'isDisabled'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export function findPasswordHash(db: Kysely<Database>, id: number) {
  return db.selectFrom('appUser').select(['passwordHash']).where('id', '=', id).executeTakeFirst();
}

export async function usernameTaken(db: Kysely<Database>, username: string) {
  const row = await db
    .selectFrom('appUser')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAccount(db: Kysely<Database>, values: NewAppUser) {
  const row = await db.insertInto('appUser').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Optimistic update: returns false when `version` is stale. */
export async function updateAccount(db: Kysely<Database>, id: number, version: number, patch: AppUserUpdate) {
  const result = await db
    .updateTable('appUser')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1), updatedAt: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setPassword(db: Kysely<Database>, id: number, passwordHash: string, mustChangePassword: boolean) {
  await db
    .updateTable('appUser')
    .set((eb) => ({ passwordHash, mustChangePassword, version: eb('version', '+', 1), updatedAt: new Date() }))
    .where('id', '=', id)
    .execute();
}

export async function markLoggedIn(db: Kysely<Database>, id: number, at: Date) {
  await db.updateTable('appUser').set({ lastLoginAt: at }).where('id', '=', id).execute();
}

export async function countAccounts(db: Kysely<Database>, scopePrefix: string) {
  const row = await db
    .selectFrom('appUser')
    .select(db.fn.countAll<number>().as('n'))
    .where('scopeDivisionCode', 'like', `${scopePrefix}%`)
    .executeTakeFirstOrThrow();
  return row.n;
}
