import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  divisionCode?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

export async function insertAuditEntry(db: Kysely<Database>, entry: AuditEntry) {
  await db
    .insertInto('auditLog')
    .values({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      divisionCode: entry.divisionCode ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      ip: entry.ip ?? null,
    })
    .execute();
}

export function listAuditEntries(
  db: Kysely<Database>,
  filter: {
    scopePrefix: string;
    isRootScope: boolean;
    entityType?: string;
    entityId?: string;
    beforeId?: number;
    limit: number;
  },
) {
  let query = db
    .selectFrom('auditLog as a')
    .leftJoin('appUser as u', 'u.id', 'a.actorId')
    .select([
      'a.id',
      'a.at',
      'a.actorId',
      'u.displayName as actorName',
      'a.action',
      'a.entityType',
      'a.entityId',
      'a.divisionCode',
      'a.detail',
      'a.ip',
    ])
    .orderBy('a.id', 'desc')
    .limit(filter.limit + 1);
  // Entries without a place (logins, settings) are visible only to a scope that covers the whole installation.
  query = filter.isRootScope
    ? query.where((eb) =>
        eb.or([eb('a.divisionCode', 'is', null), eb('a.divisionCode', 'like', `${filter.scopePrefix}%`)]),
      )
    : query.where('a.divisionCode', 'like', `${filter.scopePrefix}%`);
  if (filter.entityType) query = query.where('a.entityType', '=', filter.entityType);
  if (filter.entityId) query = query.where('a.entityId', '=', filter.entityId);
  if (filter.beforeId) query = query.where('a.id', '<', filter.beforeId);
  return query.execute();
}
