import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './error-message';

/** A failed load, with a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      title={t('error.loadFailed')}
      description={message(error)}
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
