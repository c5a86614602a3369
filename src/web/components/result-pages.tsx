import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from './link-button';

export function ForbiddenResult({ home }: { home: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('shell.forbiddenTitle')}
      subTitle={t('shell.forbidden')}
      extra={
        <LinkButton to={home} type="primary">
          {t('shell.goHome')}
        </LinkButton>
      }
    />
  );
}

export function NotFoundResult({ home, homeLabel, detail }: { home: string; homeLabel?: string; detail?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('shell.notFoundTitle')}
      subTitle={detail ?? t('shell.notFound')}
      extra={
        <LinkButton to={home} type="primary">
          {homeLabel ?? t('common.backHome')}
        </LinkButton>
      }
    />
  );
}
