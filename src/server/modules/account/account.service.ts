import { scopePrefix } from '../../../shared/domain/division';
import { maskPhone } from '../../../shared/domain/mask';
import type { Role } from '../../../shared/domain/role';
import type {
  Account,
  CreateAccountInput,
  ListAccountsQuery,
  UpdateAccountInput,
} from '../../../shared/schemas/account.schema';
import type { AppUserUpdate } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, fieldError, forbidden, notFound, versionConflict } from '../../http/app-error';
import { decodeIdCursor, toPage } from '../../http/pagination';
import { generatePassword, hashPassword } from '../../security/password';
import { recordAudit } from '../audit/audit.service';
import { revokeSessionsOfUser as deleteSessionsOfUser } from '../auth/auth.service';
import { findDivision } from '../division/division.service';
import { findOrganizationInScope } from '../organization/organization.service';
import { type AccountAction, canAssignScope, canOnAccount, selfLockoutReason } from './account.policy';
import * as repo from './account.repository';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findAccount>>>;

function toAccount(deps: AppDeps, row: Row): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    scope: { code: row.scopeDivisionCode, name: row.scopeName, level: row.scopeLevel },
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    phoneMasked: row.phoneCipher ? maskPhone(deps.cipher.decrypt(row.phoneCipher)) : null,
    isDisabled: row.isDisabled,
    mustChangePassword: row.mustChangePassword,
    isDemo: row.isDemo,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

function authorize(actor: Actor, action: AccountAction) {
  if (!canOnAccount(actor, action)) throw forbidden();
}

async function loadInScope(deps: AppDeps, actor: Actor, id: number): Promise<Row> {
  const row = await repo.findAccount(deps.db, id, actor.scopePrefix);
  if (!row) throw notFound('account');
  return row;
}

/** Scope and organisation must exist and lie inside the administrator's own scope. */
async function checkPlacement(
  deps: AppDeps,
  actor: Actor,
  scopeCode: string | undefined,
  organizationId: number | null | undefined,
) {
  if (scopeCode !== undefined) {
    if (!(await findDivision(deps.db, scopeCode)))
      throw fieldError('body.scopeDivisionCode', 'no such division', 'unknown_division');
    if (!canAssignScope(actor, scopeCode)) {
      throw fieldError('body.scopeDivisionCode', 'outside your own data scope', 'outside_scope');
    }
  }
  if (organizationId != null && !(await findOrganizationInScope(deps.db, organizationId, actor.scopePrefix))) {
    throw fieldError('body.organizationId', 'no such organisation in your data scope', 'unknown_organization');
  }
}

function encryptPhone(deps: AppDeps, phone: string | null | undefined) {
  if (phone === undefined) return {};
  if (phone === null) return { phoneCipher: null, phoneHash: null };
  return { phoneCipher: deps.cipher.encrypt(phone), phoneHash: deps.cipher.lookupHash(phone) };
}

export async function listAccounts(deps: AppDeps, actor: Actor, query: ListAccountsQuery) {
  authorize(actor, 'list');
  const rows = await repo.listAccounts(deps.db, {
    scopePrefix: actor.scopePrefix,
    q: query.q,
    role: query.role,
    status: query.status,
    divisionPrefix: query.divisionCode ? scopePrefix(query.divisionCode) : undefined,
    afterId: decodeIdCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit);
  return { items: page.items.map((r) => toAccount(deps, r)), nextCursor: page.nextCursor };
}

export async function getAccount(deps: AppDeps, actor: Actor, id: number) {
  authorize(actor, 'read');
  return toAccount(deps, await loadInScope(deps, actor, id));
}

export async function createAccount(deps: AppDeps, actor: Actor, input: CreateAccountInput, ip: string) {
  authorize(actor, 'create');
  const temporaryPassword = input.password ? null : generatePassword();
  // Hash outside the transaction: argon2 takes tens of milliseconds and holds no lock.
  const passwordHash = await hashPassword(input.password ?? (temporaryPassword as string));
  return deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    await checkPlacement(tx, actor, input.scopeDivisionCode, input.organizationId);
    if (await repo.usernameTaken(trx, input.username)) {
      throw new AppError('conflict', `body.username: ${input.username} is taken`, [
        { field: 'body.username', message: 'already taken', code: 'taken' },
      ]);
    }
    const id = await repo.insertAccount(trx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      roles: input.roles,
      scopeDivisionCode: input.scopeDivisionCode,
      organizationId: input.organizationId ?? null,
      mustChangePassword: temporaryPassword !== null,
      ...encryptPhone(deps, input.phone),
    });
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'account.create',
      entityType: 'account',
      entityId: id,
      divisionCode: input.scopeDivisionCode,
      detail: { username: input.username, roles: input.roles },
      ip,
    });
    const row = await loadInScope(tx, actor, id);
    return { account: toAccount(deps, row), temporaryPassword };
  });
}

export async function updateAccount(deps: AppDeps, actor: Actor, id: number, input: UpdateAccountInput, ip: string) {
  authorize(actor, 'update');
  const lockout = selfLockoutReason(actor, id, input);
  if (lockout) throw fieldError(lockout.field, lockout.message, 'self_lockout');
  return deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    const before = await loadInScope(tx, actor, id);
    await checkPlacement(tx, actor, input.scopeDivisionCode, input.organizationId);
    const patch: AppUserUpdate = {
      ...(input.displayName !== undefined && { displayName: input.displayName }),
      ...(input.roles !== undefined && { roles: input.roles }),
      ...(input.scopeDivisionCode !== undefined && { scopeDivisionCode: input.scopeDivisionCode }),
      ...(input.organizationId !== undefined && { organizationId: input.organizationId }),
      ...(input.isDisabled !== undefined && { isDisabled: input.isDisabled }),
      ...encryptPhone(deps, input.phone),
    };
    if (!(await repo.updateAccount(trx, id, input.version, patch))) throw versionConflict();
    // A disabled account, or one whose powers changed, must log in again.
    if (input.isDisabled || input.roles || input.scopeDivisionCode) await deleteSessionsOfUser(trx, id);
    const { version: _v, phone, ...changed } = input;
    await recordAudit(trx, {
      actorId: actor.userId,
      action:
        input.isDisabled === true
          ? 'account.disable'
          : input.isDisabled === false
            ? 'account.enable'
            : 'account.update',
      entityType: 'account',
      entityId: id,
      divisionCode: input.scopeDivisionCode ?? before.scopeDivisionCode,
      detail: { changed: { ...changed, ...(phone !== undefined && { phone: 'changed' }) } },
      ip,
    });
    return toAccount(deps, await loadInScope(tx, actor, id));
  });
}

export async function resetAccountPassword(
  deps: AppDeps,
  actor: Actor,
  id: number,
  password: string | undefined,
  ip: string,
) {
  authorize(actor, 'reset_password');
  const temporaryPassword = password ? null : generatePassword();
  const passwordHash = await hashPassword(password ?? (temporaryPassword as string));
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadInScope({ ...deps, db: trx }, actor, id);
    await repo.setPassword(trx, id, passwordHash, true);
    await deleteSessionsOfUser(trx, id);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'account.reset_password',
      entityType: 'account',
      entityId: id,
      divisionCode: row.scopeDivisionCode,
      ip,
    });
  });
  return { temporaryPassword };
}

/** The full number, for a reason the administrator is accountable for: every reveal is audited. */
export async function revealAccountPhone(deps: AppDeps, actor: Actor, id: number, ip: string) {
  authorize(actor, 'reveal_phone');
  return deps.db.transaction().execute(async (trx) => {
    const row = await loadInScope({ ...deps, db: trx }, actor, id);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'account.reveal_phone',
      entityType: 'account',
      entityId: id,
      divisionCode: row.scopeDivisionCode,
      ip,
    });
    return { phone: row.phoneCipher ? deps.cipher.decrypt(row.phoneCipher) : null };
  });
}

export const countAccountsInScope = (deps: AppDeps, actor: Actor) => repo.countAccounts(deps.db, actor.scopePrefix);

export { findCredentials, findPasswordHash, markLoggedIn, setPassword } from './account.repository';
