import type { ListAuditQuery } from '../../../shared/schemas/audit.schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { decodeIdCursor, toPage } from '../../http/pagination';
import { listAuditEntries } from './audit.repository';

export { type AuditEntry, insertAuditEntry as recordAudit } from './audit.repository';

export async function listAudit(deps: AppDeps, actor: Actor, query: ListAuditQuery) {
  const rows = await listAuditEntries(deps.db, {
    scopePrefix: actor.scopePrefix,
    isRootScope: actor.scopeLevel === 'city' || actor.scopeLevel === 'province',
    entityType: query.entityType,
    entityId: query.entityId,
    beforeId: decodeIdCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({ ...r, at: r.at.toISOString(), detail: r.detail as Record<string, unknown> })),
  };
}
