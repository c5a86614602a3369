import type { Kysely } from 'kysely';
import type { DivisionLevel } from '../../../shared/domain/division';
import type { OrganizationKind } from '../../../shared/domain/organization';
import { OrganizationIndex, orderRules, type RoutingRule } from '../../../shared/domain/routing';
import type { WorkOrderKind } from '../../../shared/domain/work-order';
import type { CreateRoutingRule, RoutingRuleView, UpdateRoutingRule } from '../../../shared/schemas/routing.schema';
import { referenceCache } from '../../db/reference-cache';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { notFound, versionConflict } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { checkLegalDomain } from '../legal-domain/legal-domain.service';
import * as repo from './routing.repository';

type RuleRow = Awaited<ReturnType<typeof repo.listRules>>[number];

export function toRuleView(row: RuleRow): RoutingRuleView {
  return {
    id: row.id,
    kind: row.kind as WorkOrderKind | null,
    legalDomain: row.legalDomain,
    divisionPrefix: row.divisionPrefix,
    organizationKinds: row.organizationKinds as OrganizationKind[],
    startLevel: row.startLevel as RoutingRuleView['startLevel'],
    priority: row.priority,
    isActive: row.isActive,
    note: row.note,
    version: row.version,
  };
}

export interface RoutingContext {
  rules: RoutingRule[];
  ruleViews: Map<number, RoutingRuleView>;
  organizations: OrganizationIndex;
  organizationNames: Map<number, { name: string; kind: OrganizationKind }>;
}

const routingCache = referenceCache(async (db): Promise<RoutingContext> => {
  const [rules, organizations] = await Promise.all([repo.listRules(db, true), repo.listRoutableOrganizations(db, '')]);
  return {
    rules: orderRules(
      rules.map((r) => ({
        id: r.id,
        kind: r.kind,
        legalDomain: r.legalDomain,
        divisionPrefix: r.divisionPrefix,
        organizationKinds: r.organizationKinds as OrganizationKind[],
        startLevel: r.startLevel as DivisionLevel,
        priority: r.priority,
      })),
    ),
    ruleViews: new Map(rules.map((r) => [r.id, toRuleView(r)])),
    organizations: new OrganizationIndex(
      organizations.map((o) => ({ id: o.id, kind: o.kind as OrganizationKind, divisionCode: o.divisionCode })),
    ),
    organizationNames: new Map(organizations.map((o) => [o.id, { name: o.name, kind: o.kind as OrganizationKind }])),
  };
});

/**
 * Rules and organisations, held in memory for a minute (and dropped on any rule change here):
 * routing ten thousand waiting orders then costs no query per order.
 */
export function loadRoutingContext(db: Kysely<Database>): Promise<RoutingContext> {
  return routingCache.get(db);
}

export async function listRoutingRules(deps: AppDeps): Promise<RoutingRuleView[]> {
  return (await repo.listRules(deps.db, false)).map(toRuleView);
}

export async function createRoutingRule(deps: AppDeps, actor: Actor, input: CreateRoutingRule, ip: string) {
  await checkLegalDomain(deps, input.legalDomain, 'body.legalDomain');
  const row = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertRule(trx, input);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'routing.create_rule',
      entityType: 'routing_rule',
      entityId: String(created.id),
      divisionCode: null,
      detail: input,
      ip,
    });
    return created;
  });
  routingCache.invalidate(deps.db);
  return toRuleView(row);
}

export async function updateRoutingRule(deps: AppDeps, actor: Actor, id: number, input: UpdateRoutingRule, ip: string) {
  const { version, ...changes } = input;
  if (changes.legalDomain !== undefined) {
    // The drawer sends every field: a rule keeps a domain retired since, but cannot take one.
    // Read before the transaction (the check may need the connection); a rule changed in between
    // fails the version check below anyway.
    const current = await repo.findRule(deps.db, id);
    if (current && current.legalDomain !== changes.legalDomain) {
      await checkLegalDomain(deps, changes.legalDomain, 'body.legalDomain');
    }
  }
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findRule(trx, id);
    if (!before) throw notFound('routing rule');
    const updated = await repo.updateRule(trx, id, version, changes);
    if (!updated) throw versionConflict();
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'routing.update_rule',
      entityType: 'routing_rule',
      entityId: String(id),
      divisionCode: null,
      detail: { before: toRuleView(before), changes },
      ip,
    });
    return updated;
  });
  routingCache.invalidate(deps.db);
  return toRuleView(row);
}
