import { isWithinScope } from '../../../shared/domain/division';
import { hasPermission, type Role } from '../../../shared/domain/role';
import type { Actor } from '../../http/actor';

export type AccountAction = 'list' | 'read' | 'create' | 'update' | 'reset_password' | 'reveal_phone';

/** Who may do what to accounts. One function, read by routes and tests alike. */
export function canOnAccount(actor: Actor, action: AccountAction): boolean {
  if (action === 'reveal_phone') return hasPermission(actor.roles, 'account.reveal_personal');
  return hasPermission(actor.roles, 'account.manage');
}

/** An administrator hands out scopes only inside their own. */
export function canAssignScope(actor: Actor, scopeCode: string): boolean {
  return isWithinScope(actor.scopeCode, scopeCode);
}

/** Guards against an administrator locking themselves out. */
export function selfLockoutReason(actor: Actor, targetId: number, change: { isDisabled?: boolean; roles?: Role[] }) {
  if (actor.userId !== targetId) return undefined;
  if (change.isDisabled) return { field: 'body.isDisabled', message: 'you cannot disable your own account' };
  if (change.roles && !change.roles.includes('admin'))
    return { field: 'body.roles', message: 'you cannot remove your own administrator role' };
  return undefined;
}
