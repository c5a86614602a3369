import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  BranchesOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileAddOutlined,
  FileTextOutlined,
  IdcardOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../../../shared/schemas/auth.schema';
import { workbenchKinds } from '../../i18n/enum-keys';
import { can } from '../auth/auth.hooks';
import { workbenches } from './workbenches';

type Item = Required<MenuProps>['items'][number];

/** The menu shows only what the user's permissions open. */
export function AppMenu({ me, onNavigate }: { me: Me; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();

  const mine = workbenchKinds.filter((kind) => can(me, workbenches[kind].permission));
  const items: Item[] = [];
  const [onlyWorkbench] = mine;
  if (mine.length === 1 && onlyWorkbench) {
    items.push({ key: workbenches[onlyWorkbench].path, icon: <DashboardOutlined />, label: t('shell.menu.workbench') });
  } else if (mine.length > 1) {
    items.push({
      key: 'workbench',
      icon: <DashboardOutlined />,
      label: t('shell.menu.workbench'),
      children: mine.map((kind) => ({ key: workbenches[kind].path, label: t(`workbench.kinds.${kind}.title`) })),
    });
  }
  if (can(me, 'work_order.read')) {
    items.push({ key: '/work-orders', icon: <FileTextOutlined />, label: t('workOrder.menu.center') });
  }
  if (can(me, 'work_order.intake')) {
    items.push({ key: '/work-orders/new', icon: <FileAddOutlined />, label: t('workOrder.menu.create') });
  }
  if (can(me, 'knowledge.read')) {
    items.push({ key: '/knowledge', icon: <BookOutlined />, label: t('knowledge.menu') });
  }
  items.push({ key: '/divisions', icon: <ApartmentOutlined />, label: t('shell.menu.divisions') });
  if (can(me, 'directory.read')) {
    items.push(
      { key: '/directory/organizations', icon: <BankOutlined />, label: t('shell.menu.organizations') },
      { key: '/directory/professionals', icon: <IdcardOutlined />, label: t('shell.menu.professionals') },
    );
  }
  if (can(me, 'account.manage')) {
    items.push({ key: '/admin/users', icon: <TeamOutlined />, label: t('shell.menu.accounts') });
  }
  if (can(me, 'audit.read')) {
    items.push({ key: '/admin/audit', icon: <AuditOutlined />, label: t('shell.menu.audit') });
  }
  if (can(me, 'calendar.manage')) {
    items.push({ key: '/admin/calendar', icon: <CalendarOutlined />, label: t('calendar.menu') });
  }
  // Administrators set the time limits; supervisors, who chase late orders, read them.
  if (can(me, 'calendar.manage') || can(me, 'work_order.supervise')) {
    items.push({ key: '/admin/deadlines', icon: <FieldTimeOutlined />, label: t('workOrder.limits.menu') });
  }
  if (can(me, 'routing.manage')) {
    items.push({ key: '/admin/routing', icon: <BranchesOutlined />, label: t('routing.menu') });
  }
  if (can(me, 'legal_domain.manage')) {
    items.push({ key: '/admin/legal-domains', icon: <TagsOutlined />, label: t('legalDomain.menu') });
  }

  return (
    <Menu
      mode="inline"
      theme="dark"
      items={items}
      selectedKeys={[location.pathname]}
      defaultOpenKeys={mine.length > 1 ? ['workbench'] : []}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
