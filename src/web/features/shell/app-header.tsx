import { DownOutlined, EnvironmentOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/schemas/auth.schema';
import { LangSwitch } from '../../components/lang-switch';
import { RoleTags } from '../../components/role-tags';
import { useLogout } from '../auth/auth.hooks';
import { ChangePasswordModal } from '../auth/change-password.modal';

export function AppHeader({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  const [changingPassword, setChangingPassword] = useState(false);

  const doLogout = () => {
    // The guard sees the user gone and goes to /login.
    logout.mutate(undefined, { onSettled: () => message.success(t('shell.loggedOut')) });
  };

  return (
    <Flex align="center" justify="flex-end" gap={12} style={{ height: '100%' }}>
      {screens.md && (
        <Flex align="center" gap={4} data-testid="user-scope">
          <EnvironmentOutlined />
          <Typography.Text type="secondary">{t('shell.scopeLabel')}</Typography.Text>
          <Typography.Text>{me.scope.name}</Typography.Text>
        </Flex>
      )}
      {screens.lg && (
        <span data-testid="user-roles">
          <RoleTags roles={me.roles} />
        </span>
      )}
      <LangSwitch />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'password',
              icon: <KeyOutlined />,
              label: <span data-testid="change-password">{t('password.change')}</span>,
              onClick: () => setChangingPassword(true),
            },
            { type: 'divider' },
            {
              key: 'logout',
              icon: <LogoutOutlined />,
              danger: true,
              label: <span data-testid="logout">{t('shell.logout')}</span>,
              onClick: doLogout,
            },
          ],
        }}
      >
        <Button type="text" data-testid="user-menu" icon={<UserOutlined />}>
          {me.displayName} <DownOutlined />
        </Button>
      </Dropdown>
      <ChangePasswordModal
        open={changingPassword}
        onDone={() => setChangingPassword(false)}
        onCancel={() => setChangingPassword(false)}
      />
    </Flex>
  );
}
