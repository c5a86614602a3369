/**
 * Staff roles. Citizens have no account: they use the public portal.
 * Handlers are the lawyer, mediator and village legal advisor roles.
 */
export const roles = [
  'hotline_agent',
  'window_clerk',
  'dispatcher',
  'lawyer',
  'mediator',
  'village_legal_advisor',
  'supervisor',
  'leader',
  'finance_officer',
  'admin',
] as const;
export type Role = (typeof roles)[number];

export const handlerRoles: readonly Role[] = ['lawyer', 'mediator', 'village_legal_advisor'];

export const permissions = [
  'account.manage',
  'account.reveal_personal',
  /** A citizen's full phone or ID number on an order in scope; every reveal is audited. */
  'citizen.reveal',
  'audit.read',
  'directory.read',
  'workbench.hotline',
  'workbench.window',
  'workbench.dispatch',
  'workbench.handler',
  'workbench.supervision',
  'workbench.overview',
  'workbench.finance',
  'calendar.manage',
  'routing.manage',
  'legal_domain.manage',
  /** The legal-aid means-test rules: versions, dibao amounts, the exemption list. */
  'legal_aid.rules.manage',
  /** Grant or refuse a legal-aid application, answer an objection to a refusal (audited). */
  'legal_aid.decide',
  /**
   * Assign a granted legal-aid case (指派) to a handler of the aid pool, after the conflict check.
   * Dispatchers route orders to organisations already; supervisors decide the grant and may
   * assign it at once; admins for the bureau's own aid centre set-up.
   */
  'legal_aid.assign',
  'knowledge.read',
  'knowledge.manage',
  'work_order.read',
  'work_order.intake',
  'work_order.dispatch',
  'work_order.handle',
  'work_order.supervise',
] as const;
export type Permission = (typeof permissions)[number];

/** What each role may do. Policies read this one table; the UI hides what it does not grant. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  // The roles that call, receive, route or handle citizens' matters may read a citizen's full
  // number (audited); leader, finance and admin see counts and settings, not people to contact.
  hotline_agent: [
    'directory.read',
    'workbench.hotline',
    'knowledge.read',
    'work_order.read',
    'work_order.intake',
    'citizen.reveal',
  ],
  window_clerk: [
    'directory.read',
    'workbench.window',
    'knowledge.read',
    'work_order.read',
    'work_order.intake',
    'citizen.reveal',
  ],
  dispatcher: [
    'directory.read',
    'workbench.dispatch',
    'knowledge.read',
    'work_order.read',
    'work_order.dispatch',
    'citizen.reveal',
    'legal_aid.assign',
  ],
  lawyer: [
    'directory.read',
    'workbench.handler',
    'knowledge.read',
    'work_order.read',
    'work_order.handle',
    'citizen.reveal',
  ],
  mediator: [
    'directory.read',
    'workbench.handler',
    'knowledge.read',
    'work_order.read',
    'work_order.handle',
    'citizen.reveal',
  ],
  village_legal_advisor: [
    'directory.read',
    'workbench.handler',
    'knowledge.read',
    'work_order.read',
    'work_order.handle',
    'citizen.reveal',
  ],
  supervisor: [
    'directory.read',
    'workbench.supervision',
    'audit.read',
    'knowledge.read',
    'knowledge.manage',
    'work_order.read',
    'work_order.supervise',
    'citizen.reveal',
    'legal_aid.decide',
    'legal_aid.assign',
  ],
  leader: ['directory.read', 'workbench.overview', 'work_order.read'],
  finance_officer: ['directory.read', 'workbench.finance'],
  admin: [
    'directory.read',
    'account.manage',
    'account.reveal_personal',
    'audit.read',
    'calendar.manage',
    'routing.manage',
    'legal_domain.manage',
    'legal_aid.rules.manage',
    'legal_aid.decide',
    'legal_aid.assign',
    'knowledge.read',
    'knowledge.manage',
    'work_order.read',
  ],
};

/** The page each role lands on after login; with several roles, the first in `roles` order wins. */
export const roleHome: Record<Role, string> = {
  hotline_agent: '/workbench/hotline',
  window_clerk: '/workbench/window',
  dispatcher: '/workbench/dispatch',
  lawyer: '/workbench/handler',
  mediator: '/workbench/handler',
  village_legal_advisor: '/workbench/handler',
  supervisor: '/workbench/supervision',
  leader: '/workbench/overview',
  finance_officer: '/workbench/finance',
  admin: '/admin/users',
};

export function permissionsOf(userRoles: readonly Role[]): Permission[] {
  return [...new Set(userRoles.flatMap((r) => rolePermissions[r]))].sort();
}

export function homeOf(userRoles: readonly Role[]): string {
  const first = roles.find((r) => userRoles.includes(r));
  return first ? roleHome[first] : '/';
}

export function hasPermission(userRoles: readonly Role[], permission: Permission): boolean {
  return userRoles.some((r) => rolePermissions[r].includes(permission));
}
