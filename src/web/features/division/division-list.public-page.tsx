import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PortalLayout } from '../portal/portal-layout';
import { DivisionBrowser } from './division-browser';

/** Public: the browser rooted at the city, no account needed. */
export function PublicDivisionListPage() {
  const { t } = useTranslation();
  return (
    <PortalLayout>
      <Typography.Title level={3}>{t('division.publicTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portal.networkHint')}</Typography.Paragraph>
      <DivisionBrowser rootCode={null} />
    </PortalLayout>
  );
}
