import { ancestorCodes, type DivisionLevel, divisionLevelOf, divisionLevels } from './division';
import type { OrganizationKind } from './organization';

/**
 * Dispatch routing (统筹分配) as data: a rule says which kinds of organisation handle a kind
 * of order (optionally of one legal domain, optionally in one area) and at which level to
 * start looking. From that level the search walks up the hierarchy — village room, township
 * station, county centre, city — until an organisation of an accepted kind is found where the
 * matter is. The most specific matching rule wins; among equals, the lower `priority`.
 */
export interface RoutingRule {
  id: number;
  kind: string | null;
  legalDomain: string | null;
  /** A division-code prefix ('370811' = 任城区) or null for anywhere. */
  divisionPrefix: string | null;
  organizationKinds: readonly OrganizationKind[];
  startLevel: DivisionLevel;
  priority: number;
}

export interface RoutableOrder {
  kind: string;
  legalDomain: string | null;
  divisionCode: string;
}

export interface RoutingOrganization {
  id: number;
  kind: OrganizationKind;
  divisionCode: string;
}

export interface RouteDecision {
  organizationId: number;
  ruleId: number;
  /** The division level the organisation was found at (after walking up, if it had to). */
  level: DivisionLevel;
  walkedUp: boolean;
}

function specificity(rule: RoutingRule): number {
  return (
    (rule.kind ? 4 : 0) + (rule.legalDomain ? 2 : 0) + (rule.divisionPrefix ? 1 + rule.divisionPrefix.length / 100 : 0)
  );
}

function matches(rule: RoutingRule, order: RoutableOrder): boolean {
  return (
    (rule.kind === null || rule.kind === order.kind) &&
    (rule.legalDomain === null || rule.legalDomain === order.legalDomain) &&
    (rule.divisionPrefix === null || order.divisionCode.startsWith(rule.divisionPrefix))
  );
}

/** Rules in the order they are tried: most specific first, then by priority, then by id. */
export function orderRules(rules: readonly RoutingRule[]): RoutingRule[] {
  return [...rules].sort((a, b) => specificity(b) - specificity(a) || a.priority - b.priority || a.id - b.id);
}

/** Organisations grouped by the exact division they sit in, for routing many orders at once. */
export class OrganizationIndex {
  private readonly byDivision = new Map<string, RoutingOrganization[]>();

  constructor(organizations: readonly RoutingOrganization[]) {
    for (const org of organizations) {
      const list = this.byDivision.get(org.divisionCode);
      if (list) list.push(org);
      else this.byDivision.set(org.divisionCode, [org]);
    }
    for (const list of this.byDivision.values()) list.sort((a, b) => a.id - b.id);
  }

  at(divisionCode: string, kinds: readonly OrganizationKind[]): RoutingOrganization | undefined {
    return this.byDivision.get(divisionCode)?.find((o) => kinds.includes(o.kind));
  }
}

/**
 * The order's own division and its ancestors from `startLevel` upwards, never above the city
 * (a provincial organisation does not take a city's orders).
 */
export function searchPath(divisionCode: string, startLevel: DivisionLevel): { code: string; level: DivisionLevel }[] {
  const chain = [...ancestorCodes(divisionCode), divisionCode].map((code) => ({ code, level: divisionLevelOf(code) }));
  const start = divisionLevels.indexOf(startLevel);
  return chain.filter((c) => c.level !== 'province' && divisionLevels.indexOf(c.level) <= start).reverse();
}

/** The organisation that should handle the order, and the rule that chose it; undefined when none fits. */
export function routeOrder(
  order: RoutableOrder,
  orderedRules: readonly RoutingRule[],
  organizations: OrganizationIndex,
): RouteDecision | undefined {
  for (const rule of orderedRules) {
    if (!matches(rule, order)) continue;
    const path = searchPath(order.divisionCode, rule.startLevel);
    for (const [i, step] of path.entries()) {
      const found = organizations.at(step.code, rule.organizationKinds);
      if (found) return { organizationId: found.id, ruleId: rule.id, level: step.level, walkedUp: i > 0 };
    }
  }
  return undefined;
}

/** Within the organisation: the handler with the fewest open orders; ties go to the longest-serving (lowest id). */
export function pickHandler(handlers: readonly { id: number; openOrders: number }[]): number | undefined {
  let best: { id: number; openOrders: number } | undefined;
  for (const h of handlers) {
    if (!best || h.openOrders < best.openOrders || (h.openOrders === best.openOrders && h.id < best.id)) best = h;
  }
  return best?.id;
}
