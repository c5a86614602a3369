import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicWorkOrder } from '../../../shared/schemas/work-order.schema';
import { CopyButton } from '../../components/copy-button';

/** After submitting: the tracking code, large, to copy or write down, and the way to follow it. */
export function PublicApplyDone({
  order,
  onAgain,
  onTrack,
}: {
  order: PublicWorkOrder;
  onAgain: () => void;
  /** Tracking inside the same screen (the kiosk) rather than on /service/track. */
  onTrack?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('workOrder.apply.successTitle')}
      subTitle={t('workOrder.apply.successHint')}
      data-testid="apply-done"
      extra={
        <Flex vertical align="center" gap={16}>
          <div className="tracking-code-box">
            <Typography.Text type="secondary">{t('workOrder.apply.codeLabel')}</Typography.Text>
            <div className="tracking-code" data-testid="tracking-code">
              {order.code}
            </div>
          </div>
          <Flex gap={8} wrap justify="center">
            <CopyButton text={order.code} />
            {onTrack ? (
              <Button type="primary" icon={<SearchOutlined />} onClick={onTrack} data-testid="apply-track-link">
                {t('workOrder.apply.track')}
              </Button>
            ) : (
              <Link
                to={`/service/track?code=${encodeURIComponent(order.code)}`}
                className="portal-cta"
                data-testid="apply-track-link"
              >
                <SearchOutlined /> {t('workOrder.apply.track')}
              </Link>
            )}
          </Flex>
          <Button type="link" onClick={onAgain} data-testid="apply-again">
            {t('workOrder.apply.another')}
          </Button>
        </Flex>
      }
    />
  );
}
