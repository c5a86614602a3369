import { LoginOutlined, PhoneOutlined } from '@ant-design/icons';
import { Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LangSwitch } from '../../components/lang-switch';

/** The public pages' frame: mobile first, one column, the hotline always in reach. */
export function PortalLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="portal-header">
        <Flex align="center" justify="space-between" gap={8} className="portal-container">
          <Link to="/" className="portal-brand">
            {t('app.title')}
          </Link>
          <Flex align="center" gap={4}>
            <LangSwitch type="link" />
            <Link to="/login" data-testid="staff-login" className="portal-header-link">
              <LoginOutlined /> {t('portal.staffLogin')}
            </Link>
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content className="portal-container portal-content">{children}</Layout.Content>
      <Layout.Footer className="portal-footer">
        <Flex vertical align="center" gap={4}>
          <a href="tel:12348" className="portal-footer-hotline">
            <PhoneOutlined /> {t('portal.footerHotline')}
          </a>
          <Typography.Text type="secondary">{t('portal.footer')}</Typography.Text>
        </Flex>
      </Layout.Footer>
    </Layout>
  );
}
