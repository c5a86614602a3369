import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export function findSessionWithUser(db: Kysely<Database>, sessionId: string, now: Date) {
  return db
    .selectFrom('userSession as s')
    .innerJoin('appUser as u', 'u.id', 's.userId')
    .innerJoin('division as d', 'd.code', 'u.scopeDivisionCode')
    .leftJoin('organization as o', 'o.id', 'u.organizationId')
    .select([
      's.id as sessionId',
      's.csrfToken',
      's.lastSeenAt',
      'u.id as userId',
      'u.username',
      'u.displayName',
      'u.roles',
      'u.scopeDivisionCode',
      'u.organizationId',
      'u.mustChangePassword',
      'd.name as scopeName',
      'd.level as scopeLevel',
      'o.name as organizationName',
    ])
    .where('s.id', '=', sessionId)
    .where('s.expiresAt', '>', now)
    .where('u.isDisabled', '=', false)
    .executeTakeFirst();
}

export async function insertSession(
  db: Kysely<Database>,
  session: { id: string; userId: number; csrfToken: string; expiresAt: Date; ip: string; userAgent: string | null },
) {
  await db.insertInto('userSession').values(session).execute();
}

export async function extendSession(db: Kysely<Database>, sessionId: string, now: Date, expiresAt: Date) {
  await db.updateTable('userSession').set({ lastSeenAt: now, expiresAt }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Kysely<Database>, sessionId: string) {
  await db.deleteFrom('userSession').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: number, exceptSessionId?: string) {
  let query = db.deleteFrom('userSession').where('userId', '=', userId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date) {
  await db.deleteFrom('userSession').where('expiresAt', '<=', now).execute();
}

export async function recordLoginAttempt(db: Kysely<Database>, username: string, ip: string, succeeded: boolean) {
  await db.insertInto('loginAttempt').values({ username: username.toLowerCase(), ip, succeeded }).execute();
}

/** Failed attempts since `since`, by this username and by this address. */
export async function countRecentFailures(db: Kysely<Database>, username: string, ip: string, since: Date) {
  const row = await db
    .selectFrom('loginAttempt')
    .select((eb) => [
      eb.fn
        .countAll<number>()
        .filterWhere(eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
        .as('byUser'),
      eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('byIp'),
    ])
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .where((eb) => eb.or([eb(eb.fn('lower', ['username']), '=', username.toLowerCase()), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return { byUser: Number(row.byUser), byIp: Number(row.byIp) };
}
