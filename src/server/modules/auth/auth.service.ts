import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { scopePrefix } from '../../../shared/domain/division';
import { homeOf, permissionsOf, type Role } from '../../../shared/domain/role';
import type { ChangePasswordInput, LoginInput, Me } from '../../../shared/schemas/auth.schema';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, fieldError } from '../../http/app-error';
import { hashPassword, verifyPassword } from '../../security/password';
import { findCredentials, findPasswordHash, markLoggedIn, setPassword } from '../account/account.service';
import { recordAudit } from '../audit/audit.service';
import * as sessions from './session.repository';

/** Sliding session: idle for this long and the user logs in again. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** Extending the expiry on every request would write on every read; once per few minutes is enough. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_USER = 5;
const MAX_FAILURES_PER_IP = 30;

// Verified against when the username is unknown, so timing does not reveal which usernames exist.
const decoyHash = hashPassword(randomBytes(16).toString('hex'));

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function toMe(actor: Actor): Me {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.roles,
    permissions: permissionsOf(actor.roles),
    scope: { code: actor.scopeCode, name: actor.scopeName, level: actor.scopeLevel },
    organizationId: actor.organizationId,
    organizationName: actor.organizationName,
    home: homeOf(actor.roles),
    mustChangePassword: actor.mustChangePassword,
    csrfToken: actor.csrfToken,
  };
}

/** The actor behind a session cookie, or undefined for a missing, expired or disabled one. */
export async function resolveActor(deps: AppDeps, token: string): Promise<Actor | undefined> {
  const now = deps.clock();
  const row = await sessions.findSessionWithUser(deps.db, hashToken(token), now);
  if (!row) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await sessions.extendSession(deps.db, row.sessionId, now, new Date(now.getTime() + SESSION_IDLE_MS));
  }
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    scopeCode: row.scopeDivisionCode,
    scopeName: row.scopeName,
    scopeLevel: row.scopeLevel,
    scopePrefix: scopePrefix(row.scopeDivisionCode),
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    mustChangePassword: row.mustChangePassword,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
  };
}

export async function login(deps: AppDeps, input: LoginInput, client: { ip: string; userAgent: string | null }) {
  const now = deps.clock();
  const failures = await sessions.countRecentFailures(
    deps.db,
    input.username,
    client.ip,
    new Date(now.getTime() - FAILURE_WINDOW_MS),
  );
  if (failures.byUser >= MAX_FAILURES_PER_USER || failures.byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError('too_many_requests', 'Too many failed logins; wait 15 minutes and try again.');
  }
  const user = await findCredentials(deps.db, input.username);
  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password);
  if (!user || !isValid) {
    await sessions.recordLoginAttempt(deps.db, input.username, client.ip, false);
    throw new AppError('invalid_credentials', 'The username or password is wrong.');
  }
  if (user.isDisabled)
    throw new AppError('account_disabled', 'This account has been disabled; ask your administrator.');

  const token = randomBytes(32).toString('base64url');
  await deps.db.transaction().execute(async (trx) => {
    await sessions.recordLoginAttempt(trx, input.username, client.ip, true);
    await sessions.insertSession(trx, {
      id: hashToken(token),
      userId: user.id,
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await markLoggedIn(trx, user.id, now);
    await recordAudit(trx, {
      actorId: user.id,
      action: 'auth.login',
      entityType: 'account',
      entityId: user.id,
      ip: client.ip,
    });
  });
  const actor = await resolveActor(deps, token);
  if (!actor) throw new Error('Session vanished right after login');
  return { token, me: toMe(actor) };
}

export async function logout(deps: AppDeps, actor: Actor) {
  await sessions.deleteSession(deps.db, actor.sessionId);
}

export async function changeOwnPassword(deps: AppDeps, actor: Actor, input: ChangePasswordInput, ip: string) {
  const current = await findPasswordHash(deps.db, actor.userId);
  if (!current || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw fieldError('body.currentPassword', 'the current password is wrong', 'wrong_password');
  }
  if (input.currentPassword === input.newPassword) {
    throw fieldError('body.newPassword', 'must differ from the current password', 'unchanged');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await setPassword(trx, actor.userId, passwordHash, false);
    // Other devices logged in with the old password are signed out; this one stays.
    await sessions.deleteSessionsOfUser(trx, actor.userId, actor.sessionId);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'auth.change_password',
      entityType: 'account',
      entityId: actor.userId,
      ip,
    });
  });
}

export function revokeSessionsOfUser(db: Kysely<Database>, userId: number) {
  return sessions.deleteSessionsOfUser(db, userId);
}
