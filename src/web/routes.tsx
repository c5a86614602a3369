import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '../shared/domain/role';
import { NotFoundResult } from './components/result-pages';
import { AccountListPage } from './features/account/account-list.page';
import { AuditLogPage } from './features/audit/audit-log.page';
import { LoginPage } from './features/auth/login.page';
import { CalendarPage } from './features/calendar/calendar.page';
import { OrganizationDetailPage } from './features/directory/organization-detail.page';
import { OrganizationListPage } from './features/directory/organization-list.page';
import { ProfessionalListPage } from './features/directory/professional-list.page';
import { DivisionListPage } from './features/division/division-list.page';
import { PublicDivisionListPage } from './features/division/division-list.public-page';
import { HotlineConsolePage } from './features/hotline/hotline-console.page';
import { KioskPage } from './features/kiosk/kiosk.page';
import { KnowledgePage } from './features/knowledge/knowledge.page';
import { LegalAidApplyPage } from './features/legal-aid/legal-aid-apply.page';
import { LegalAidIntakePage } from './features/legal-aid/legal-aid-intake.page';
import { LegalDomainListPage } from './features/legal-domain/legal-domain-list.page';
import { PortalPage } from './features/portal/portal.page';
import { RoutingRuleListPage } from './features/routing/routing-rule-list.page';
import { AppShell } from './features/shell/app-shell';
import { RequireAuth, RequirePermission } from './features/shell/require-auth';
import { workbenches } from './features/shell/workbenches';
import { PublicApplyPage } from './features/work-order/public-apply.page';
import { PublicTrackPage } from './features/work-order/public-track.page';
import { WorkOrderDetailPage } from './features/work-order/work-order-detail.page';
import { WorkOrderIntakePage } from './features/work-order/work-order-intake.page';
import { WorkOrderLimitsPage } from './features/work-order/work-order-limits.page';
import { WorkOrderListPage } from './features/work-order/work-order-list.page';
import { WorkbenchPage } from './features/workbench/workbench.page';
import { workbenchKinds } from './i18n/enum-keys';

function guarded(permission: Permission, element: ReactNode) {
  return <RequirePermission permission={permission}>{element}</RequirePermission>;
}

export const router = createBrowserRouter([
  { path: '/', element: <PortalPage /> },
  { path: '/public/divisions', element: <PublicDivisionListPage /> },
  { path: '/service/apply', element: <PublicApplyPage /> },
  { path: '/service/track', element: <PublicTrackPage /> },
  { path: '/service/legal-aid', element: <LegalAidApplyPage /> },
  { path: '/kiosk', element: <KioskPage /> },
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      ...workbenchKinds.map((kind) => ({
        path: workbenches[kind].path,
        element: guarded(
          workbenches[kind].permission,
          // The hotline agent's home is the call console.
          kind === 'hotline' ? <HotlineConsolePage key={kind} /> : <WorkbenchPage key={kind} kind={kind} />,
        ),
      })),
      { path: '/divisions', element: <DivisionListPage /> },
      { path: '/knowledge', element: guarded('knowledge.read', <KnowledgePage />) },
      { path: '/work-orders', element: guarded('work_order.read', <WorkOrderListPage />) },
      { path: '/work-orders/new', element: guarded('work_order.intake', <WorkOrderIntakePage />) },
      { path: '/legal-aid/applications/new', element: guarded('work_order.intake', <LegalAidIntakePage />) },
      { path: '/work-orders/:id', element: guarded('work_order.read', <WorkOrderDetailPage />) },
      { path: '/directory/organizations', element: guarded('directory.read', <OrganizationListPage />) },
      {
        path: '/directory/organizations/:id',
        element: guarded('directory.read', <OrganizationDetailPage />),
      },
      { path: '/directory/professionals', element: guarded('directory.read', <ProfessionalListPage />) },
      { path: '/admin/users', element: guarded('account.manage', <AccountListPage />) },
      { path: '/admin/audit', element: guarded('audit.read', <AuditLogPage />) },
      { path: '/admin/calendar', element: guarded('calendar.manage', <CalendarPage />) },
      // Everyone who reads orders may read their limits (as the API allows); only calendar.manage edits.
      { path: '/admin/deadlines', element: guarded('work_order.read', <WorkOrderLimitsPage />) },
      { path: '/admin/routing', element: guarded('routing.manage', <RoutingRuleListPage />) },
      { path: '/admin/legal-domains', element: guarded('legal_domain.manage', <LegalDomainListPage />) },
    ],
  },
  { path: '*', element: <NotFoundResult home="/" /> },
]);
