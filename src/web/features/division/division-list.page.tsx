import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { DivisionBrowser } from './division-browser';

/** Staff: the browser rooted at the user's data scope. */
export function DivisionListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <Typography.Title level={3}>{t('division.title')}</Typography.Title>
      <DivisionBrowser rootCode={me.scope.code} />
    </>
  );
}
