import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/domain/role';

const roleColor: Record<Role, string> = {
  hotline_agent: 'blue',
  window_clerk: 'cyan',
  dispatcher: 'geekblue',
  lawyer: 'purple',
  mediator: 'magenta',
  village_legal_advisor: 'green',
  supervisor: 'orange',
  leader: 'gold',
  finance_officer: 'lime',
  admin: 'red',
};

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={roleColor[role]}>
          {t(`enum.role.${role}`)}
        </Tag>
      ))}
    </>
  );
}
