import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../shared/schemas/hotline.schema';
import { formatTime } from '../work-order/work-order.time';
import { WorkOrderStatusTag } from '../work-order/work-order-tags';

/**
 * 疑似重复: the caller's similar open matters, so the agent can tell them where it stands
 * instead of opening a second order. Links open in a new tab; the form stays as typed.
 */
export function HotlineDuplicates({ items }: { items: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="hotline-duplicates"
      title={t('hotline.duplicates.title', { count: items.length })}
      description={
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('hotline.duplicates.hint')}</Typography.Text>
          {items.map(({ order, score }) => (
            <Flex key={order.id} gap={8} align="baseline" wrap data-testid="duplicate-item" data-code={order.code}>
              <Link to={`/work-orders/${order.id}`} target="_blank" rel="noopener">
                {order.code}
              </Link>
              <WorkOrderStatusTag status={order.status} />
              <Typography.Text>{t(`enum.serviceKind.${order.kind}`)}</Typography.Text>
              <Typography.Text type="secondary">{formatTime(order.createdAt)}</Typography.Text>
              <Tag color="orange">{t('hotline.duplicates.similarity', { percent: Math.round(score * 100) })}</Tag>
              <Typography.Text type="secondary" ellipsis style={{ flex: '1 1 200px', minWidth: 0 }}>
                {order.description}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
