import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { ChangePasswordModal } from '../auth/change-password.modal';
import { useCurrentUser } from '../auth/current-user';
import { AppHeader } from './app-header';
import { AppMenu } from './app-menu';

/** The staff frame: a menu on the left (a drawer on phones), the user and the language on top. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  // Before the first measure every breakpoint reads false: assume a wide screen until told otherwise.
  const isNarrow = screens.lg === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const brand = (short: boolean) => (
    <Link to={me.home} className="shell-brand" title={t('app.staffTitle')} onClick={() => setDrawerOpen(false)}>
      {short ? t('app.name') : t('app.staffTitle')}
    </Link>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isNarrow && (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={220}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          {brand(collapsed)}
          <AppMenu me={me} />
        </Layout.Sider>
      )}
      {isNarrow && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          {brand(false)}
          <AppMenu me={me} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="shell-header">
          <Flex align="center" gap={8} style={{ height: '100%' }}>
            {isNarrow && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('shell.openMenu')}
                onClick={() => setDrawerOpen(true)}
                data-testid="menu-toggle"
              />
            )}
            <div style={{ flex: 1, minWidth: 0 }}>
              <AppHeader me={me} />
            </div>
          </Flex>
        </Layout.Header>
        <Layout.Content className="shell-content">
          {me.mustChangePassword ? (
            <Typography.Paragraph type="secondary">{t('password.forcedHint')}</Typography.Paragraph>
          ) : (
            <Outlet />
          )}
        </Layout.Content>
      </Layout>
      {/* The forced change comes before anything else, whichever page the user opened. */}
      <ChangePasswordModal open={me.mustChangePassword} forced onDone={() => {}} />
    </Layout>
  );
}
