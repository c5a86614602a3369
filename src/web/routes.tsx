import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '../shared/domain/role';
import { NotFoundResult } from './components/result-pages';
import { AccountListPage } from './features/account/account-list.page';
import { AuditLogPage } from './features/audit/audit-log.page';
import { LoginPage } from './features/auth/login.page';
import { OrganizationDetailPage } from './features/directory/organization-detail.page';
import { OrganizationListPage } from './features/directory/organization-list.page';
import { ProfessionalListPage } from './features/directory/professional-list.page';
import { DivisionListPage } from './features/division/division-list.page';
import { PublicDivisionListPage } from './features/division/division-list.public-page';
import { PortalPage } from './features/portal/portal.page';
import { AppShell } from './features/shell/app-shell';
import { RequireAuth, RequirePermission } from './features/shell/require-auth';
import { workbenches } from './features/shell/workbenches';
import { WorkbenchPage } from './features/workbench/workbench.page';
import { workbenchKinds } from './i18n/enum-keys';

function guarded(permission: Permission, element: ReactNode) {
  return <RequirePermission permission={permission}>{element}</RequirePermission>;
}

export const router = createBrowserRouter([
  { path: '/', element: <PortalPage /> },
  { path: '/public/divisions', element: <PublicDivisionListPage /> },
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
        element: guarded(workbenches[kind].permission, <WorkbenchPage key={kind} kind={kind} />),
      })),
      { path: '/divisions', element: <DivisionListPage /> },
      { path: '/directory/organizations', element: guarded('directory.read', <OrganizationListPage />) },
      {
        path: '/directory/organizations/:id',
        element: guarded('directory.read', <OrganizationDetailPage />),
      },
      { path: '/directory/professionals', element: guarded('directory.read', <ProfessionalListPage />) },
      { path: '/admin/users', element: guarded('account.manage', <AccountListPage />) },
      { path: '/admin/audit', element: guarded('audit.read', <AuditLogPage />) },
    ],
  },
  { path: '*', element: <NotFoundResult home="/" /> },
]);
