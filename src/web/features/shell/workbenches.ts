import type { Permission } from '../../../shared/domain/role';
import type { WorkbenchKind } from '../../i18n/enum-keys';

/** Each role home: its path (as in roleHome) and the permission that opens it. */
export const workbenches: Record<WorkbenchKind, { path: string; permission: Permission }> = {
  hotline: { path: '/workbench/hotline', permission: 'workbench.hotline' },
  window: { path: '/workbench/window', permission: 'workbench.window' },
  dispatch: { path: '/workbench/dispatch', permission: 'workbench.dispatch' },
  handler: { path: '/workbench/handler', permission: 'workbench.handler' },
  supervision: { path: '/workbench/supervision', permission: 'workbench.supervision' },
  overview: { path: '/workbench/overview', permission: 'workbench.overview' },
  finance: { path: '/workbench/finance', permission: 'workbench.finance' },
};
