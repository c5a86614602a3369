import type { DivisionLevel } from '../../../shared/domain/division';
import { handlerRoles } from '../../../shared/domain/role';
import { pickHandler, routeOrder } from '../../../shared/domain/routing';
import type { HandlerLoad, RouteSuggestion } from '../../../shared/schemas/routing.schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/app-error';
import { findOrganizationInScope } from '../organization/organization.service';
import { loadRoutingContext } from '../routing/routing.service';
import * as repo from './work-order.repository';

const levelName: Record<DivisionLevel, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇（街道）级',
  village: '村（社区）级',
};

async function handlerLoads(deps: AppDeps, organizationId: number): Promise<HandlerLoad[]> {
  const rows = await repo.listHandlerLoads(deps.db, organizationId, handlerRoles);
  return rows.map((h) => ({ ...h, openOrders: Number(h.openOrders ?? 0) }));
}

/** An organisation's handlers for a dispatcher choosing a person; outside the scope it does not exist. */
export async function listHandlers(deps: AppDeps, actor: Actor, organizationId: number): Promise<HandlerLoad[]> {
  if (!(await findOrganizationInScope(deps.db, organizationId, actor.scopePrefix))) throw notFound('organization');
  return handlerLoads(deps, organizationId);
}

/** Where the routing rules send an order, to whom, and why — shown to the dispatcher, recorded on dispatch. */
export async function suggestRoute(
  deps: AppDeps,
  order: { kind: string; legalDomain: string | null; divisionCode: string },
): Promise<RouteSuggestion> {
  const context = await loadRoutingContext(deps.db);
  const decision = routeOrder(order, context.rules, context.organizations);
  if (!decision) {
    return {
      organization: null,
      assignee: null,
      rule: null,
      level: null,
      walkedUp: false,
      explanation: '没有适用的分派规则，请人工选择承办机构。',
    };
  }
  const org = context.organizationNames.get(decision.organizationId);
  const rule = context.ruleViews.get(decision.ruleId) ?? null;
  const loads = await handlerLoads(deps, decision.organizationId);
  const chosen = pickHandler(loads);
  const assignee = loads.find((h) => h.id === chosen) ?? null;
  const ruleName = rule?.note ?? `#${decision.ruleId}`;
  const where = `${levelName[decision.level]}${decision.walkedUp ? '（就近层级没有此类机构，已逐级上移）' : ''}`;
  const who = assignee
    ? `承办人 ${assignee.name}（在办 ${assignee.openOrders} 件，最少）`
    : '机构内暂无承办人账号，由机构签收';
  return {
    organization: org ? { id: decision.organizationId, name: org.name, kind: org.kind } : null,
    assignee,
    rule,
    level: decision.level as RouteSuggestion['level'],
    walkedUp: decision.walkedUp,
    explanation: `按规则「${ruleName}」分派至${where}${org?.name ?? ''}；${who}。`,
  };
}
